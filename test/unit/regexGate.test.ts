/**
 * The word gate in front of the rules' patterns: `requiredPrefixes` reads from a pattern the word prefixes no match
 * can lack, `SentenceWords` answers which sentences hold such a word, and `holds` skips the other sentences. A gate
 * that is too strict would silently drop findings, so each part is checked against the plain pattern: on chosen
 * cases, on random patterns and texts, and on every rule over real drafts with the audit switched on.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { parse } from '../../server/src/core/parse';
import PRECOMPUTED from '../../server/src/core/gates.generated.json';
import { patternKey, patternsAsked, readPrefixes, requiredPrefixes } from '../../server/src/core/regexGate';
import { holds, holdsAudit, holdsWithNext, withNext } from '../../server/src/rules/sentences';
import type { RuleContext } from '../../server/src/core/rule';
import type { RegimeId } from '../../server/src/core/types';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const words = (t: string) => (t.match(/[A-Za-z0-9_]+/g) ?? []).map((w) => w.toLowerCase());
/** Whether some word of `text` starts with one of `prefixes`: what the gate promises for every match. */
const gatePasses = (text: string, prefixes: readonly string[]) => words(text).some((w) => prefixes.some((p) => w.startsWith(p)));

describe('regexGate: the word prefixes a pattern needs', () => {
  it('takes words where the pattern starts them: after \\b, a space, a hyphen or ^', () => {
    assert.deepStrictEqual(requiredPrefixes(/\bwithdraw\w* (?:your )?consent/i), ['withdraw']);
    assert.deepStrictEqual(requiredPrefixes(/^Last updated/), ['updated']);
    assert.deepStrictEqual(requiredPrefixes(/e-mail/), ['mail']);
    assert.deepStrictEqual(requiredPrefixes(/\b(?:TODO|TBD)\b|\blorem ipsum\b/i), ['lorem', 'tbd', 'todo']);
  });
  it('expands short optional parts, so that "(?:the )?data" or "authori[sz]ation" still give a word', () => {
    assert.deepStrictEqual(requiredPrefixes(/\b(?:the )?dataset/i), ['dataset']);
    assert.deepStrictEqual(requiredPrefixes(/\bauthori[sz]ation/i), ['authorisation', 'authorization']);
    assert.deepStrictEqual(requiredPrefixes(/\bArt(?:icle|\.)? ?22\b/i), ['art']);
  });
  it('prefers a rare word to a common one, and keeps only the shortest of prefixes that extend one another', () => {
    assert.deepStrictEqual(requiredPrefixes(/\byour (?:\w+ ){0,2}complaint/i), ['complaint']);
    assert.deepStrictEqual(requiredPrefixes(/\b(?:consent|consents|consented)\b/i), ['consent']);
  });
  it('promises nothing where a word may start mid-word, be optional, or be unknown', () => {
    assert.strictEqual(requiredPrefixes(/data/), null, 'unanchored: "metadata" matches');
    assert.strictEqual(requiredPrefixes(/e-?mail/), null, '"email" need not start a word');
    assert.strictEqual(requiredPrefixes(/\b(?:consent)?\w+/), null);
    assert.strictEqual(requiredPrefixes(/\bconsent|data/), null, 'one alternative without a word spoils the set');
    assert.strictEqual(requiredPrefixes(/\bfoo\p{L}/u), null, 'unicode patterns are not read');
    assert.strictEqual(requiredPrefixes(/(?<!x)(?=consent)/), null, 'lookarounds consume nothing');
  });
  it('keeps optional and repeated parts optional: a word they would start is not required', () => {
    const cases: [RegExp, string][] = [
      [/b\s?ab/, 'bab'], // no space: "ab" does not start a word
      [/(?:\bab\w)?\bc1/, 'c1'], // the optional group may be absent
      [/(?:-\w){0,2}ab/, 'xab'],
      [/\b(?:x_y|\w+)\bc1|\bab/i, 'AB'],
      [/[^.]?abc/, 'xabc'],
    ];
    for (const [re, text] of cases) {
      assert.ok(re.test(text), `${re} should match ${text}`);
      const prefixes = requiredPrefixes(re);
      if (prefixes) assert.ok(gatePasses(text, prefixes), `${re} matches ${text}, but the gate asks for ${prefixes.join('|')}`);
    }
  });
  it('is never stricter than the pattern: random patterns on random texts', function () {
    this.timeout(20000);
    // Bounded repeats only: nested unbounded ones make random patterns backtrack for minutes.
    // Patterns are built together with a text they should match (a sample per piece), so that most checks meet a
    // match. Words at a boundary are frequent, so that many patterns get a gate; the rest is syntax that can break one.
    type Piece = { re: string; text: string };
    const piece = (re: string, ...texts: string[]) => fc.constantFrom(...texts).map((text): Piece => ({ re, text }));
    const atom = fc.oneof(
      { weight: 3, arbitrary: fc.oneof(piece('\\bab', 'ab', 'AB'), piece('\\babc', 'abc'), piece(' b', ' b', ' B'), piece('\\bc1', 'c1'), piece('-x_y', '-x_y'), piece('^AB', 'ab'), piece('\\b[ab]c', 'ac', 'bc'), piece(' ab?c', ' ac', ' abc')) },
      {
        weight: 2,
        arbitrary: fc.oneof(
          piece('ab', 'ab'), piece('b', 'b'), piece('x_y', 'x_y'), piece(' ', ' '), piece('-', '-'), piece('\\.', '.'), piece('[ab]', 'a', 'b'), piece('[^.]', 'a', ' ', '_'),
          piece('.', 'a', '-'), piece('\\w', 'a', '1', '_'), piece('\\w+', 'ab', 'c1'), piece('\\s', ' ', '\n'), piece('\\d', '1'), piece('\\b', ''), piece('\\B', ''), piece('$', ''), piece('[a-c]', 'a', 'c'), piece('[\\s,]', ',', ' '),
        ),
      },
    );
    const part: fc.Arbitrary<Piece> = fc.letrec<{ p: Piece }>((tie) => ({
      p: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('p'), tie('p')).map(([x, y]) => ({ re: x.re + y.re, text: x.text + y.text })),
        fc.tuple(tie('p'), tie('p'), fc.boolean()).map(([x, y, left]) => ({ re: `(?:${x.re}|${y.re})`, text: left ? x.text : y.text })),
        fc.tuple(tie('p'), fc.constantFrom<[string, number]>(['?', 0], ['?', 1], ['{0,2}', 2], ['{0,3}', 0], ['{1,3}', 1], ['{1,2}', 2], ['{2}', 2], ['??', 1])).map(([x, [q, k]]) => ({ re: `(?:${x.re})${q}`, text: x.text.repeat(k) })),
        tie('p').map((x) => ({ re: `(${x.re})`, text: x.text })),
        tie('p').map((x) => ({ re: `(?=${x.re})`, text: '' })),
        tie('p').map((x) => ({ re: `(?<!${x.re})`, text: '' })),
      ),
    })).p;
    const pattern = fc.array(part, { minLength: 1, maxLength: 4 }).map((ps) => ({ re: ps.map((x) => x.re).join(''), text: ps.map((x) => x.text).join('') }));
    const noise = fc.array(fc.constantFrom('ab', 'abc', 'AB', 'b', 'c1', 'x_y', 'xab', 'ab_', '1', ' ', '-', '.', ',', '\n', 'é'), { maxLength: 6 }).map((a) => a.join(''));
    let gated = 0;
    let matched = 0;
    fc.assert(
      fc.property(pattern, fc.boolean(), fc.array(fc.tuple(noise, noise), { minLength: 1, maxLength: 8 }), (p, ci, around) => {
        let re: RegExp;
        try {
          re = new RegExp(p.re, ci ? 'i' : '');
        } catch {
          return true;
        }
        const prefixes = requiredPrefixes(re);
        if (!prefixes) return true;
        gated++;
        for (const [before, after] of around) {
          const t = before + p.text + after;
          if (re.test(t) && ++matched) assert.ok(gatePasses(t, prefixes), `${re} matches ${JSON.stringify(t)} but no word starts with ${prefixes.join('|')}`);
        }
        return true;
      }),
      { seed: SEED, numRuns: 6000 },
    );
    // The property only says something when many gated patterns met texts they match.
    assert.ok(gated > 800 && matched > 2000, `${gated} gated patterns, ${matched} matches: the property checked too little`);
  });
});

