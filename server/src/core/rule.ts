/** The shape of a catalogue entry: a requirement as data plus its detector. */
import type { DateMention } from './dates';
import type { Entity } from './entities';
import type { PolicyDocument } from './parse';
import type { Citation, Fix, RegimeId, Severity, Span } from './types';

export interface Facts {
  emails: Entity[];
  urls: Entity[];
  phones: Entity[];
  addresses: Entity[];
  placeholders: Entity[];
  dates: DateMention[];
  emptyDateLabels: Span[];
}

export interface RuleContext {
  doc: PolicyDocument;
  facts: Facts;
  today: Date;
  staleAfterMonths: number;
  regimes: RegimeId[];
}

/** Where a disclosure belongs: the headings that hold it, and the title of a new section when there is none. */
export interface SectionTarget {
  heading: RegExp;
  title: string;
}

export interface Clause {
  /** Text of the clause in our own words; facts only the author knows are [[placeholders]]. */
  text: string;
}

export interface HoverText {
  /** The requirement in plain words. */
  summary: string;
  /** Why it matters. */
  why: string;
  /** What a good disclosure contains. */
  good: string;
}

export interface DefectReport {
  span: Span;
  message: string;
  /** Replacement text for the span, when the fix is a rewrite of the offending words. */
  replacement?: { title: string; newText: string };
}

export interface PassageNote {
  span: Span;
  note: string;
}

export type Outcome =
  | { state: 'satisfied'; evidence: Span[]; notes?: PassageNote[] }
  | { state: 'missing'; message: string; related?: { span: Span; message: string }[]; notes?: PassageNote[] }
  | { state: 'partial'; message: string; evidence: Span[]; at?: Span; notes?: PassageNote[] }
  | { state: 'not-applicable'; reason: string; notes?: PassageNote[] }
  | { state: 'defects'; defects: DefectReport[]; notes?: PassageNote[] };

export interface RuleDefinition {
  id: string;
  title: string;
  /** 'disclosure': something the policy must say; 'defect': something wrong in what it says. */
  kind: 'disclosure' | 'defect';
  regimes: RegimeId[];
  /** The first citation is the primary legal source (codeDescription.href). */
  citations: Citation[];
  defaultSeverity: Severity;
  /** The section that holds this disclosure: anchors a missing finding and receives the clause. */
  section?: SectionTarget;
  hover: HoverText;
  clause?: Clause;
  check(ctx: RuleContext): Outcome;
  /** Fixes other than inserting the clause (e.g. insert today's date), computed for a missing/partial outcome. */
  fixes?(ctx: RuleContext, outcome: Outcome): Fix[];
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
