/**
 * The word gate in front of the rules' patterns: `requiredWords` reads from a pattern the words no match can lack,
 * `SentenceWords` answers which sentences hold them, and `holds` skips the other sentences. A gate that is too
 * strict would silently drop findings, so each part is checked against the plain pattern: on chosen
 * cases, on random patterns and texts, and on every rule over real drafts with the audit switched on.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { parse } from '../../server/src/core/parse';
import PRECOMPUTED from '../../server/src/core/gates.generated.json';
import { decodeGate, encodeGate, isPrefixSet, patternKey, patternsAsked, readGate, requiredWords, type WordGate } from '../../server/src/core/regexGate';
import { hasSentence } from '../../server/src/core/wordIndex';
import { holds, holdsAudit, holdsWithNext, withNext } from '../../server/src/rules/sentences';
import type { RuleContext } from '../../server/src/core/rule';
import type { RegimeId } from '../../server/src/core/types';
import { ensureBuilt } from '../helpers/lsp';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const words = (t: string) => (t.match(/[A-Za-z0-9_]+/g) ?? []).map((w) => w.toLowerCase());
/** Whether the words of `text` satisfy the gate (some word starts with one of a set's prefixes): what the gate promises for every match. */
const gatePasses = (text: string, gate: WordGate): boolean => {
  if (isPrefixSet(gate)) return words(text).some((w) => gate.some((p) => w.startsWith(p)));
  return 'all' in gate ? gate.all.every((g) => gatePasses(text, g)) : gate.any.some((g) => gatePasses(text, g));
};
/** The gate written out, for messages. */
const show = (g: WordGate) => JSON.stringify(g);

