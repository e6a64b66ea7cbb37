/**
 * What the words of a text must hold for a pattern to match it: a necessary condition, read off the pattern's source.
 *
 * Most rule cues are large alternations that a regex engine must try at every offset of every sentence. Nearly all
 * of them need some literal words ("withdraw" and "consent", or "Art"); a sentence that lacks them can be skipped
 * without running the pattern. `requiredWords(re)` returns such a condition: a set of word prefixes (some word starts
 * with one of them), or all / any of several conditions, as the pattern's sequences and alternatives demand; null
 * when the pattern promises nothing (then every sentence must be tried). A prefix is only taken where the pattern
 * guarantees that a word starts there (after `\b`, a space or other non-word character, or `^`), so "a word of the
 * text starts with it" holds for every match. Words are runs of ASCII `[A-Za-z0-9_]` (JavaScript's `\w` without the
 * `u` flag), compared in lower case.
 */

import PRECOMPUTED from './gates.generated.json';

type Node =
  /** One character from `set` (when small and known), `word`: whether the characters are \w ('some' = unknown/mixed). */
  | { t: 'char'; set: string[] | null; word: 'all' | 'none' | 'some' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  /** Zero-width: \b, \B, ^, $, or a lookaround (which constrains but consumes nothing). */
  | { t: 'assert'; kind: 'b' | 'B' | '^' | '$' | 'look' }
  /** A back-reference: consumes something unknown, possibly nothing. */
  | { t: 'opaque' };

class Unsupported extends Error {}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWordChar = (ch: string) => ch.length === 1 && isWordCode(ch.charCodeAt(0));
/** Largest character class enumerated as a set; larger ones are treated as "some character". */
const SMALL_CLASS = 8;
/** Largest number of strings a run of literal items may expand to. */
const MAX_STRINGS = 64;

const lower = (ch: string) => (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);

function parse(source: string): Node {
  let pos = 0;
  const peek = () => source[pos];
  const eof = () => pos >= source.length;
  // Characters are kept in lower case (ASCII only): the words they are compared with are lower-cased too.
  const lit = (ch: string): Node => ({ t: 'char', set: [lower(ch)], word: isWordChar(ch) ? 'all' : 'none' });

  function alternation(): Node {
    const alts = [sequence()];
    while (peek() === '|') {
      pos++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }
  function sequence(): Node {
    const items: Node[] = [];
    while (!eof() && peek() !== '|' && peek() !== ')') items.push(quantified());
    return { t: 'seq', items };
  }
  function quantified(): Node {
    const atom = primary();
    let min = -1;
    let max = -1;
    const c = peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(pos, pos + 24));
      if (m) {
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        pos += m[0].length - 1;
      }
    }
    if (min < 0) return atom;
    pos++;
    if (peek() === '?') pos++; // lazy: same language
    return { t: 'rep', node: atom, min, max };
  }
  function primary(): Node {
    const c = source[pos++];
    if (c === '(') {
      let look = false;
      if (source.startsWith('?:', pos)) pos += 2;
      else if (source.startsWith('?=', pos) || source.startsWith('?!', pos)) [pos, look] = [pos + 2, true];
      else if (source.startsWith('?<=', pos) || source.startsWith('?<!', pos)) [pos, look] = [pos + 3, true];
      else if (source.startsWith('?<', pos)) {
        const end = source.indexOf('>', pos);
        if (end < 0) throw new Unsupported('group name');
        pos = end + 1;
      } else if (peek() === '?') throw new Unsupported('group kind');
      const inner = alternation();
      if (source[pos++] !== ')') throw new Unsupported('unbalanced group');
      return look ? { t: 'assert', kind: 'look' } : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return { t: 'char', set: null, word: 'some' };
    if (c === '^' || c === '$') return { t: 'assert', kind: c };
    if (c === '\\') return escape();
    if (c === undefined) throw new Unsupported('end of pattern');
    return lit(c);
  }
  function escape(): Node {
    const e = source[pos++];
    switch (e) {
      case 'b': return { t: 'assert', kind: 'b' };
      case 'B': return { t: 'assert', kind: 'B' };
      case 'd': return { t: 'char', set: null, word: 'all' };
      case 'w': return { t: 'char', set: null, word: 'all' };
      case 'D': case 'S': return { t: 'char', set: null, word: 'some' };
      case 'W': case 's': return { t: 'char', set: null, word: 'none' };
      case 'k': {
        const end = source.indexOf('>', pos);
        if (end < 0) throw new Unsupported('back-reference');
        pos = end + 1;
        return { t: 'opaque' };
      }
      case 'p': case 'P': throw new Unsupported('property escape');
      case undefined: throw new Unsupported('trailing backslash');
      default: {
        if (e >= '1' && e <= '9') {
          while (/\d/.test(peek() ?? '')) pos++;
          return { t: 'opaque' };
        }
        return lit(escapedChar(e));
      }
    }
  }
  /** The character a one-character escape (or \x, \u, \c) stands for; pos is just past the escape letter. */
  function escapedChar(e: string): string {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (e in simple) return simple[e];
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(pos, pos + 2))) return String.fromCharCode(parseInt(source.slice((pos += 2) - 2, pos), 16));
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(pos, pos + 4))) return String.fromCharCode(parseInt(source.slice((pos += 4) - 4, pos), 16));
    if (e === 'c' && /^[A-Za-z]$/.test(source[pos] ?? '')) return String.fromCharCode(source.charCodeAt(pos++) % 32);
    if (e === 'x' || e === 'u' || e === 'c') throw new Unsupported('escape');
    return e;
  }
  function charClass(): Node {
    const negated = peek() === '^';
    if (negated) pos++;
    const chars: string[] = [];
    let word: 'all' | 'none' | 'some' | null = null;
    let enumerable = true;
    const mix = (w: 'all' | 'none' | 'some') => (word = word === null || word === w ? w : 'some');
    while (!eof() && peek() !== ']') {
      let lo: string;
      const c = source[pos++];
      if (c === '\\') {
        const e = source[pos++];
        if (e === 'd' || e === 'w') { mix('all'); enumerable = false; continue; }
        if (e === 's' || e === 'W') { mix('none'); enumerable = false; continue; }
        if (e === 'D' || e === 'S') { mix('some'); enumerable = false; continue; }
        if (e === 'p' || e === 'P') throw new Unsupported('property escape');
        if (e === undefined) throw new Unsupported('trailing backslash');
        lo = e === 'b' ? '\b' : escapedChar(e);
      } else lo = c;
      if (peek() === '-' && source[pos + 1] !== ']' && source[pos + 1] !== undefined) {
        pos++;
        let hi = source[pos++];
        if (hi === '\\') {
          const e = source[pos++];
          if ('dwsDWSpP'.includes(e)) throw new Unsupported('class range');
          hi = e === 'b' ? '\b' : escapedChar(e);
        }
        const a = lo.charCodeAt(0);
        const z = hi.charCodeAt(0);
        if (z - a + 1 > SMALL_CLASS) enumerable = false;
        else for (let k = a; k <= z; k++) chars.push(String.fromCharCode(k));
        let allWord = true;
        let noneWord = true;
        for (let k = a; k <= z && k < 128; k++) (isWordCode(k) ? (noneWord = false) : (allWord = false));
        if (z >= 128) allWord = false;
        mix(allWord ? 'all' : noneWord ? 'none' : 'some');
        continue;
      }
      chars.push(lo);
      mix(isWordChar(lo) ? 'all' : 'none');
    }
    if (source[pos++] !== ']') throw new Unsupported('unterminated class');
    // A negated class may hold characters of either kind.
    if (negated) return { t: 'char', set: null, word: 'some' };
    if (word === null) throw new Unsupported('empty class');
    const set = enumerable ? [...new Set(chars.map(lower))] : null;
    return { t: 'char', set: set && set.length <= SMALL_CLASS ? set : null, word };
  }

  const node = alternation();
  if (!eof()) throw new Unsupported('unbalanced parenthesis');
  return node;
}