describe('the gate table read ahead of time (npm run gen)', () => {
  it('answers, for every pattern the rules asked about in this run, what reading the pattern gives', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'sample', 'privacy-policy.md'), 'utf8');
    analyzeDocument(doc, { today: '2026-11-23', regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'] });
    const asked = patternsAsked();
    const table = PRECOMPUTED as Record<string, unknown>;
    const fromTable = asked.filter((re) => patternKey(re) in table);
    assert.ok(fromTable.length > 100, `only ${fromTable.length} of ${asked.length} patterns come from the table`);
    for (const re of asked) assert.deepStrictEqual(requiredPrefixes(re), readPrefixes(re), String(re));
  });
  it('keys patterns by flags and source', () => {
    assert.strictEqual(patternKey(/consent/i), patternKey(new RegExp('consent', 'i')));
    assert.notStrictEqual(patternKey(/consent/i), patternKey(/consent/));
    assert.notStrictEqual(patternKey(/consent/i), patternKey(/consenT/i));
  });
});

describe('SentenceWords: which sentences hold a word', () => {
  it('answers exactly as a plain word split does, for any prefix', () => {
    const vocabulary = fc.constantFrom('Consent', 'consents', 'CONSENT', 'con', 'data', 'Data_set', 'x1', 'é', 'naïve', 'über', 'a', 'I', '42');
    const sentence = fc.array(fc.tuple(vocabulary, fc.constantFrom(' ', ', ', '-', '\u2019', ' (')), { minLength: 1, maxLength: 8 }).map((ws) => ws.map(([w, p]) => w + p).join('').trim() + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.array(fc.constantFrom('c', 'co', 'con', 'consent', 'consents', 'data', 'data_', 'x', 'a', 'i', '4', 'zz', 'ber', 'na'), { minLength: 1, maxLength: 4 }), (ss, prefixes) => {
        const doc = parse(ss.join('\n\n') + '\n');
        const got = doc.sentences[0].words.holding(prefixes);
        doc.sentences.forEach((s, i) => assert.strictEqual(got[i] === 1, gatePasses(s.text, prefixes), `${JSON.stringify(s.text)} / ${prefixes}`));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('stays exact when a document holds far more distinct words than its first guess', () => {
    const distinct = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}q`);
    const doc = parse(distinct.map((w, i) => `${w} ${i % 7 ? 'and' : 'Consent'}.`).join(' ') + '\n');
    const flags = doc.sentences[0].words.holding(['w1', 'consent']);
    doc.sentences.forEach((s, i) => assert.strictEqual(flags[i] === 1, gatePasses(s.text, ['w1', 'consent']), s.text));
    assert.ok(flags.some((f) => f === 1));
  });
  it('stays exact when every sentence holds as many words as its length allows (the occurrence buffer is full)', () => {
    // 37 distinct one-character words, one space apart: (length + 1) / 2 occurrences per sentence, the bound the
    // build sizes its buffer by. 3,000 sentences (219 KB), past the size the build keeps a buffer for.
    const dense = 'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 _';
    const doc = parse(Array.from({ length: 3000 }, () => dense).join('\n\n') + '\n');
    assert.strictEqual(doc.sentences.length, 3000);
    for (const prefixes of [['a'], ['_'], ['9'], ['q', 'r']]) {
      const flags = doc.sentences[0].words.holding(prefixes);
      assert.strictEqual(flags.reduce((n, f) => n + f, 0), 3000, `every sentence holds ${prefixes}`);
    }
    assert.strictEqual(doc.sentences[0].words.holding(['ab']).reduce((n, f) => n + f, 0), 0);
  });
});

describe('holds: rules skip sentences only where their pattern cannot match', () => {
  it('agrees with RegExp.test on every sentence, and always runs a pattern that keeps state', () => {
    const doc = parse('# Your rights\n\nYou may withdraw consent. We keep metadata. WITHDRAWAL of CONSENT is free.\n');
    const re = /\bwithdraw\w* (?:of )?consent/i;
    assert.deepStrictEqual(doc.sentences.map((s) => holds(re, s)), doc.sentences.map((s) => re.test(s.text)));
    // A global pattern carries lastIndex from call to call: skipping the call on a sentence without "metadata"
    // would leave it past the first match, and the same sentence asked again would then fail.
    const global = /\bmetadata/g;
    const [, , keep, last] = doc.sentences;
    assert.deepStrictEqual([holds(global, keep), holds(global, last), holds(global, keep)], [true, false, true]);
  });
  it('holdsWithNext runs the pattern where either sentence of the pair has its words, and only on pairs of one block', () => {
    const doc = parse('You may ask us. We then erase your account.\n\nYou may ask us.\n\nWe then erase your account.\n');
    const ctx = { doc } as RuleContext;
    // "erase" is only in the next sentence: a gate that looked at the first sentence alone would skip the match.
    const re = /\bask us\. We then erase\b/;
    assert.deepStrictEqual(doc.sentences.map((s) => holdsWithNext(ctx, re, s)), doc.sentences.map((s) => re.test(withNext(ctx, s))));
    assert.deepStrictEqual(doc.sentences.map((s) => holdsWithNext(ctx, re, s)), [true, false, false, false]);
    // Neither sentence holds "withdraw": skipped, and the audit proves the skip changes nothing.
    holdsAudit.on = true;
    try {
      assert.deepStrictEqual(doc.sentences.map((s) => holdsWithNext(ctx, /\bwithdraw/, s)), [false, false, false, false]);
    } finally {
      holdsAudit.on = false;
    }
  });
  it('with the audit on, every rule over real and shuffled drafts gives the same findings and never skips a match', function () {
    this.timeout(60000);
    const root = join(__dirname, '..', '..');
    const files = [
      ...readdirSync(join(root, 'test', 'fixtures'), { recursive: true }).map(String).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(root, 'test', 'fixtures', f)),
      join(root, 'docs', 'sample', 'privacy-policy.md'),
    ];
    const drafts = files.map((f) => readFileSync(f, 'utf8'));
    assert.ok(drafts.length >= 5);
    // Sentences of every draft, re-mixed with changed case and joins: wording the drafts alone do not have.
    const pool = drafts.flatMap((d) => parse(d).sentences.map((s) => s.text));
    const mixed = fc.sample(
      fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom('upper', 'lower', 'same', 'same'), fc.constantFrom(' ', '\n', '\n\n', '\n\n## ', '\n- ')), { minLength: 5, maxLength: 60 }),
      { seed: SEED, numRuns: 40 },
    ).map((parts) => parts.map(([t, c, j]) => (c === 'upper' ? t.toUpperCase() : c === 'lower' ? t.toLowerCase() : t) + j).join(''));
    const all: RegimeId[] = ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'];
    const strip = (a: ReturnType<typeof analyzeDocument>) => JSON.stringify([a.findings, a.coverage]);
    for (const text of [...drafts, ...mixed]) {
      for (const regimes of [undefined, all]) {
        const options = { today: '2026-11-23', ...(regimes ? { regimes } : {}) };
        const plain = strip(analyzeDocument(text, options));
        holdsAudit.on = true;
        try {
          assert.strictEqual(strip(analyzeDocument(text, options)), plain);
        } finally {
          holdsAudit.on = false;
        }
      }
    }
  });
});
