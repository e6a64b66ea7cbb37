/** Applying fixes to text, purely: used by the CLI, the tests and "insert all missing disclosures". */
import { analyzeDocument } from './analyze';
import { textHash } from './hash';
import type { AnalyzeOptions, Fix, TextEditSpan } from './types';

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
