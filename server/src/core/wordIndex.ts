/**
 * Which sentences satisfy a word gate (core/regexGate): one pass over the sentences per document builds the index;
 * then every prefix any gate names gets a row of bits (a sentence per bit), filled by one walk of each distinct word
 * down the prefix trie (core/gateProgram), and a gate's answer is its program run over those rows. Words are runs
 * of ASCII [A-Za-z0-9_] compared in lower case, taken from each sentence's own text (its start and end count as
 * word boundaries, as they do for a pattern run on that text).
 *
 * Built for speed, as it runs on every keystroke: no string is made per word. Distinct words live in a hash table
 * of typed arrays (each remembered by where it first occurs); each word's sentences are then laid out side by side
 * by a counting sort of the occurrences.
 */
import { OP_ALL, OP_EVERY, OP_SET, WORD_CODE, prefixes, programOf } from './gateProgram';
import type { Sentence } from './parse';
import type { WordGate } from './regexGate';

/** Lower case for ASCII letters, the code itself otherwise. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export class SentenceWords {
  private built = false;
  /** Per distinct word: the text offset of its first occurrence and its length. */
  private wordStart = new Int32Array(0);
  private wordLength = new Int32Array(0);
  private words = 0;
  /**
   * Once built: each word's sentences side by side, in document order (word w's are sentencesByWord[firstOfWord[w]]
   * up to firstOfWord[w + 1]), so that a gate reads a common word's thousand sentences from one run of memory.
   */
  private firstOfWord = new Int32Array(1);
  private sentencesByWord = new Int32Array(0);
  /** Answers already given, by pattern and by gate: one bit per sentence. */
  private readonly byPattern = new Map<RegExp, Int32Array | null>();
  private readonly answers = new Map<WordGate, Int32Array>();
  /** Per numbered prefix (gateProgram), the sentences holding a word that starts with it: `width` ints each. */
  private rows = new Int32Array(0);
  /** Per numbered prefix, 1 when some word of the document starts with it (its row is not empty). */
  private rowUsed = new Uint8Array(0);
  private rowsDone = 0;
  /** Ints per row: set by the build, as the parser fills the sentence array after making the index. */
  private width = 0;

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
   * The sentences whose words satisfy `gate` (see core/regexGate), one bit per sentence (read with `hasSentence`).
   * Answers are kept per gate object: pass the same one to reuse them.
   */
  holding(gate: WordGate): Int32Array {
    let bits = this.answers.get(gate);
    if (!bits) {
      bits = this.run(programOf(gate));
      this.answers.set(gate, bits);
    }
    return bits;
  }

  /**
   * `holding` the words that `re` needs (read by `gateOf`), null when it needs none. Kept per pattern: a rule's test
   * of a sentence then costs one lookup, not one for the pattern's gate and one for its answer.
   */
  gate(re: RegExp, gateOf: (re: RegExp) => WordGate | null): Int32Array | null {
    // A rule mostly tests one pattern on sentence after sentence: the last answer is kept at hand.
    if (re === this.lastPattern) return this.lastGate;
    let bits = this.byPattern.get(re);
    if (bits === undefined) {
      const gate = gateOf(re);
      bits = gate ? this.holding(gate) : null;
      this.byPattern.set(re, bits);
    }
    this.lastPattern = re;
    this.lastGate = bits;
    return bits;
  }
  private lastPattern: RegExp | null = null;
  private lastGate: Int32Array | null = null;

  /** Runs a gate's program on the prefix rows, over a stack of rows; the answer gets rows of its own. */
  private run(program: Int32Array): Int32Array {
    if (!this.built) this.build();
    if (this.rowsDone < prefixes.count) this.fillRows();
    const w = this.width;
    const rows = this.rows;
    const used = this.rowUsed;
    let stack = this.stack;
    let empty = this.stackEmpty;
    let top = 0;
    // Most prefixes of a gate occur nowhere in a given document: their rows, and the results built only from such
    // rows, are known to be empty and are never read.
    for (let pc = 0; pc < program.length; ) {
      const op = program[pc++];
      if (op === OP_SET || op === OP_EVERY) {
        if ((top + 1) * w > stack.length || top >= empty.length) {
          stack = this.stack = grow(stack, Math.max((top + 1) * w, stack.length * 2, 64));
          empty = this.stackEmpty = grownFlags(empty, top + 1);
        }
        const at = top * w;
        if (op === OP_EVERY) {
          stack.fill(-1, at, at + w);
          empty[top] = 0;
        } else {
          // Copied and combined by hand: a subarray view per prefix would cost more than the rows' few ints.
          const n = program[pc++];
          let none = 1;
          for (let k = 0; k < n; k++) {
            const id = program[pc + k];
            if (used[id] === 0) continue;
            const from = id * w;
            if (none) for (let j = 0; j < w; j++) stack[at + j] = rows[from + j];
            else for (let j = 0; j < w; j++) stack[at + j] |= rows[from + j];
            none = 0;
          }
          empty[top] = none;
          pc += n;
        }
        top++;
      } else {
        const n = program[pc++];
        const base = top - n;
        const at = base * w;
        if (op === OP_ALL) {
          let none = 0;
          for (let k = 0; k < n && !none; k++) none = empty[base + k];
          if (!none) {
            for (let k = 1; k < n; k++) {
              const from = at + k * w;
              for (let j = 0; j < w; j++) stack[at + j] &= stack[from + j];
            }
          }
          empty[base] = none;
        } else {
          let none = empty[base];
          for (let k = 1; k < n; k++) {
            if (empty[base + k]) continue;
            const from = at + k * w;
            if (none) for (let j = 0; j < w; j++) stack[at + j] = stack[from + j];
            else for (let j = 0; j < w; j++) stack[at + j] |= stack[from + j];
            none = 0;
          }
          empty[base] = none;
        }
        top = base + 1;
      }
    }
    const out = this.newBits();
    if (!empty[0]) for (let j = 0; j < w; j++) out[j] = stack[j];
    return out;
  }
  private stackEmpty: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private stack: Int32Array<ArrayBuffer> = new Int32Array(0);

  /**
   * Fills the rows of the prefixes numbered since the last fill: each distinct word walks the trie along its letters,
   * and sets its sentences in the row of every prefix it starts with.
   */
  private fillRows(): void {
    const w = this.width;
    const from = this.rowsDone;
    const count = prefixes.count;
    const rows = new Int32Array(count * w);
    rows.set(this.rows);
    const used = new Uint8Array(count);
    used.set(this.rowUsed);
    const t = this.text;
    const first = this.firstOfWord;
    const sentence = this.sentencesByWord;
    for (let word = 0; word < this.words; word++) {
      const at = this.wordStart[word];
      const len = this.wordLength[word];
      let node = 0;
      for (let k = 0; k < len; k++) {
        node = prefixes.child(node, WORD_CODE[lower(t.charCodeAt(at + k))]);
        if (node < 0) break;
        const id = prefixes.prefixEndingAt(node);
        if (id < from) continue;
        const row = id * w;
        used[id] = 1;
        for (let o = first[word], end = first[word + 1]; o < end; o++) {
          const i = sentence[o];
          rows[row + (i >> 5)] |= 1 << (i & 31);
        }
      }
    }
    this.rows = rows;
    this.rowUsed = used;
    this.rowsDone = count;
  }

  /** Answers are cut from shared blocks: an analysis asks for hundreds of them, and a new typed array costs 8x a view. */
  private bitBlock = new Int32Array(0);
  private bitBlockUsed = 0;

  private newBits(): Int32Array {
    const n = this.width;
    if (this.bitBlockUsed + n > this.bitBlock.length) {
      this.bitBlock = new Int32Array(Math.max(1024, n * 64));
      this.bitBlockUsed = 0;
    }
    return this.bitBlock.subarray(this.bitBlockUsed, (this.bitBlockUsed += n));
  }

  private build(): void {
    this.built = true;
    this.width = (this.sentences.length + 31) >> 5;
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
    /** Per distinct word: its hash, the sentence of its latest occurrence (a word repeated in a sentence counts once), its number of sentences. */
    let wordHash = new Int32Array(cap);
    let lastSentence = new Int32Array(cap);
    let count = new Int32Array(cap);
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
            wordHash = grow(wordHash, cap);
            lastSentence = grow(lastSentence, cap);
            count = grow(count, cap);
          }
          wordStart[w] = start;
          wordLength[w] = len;
          lastSentence[w] = -1;
          wordHash[w] = h;
          table[slot] = w;
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
    this.words = words;
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

/** Whether sentence `i` is among `bits` (an answer of `SentenceWords.holding`). */
export const hasSentence = (bits: Int32Array, i: number): boolean => (bits[i >> 5] & (1 << (i & 31))) !== 0;

function grownFlags(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(Math.max(size, a.length * 2, 16));
  b.set(a);
  return b;
}

