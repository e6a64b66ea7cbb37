/**
 * Golden files for clause placement: our own small drafts in three heading styles (Markdown ATX, numbered plain
 * text, all-caps plain text), with quick fixes applied, compared with checked-in expected output in
 * test/fixtures/placement/. After a deliberate change of placement or wording, regenerate them with
 *   UPDATE_GOLDEN=1 npx mocha --no-config --node-option import=tsx test/unit/placement-golden.test.ts
 * and review the diff; by default the test only compares.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, type Analysis } from '../../server/src/core/analyze';
import { applyFix, insertAllMissing } from '../../server/src/core/fixes';
import type { AnalyzeOptions } from '../../server/src/core/types';
import { TODAY } from './helpers';

const DIR = path.join(__dirname, '..', 'fixtures', 'placement');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Pinned, so that the files do not depend on regime inference. */
const OPTIONS: AnalyzeOptions = { today: TODAY, regimes: ['gdpr'] };

/** The quick fixes the language server offers: the core's, in the wording of the regimes checked. */
function analyse(text: string): Analysis {
  return analyzeDocument(text, OPTIONS);
}

function golden(name: string, actual: string) {
  const file = path.join(DIR, name);
  if (UPDATE) {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 to create it, then review it`);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `${name} differs (after a deliberate change: UPDATE_GOLDEN=1, then review the diff)`);
}

/** Every line of `before` is still in `after`, in order. */
function assertLinesKept(before: string, after: string, what: string) {
  const b = before.split('\n');
  let i = 0;
  for (const line of after.split('\n')) if (i < b.length && line === b[i]) i++;
  assert.strictEqual(i, b.length, `${what}: original line ${i + 1} ("${b[i]}") lost or moved`);
}

/** Applies the first fix of the rule's finding; checks it only inserts and clears the finding. */
function fixRule(text: string, rule: string): string {
  const fs = analyse(text).findings.filter((f) => f.rule === rule);
  assert.strictEqual(fs.length, 1, `one ${rule} finding`);
  assert.ok(fs[0].fixes.length, `${rule} has a quick fix`);
  const out = applyFix(text, fs[0].fixes[0]);
  assert.ok(out !== null);
  assertLinesKept(text, out, rule);
  assert.deepStrictEqual(analyse(out).findings.filter((f) => f.rule === rule).map((f) => f.message), [], `${rule} cleared`);
  // The same fix again is refused (it was computed for the old text), and none is offered any more.
  assert.strictEqual(applyFix(out, fs[0].fixes[0]), null, `${rule}: a second application is refused`);
  return out;
}

interface Draft {
  name: string;
  ext: string;
  /** A right missing from an existing rights list, and what the new item starts with. */
  right: { rule: string; item: RegExp };
  /** A disclosure without a section, and the new section's heading line. */
  section: { rule: string; heading: string; before: string | null };
}

const DRAFTS: Draft[] = [
  {
    name: 'markdown',
    ext: 'md',
    right: { rule: 'right-to-portability', item: /^- Portability: / },
    section: { rule: 'recipients', heading: '## Who we share your data with', before: '## Changes to this policy' },
  },
  {
    name: 'numbered',
    ext: 'txt',
    right: { rule: 'right-to-object', item: /^d\) Objection: / },
    // Numbered headings: the new section takes the next number at the end, so the numbers stay in sequence.
    section: { rule: 'recipients', heading: '5. Who we share your data with', before: null },
  },
  {
    name: 'caps',
    ext: 'txt',
    right: { rule: 'right-to-erasure', item: /^\* Deletion: / },
    section: { rule: 'retention-period', heading: 'HOW LONG WE KEEP YOUR DATA', before: 'CHANGES TO THIS STATEMENT' },
  },
];

describe('placement golden files', () => {
  if (UPDATE) before(() => console.log('    UPDATE_GOLDEN=1: writing the expected files'));

  for (const d of DRAFTS) {
    const input = () => fs.readFileSync(path.join(DIR, `${d.name}.input.${d.ext}`), 'utf8');

    it(`${d.name}: a missing right goes into the rights list, in its list style`, () => {
      const text = input();
      const out = fixRule(text, d.right.rule);
      const added = out.split('\n').filter((l) => !text.split('\n').includes(l));
      assert.strictEqual(added.length, 1, `one new line: ${added.join(' | ')}`);
      assert.match(added[0], d.right.item);
      golden(`${d.name}.right.expected.${d.ext}`, out);
    });

    it(`${d.name}: a missing section is a new section in the draft's heading style, at the conventional place`, () => {
      const text = input();
      const out = fixRule(text, d.section.rule);
      const lines = out.split('\n');
      const at = lines.indexOf(d.section.heading);
      assert.ok(at > 0, `heading "${d.section.heading}" in:\n${out}`);
      // Heading, clause, then the closing section (or the end of the draft).
      const following = lines.slice(at + 1).filter((l) => l.trim());
      if (d.section.before) assert.strictEqual(following[1], d.section.before, 'right before the closing section');
      else assert.strictEqual(following.length, 1, 'at the end: only its clause follows');
      // The new section is a section of the draft now: the next clause of its kind goes into it, not into a copy.
      const reparsed = analyse(out).doc.sections.filter((s) => s.heading?.text.replace(/^\d+\.\s*/, '').toLowerCase() === d.section.heading.replace(/^(?:#+ |\d+\. )/, '').toLowerCase());
      assert.strictEqual(reparsed.length, 1, 'read back as one section');
      golden(`${d.name}.section.expected.${d.ext}`, out);
    });

    it(`${d.name}: every offered quick fix in sequence keeps every line, clears each finding, and never duplicates`, () => {
      const original = input();
      let text = original;
      const applied: string[] = [];
      for (let round = 0; round < 80; round++) {
        const f = analyse(text).findings.find((x) => x.fixes.length && !applied.includes(x.rule));
        if (!f) break;
        applied.push(f.rule);
        const out = applyFix(text, f.fixes[0]);
        assert.ok(out !== null, `${f.rule}: fix refused on the text it was computed for`);
        assertLinesKept(text, out, f.rule);
        const again = analyse(out);
        assert.deepStrictEqual(again.findings.filter((x) => x.rule === f.rule && x.kind === 'missing').map((x) => x.message), [], `${f.rule} still reported after its fix`);
        text = out;
      }
      assert.ok(applied.length >= 5, `the draft had gaps to fill: ${applied.join(', ')}`);
      assertLinesKept(original, text, 'all fixes');
      const after = analyse(text);
      assert.deepStrictEqual(after.findings.filter((f) => f.fixes.length).map((f) => f.rule), [], 'nothing fixable left');
      // No heading was inserted twice, and each inserted clause stands once.
      const headings = after.doc.sections.map((s) => s.heading!.text.toLowerCase());
      assert.strictEqual(new Set(headings).size, headings.length, `duplicate heading: ${headings.join(' | ')}`);
      for (const line of text.split('\n').filter((l) => l.trim() && !original.split('\n').includes(l))) {
        assert.strictEqual(text.split(line).length, 2, `inserted twice: ${line}`);
      }
      // "Insert all missing disclosures" does the same, and a second run inserts nothing.
      assert.strictEqual(insertAllMissing(original, OPTIONS).text, text, 'insertAllMissing agrees with fixes applied one by one');
      assert.deepStrictEqual(insertAllMissing(text, OPTIONS), { text, inserted: [] });
      golden(`${d.name}.all.expected.${d.ext}`, text);
    });
  }

  it('the expected files end with the drafts\' own line ends and contain no stray whitespace', () => {
    for (const f of fs.readdirSync(DIR)) {
      const t = fs.readFileSync(path.join(DIR, f), 'utf8');
      assert.ok(t.endsWith('\n') && !t.endsWith('\n\n\n'), `${f}: ends with one line break`);
      assert.doesNotMatch(t, /[ \t]+\n/, `${f}: trailing spaces`);
      assert.doesNotMatch(t, /\n\n\n/, `${f}: two blank lines in a row`);
    }
  });
});
