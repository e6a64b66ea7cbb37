/** Applying fixes to text, purely: used by the CLI, the tests and "insert all missing disclosures". */
import { analyzeDocument } from './analyze';
import { textHash } from './hash';
import type { AnalyzeOptions, Fix, Span, TextEditSpan } from './types';

/** Applies non-overlapping edits (any order) and returns the new text. */
export function applyEdits(text: string, edits: TextEditSpan[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Applies a fix if the text it was computed for is still there; returns null when it is stale. */
export function applyFix(text: string, fix: Fix): string | null {
  if (fix.base && (fix.base.length !== text.length || fix.base.hash !== textHash(text))) return null;
  for (let i = 0; i < fix.edits.length; i++) {
    const e = fix.edits[i];
    if (e.span.end > text.length || text.slice(e.span.start, e.span.end) !== fix.expected[i]) return null;
  }
  return applyEdits(text, fix.edits);
}

/**
 * Inserts every missing disclosure, one at a time and re-analysing in between, so that clauses that
 * share a section (the rights) go into the section the first one created instead of duplicating it.
 */
export function insertAllMissing(text: string, options: AnalyzeOptions = {}): { text: string; inserted: string[] } {
  const inserted: string[] = [];
  let current = text;
  for (let round = 0; round < 64; round++) {
    const a = analyzeDocument(current, options);
    const next = a.findings.find((f) => f.kind === 'missing' && f.fixes.length && !inserted.includes(f.rule));
    if (!next) break;
    const applied = applyFix(current, next.fixes[0]);
    inserted.push(next.rule);
    if (applied !== null) current = applied;
  }
  return { text: current, inserted };
}

// Clause wording per regime lives in regimeWording.ts (the engine applies it when it builds the fixes).
export { UK_COMPLAINT_CLAUSE, clauseForRegimes } from './regimeWording';

// ---------------------------------------------------------------------------------------------------------------
// Snippets: [[placeholders]] as tab stops, for clients that accept snippet edits (LSP 3.18 SnippetTextEdit).

/** A piece of snippet text: literal text, or a placeholder that becomes a numbered tab stop. */
export type SnippetPart = string | { placeholder: string };

/** Escapes literal text for snippet syntax: `$`, `}` and `\` get a backslash. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Snippet text from parts: literal parts escaped, placeholders as `${1:text}`, `${2:text}`, ... in order. */
export function buildSnippet(parts: readonly SnippetPart[]): { value: string; tabStops: number } {
  let value = '';
  let n = 0;
  for (const p of parts) {
    if (typeof p === 'string') value += escapeSnippetText(p);
    else value += `\${${++n}:${escapeSnippetText(p.placeholder)}}`;
  }
  return { value, tabStops: n };
}

/** The plain text of snippet parts: what the snippet inserts when no tab stop is edited. */
export function plainText(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.placeholder)).join('');
}

const PLACEHOLDER = /\[\[[^[\]\r\n]+\]\]/g;

/**
 * Splits text at its [[placeholders]]. Each placeholder keeps its brackets: typing over the tab stop replaces the
 * whole marker, and one left untouched is still in the text for unfilled-placeholder to report.
 */
export function placeholderParts(text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index! > at) parts.push(text.slice(at, m.index));
    parts.push({ placeholder: m[0] });
    at = m.index! + m[0].length;
  }
  if (at < text.length || !parts.length) parts.push(text.slice(at));
  return parts;
}

/** A text with [[placeholders]] as snippet text (see placeholderParts). */
export function placeholdersToSnippet(text: string): { value: string; tabStops: number } {
  return buildSnippet(placeholderParts(text));
}

/**
 * Where and what a snippet edit inserts, so that it gives exactly the plain text in a client that re-indents
 * snippets. VS Code indents every line of a snippet after the first like the line the snippet starts on; an
 * insertion that starts with a line break at the end of an indented line ("  - item") would get its new lines
 * indented twice. Such an insertion is moved to the start of the next line (same resulting text); when that is not
 * possible and the snippet spans lines from an indented line, returns null (use a plain edit). Also null when the
 * parts have no placeholder: a snippet without tab stops gains nothing.
 */
export function snippetEdit(text: string, span: Span, parts: readonly SnippetPart[]): { span: Span; snippet: string } | null {
  if (!parts.some((p) => typeof p !== 'string')) return null;
  let s = span;
  let ps = [...parts];
  const first = ps[0];
  const eol = typeof first === 'string' ? /^(\r\n|\n|\r)/.exec(first)?.[1] : undefined;
  if (eol && s.start === s.end && text.startsWith(eol, s.start)) {
    const last = ps[ps.length - 1];
    ps[0] = (first as string).slice(eol.length);
    ps = typeof last === 'string' && ps.length > 1 ? [...ps.slice(0, -1), last + eol] : [...ps, eol];
    s = { start: s.start + eol.length, end: s.start + eol.length };
  }
  let lineStart = s.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const indented = /^[ \t]/.test(text.slice(lineStart, s.start));
  const multiline = /[\r\n]/.test(plainText(ps));
  if (indented && multiline) return null;
  return { span: s, snippet: buildSnippet(ps.filter((p) => p !== '')).value };
}
