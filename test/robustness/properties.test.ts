/**
 * Property-based tests (fast-check): random and adversarial drafts never make the core throw, every range it
 * reports lies inside the document, offered fixes keep the author's lines in order, and a fix computed for one
 * text is refused on another. Runs are sized so that the file takes well under a minute on two cores.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/core/analyze';
import { applyFix, insertAllMissing } from '../../server/src/core/fixes';
import { LineIndex } from '../../server/src/core/lines';
import type { Range, Span } from '../../server/src/core/types';

const TODAY = '2026-11-23';
const SEED = Number(process.env.FC_SEED ?? 20261123);

/** Words and marks the parser and the scanners react to. */
const TOKENS = [
  '# Privacy Policy', '## Your rights', '### Contact', 'PRIVACY NOTICE', '1. Introduction', '2.1. Scope', '- ACCESS. You may', '**Data Protection Officer**',
  'Last updated:', 'Last updated: 2021-03-04', 'Effective January 5th, 2020.', 'Version 2019', '12/31/2023', '31.12.2023', 'May 2024',
  'You have the right to access your personal data.', 'You can withdraw your consent at any time.', 'lodge a complaint with a supervisory authority',
  'We transfer data to the United States.', 'We rely on the EU-U.S. Privacy Shield.', 'standard contractual clauses', 'Safe Harbor',
  'privacy@example.com', 'dpo@example.org', 'https://example.com/privacy.', 'Tel: +49 30 1234567', '(555) 123-4567', 'Hauptstraße 5', 'P.O. Box 123',
  '12 Mill Lane, Bristol BS1 4AA', '[Company Name]', '[[placeholder]]', '{{name}}', '<INSERT DATE>', 'TODO', 'lorem ipsum',
  '<!--', '-->', '<!-- privacylint-disable dpo-contact -- reason -->', '<!-- privacylint-disable-next-line -->', '---', '```', '~~~', '| a | b |',
  'e.g.', 'Dr.', 'U.S.', '\u201cquoted\u201d', '\u2014', '\u00a0', '\t', ':', '.', '?', '!', ';', '- ', '* ', '\u2022 ', '  - ', '    1) ',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' word ', ' data ', ' you ') },
  // Any code point of any plane, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
/** A random draft: a sequence of tokens. */
const draft = fc.array(token, { maxLength: 120, size: 'large' }).map((xs) => xs.join(''));

/** Drafts built to stress one structure at a time. */
const adversarial = fc.oneof(
  // A very long line.
  fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 2_000, max: 20_000 })).map(([t, n]) => `# Privacy Policy\n\n${`${t} `.repeat(Math.ceil(n / (t.length + 1)))}`),
  // Deeply nested lists.
  fc.integer({ min: 50, max: 400 }).map((d) => Array.from({ length: d }, (_, i) => `${' '.repeat(i % 40)}${i % 3 ? '-' : `${i}.`} item ${i}`).join('\n')),
  // Thousands of headings.
  fc.tuple(fc.integer({ min: 1_000, max: 4_000 }), fc.boolean()).map(([n, md]) =>
    Array.from({ length: n }, (_, i) => (md ? `${'#'.repeat((i % 6) + 1)} Heading ${i}` : `${i % 90}. HEADING ${i}`)).join('\n'),
  ),
  // Stray comment openers and closers.
  fc.array(fc.constantFrom('<!--', '-->', '<!-- privacylint-disable', 'text', '\n'), { minLength: 10, maxLength: 400 }).map((xs) => xs.join(' ')),
  // Unbalanced front matter.
  fc.tuple(fc.integer({ min: 0, max: 300 }), fc.constantFrom('key: [a, b', 'not-applicable: {x: "y"', 'regimes: gdpr', '  - nested', ': odd')).map(([n, l]) => `---\n${`${l}\n`.repeat(n)}# Privacy\n`),
  // Every plane, with mixed line breaks.
  fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...BREAKS)), { maxLength: 200 }).map((xs) => xs.map(([a, b]) => a + b).join('')),
);