/** Every string the node can consume, when there are few; null when unknown or too many. */
function exact(node: Node): string[] | null {
  switch (node.t) {
    case 'char': return node.set;
    case 'assert': return [''];
    case 'opaque': return null;
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const e = exact(a);
        if (!e) return null;
        for (const s of e) out.add(s);
        if (out.size > MAX_STRINGS) return null;
      }
      return [...out];
    }
    case 'seq': {
      let acc: string[] | null = [''];
      for (const it of node.items) {
        acc = cross(acc, exact(it));
        if (!acc) return null;
      }
      return acc;
    }
    case 'rep': {
      if (node.max > 4) return null;
      const inner = exact(node.node);
      if (!inner) return null;
      const out = new Set<string>();
      let acc: string[] | null = [''];
      for (let k = 0; k <= node.max; k++) {
        if (k >= node.min) for (const s of acc) out.add(s);
        if (out.size > MAX_STRINGS) return null;
        if (k < node.max && !(acc = cross(acc, inner))) return null;
      }
      return [...out];
    }
  }
}

function cross(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b || a.length * b.length > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Whether, after the node has matched (with `b` true when a word could start where it began), a word starts at the next \w character. */
function after(node: Node, b: boolean): boolean {
  switch (node.t) {
    case 'char': return node.word === 'none';
    case 'assert': return node.kind === 'b' || node.kind === '^' ? true : node.kind === 'B' ? false : b;
    case 'opaque': return false;
    case 'alt': return node.alts.every((a) => after(a, b));
    case 'seq': return node.items.reduce((s, it) => after(it, s), b);
    case 'rep': {
      if (node.max === 0) return b;
      const once = after(node.node, b);
      const always = node.max === 1 ? once : after(node.node, false) || (once && after(node.node, true));
      return node.min === 0 ? b && always : always;
    }
  }
}

const minLength = (node: Node): number => {
  switch (node.t) {
    case 'char': return 1;
    case 'assert': case 'opaque': return 0;
    case 'alt': return Math.min(...node.alts.map(minLength));
    case 'seq': return node.items.reduce((n, it) => n + minLength(it), 0);
    case 'rep': return node.min * minLength(node.node);
  }
};

/** Words in nearly every sentence of a policy: a prefix set holding one of them skips almost nothing. */
const COMMON = new Set('a an and any are as at be by can data for from her his in information is it its may not of on or our personal such that the their these this those to us use we with you your'.split(' '));

/** How much a prefix narrows the sentences down: longer is rarer, a common word almost useless. */
const quality = (p: string) => (COMMON.has(p) ? 0 : Math.min(6, p.length));

/**
 * What a sentence's words must satisfy for a pattern to match it: a prefix set (some word starts with one of them),
 * all of several conditions, or any of them. `true` is no condition.
 */
export type WordGate = readonly string[] | { readonly all: readonly WordGate[] } | { readonly any: readonly WordGate[] };
type Gate = WordGate | true;

/** A condition's selectivity, as for a prefix set: its least selective prefix first, then fewer prefixes. */
function score(g: WordGate): number {
  if (isPrefixSet(g)) return Math.min(...g.map(quality)) * 1000 - g.length;
  return 'all' in g ? Math.max(...g.all.map(score)) : Math.min(...g.any.map(score));
}

export const isPrefixSet = (g: WordGate): g is readonly string[] => Array.isArray(g);

/** Most conditions an `all` keeps (the most selective): each one more costs its evaluation per document. */
const MAX_ALL = 3;
/** Most prefix sets a gate may hold before it is reduced to one: the gate is evaluated on every document. */
const MAX_SETS = 100;

function allOf(parts: Gate[]): Gate {
  const flat: WordGate[] = [];
  for (const p of parts) if (p !== true) flat.push(...(!isPrefixSet(p) && 'all' in p ? p.all : [p]));
  if (!flat.length) return true;
  // A set holding a common word passes nearly every sentence: it only costs, unless it is all there is.
  const useful = distinct(flat).filter((g) => score(g) > 0);
  const kept = (useful.length ? useful : flat).sort((a, b) => score(b) - score(a)).slice(0, useful.length ? MAX_ALL : 1);
  return kept.length === 1 ? kept[0] : { all: kept };
}

function anyOf(parts: Gate[]): Gate {
  if (parts.some((p) => p === true)) return true;
  const prefixes = new Set<string>();
  let others: WordGate[] = [];
  for (const p of parts as WordGate[]) {
    if (isPrefixSet(p)) p.forEach((x) => prefixes.add(x));
    else if ('any' in p) p.any.forEach((x) => (isPrefixSet(x) ? x.forEach((y) => prefixes.add(y)) : others.push(x)));
    else others.push(p);
  }
  const set = shortest([...prefixes]);
  others = distinct(others);
  if (!others.length) return set;
  return set.length ? { any: [set, ...others] } : others.length === 1 ? others[0] : { any: others };
}

/** The gates, each written once: alternatives often differ only in words no gate keeps. */
function distinct(gates: WordGate[]): WordGate[] {
  const seen = new Set<string>();
  return gates.filter((g) => !seen.has(JSON.stringify(g)) && !!seen.add(JSON.stringify(g)));
}

/** Only the shortest of prefixes that extend one another: "consent" covers "consents". Sorted. */
function shortest(prefixes: string[]): string[] {
  return prefixes.sort().filter((p, i, a) => !a.slice(0, i).some((q) => p.startsWith(q)));
}

/** For each string, all the runs of word characters that start a word (position 0 counts when `b`): every one is in the text. */
function stringsGate(strings: string[], b: boolean): Gate {
  return anyOf(
    strings.map((s) => {
      const runs: Gate[] = [];
      for (let j = 0; j < s.length; j++) {
        if (!isWordChar(s[j]) || (j === 0 ? !b : isWordChar(s[j - 1]))) continue;
        let k = j;
        while (k < s.length && isWordChar(s[k])) k++;
        runs.push([s.slice(j, k)]);
        j = k;
      }
      return allOf(runs);
    }),
  );
}

/** What every match of `node` holds (given whether a word can start where the match begins). */
function required(node: Node, b: boolean): Gate {
  switch (node.t) {
    case 'char': return node.set ? stringsGate(node.set, b) : true;
    case 'assert': case 'opaque': return true;
    case 'rep': return node.min >= 1 ? required(node.node, b) : true;
    case 'alt': return anyOf(node.alts.map((a) => required(a, b)));
    case 'seq': {
      const parts: Gate[] = [];
      let state = b;
      const items = node.items;
      for (let i = 0; i < items.length; ) {
        const it = items[i];
        if (it.t === 'assert') {
          state = after(it, state);
          i++;
          continue;
        }
        const first = exact(it);
        if (first) {
          let strings: string[] = first;
          // A run of literal items, expanded together, so that "(?:the )?data" yields "data" and not nothing.
          const start = state;
          let j = i;
          for (; j < items.length && items[j].t !== 'assert'; j++) {
            const next: string[] | null = j === i ? strings : cross(strings, exact(items[j]));
            if (!next) break;
            strings = next;
            state = after(items[j], state);
          }
          parts.push(stringsGate(strings, start));
          i = j;
          continue;
        }
        if (minLength(it) > 0) parts.push(required(it, state));
        state = after(it, state);
        i++;
      }
      return allOf(parts);
    }
  }
}

const sets = (g: WordGate): number => (isPrefixSet(g) ? 1 : ('all' in g ? g.all : g.any).reduce((n, x) => n + sets(x), 0));

/**
 * A gate of one prefix set, no stricter than `g`: what a gate too large to evaluate cheaply is reduced to, and what
 * a text made of two sentences must hold (their words together may satisfy `g` where neither sentence does).
 */
export function oneSet(g: WordGate): readonly string[] {
  if (isPrefixSet(g)) return g;
  if ('all' in g) return oneSet(g.all.reduce((a, c) => (score(c) > score(a) ? c : a)));
  return shortest([...new Set(g.any.flatMap(oneSet))]);
}

/**
 * Gates read ahead of time (`npm run gen`) for the patterns the catalogue asks about, by patternKey: reading a
 * pattern costs up to a millisecond before the JIT has warmed up, which a first check after start-up would pay for
 * every cue. A pattern that is not in the table (or has changed since) is read here as usual.
 */
const precomputed = PRECOMPUTED as Record<string, string | null>;
const cache = new Map<string, WordGate | null>();

/** Characters the build escapes, and the escape it writes (global: used with replace only). */
const NON_ASCII = /[^\0-\x7f]/g;
const asEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Runs of [a-z0-9_] in the table's gates: their prefixes (global: used with match only). */
const PREFIX_TOKENS = /[a-z0-9_]+/g;

/**
 * Every prefix the table's gates name, once each, in the order of the table. Numbered before any document's rows are
 * filled (core/gateProgram), so that a gate first used partway through an analysis adds no prefix: each prefix added
 * after a document's rows were filled makes the next answer fill them again, one pass over the text each time.
 */
export function precomputedPrefixes(): string[] {
  const seen = new Set<string>();
  for (const k in precomputed) {
    const g = precomputed[k];
    if (g) for (const p of g.match(PREFIX_TOKENS) ?? []) seen.add(p);
  }
  return [...seen];
}

/**
 * A short key for a pattern: two 32-bit FNV-1a hashes of its flags and source, and the source's length. The source
 * is taken as the bundles hold it: the build writes every non-ASCII character as a \uXXXX escape (server/tools/
 * build.mjs), which changes `source` but not what the pattern matches, and the table is made from the TypeScript
 * sources. Keyed by the raw text, each such pattern missed its gate in the shipped server and was read again at its
 * first use (20-30 ms of a cold start, twelfth session).
 */
export function patternKey(re: RegExp): string {
  const text = `${re.flags}/${re.source}`.replace(NON_ASCII, asEscape);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/**
 * What the words of every text that `re` matches satisfy (lower-case prefixes of runs of ASCII word characters);
 * null when the pattern promises nothing or uses syntax this reader does not know.
 */
export function requiredWords(re: RegExp): WordGate | null {
  const key = `${re.flags}/${re.source}`;
  let r = cache.get(key);
  if (r === undefined) {
    const known = precomputed[patternKey(re)];
    r = known === undefined ? readGate(re) : known === null ? null : decodeGate(known);
    cache.set(key, r);
  }
  return r;
}

/** The gate read off the pattern's source, without the table (the generator and the tests use it). */
export function readGate(re: RegExp): WordGate | null {
  if (/[uv]/.test(re.flags)) return null;
  try {
    const found = required(parse(re.source), false);
    if (found === true) return null;
    return sets(found) > MAX_SETS ? oneSet(found) : found;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}

/**
 * A gate written compactly, for the table: a prefix set as its prefixes joined by ",", all / any of several as
 * "&(" / "|(" and the parts joined by ";" and closed by ")". Prefixes hold only [a-z0-9_].
 */
export function encodeGate(g: WordGate): string {
  if (isPrefixSet(g)) return g.join(',');
  return `${'all' in g ? '&' : '|'}(${('all' in g ? g.all : g.any).map(encodeGate).join(';')})`;
}

/** The gate `encodeGate` wrote. */
export function decodeGate(text: string): WordGate {
  let pos = 0;
  const gate = (): WordGate => {
    const c = text[pos];
    if ((c === '&' || c === '|') && text[pos + 1] === '(') {
      pos += 2;
      const parts = [gate()];
      while (text[pos] === ';') {
        pos++;
        parts.push(gate());
      }
      if (text[pos++] !== ')') throw new Error(`bad gate at ${pos}: ${text}`);
      return c === '&' ? { all: parts } : { any: parts };
    }
    let end = pos;
    while (end < text.length && !';)'.includes(text[end])) end++;
    const set = text.slice(pos, end).split(',');
    pos = end;
    return set;
  };
  const g = gate();
  if (pos !== text.length) throw new Error(`bad gate at ${pos}: ${text}`);
  return g;
}

/** The patterns asked about so far in this process (flags and source), for the generator. */
export function patternsAsked(): RegExp[] {
  return [...cache.keys()].map((k) => {
    const slash = k.indexOf('/');
    return new RegExp(k.slice(slash + 1), k.slice(0, slash));
  });
}
