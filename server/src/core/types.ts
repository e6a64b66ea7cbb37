/** Shared types of the pure analysis core. No LSP, no fs, no vscode here. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type RegimeId = 'gdpr' | 'uk-gdpr' | 'ccpa' | 'dpf' | 'lgpd';
export const ALL_REGIMES: readonly RegimeId[] = ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'];

/** Half-open UTF-16 offset range into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** 0-based line/character position, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Citation {
  /** Human label, e.g. "GDPR Art. 13(1)(b)". */
  label: string;
  /** Primary legal text. */
  url: string;
}

export type CoverageState = 'satisfied' | 'partial' | 'missing' | 'not-applicable';

/** A single text edit expressed in offsets of the analysed text. */
export interface TextEditSpan {
  span: Span;
  newText: string;
}

/** Everything a client needs to apply a fix without re-analysing. */
export interface Fix {
  title: string;
  edits: TextEditSpan[];
  /** The text expected at each edit span at the time the fix was computed (guards against stale fixes). */
  expected: string[];
  /**
   * Fingerprint of the whole text the fix was computed for (set by the engine). An insertion expects an empty span,
   * which any text has: without this a fix for an older text would go in at a shifted offset.
   */
  base?: { length: number; hash: number };
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  kind: 'missing' | 'defect';
  span: Span;
  range: Range;
  /** Passages that explain the finding (e.g. the sentence that mentions a transfer). */
  related?: { span: Span; range: Range; message: string }[];
  fixes: Fix[];
}

export interface CoverageEntry {
  rule: string;
  title: string;
  state: CoverageState;
  /** Where the requirement is satisfied (or the defect sits). */
  span?: Span;
  range?: Range;
  /** Reason for not-applicable, or what is missing for partial. */
  detail?: string;
}

export interface AnalyzeOptions {
  /** Reference date for staleness, YYYY-MM-DD or Date. Defaults to the current date. */
  today?: string | Date;
  /** Months after which a last-updated date counts as stale. Default 12. */
  staleAfterMonths?: number;
  /** Per-rule severity overrides; 'off' disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /** Regimes to check; when absent, inferred from the text (front matter wins). */
  regimes?: RegimeId[];
}

export interface AnalysisResult {
  findings: Finding[];
  coverage: CoverageEntry[];
  regimes: RegimeId[];
  /** How the regimes were chosen: 'options' | 'front-matter' | 'inferred' | 'default'. */
  regimeSource: 'options' | 'front-matter' | 'inferred' | 'default';
}