describe('regexGate: the word prefixes a pattern needs', () => {
  it('takes words where the pattern starts them: after \\b, a space, a hyphen or ^', () => {
    assert.deepStrictEqual(requiredWords(/^Last updated/), { all: [['updated'], ['last']] });
    assert.deepStrictEqual(requiredWords(/e-mail/), ['mail']);
  });
  it('needs all the words of a sequence and any of the alternatives, the most selective first', () => {
    assert.deepStrictEqual(requiredWords(/\bwithdraw\w* (?:your )?consent/i), { all: [['withdraw'], ['consent']] });
    assert.deepStrictEqual(requiredWords(/\b(?:TODO|TBD)\b|\blorem ipsum\b/i), { any: [['tbd', 'todo'], { all: [['lorem'], ['ipsum']] }] });
    // Kept to the three most selective words: each one more costs its evaluation on every document.
    assert.deepStrictEqual(requiredWords(/\bsend a written request to the data protection officer/i), { all: [['written'], ['request'], ['protection']] });
    const withdraw = parse('You may withdraw at any time.\n\nWithdraw your consent here.\n');
    assert.deepStrictEqual(withdraw.sentences.map((s) => holds(/\bwithdraw\w* (?:your )?consent/i, s)), [false, true]);
  });
  it('expands short optional parts, so that "(?:the )?data" or "authori[sz]ation" still give a word', () => {
    assert.deepStrictEqual(requiredWords(/\b(?:the )?dataset/i), ['dataset']);
    assert.deepStrictEqual(requiredWords(/\bauthori[sz]ation/i), ['authorisation', 'authorization']);
    assert.deepStrictEqual(requiredWords(/\bArt(?:icle|\.)? ?22\b/i), { any: [['art22', 'article22'], { all: [['art'], ['22']] }, { all: [['article'], ['22']] }] });
  });
  it('drops a common word beside a rare one, and keeps only the shortest of prefixes that extend one another', () => {
    assert.deepStrictEqual(requiredWords(/\byour (?:\w+ ){0,2}complaint/i), ['complaint']);
    assert.deepStrictEqual(requiredWords(/\b(?:consent|consents|consented)\b/i), ['consent']);
    assert.deepStrictEqual(requiredWords(/\byour data\b/i), ['your'], 'common words only: one of them is kept');
  });
  it('promises nothing where a word may start mid-word, be optional, or be unknown', () => {
    assert.strictEqual(requiredWords(/data/), null, 'unanchored: "metadata" matches');
    assert.strictEqual(requiredWords(/e-?mail/), null, '"email" need not start a word');
    assert.strictEqual(requiredWords(/\b(?:consent)?\w+/), null);
    assert.strictEqual(requiredWords(/\bconsent|data/), null, 'one alternative without a word spoils the set');
    assert.strictEqual(requiredWords(/\bfoo\p{L}/u), null, 'unicode patterns are not read');
    assert.strictEqual(requiredWords(/(?<!x)(?=consent)/), null, 'lookarounds consume nothing');
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
      const gate = requiredWords(re);
      if (gate) assert.ok(gatePasses(text, gate), `${re} matches ${text}, but the gate asks for ${show(gate)}`);
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
        const gate = requiredWords(re);
        if (!gate) return true;
        gated++;
        for (const [before, after] of around) {
          const t = before + p.text + after;
          if (re.test(t) && ++matched) assert.ok(gatePasses(t, gate), `${re} matches ${JSON.stringify(t)} but its words fail ${show(gate)}`);
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
    for (const re of asked) assert.deepStrictEqual(requiredWords(re), readGate(re), String(re));
  });
  it('writes gates compactly and reads them back as they were', () => {
    const gates: WordGate[] = [['consent'], ['tbd', 'todo'], { all: [['withdraw'], ['consent']] }, { any: [['tbd', 'todo'], { all: [['lorem'], ['ipsum']] }, { any: [['a_1'], ['b']] }] }];
    for (const g of gates) assert.deepStrictEqual(decodeGate(encodeGate(g)), g);
    assert.strictEqual(encodeGate(gates[3]), '|(tbd,todo;&(lorem;ipsum);|(a_1;b))');
    for (const bad of ['&(a;b', '|(a))', 'a;b']) assert.throws(() => decodeGate(bad), /bad gate/, bad);
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
        doc.sentences.forEach((s, i) => assert.strictEqual(hasSentence(got, i), gatePasses(s.text, prefixes), `${JSON.stringify(s.text)} / ${prefixes}`));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('answers gates of all and any exactly as their plain evaluation does, also for prefixes first seen after a first answer', () => {
    const vocabulary = fc.constantFrom('Consent', 'withdraw', 'WITHDRAWN', 'data', 'dataset', 'x1', 'é', 'a', 'art', '22');
    const sentence = fc.array(fc.tuple(vocabulary, fc.constantFrom(' ', ', ', '-', ' (')), { minLength: 1, maxLength: 6 }).map((ws) => ws.map(([w, p]) => w + p).join('').trim() + '.');
    // Prefixes made up for this test are numbered on first sight, after the documents' first answers: the rows of
    // a built index must be filled for them too.
    let fresh = 0;
    const prefix = fc.oneof(fc.constantFrom('c', 'consent', 'withdraw', 'with', 'data', 'datas', 'x', 'a', 'ar', '2', 'zz'), fc.constant(null).map(() => `q${(fresh++).toString(36)}`));
    const gate: fc.Arbitrary<WordGate> = fc.letrec<{ g: WordGate }>((tie) => ({
      g: fc.oneof(
        { depthSize: 'small' },
        fc.array(prefix, { minLength: 1, maxLength: 3 }),
        fc.array(tie('g'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
        fc.array(tie('g'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
      ),
    })).g;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.array(gate, { minLength: 1, maxLength: 4 }), (ss, gates) => {
        // A word no prefix has named yet, in a sentence of its own.
        const tag = `zq${(fresh++).toString(36)}`;
        const doc = parse(ss.join('\n\n') + `\n\n${tag.toUpperCase()}x here.\n`);
        for (const g of gates) {
          const got = doc.sentences[0].words.holding(g);
          doc.sentences.forEach((s, i) => assert.strictEqual(hasSentence(got, i), gatePasses(s.text, g), `${JSON.stringify(s.text)} / ${show(g)}`));
        }
        // Words are compared in lower case, and hold only [a-z0-9_]: other prefixes start none.
        for (const odd of [['Consent'], ['é'], ['data-']]) assert.ok(doc.sentences.every((s) => !hasSentence(doc.sentences[0].words.holding(odd), s.index)), odd[0]);
        // A prefix numbered only now, after this document's first answers.
        const late = [tag, 'consent'];
        const got = doc.sentences[0].words.holding(late);
        doc.sentences.forEach((s, i) => assert.strictEqual(hasSentence(got, i), gatePasses(s.text, late), s.text));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it("numbers the gate table's prefixes as it loads, so that a gate first used partway through an analysis adds none", function () {
    this.timeout(30_000);
    // In a fresh process (this one has numbered prefixes for earlier tests): every table gate turned into a program
    // must find all its prefixes numbered already. A prefix numbered later makes the next answer of every document
    // fill its rows again, one pass over the text each time (55 passes in a first analysis of 100 KB, before).
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const { prefixes, programOf } = require('./server/src/core/gateProgram');
         const { decodeGate } = require('./server/src/core/regexGate');
         const table = require('./server/src/core/gates.generated.json');
         const before = prefixes.count;
         for (const k of Object.keys(table)) if (table[k]) programOf(decodeGate(table[k]));
         process.stdout.write(JSON.stringify({ before, after: prefixes.count }));`,
      ],
      { cwd: join(__dirname, '..', '..'), encoding: 'utf8' },
    );
    assert.strictEqual(child.status, 0, child.stderr);
    const { before, after } = JSON.parse(child.stdout) as { before: number; after: number };
    assert.ok(before > 500, `the table's prefixes are numbered at load (${before})`);
    assert.strictEqual(after, before, 'no table gate adds a prefix');
  });
  it('finds the table gates of the patterns the bundled core runs, those the build rewrote as \\u escapes too', function () {
    this.timeout(60_000);
    ensureBuilt();
    // The bundled core, in a fresh process, over the drafts the table is made from: every pattern it runs.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const fs = require('fs'), path = require('path');
         const core = require('./server/out/core.js');
         const seen = new Map();
         for (const name of ['test', 'exec']) {
           const original = RegExp.prototype[name];
           RegExp.prototype[name] = function (s) { seen.set(this.flags + '/' + this.source, [this.source, this.flags]); return original.call(this, s); };
         }
         const fixtures = path.join('test', 'fixtures');
         const files = fs.readdirSync(fixtures, { recursive: true }).map(String).filter((f) => /\\.(md|txt)$/.test(f)).map((f) => path.join(fixtures, f));
         for (const f of [path.join('docs', 'sample', 'privacy-policy.md'), ...files]) core.analyze(fs.readFileSync(f, 'utf8'), { today: '2026-01-01', regimes: core.ALL_REGIMES });
         process.stdout.write(JSON.stringify([...seen.values()]));`,
      ],
      { cwd: join(__dirname, '..', '..'), encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    assert.strictEqual(child.status, 0, child.stderr);
    const run = (JSON.parse(child.stdout) as [string, string][]).filter(([, flags]) => !/[gy]/.test(flags));
    const table = PRECOMPUTED as Record<string, string | null>;
    // The source as written in TypeScript: the build's escapes turned back into the characters.
    const unescaped = (src: string) => src.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const rewritten = run.filter(([src, flags]) => src !== unescaped(src) && patternKey(new RegExp(unescaped(src), flags)) in table);
    assert.ok(rewritten.length >= 3, `expected patterns with curly quotes among those run, got ${rewritten.length}`);
    const missed = rewritten.filter(([src, flags]) => !(patternKey(new RegExp(src, flags)) in table)).map(([src]) => src.slice(0, 80));
    assert.deepStrictEqual(missed, []);
  });
  it('stays exact over thousands of distinct words, most of which leave the prefix trie at once', () => {
    const distinct = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}q`);
    const doc = parse(distinct.map((w, i) => `${w} ${i % 7 ? 'and' : 'Consent'}.`).join(' ') + '\n');
    const flags = doc.sentences[0].words.holding(['w1', 'consent']);
    doc.sentences.forEach((s, i) => assert.strictEqual(hasSentence(flags, i), gatePasses(s.text, ['w1', 'consent']), s.text));
    assert.ok(doc.sentences.some((s) => hasSentence(flags, s.index)));
  });
  it('stays exact when every sentence holds as many words as its length allows', () => {
    // 37 distinct one-character words, one space apart, in 3,000 sentences (219 KB): every word sets its sentence's
    // bit, and the rows are 94 ints wide.
    const dense = 'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 _';
    const doc = parse(Array.from({ length: 3000 }, () => dense).join('\n\n') + '\n');
    assert.strictEqual(doc.sentences.length, 3000);
    for (const prefixes of [['a'], ['_'], ['9'], ['q', 'r']]) {
      const flags = doc.sentences[0].words.holding(prefixes);
      assert.strictEqual(doc.sentences.filter((s) => hasSentence(flags, s.index)).length, 3000, `every sentence holds ${prefixes}`);
    }
    const none = doc.sentences[0].words.holding(['ab']);
    assert.strictEqual(doc.sentences.filter((s) => hasSentence(none, s.index)).length, 0);
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
