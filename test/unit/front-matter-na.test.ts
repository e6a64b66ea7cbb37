/**
 * "Mark as not applicable" in front matter: planNotApplicable only ever inserts, keeps what the front matter said,
 * and the analysis then reports the rule as not applicable with the recorded reason.
 */
import * as assert from 'assert';
import { applyEdits, plainText, snippetEdit, type SnippetPart } from '../../server/src/core/fixes';
import { planNotApplicable, type NotApplicableEdit } from '../../server/src/core/frontMatter';
import { parse } from '../../server/src/core/parse';
import { resolveSnippet } from '../helpers/snippet';
import { cov, findingsOf, run } from './helpers';

const REASON = 'reason why this does not apply';
const BODY = '# Privacy Policy\n\nBirchwood Bakery sells bread. Write to hello@birchwood.example.\n';

function plan(text: string, rule = 'dpo-contact'): NotApplicableEdit | null {
  const doc = parse(text);
  return planNotApplicable(text, doc.lines, doc.frontMatter, rule, REASON);
}

function apply(text: string, rule = 'dpo-contact'): string {
  const p = plan(text, rule);
  assert.ok(p, 'an edit is planned');
  assert.strictEqual(p.span.start, p.span.end, 'only inserts');
  return applyEdits(text, [{ span: p.span, newText: p.newText }]);
}

/** Every line of `before` is in `after`, in order; an inline `not-applicable: {...}` / `[...]` line may have grown. */
function keepsLines(before: string, after: string) {
  // A byte-order mark stays first in the file: compare the lines without it.
  const b = before.replace(/^\ufeff/, '').split(/\r?\n/);
  let i = 0;
  for (const line of after.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const grown = /^not-applicable: [[{]/.test(b[i] ?? '') && line.startsWith(b[i].replace(/\s*[\]}]$/, '')) && line.length > b[i].length;
    if (i < b.length && (line === b[i] || grown)) i++;
  }
  assert.strictEqual(i, b.length, `original lines kept in order:\n${after}`);
}

/** The front matter reads without errors, keeps its other keys, and marks the rule with the reason. */
function assertRecorded(before: string, after: string, rule: string, reason: string | null) {
  keepsLines(before, after);
  const oldFm = parse(before).frontMatter;
  const fm = parse(after).frontMatter;
  assert.ok(fm, `front matter in:\n${after}`);
  assert.deepStrictEqual(fm.errors, []);
  for (const [k, v] of Object.entries(oldFm?.data ?? {})) {
    if (k === 'not-applicable') continue;
    assert.deepStrictEqual(fm.data[k], v, `key ${k} unchanged`);
  }
  const na = fm.data['not-applicable'];
  if (reason === null) assert.ok(Array.isArray(na) && na.includes(rule), JSON.stringify(na));
  else assert.strictEqual((na as Record<string, string>)[rule], reason, JSON.stringify(na));
  // Entries that were there stay there.
  const oldNa = oldFm?.data['not-applicable'];
  if (Array.isArray(oldNa)) for (const k of oldNa) assert.ok((na as string[]).includes(k), k);
  else if (oldNa && typeof oldNa === 'object') for (const [k, v] of Object.entries(oldNa)) assert.strictEqual((na as Record<string, string>)[k], v, k);
}

