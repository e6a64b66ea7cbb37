/**
 * Which sentences hold a word starting with given prefixes: one pass over the sentences per document, then each
 * question costs a walk over the few distinct words that share its first two letters. Words are runs of ASCII
 * [A-Za-z0-9_] compared in lower case, taken from each sentence's own text (its start and end count as word
 * boundaries, as they do for a pattern run on that text).
 *
 * Built for speed, as it runs on every keystroke: no string is made per word. Distinct words live in a hash table
 * of typed arrays (each remembered by where it first occurs); each word's sentences are then laid out side by side
 * by a counting sort of the occurrences.
 */
import type { Sentence } from './parse';

/** 0..36 for [a-z0-9_] in either case, -1 for any other character. */
const WORD_CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) WORD_CODE[97 + c] = WORD_CODE[65 + c] = c;
for (let c = 0; c < 10; c++) WORD_CODE[48 + c] = 26 + c;
WORD_CODE[95] = 36;
const wordCode = (c: number) => (c < 128 ? WORD_CODE[c] : -1);
/** Lower case for ASCII letters, the code itself otherwise. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Buckets by first two characters; a one-letter word uses 37 as its second. */
const BUCKETS = 37 * 38;

export class SentenceWords {
  private built = false;
  /** Per distinct word: the text offset of its first occurrence, its length, the next word of its bucket. */
  private wordStart = new Int32Array(0);
  private wordLength = new Int32Array(0);
  private wordNext = new Int32Array(0);
  private readonly bucketHead = new Int32Array(BUCKETS).fill(-1);
  /**
   * Once built: each word's sentences side by side, in document order (word w's are sentencesByWord[firstOfWord[w]]
   * up to firstOfWord[w + 1]), so that a gate reads a common word's thousand sentences from one run of memory.
   */
  private firstOfWord = new Int32Array(1);
  private sentencesByWord = new Int32Array(0);
  /** Answers already given, by pattern, by prefix set and by prefix. */
  private readonly byPattern = new Map<RegExp, Uint8Array | null>();
  private readonly answers = new Map<readonly string[], Uint8Array>();
  private readonly byPrefix = new Map<string, number[] | null>();

  /**
   * `text` is what the sentences' texts are slices of (at their spans); the scan reads `codes`, its character codes
   * (a typed array reads faster than charCodeAt), which it owns from then on: it lowers their ASCII letters in place
   * and lets them go once read.
   */
  constructor(
    private readonly sentences: readonly Sentence[],
    private readonly text: string,
    private codes: Uint8Array | Uint16Array | undefined,
  ) {}

  /**
   * Per sentence (by index), 1 when it holds a word that starts with one of `prefixes` (lower case [a-z0-9_]).
   * Answers are kept per prefix array: pass the same array to reuse them.
   */
  holding(prefixes: readonly string[]): Uint8Array {
    let flags = this.answers.get(prefixes);
    if (!flags) {
      if (!this.built) this.build();
      flags = this.newFlags();
      // Read after the build, which replaces the arrays.
      const first = this.firstOfWord;
      const sentence = this.sentencesByWord;
      for (const p of prefixes) {
        const words = this.wordsWith(p);
        if (words === null) flags.fill(1);
        else {
          for (let k = 0; k < words.length; k++) {
            const w = words[k];
            for (let o = first[w], end = first[w + 1]; o < end; o++) flags[sentence[o]] = 1;
          }
        }
      }
      this.answers.set(prefixes, flags);
    }
    return flags;
  }

  /** Flags arrays are cut from shared blocks: an analysis asks for ~200 of them, and a new typed array costs 8x a view. */
  private flagBlock = new Uint8Array(0);
  private flagBlockUsed = 0;

  private newFlags(): Uint8Array {
    const n = this.sentences.length;
    if (this.flagBlockUsed + n > this.flagBlock.length) {
      this.flagBlock = new Uint8Array(Math.max(4096, n * 32));
      this.flagBlockUsed = 0;
    }
    return this.flagBlock.subarray(this.flagBlockUsed, (this.flagBlockUsed += n));
  }

