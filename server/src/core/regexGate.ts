/**
 * Word prefixes that a pattern cannot match without: a necessary condition, read off the pattern's source.
 *
 * Most rule cues are large alternations that a regex engine must try at every offset of every sentence. Nearly all
 * of them need some literal word ("consent", "withdraw", "Art"); a sentence that holds no word starting with any of
 * those can be skipped without running the pattern. `requiredPrefixes(re)` returns such a set, or null when the
 * pattern promises none (then every sentence must be tried). A prefix is only taken where the pattern guarantees
 * that a word starts there (after `\b`, a space or other non-word character, or `^`), so "a word of the text starts
 * with it" holds for every match. Words are runs of ASCII `[A-Za-z0-9_]` (JavaScript's `\w` without the `u` flag),
 * compared in lower case.
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

/** For each string, its most selective run of word characters that starts a word (position 0 counts when `b`); null when some string has none. */
function prefixesOf(strings: string[], b: boolean): string[] | null {
  const out = new Set<string>();
  for (const s of strings) {
    let best = '';
    for (let j = 0; j < s.length; j++) {
      if (!isWordChar(s[j]) || (j === 0 ? !b : isWordChar(s[j - 1]))) continue;
      let k = j;
      while (k < s.length && isWordChar(s[k])) k++;
      const run = s.slice(j, k);
      if (!best || quality(run) > quality(best)) best = run;
    }
    if (!best) return null;
    out.add(best);
  }
  return [...out];
}

/** The more selective of two prefix sets: longer shortest prefix first, then fewer prefixes. */
function better(a: string[] | null, c: string[] | null): string[] | null {
  if (!a) return c;
  if (!c) return a;
  const score = (x: string[]) => Math.min(...x.map(quality)) * 1000 - x.length;
  return score(c) > score(a) ? c : a;
}

/** Prefixes every match of `node` holds (given whether a word can start where the match begins), or null. */
function required(node: Node, b: boolean): string[] | null {
  switch (node.t) {
    case 'char': return node.set ? prefixesOf(node.set, b) : null;
    case 'assert': case 'opaque': return null;
    case 'rep': return node.min >= 1 ? required(node.node, b) : null;
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const r = required(a, b);
        if (!r) return null;
        for (const p of r) out.add(p);
      }
      return [...out];
    }
    case 'seq': {
      let best: string[] | null = null;
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
          if (strings.every((s) => s.length > 0)) best = better(best, prefixesOf(strings, start));
          i = j;
          continue;
        }
        if (minLength(it) > 0) best = better(best, required(it, state));
        state = after(it, state);
        i++;
      }
      return best;
    }
  }
}

/**
 * Gates read ahead of time (`npm run gen`) for the patterns the catalogue asks about, by patternKey: reading a
 * pattern costs up to a millisecond before the JIT has warmed up, which a first check after start-up would pay for
 * every cue. A pattern that is not in the table (or has changed since) is read here as usual.
 */
const precomputed = PRECOMPUTED as Record<string, readonly string[] | null>;
const cache = new Map<string, readonly string[] | null>();

/** A short key for a pattern: two 32-bit FNV-1a hashes of its flags and source, and the source's length. */
export function patternKey(re: RegExp): string {
  const text = `${re.flags}/${re.source}`;
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
 * Lower-case word prefixes such that every match of `re` holds a word (a run of ASCII word characters) starting
 * with one of them; null when the pattern promises none or uses syntax this reader does not know.
 */
export function requiredPrefixes(re: RegExp): readonly string[] | null {
  const key = `${re.flags}/${re.source}`;
  let r = cache.get(key);
  if (r === undefined) {
    const known = precomputed[patternKey(re)];
    r = known !== undefined ? known : readPrefixes(re);
    cache.set(key, r);
  }
  return r;
}

/** The gate read off the pattern's source, without the table (the generator and the tests use it). */
export function readPrefixes(re: RegExp): readonly string[] | null {
  if (/[uv]/.test(re.flags)) return null;
  try {
    const found = required(parse(re.source), false);
    // Keep only the shortest of prefixes that extend one another: "consent" covers "consents".
    return found ? found.sort().filter((p, i, a) => !a.slice(0, i).some((q) => p.startsWith(q))) : null;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}

/** The patterns asked about so far in this process (flags and source), for the generator. */
export function patternsAsked(): RegExp[] {
  return [...cache.keys()].map((k) => {
    const slash = k.indexOf('/');
    return new RegExp(k.slice(slash + 1), k.slice(0, slash));
  });
}