function assertSpan(text: string, span: Span, what: string) {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} outside 0..${text.length}`);
}

function assertRange(lines: LineIndex, span: Span, range: Range, what: string) {
  assert.ok(range.start.line >= 0 && range.end.line < lines.lineCount, `${what}: line outside the document`);
  assert.deepStrictEqual(range, lines.rangeOf(span), `${what}: range and span disagree`);
  for (const p of [range.start, range.end]) assert.ok(p.character >= 0 && lines.starts[p.line] + p.character <= lines.lineEnd(p.line, true), `${what}: character past the line end`);
}

/** Every finding, related passage, coverage entry and fix edit lies inside the text. */
function checkInside(text: string) {
  const a = analyzeDocument(text, { today: TODAY });
  const lines = new LineIndex(text);
  for (const f of a.findings) {
    assertSpan(text, f.span, f.rule);
    assertRange(lines, f.span, f.range, f.rule);
    for (const r of f.related ?? []) {
      assertSpan(text, r.span, `${f.rule} related`);
      assertRange(lines, r.span, r.range, `${f.rule} related`);
    }
    for (const fix of f.fixes) for (const e of fix.edits) assertSpan(text, e.span, `${f.rule} fix`);
  }
  for (const c of a.coverage) {
    if (c.span) {
      assertSpan(text, c.span, `coverage ${c.rule}`);
      assertRange(lines, c.span, c.range!, `coverage ${c.rule}`);
    }
  }
  for (const p of a.passages) assertSpan(text, p.span, `passage ${p.rule}`);
  return a;
}

/**
 * The lines of `before` that no edit touches appear, in order, among the lines of `after`. With `completed`, a line
 * that ends in a label ("Last updated:") may have been completed in place (a fix adds the date after the colon).
 */
function keepsLinesInOrder(before: string, after: string, touched: Set<number> = new Set(), completed = false) {
  const split = (s: string) => s.split(/\r\n|\r|\n/);
  const old = split(before).filter((_, i) => !touched.has(i));
  const now = split(after);
  const same = (n: string, o: string) => n === o || (completed && /:[ \t*_]*$/.test(o) && n.startsWith(o.replace(/[ \t*_]*$/, '')));
  let j = 0;
  for (const line of old) {
    while (j < now.length && !same(now[j], line)) j++;
    assert.ok(j < now.length, `line ${JSON.stringify(line.slice(0, 80))} lost or moved`);
    j++;
  }
}

describe('robustness: properties (fast-check)', function () {
  this.timeout(120_000);

  it('random drafts never throw and every range lies inside the text', () => {
    fc.assert(fc.property(draft, (text) => void checkInside(text)), { numRuns: 1000, seed: SEED });
  });

  it('adversarial drafts (long lines, deep lists, thousands of headings, stray <!--, open front matter, all planes) never throw', () => {
    fc.assert(fc.property(adversarial, (text) => void checkInside(text)), { numRuns: 120, seed: SEED });
  });

  it('applying any offered fix keeps every original line in order', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyzeDocument(text, { today: TODAY });
        const lines = new LineIndex(text);
        for (const f of a.findings) {
          for (const fix of f.fixes) {
            const out = applyFix(text, fix);
            assert.notStrictEqual(out, null, `${f.rule}: a fix for this very text is applied`);
            // Lines a replacement rewrites, and a line an insertion without line breaks completes in place ("Last
            // updated:" + a date), are the fix's own business. An insertion of whole lines must come at a line
            // boundary and leave every line as it was.
            const touched = new Set<number>();
            for (const e of fix.edits) {
              const r = lines.rangeOf(e.span);
              if (e.span.start === e.span.end && /[\r\n]/.test(e.newText)) {
                const atStart = r.start.character === 0;
                const atEnd = e.span.start === lines.lineEnd(r.start.line);
                assert.ok(atStart || atEnd, `${f.rule}: "${fix.title}" splits line ${r.start.line + 1}`);
                continue;
              }
              for (let l = r.start.line; l <= r.end.line; l++) touched.add(l);
            }
            keepsLinesInOrder(text, out!, touched);
          }
        }
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('inserting all missing disclosures keeps every original line in order', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { text: out } = insertAllMissing(text, { today: TODAY });
        keepsLinesInOrder(text, out, new Set(), true);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('a fix computed for an older text is refused once the text changed', () => {
    fc.assert(
      fc.property(draft, fc.nat(), fc.string({ minLength: 1, maxLength: 5 }), (text, at, ins) => {
        const a = analyzeDocument(text, { today: TODAY });
        const fixes = a.findings.flatMap((f) => f.fixes);
        fc.pre(fixes.length > 0);
        const pos = at % (text.length + 1);
        const changed = text.slice(0, pos) + ins + text.slice(pos);
        for (const fix of fixes) assert.strictEqual(applyFix(changed, fix), null, `${fix.title} applied to a changed text`);
      }),
      { numRuns: 400, seed: SEED },
    );
  });
});