  /**
   * `holding` the word prefixes that `re` needs (read by `prefixesOf`), null when it needs none. Kept per pattern:
   * a rule's test of a sentence then costs one lookup, not one for the pattern's prefixes and one for their answer.
   */
  gate(re: RegExp, prefixesOf: (re: RegExp) => readonly string[] | null): Uint8Array | null {
    // A rule mostly tests one pattern on sentence after sentence: the last answer is kept at hand.
    if (re === this.lastPattern) return this.lastGate;
    let flags = this.byPattern.get(re);
    if (flags === undefined) {
      const prefixes = prefixesOf(re);
      flags = prefixes ? this.holding(prefixes) : null;
      this.byPattern.set(re, flags);
    }
    this.lastPattern = re;
    this.lastGate = flags;
    return flags;
  }
  private lastPattern: RegExp | null = null;
  private lastGate: Uint8Array | null = null;

  /**
   * The distinct words that start with `p` (null for the empty prefix: every sentence); kept per prefix, as many
   * patterns share words. Word ids, not sentences: a common word's sentences are read from its run, not copied.
   */
  private wordsWith(p: string): number[] | null {
    let out = this.byPrefix.get(p);
    if (out !== undefined) return out;
    if (!this.built) this.build();
    if (!p.length) {
      this.byPrefix.set(p, null);
      return null;
    }
    // A plain array: most prefixes have a handful of words, and a typed array costs far more to make.
    out = [];
    const c0 = wordCode(p.charCodeAt(0));
    const c1 = p.length === 1 ? 0 : wordCode(p.charCodeAt(1));
    if (c0 >= 0 && c1 >= 0) {
      const first = c0 * 38 + c1;
      const last = p.length === 1 ? c0 * 38 + 37 : first;
      for (let b = first; b <= last; b++) {
        for (let w = this.bucketHead[b]; w >= 0; w = this.wordNext[w]) if (this.wordLength[w] >= p.length && this.startsWith(w, p)) out.push(w);
      }
    }
    this.byPrefix.set(p, out);
    return out;
  }

  private startsWith(w: number, p: string): boolean {
    const t = this.text;
    const at = this.wordStart[w];
    for (let k = 2; k < p.length; k++) if (lower(t.charCodeAt(at + k)) !== p.charCodeAt(k)) return false;
    return true;
  }

