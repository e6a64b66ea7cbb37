/** Small helpers shared by the unit tests (not a test file itself). */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument, type Analysis } from '../../server/src/core/analyze';
import type { AnalyzeOptions, CoverageEntry, Finding } from '../../server/src/core/types';

export const TODAY = '2026-11-23';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}

export function run(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(text, { today: TODAY, ...options });
}

export function findingsOf(a: Analysis, rule: string): Finding[] {
  return a.findings.filter((f) => f.rule === rule);
}

export function one(a: Analysis, rule: string): Finding {
  const fs = findingsOf(a, rule);
  assert.strictEqual(fs.length, 1, `expected one ${rule} finding, got ${fs.length}: ${fs.map((f) => f.message).join(' | ')}`);
  return fs[0];
}

export function none(a: Analysis, rule: string): void {
  const fs = findingsOf(a, rule);
  assert.deepStrictEqual(fs.map((f) => f.message), [], `expected no ${rule} finding`);
}

export function cov(a: Analysis, rule: string): CoverageEntry {
  const c = a.coverage.find((e) => e.rule === rule);
  assert.ok(c, `no coverage entry for ${rule}`);
  return c;
}

/** The finding sits on exactly one line, and its text there is `words`. */
export function assertAt(a: Analysis, f: Finding, line: number, words?: string): void {
  assert.strictEqual(f.range.start.line, line, `${f.rule}: start line`);
  assert.strictEqual(f.range.end.line, line, `${f.rule}: end line`);
  if (words !== undefined) assert.strictEqual(a.doc.text.slice(f.span.start, f.span.end), words);
}

/** 0-based line of the first line that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in text`);
  return text.slice(0, i).split('\n').length - 1;
}
