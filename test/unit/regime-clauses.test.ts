/**
 * The clause a quick fix inserts follows the regimes checked: the EU complaint right names "a supervisory
 * authority", the UK GDPR one names the ICO (and UK clauses cite the UK GDPR), and a CCPA policy gets the CCPA rights.
 */
import * as assert from 'assert';
import { applyFix, clauseForRegimes, insertAllMissing, UK_COMPLAINT_CLAUSE } from '../../server/src/core/fixes';
import type { RegimeId } from '../../server/src/core/types';
import { ruleById } from '../../server/src/rules';
import { cov, findingsOf, one, run, TODAY } from './helpers';

/** A small bookshop's draft: a rights list with access only, no complaint right. */
const DRAFT = [
  '# Privacy Policy',
  '',
  'Last updated: 2026-11-01',
  '',
  'Harbour Books Ltd sells second-hand books online. Write to help@harbour.example.',
  '',
  '## Your rights',
  '',
  '- You can ask for a copy of the personal data we hold about you.',
  '',
  '## Contact',
  '',
  'Harbour Books Ltd, 1 Quay St, Bristol BS1 4AA.',
  '',
].join('\n');

function analysis(regimes: RegimeId[]) {
  return run(DRAFT, { regimes });
}

/** The text the rule's first quick fix inserts. */
function inserted(regimes: RegimeId[], rule: string): string {
  const f = one(analysis(regimes), rule);
  assert.strictEqual(f.fixes[0].edits.length, 1);
  return f.fixes[0].edits[0].newText;
}

function count(text: string, re: RegExp): number {
  return (text.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length;
}

describe('clause wording per regime', () => {
  it('GDPR: the complaint right names a supervisory authority, not the ICO', () => {
    const t = inserted(['gdpr'], 'right-to-complain');
    assert.match(t, /supervisory authority, in particular in the country where you live/);
    assert.match(t, /\(GDPR Art\. 77\)/);
    assert.doesNotMatch(t, /Information Commissioner|\bICO\b|UK GDPR/);
    assert.deepStrictEqual(findingsOf(analysis(['gdpr']), 'uk-complaint-ico'), [], 'no UK rule under the GDPR alone');
  });

  it('UK GDPR: the complaint right names the ICO and cites the UK GDPR, not the EU wording', () => {
    const t = inserted(['uk-gdpr'], 'right-to-complain');
    assert.ok(t.endsWith(UK_COMPLAINT_CLAUSE), t);
    assert.match(t, /^\n- Complaints: /, 'a list item in the rights list, like the others');
    assert.match(t, /Information Commissioner's Office \(ICO\)/);
    assert.match(t, /ico\.org\.uk/);
    assert.match(t, /\(UK GDPR Art\. 77\)/);
    assert.doesNotMatch(t, /country where you live|lead authority|\(GDPR Art/);
    // One fix covers both the complaint right and the UK rule that asks for the ICO.
    const out = applyFix(DRAFT, one(analysis(['uk-gdpr']), 'right-to-complain').fixes[0])!;
    const after = run(out, { regimes: ['uk-gdpr'] });
    assert.deepStrictEqual(findingsOf(after, 'right-to-complain'), []);
    assert.deepStrictEqual(findingsOf(after, 'uk-complaint-ico'), []);
    assert.strictEqual(cov(after, 'uk-complaint-ico').state, 'satisfied');
  });

  it('UK GDPR: the other rights cite the UK GDPR', () => {
    assert.match(inserted(['uk-gdpr'], 'right-to-erasure'), /\(UK GDPR Art\. 17\)\.$/);
    assert.match(inserted(['gdpr'], 'right-to-erasure'), /[^K] \(GDPR Art\. 17\)\.$/);
    assert.strictEqual(clauseForRegimes(ruleById('right-to-erasure')!, ['uk-gdpr']), ruleById('right-to-erasure')!.clause!.text.replace('(GDPR', '(UK GDPR'));
    // A clause that already names the UK GDPR is not doubled.
    assert.strictEqual(clauseForRegimes({ id: 'x', regimes: ['uk-gdpr'], clause: { text: 'UK GDPR and GDPR' } }, ['uk-gdpr']), 'UK GDPR and UK GDPR');
  });

  it('UK GDPR: inserting everything names the ICO once and leaves no EU citation', () => {
    const { text } = insertAllMissing(DRAFT, { today: TODAY, regimes: ['uk-gdpr'] });
    assert.strictEqual(count(text, /Information Commissioner/), 1, text);
    assert.doesNotMatch(text, /(?<!UK )GDPR/);
    assert.doesNotMatch(text, /country where you live/);
    assert.deepStrictEqual(run(text, { regimes: ['uk-gdpr'] }).findings.filter((f) => f.kind === 'missing').map((f) => f.rule), []);
  });

  it('GDPR and UK GDPR together: the EU complaint right, plus the ICO for UK readers', () => {
    assert.match(inserted(['gdpr', 'uk-gdpr'], 'right-to-complain'), /supervisory authority, in particular in the country where you live/);
    assert.match(inserted(['gdpr', 'uk-gdpr'], 'uk-complaint-ico'), /If you are in the UK, you can complain to the Information Commissioner's Office/);
    const { text } = insertAllMissing(DRAFT, { today: TODAY, regimes: ['gdpr', 'uk-gdpr'] });
    assert.match(text, /\(GDPR Art\. 77\)/);
    assert.strictEqual(count(text, /Information Commissioner/), 1);
  });

  it('UK wording needs the UK GDPR to be the only one of the rule\'s regimes checked', () => {
    const complain = ruleById('right-to-complain')!;
    assert.strictEqual(clauseForRegimes(complain, ['uk-gdpr', 'ccpa']), UK_COMPLAINT_CLAUSE, 'CCPA is not a regime of the complaint right');
    assert.strictEqual(clauseForRegimes(complain, ['uk-gdpr', 'lgpd']), complain.clause!.text, 'Brazil has its own authority: keep the general wording');
  });

  it('CCPA: the CCPA rights, in CCPA wording, and nothing from the GDPR', () => {
    const a = analysis(['ccpa']);
    for (const gdprRight of ['right-to-erasure', 'right-to-complain', 'right-to-object', 'right-to-portability']) assert.deepStrictEqual(findingsOf(a, gdprRight), [], gdprRight);
    const del = inserted(['ccpa'], 'ccpa-right-to-delete');
    assert.match(del, /^\n- Right to delete: you can ask us to delete the personal information we collected from you\./);
    assert.match(inserted(['ccpa'], 'ccpa-right-to-correct'), /Right to correct: /);
    assert.match(inserted(['ccpa'], 'ccpa-right-to-know'), /Right to know: /);
    assert.doesNotMatch(del, /GDPR|supervisory authority/);
    const { text } = insertAllMissing(DRAFT, { today: TODAY, regimes: ['ccpa'] });
    assert.doesNotMatch(text, /GDPR|supervisory authority|Information Commissioner/);
    assert.match(text, /Right to delete: /);
    assert.strictEqual(count(text, /^## Your rights$/m), 1, 'the CCPA rights go into the existing rights section');
  });
});