  private build(): void {
    this.built = true;
    const ss = this.sentences;
    const t = this.codes!;
    this.codes = undefined;
    let chars = 0;
    for (const s of ss) chars += s.span.end - s.span.start;
    // Occurrences (one per word and sentence) are at most one per two characters and sentence: sized once, never grown.
    const bound = ((chars + ss.length) >> 1) + 1;
    /** Per occurrence, in document order: its word (a sentence's occurrences run from firstOccurrence[i]). */
    const occurrenceWord = occurrenceBuffer(bound);
    const firstOccurrence = new Int32Array(ss.length + 1);
    // Distinct words are far fewer than characters; the per-word arrays grow if not. Hot loop: arrays are held in locals.
    let cap = Math.max(64, chars >> 5);
    let wordStart = new Int32Array(cap);
    let wordLength = new Int32Array(cap);
    let wordNext = new Int32Array(cap);
    /** Per distinct word: its hash, the sentence of its latest occurrence (a word repeated in a sentence counts once), its number of sentences. */
    let wordHash = new Int32Array(cap);
    let lastSentence = new Int32Array(cap);
    let count = new Int32Array(cap);
    const bucketHead = this.bucketHead;
    let table = new Int32Array(nextPowerOfTwo(Math.max(256, chars >> 5))).fill(-1);
    let mask = table.length - 1;
    let words = 0;
    let occurrences = 0;

    for (let i = 0; i < ss.length; i++) {
      firstOccurrence[i] = occurrences;
      const n = ss[i].span.end;
      let j = ss[i].span.start;
      while (j < n) {
        let c = t[j];
        if (c >= 128 || WORD_CODE[c] < 0) {
          j++;
          continue;
        }
        const start = j;
        let h = 0x811c9dc5 | 0;
        // The bound is tested before each read: reading past the end yields undefined, which de-optimises the loop.
        // Letters are lowered in place (the codes are ours, and read only here), so that words compare code for code.
        for (;;) {
          if (c >= 65 && c <= 90) t[j] = c += 32;
          h = Math.imul(h ^ c, 0x01000193);
          if (++j >= n) break;
          c = t[j];
          if (c >= 128 || WORD_CODE[c] < 0) break;
        }
        const len = j - start;
        // Find the word (open addressing, compared character by character), or add it.
        let slot = h & mask;
        let w = table[slot];
        while (w >= 0) {
          if (wordHash[w] === h && wordLength[w] === len) {
            const at = wordStart[w];
            let k = 0;
            while (k < len && t[at + k] === t[start + k]) k++;
            if (k === len) break;
          }
          slot = (slot + 1) & mask;
          w = table[slot];
        }
        if (w < 0) {
          w = words++;
          if (w >= cap) {
            cap *= 2;
            wordStart = grow(wordStart, cap);
            wordLength = grow(wordLength, cap);
            wordNext = grow(wordNext, cap);
            wordHash = grow(wordHash, cap);
            lastSentence = grow(lastSentence, cap);
            count = grow(count, cap);
          }
          wordStart[w] = start;
          wordLength[w] = len;
          lastSentence[w] = -1;
          wordHash[w] = h;
          table[slot] = w;
          const b = WORD_CODE[t[start]] * 38 + (len > 1 ? WORD_CODE[t[start + 1]] : 37);
          wordNext[w] = bucketHead[b];
          bucketHead[b] = w;
          if (words * 2 > table.length) {
            table = rehash(table, wordHash, words);
            mask = table.length - 1;
          }
        }
        if (lastSentence[w] !== i) {
          lastSentence[w] = i;
          count[w]++;
          occurrenceWord[occurrences++] = w;
        }
      }
    }
    firstOccurrence[ss.length] = occurrences;
    // Counting sort: each word's run starts after the runs of the words before it, and is filled in document order.
    const firstOfWord = new Int32Array(words + 1);
    for (let w = 0, at = 0; w < words; w++) {
      firstOfWord[w] = at;
      at += count[w];
      count[w] = firstOfWord[w];
    }
    firstOfWord[words] = occurrences;
    const sentencesByWord = new Int32Array(occurrences);
    for (let i = 0; i < ss.length; i++) {
      for (let o = firstOccurrence[i], end = firstOccurrence[i + 1]; o < end; o++) sentencesByWord[count[occurrenceWord[o]]++] = i;
    }
    this.firstOfWord = firstOfWord;
    this.sentencesByWord = sentencesByWord;
    this.wordStart = wordStart;
    this.wordLength = wordLength;
    this.wordNext = wordNext;
  }
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** A table twice as large, with every word placed again by its hash. */
function rehash(table: Int32Array<ArrayBuffer>, hashes: Int32Array, words: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(table.length * 2).fill(-1);
  const mask = next.length - 1;
  for (let w = 0; w < words; w++) {
    let slot = hashes[w] & mask;
    while (next[slot] >= 0) slot = (slot + 1) & mask;
    next[slot] = w;
  }
  return next;
}

/** The build's occurrence buffer, kept between documents up to 256 KB (builds are synchronous: one buffer serves all). */
const KEPT_OCCURRENCES = 1 << 16;
let keptOccurrences = new Int32Array(0);
function occurrenceBuffer(size: number): Int32Array {
  if (size <= keptOccurrences.length) return keptOccurrences;
  const made = new Int32Array(size <= KEPT_OCCURRENCES ? Math.min(KEPT_OCCURRENCES, size * 2) : size);
  if (size <= KEPT_OCCURRENCES) keptOccurrences = made;
  return made;
}
