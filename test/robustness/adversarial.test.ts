/**
 * No pattern may backtrack catastrophically: a megabyte built to defeat each family of patterns must be analysed
 * in bounded time (a generous limit that only super-linear behaviour can break), and every finding must lie inside the text.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/core';

const MB = 1_000_000;
const LIMIT_MS = 15_000;

function repeat(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const cases: Record<string, string> = {
  'emails (local parts without a domain)': repeat('a.b-c_d+'),
  'email-like runs with @': repeat('a@a.'),
  'digits and separators (phones, dates)': repeat('1 2-3.4 (5) '),
  'long digit run': repeat('7'),
  'urls without an end': `http://${repeat('a.b-')}`,
  'www runs': repeat('www.a-'),
  'brackets (placeholders)': repeat('[[[[ ]'),
  'braces': repeat('{{ {'),
  'angle brackets': repeat('<insert '),
  'word runs before a keyword (rights cues)': repeat('access your data data data '),
  'opt-out without an end': repeat('opt out of '),
  'month names': repeat('May May 2024 June '),
  'numbered lines': repeat('1.1.1.1. A\n'),
  'list markers': repeat('- - - - x\n'),
  'heading markers': repeat('###### #\n'),
  'setext underlines': repeat('a\n===\n'),
  'unclosed comment': `<!-- ${repeat('privacylint-disable ')}`,
  'many comments': repeat('<!-- privacylint-disable x -->'),
  'stray comment openers': repeat('<!--'),
  'unbalanced front matter': `---\n${repeat('key: [a, b\n')}`,
  'no spaces at all': repeat('abcdefghij'),
  'transfer words': repeat('transfer outside the EEA to the US '),
  'privacy shield words': repeat('EU-U.S. Privacy Shield Framework '),
  'street-like text': repeat('12 Main Main Main Main '),
  'astral and combining characters': repeat('\u{1F600}\u0301\u{10FFFF}\uFFFD '),
};

describe('adversarial input stays linear', function () {
  this.timeout(LIMIT_MS * 2);
  for (const [name, text] of Object.entries(cases)) {
    it(`${name} (${(text.length / MB).toFixed(1)} MB)`, () => {
      const t0 = Date.now();
      const r = analyze(text, { today: '2026-11-23' });
      const ms = Date.now() - t0;
      assert.ok(ms < LIMIT_MS, `took ${ms} ms`);
      for (const f of r.findings) {
        assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.rule} range outside the text`);
      }
    });
  }
});