describe('front matter: mark a requirement as not applicable', () => {
  it('creates the front matter when there is none', () => {
    const out = apply(BODY);
    assert.strictEqual(out, `---\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n\n${BODY}`);
    assertRecorded(BODY, out, 'dpo-contact', REASON);
    // The title is still the title.
    assert.strictEqual(parse(out).title?.text, 'Privacy Policy');
  });

  it('creates it after a byte-order mark, in the document\'s line ends, without doubling a blank first line', () => {
    const crlf = `\ufeff${BODY.replace(/\n/g, '\r\n')}`;
    const out = apply(crlf);
    assert.ok(out.startsWith(`\ufeff---\r\nnot-applicable:\r\n  dpo-contact: "${REASON}"\r\n---\r\n\r\n# Privacy Policy`), JSON.stringify(out.slice(0, 80)));
    assert.ok(!/[^\r]\n/.test(out));
    assertRecorded(crlf, out, 'dpo-contact', REASON);
    const blankFirst = `\n${BODY}`;
    assert.ok(apply(blankFirst).startsWith(`---\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n\n# Privacy`));
    assert.strictEqual(apply(''), `---\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n`);
  });

  it('adds the key to front matter without one, before the closing fence', () => {
    const text = `---\ntitle: Privacy at Birchwood\nregimes: [gdpr]\nlayout: page\n---\n${BODY}`;
    const out = apply(text);
    assert.strictEqual(out, `---\ntitle: Privacy at Birchwood\nregimes: [gdpr]\nlayout: page\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n${BODY}`);
    assertRecorded(text, out, 'dpo-contact', REASON);
  });

  it('adds an entry to a block map in its own indentation, after comments and before the next key', () => {
    const text = `---\nnot-applicable:\n    eu-representative: "we are established in Ireland"\n\n    # more to come\nregimes:\n  - gdpr\n---\n${BODY}`;
    const out = apply(text);
    assert.ok(out.includes(`    eu-representative: "we are established in Ireland"\n    dpo-contact: "${REASON}"\n\n    # more to come\nregimes:`), out);
    assertRecorded(text, out, 'dpo-contact', REASON);
    // An empty block map.
    const empty = `---\nnot-applicable:\ntitle: x\n---\n${BODY}`;
    const out2 = apply(empty);
    assert.ok(out2.startsWith(`---\nnot-applicable:\n  dpo-contact: "${REASON}"\ntitle: x\n---`), out2);
    assertRecorded(empty, out2, 'dpo-contact', REASON);
  });

  it('adds an entry to an inline map', () => {
    for (const [value, expected] of [
      ['{eu-representative: "in the EU"}', `{eu-representative: "in the EU", dpo-contact: "${REASON}"}`],
      ['{ eu-representative: "in the EU, really" }', `{ eu-representative: "in the EU, really", dpo-contact: "${REASON}" }`],
      ['{}', `{dpo-contact: "${REASON}"}`],
    ]) {
      const text = `---\nprivacylint: true\nnot-applicable: ${value}\n---\n${BODY}`;
      const out = apply(text);
      assert.ok(out.includes(`not-applicable: ${expected}\n`), out);
      assertRecorded(text, out, 'dpo-contact', REASON);
    }
  });

  it('adds the id to a list, which holds no reason', () => {
    const inline = `---\nnot-applicable: [eu-representative]\n---\n${BODY}`;
    const p = plan(inline)!;
    assert.strictEqual(p.reason, null);
    const out = apply(inline);
    assert.ok(out.includes('not-applicable: [eu-representative, dpo-contact]\n'), out);
    assertRecorded(inline, out, 'dpo-contact', null);
    const block = `---\nnot-applicable:\n  - eu-representative\n---\n${BODY}`;
    const out2 = apply(block);
    assert.ok(out2.includes('not-applicable:\n  - eu-representative\n  - dpo-contact\n---'), out2);
    assertRecorded(block, out2, 'dpo-contact', null);
    assert.ok(apply(`---\nnot-applicable: []\n---\n${BODY}`).includes('not-applicable: [dpo-contact]\n'));
  });

  it('leaves a key it cannot extend without changing what it says alone', () => {
    assert.strictEqual(plan(`---\nnot-applicable: dpo-contact\n---\n${BODY}`), null);
    assert.strictEqual(plan(`---\nnot-applicable: {a: "b"} # note\n---\n${BODY}`), null);
    // Unindented list items are not read as entries: adding a map entry there would garble them.
    assert.strictEqual(plan(`---\nnot-applicable:\n- eu-representative\n---\n${BODY}`), null);
  });

  it('after the edit, the analysis reports the rule as not applicable with the reason', () => {
    const text = BODY;
    assert.strictEqual(findingsOf(run(text), 'dpo-contact').length, 1);
    const out = apply(text);
    const a = run(out);
    assert.deepStrictEqual(findingsOf(a, 'dpo-contact'), []);
    assert.strictEqual(cov(a, 'dpo-contact').state, 'not-applicable');
    assert.strictEqual(cov(a, 'dpo-contact').detail, REASON);
    // Other findings are unaffected.
    assert.deepStrictEqual(
      a.findings.map((f) => f.rule),
      run(text).findings.filter((f) => f.rule !== 'dpo-contact').map((f) => f.rule),
    );
  });

  it('as a snippet, the reason is a tab stop the author types into', () => {
    const text = `---\nnot-applicable:\n  eu-representative: "in the EU"\n---\n${BODY}`;
    const p = plan(text)!;
    const parts: SnippetPart[] = [p.newText.slice(0, p.reason!.start), { placeholder: REASON }, p.newText.slice(p.reason!.end)];
    assert.strictEqual(plainText(parts), p.newText);
    const e = snippetEdit(text, p.span, parts)!;
    assert.ok(e.snippet.includes(`"\${1:${REASON}}"`), e.snippet);
    const typed = 'we have fewer than 250 staff and no core processing of special data';
    const out = text.slice(0, e.span.start) + resolveSnippet(e.snippet, { 1: typed }) + text.slice(e.span.end);
    assert.strictEqual(cov(run(out), 'dpo-contact').detail, typed);
    assert.strictEqual(cov(run(out), 'eu-representative').state, 'not-applicable');
  });
});
