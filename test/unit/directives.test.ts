import * as assert from 'assert';
import { parseDirectives } from '../../server/src/core/directives';
import { parse } from '../../server/src/core/parse';
import { cov, findingsOf, none, one, run } from './helpers';

const STALE = '# Privacy Policy\n\nLast updated: 2019-10-28\n\nWe bake bread. Write to hi@bakery.example.\n';
const SHIELD = 'We rely on the EU-U.S. Privacy Shield for transfers.';

describe('directives: parsing', () => {
  it('reads each form, its rules and its reason', () => {
    const d = parseDirectives(parse([
      '<!-- privacylint-disable dpo-contact -- we are not required to appoint a DPO -->',
      '<!-- privacylint-enable dpo-contact -->',
      '<!-- privacylint-disable-next-line obsolete-transfer-mechanism, stale-last-updated -->',
      '<!-- privacylint-disable-line -->',
      '<!-- privacylint-disable-file -- draft, not published -->',
      '<!-- an ordinary comment -->',
    ].join('\n')).comments);
    assert.deepStrictEqual(d.map((x) => [x.kind, x.rules, x.reason, x.line]), [
      ['disable', ['dpo-contact'], 'we are not required to appoint a DPO', 0],
      ['enable', ['dpo-contact'], '', 1],
      ['disable-next-line', ['obsolete-transfer-mechanism', 'stale-last-updated'], '', 2],
      ['disable-line', [], '', 3],
      ['disable-file', [], 'draft, not published', 4],
    ]);
  });
});

describe('directives: effect on findings', () => {
  it('disable-next-line silences a defect on the next line only', () => {
    const text = `# Privacy Policy\n\nLast updated: 2026-10-01\n\n<!-- privacylint-disable-next-line obsolete-transfer-mechanism -- historic wording kept on purpose -->\n${SHIELD}\n\n${SHIELD}\n`;
    const a = run(text);
    const fs = findingsOf(a, 'obsolete-transfer-mechanism');
    assert.deepStrictEqual(fs.map((f) => f.range.start.line), [7]);
  });

  it('disable-line silences a defect on its own line, and only for the rules it names', () => {
    const text = `# Privacy Policy\n\nLast updated: 2019-10-28 <!-- privacylint-disable-line stale-last-updated -- reviewed, no change needed -->\n\n${SHIELD} <!-- privacylint-disable-line dpo-contact -->\n`;
    const a = run(text);
    none(a, 'stale-last-updated');
    one(a, 'obsolete-transfer-mechanism');
    // Everything silenced: the coverage view shows why instead of claiming the rule is met.
    const c = cov(a, 'stale-last-updated');
    assert.strictEqual(c.state, 'not-applicable');
    assert.strictEqual(c.detail, 'reviewed, no change needed');
  });

  it('a disable block runs until enable', () => {
    const text = `# Privacy Policy\n\n<!-- privacylint-disable obsolete-transfer-mechanism -->\n${SHIELD}\n<!-- privacylint-enable obsolete-transfer-mechanism -->\n\n${SHIELD}\n`;
    assert.deepStrictEqual(findingsOf(run(text), 'obsolete-transfer-mechanism').map((f) => f.range.start.line), [6]);
  });

  it('a disable block for a missing disclosure silences it document-wide, with the reason in coverage', () => {
    const a = run('# Privacy Policy\n\n<!-- privacylint-disable dpo-contact -- we are not required to appoint a DPO -->\n\nWe bake bread.\n');
    none(a, 'dpo-contact');
    const c = cov(a, 'dpo-contact');
    assert.strictEqual(c.state, 'not-applicable');
    assert.strictEqual(c.detail, 'we are not required to appoint a DPO');
    // Other rules are untouched.
    one(a, 'right-of-access');
  });

  it('a reasonless directive still says it was suppressed', () => {
    const c = cov(run('# Privacy Policy\n\n<!-- privacylint-disable right-of-access -->\n'), 'right-of-access');
    assert.strictEqual(c.state, 'not-applicable');
    assert.match(c.detail!, /privacylint-disable/);
  });

  it('disable-line on the sentence of a partial finding silences it', () => {
    const text = '# Privacy Policy\n\nOur Data Protection Officer is Maria Keller. <!-- privacylint-disable-line dpo-contact -- she takes requests through the front desk -->\n';
    const a = run(text);
    none(a, 'dpo-contact');
    assert.strictEqual(cov(a, 'dpo-contact').detail, 'she takes requests through the front desk');
    // Without the directive it is reported on that line.
    assert.strictEqual(one(run(text.replace(/<!--.*-->/, '')), 'dpo-contact').range.start.line, 2);
  });

  it('disable-file silences every rule; with rule names only those', () => {
    const all = run(`<!-- privacylint-disable-file -- template, filled in later -->\n${STALE}\n${SHIELD}\n`);
    assert.deepStrictEqual(all.findings, []);
    assert.strictEqual(cov(all, 'right-to-erasure').detail, 'template, filled in later');
    const some = run(`<!-- privacylint-disable-file stale-last-updated -->\n${STALE}`);
    none(some, 'stale-last-updated');
    one(some, 'right-to-erasure');
  });

  it('a directive inside a code block is an example, not a directive', () => {
    const a = run(`${STALE}\n\`\`\`html\n<!-- privacylint-disable-file -->\n\`\`\`\n`);
    one(a, 'stale-last-updated');
    one(a, 'right-of-access');
  });
});

describe('front matter: not-applicable', () => {
  it('a mapping gives each rule its reason', () => {
    const a = run('---\nnot-applicable: {dpo-contact: "fewer than 250 staff, no large-scale processing", right-to-portability: ""}\n---\n# Privacy Policy\n\nWe bake bread.\n');
    none(a, 'dpo-contact');
    none(a, 'right-to-portability');
    assert.deepStrictEqual([cov(a, 'dpo-contact').state, cov(a, 'dpo-contact').detail], ['not-applicable', 'fewer than 250 staff, no large-scale processing']);
    assert.strictEqual(cov(a, 'right-to-portability').detail, 'marked not applicable');
    one(a, 'right-to-erasure');
  });

  it('a list marks rules not applicable without reasons', () => {
    const a = run('---\nnot-applicable: [dpo-contact, right-to-object]\n---\n# Privacy Policy\n\nWe bake bread.\n');
    none(a, 'dpo-contact');
    none(a, 'right-to-object');
    assert.strictEqual(cov(a, 'right-to-object').state, 'not-applicable');
  });

  it('not-applicable does not hide a disclosure that is present, nor a defect', () => {
    const a = run('---\nnot-applicable: {dpo-contact: "none", stale-last-updated: "kept on purpose"}\n---\n# Privacy Policy\n\nLast updated: 2019-10-28\n\nOur DPO is at dpo@bakery.example.\n');
    assert.strictEqual(cov(a, 'dpo-contact').state, 'satisfied');
    one(a, 'stale-last-updated');
  });

  it('regimes in front matter win over options and wording', () => {
    const a = run('---\nregimes: [ccpa]\n---\n# Privacy Policy\n\nWe transfer data outside the EEA under the GDPR.\n', { regimes: ['gdpr'] });
    assert.deepStrictEqual([a.regimes, a.regimeSource], [['ccpa'], 'front-matter']);
    none(a, 'right-of-access');
  });
});
