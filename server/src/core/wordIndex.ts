/**
 * Which sentences satisfy a word gate (core/regexGate): every prefix any gate names gets a row of bits (a sentence per
 * bit), filled by one pass over the sentences in which each word walks down the prefix trie (core/gateProgram) as
 * far as its letters lead, and a gate's answer is its program run over those rows. Words are runs of ASCII
 * [A-Za-z0-9_] compared in lower case, taken from each sentence's own text (its start and end count as word
 * boundaries, as they do for a pattern run on that text).
 *
 * Built for speed, as it runs on every keystroke: no string is made per word, and most words leave the trie after a
 * letter or two (its prefixes are the few hundred words the catalogue's patterns need).
 */
import { OP_ALL, OP_EVERY, OP_SET, WORD_CODE, prefixes, programOf } from './gateProgram';
import type { Sentence } from './parse';
import type { WordGate } from './regexGate';

export class SentenceWords {
  /** Answers already given, by pattern and by gate: one bit per sentence. */
  private readonly byPattern = new Map<RegExp, Int32Array | null>();
  private readonly answers = new Map<WordGate, Int32Array>();
  /** Per numbered prefix (gateProgram), the sentences holding a word that starts with it: `width` ints each. */
  private rows = new Int32Array(0);
  /** Per numbered prefix, 1 when some word of the document starts with it (its row is not empty). */
  private rowUsed = new Uint8Array(0);
  private rowsDone = 0;
  private filled = false;
  /** Ints per row: set by the first fill, as the parser fills the sentence array after making the index. */
  private width = 0;

  /**
   * `text` is what the sentences' texts are slices of (at their spans); the first fill reads `codes`, its character
   * codes (a typed array reads faster than charCodeAt), and lets them go; a later fill (prefixes first numbered after
   * this document's first answer) reads the text.
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
    if (!this.filled || this.rowsDone < prefixes.count) this.fillRows();
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
   * Fills the rows of the prefixes numbered since the last fill (all of them the first time): each word of each
   * sentence walks the trie along its letters, and sets its sentence in the row of every prefix it starts with.
   */
  private fillRows(): void {
    const ss = this.sentences;
    if (!this.filled) this.width = (ss.length + 31) >> 5;
    const w = this.width;
    const from = this.rowsDone;
    const count = prefixes.count;
    const rows = new Int32Array(count * w);
    rows.set(this.rows);
    const used = new Uint8Array(count);
    used.set(this.rowUsed);
    const codes = this.codes ?? codesOf(this.text);
    this.codes = undefined;
    for (let i = 0; i < ss.length; i++) walkWords(codes, ss[i].span.start, ss[i].span.end, i, w, from, rows, used);
    this.filled = true;
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
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}

/**
 * Sets sentence `i` in the row of every prefix (numbered `from` or later) that a word of codes[start..end) starts
 * with: each word walks the trie until its letters leave it, then is skipped to its end.
 */
function walkWords(codes: Uint8Array | Uint16Array, start: number, end: number, i: number, w: number, from: number, rows: Int32Array, used: Uint8Array): void {
  const slot = i >> 5;
  const bit = 1 << (i & 31);
  let j = start;
  while (j < end) {
    let c = codes[j];
    let code = c < 128 ? WORD_CODE[c] : -1;
    if (code < 0) {
      j++;
      continue;
    }
    let node = 0;
    for (;;) {
      node = prefixes.child(node, code);
      if (node < 0) break;
      const id = prefixes.prefixEndingAt(node);
      if (id >= from) {
        rows[id * w + slot] |= bit;
        used[id] = 1;
      }
      if (++j >= end) return;
      c = codes[j];
      code = c < 128 ? WORD_CODE[c] : -1;
      if (code < 0) break;
    }
    // The rest of a word the trie has no prefix for.
    while (j < end) {
      c = codes[j];
      if (c >= 128 || WORD_CODE[c] < 0) break;
      j++;
    }
  }
}

/** The character codes of a text (a later fill, after the parser's codes were let go). */
function codesOf(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Whether sentence `i` is among `bits` (an answer of `SentenceWords.holding`). */
export const hasSentence = (bits: Int32Array, i: number): boolean => (bits[i >> 5] & (1 << (i & 31))) !== 0;

function grownFlags(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(Math.max(size, a.length * 2, 16));
  b.set(a);
  return b;
}

