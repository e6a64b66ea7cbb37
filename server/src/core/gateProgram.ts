/**
 * Word gates (core/regexGate) compiled for evaluation on every document: each prefix a gate names gets a number,
 * a trie over all of them finds for one word every prefix it starts with, and a gate becomes a short postfix
 * program over those numbers. Process-wide: the patterns, and so the prefixes, are the same for every document.
 */
import { isPrefixSet, precomputedPrefixes, type WordGate } from './regexGate';

/** 0..36 for [a-z0-9_] in either case, -1 for any other character. */
export const WORD_CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) WORD_CODE[97 + c] = WORD_CODE[65 + c] = c;
for (let c = 0; c < 10; c++) WORD_CODE[48 + c] = 26 + c;
WORD_CODE[95] = 36;

/**
 * The prefixes, as a trie. A node with many children (the root, and the first letters) finds them in a table by
 * character; the others keep a short list.
 */
class PrefixTrie {
  /** How many prefixes have a number. */
  count = 0;
  private nodes = 1;
  private code: Int8Array<ArrayBuffer> = new Int8Array(256);
  private firstChild: Int32Array<ArrayBuffer> = new Int32Array(256).fill(-1);
  private nextSibling: Int32Array<ArrayBuffer> = new Int32Array(256).fill(-1);
  private children: Int32Array<ArrayBuffer> = new Int32Array(256);
  /** Where the node's table of 37 children starts in `tables`, or -1 (a list). The root has one from the start. */
  private tableAt: Int32Array<ArrayBuffer> = new Int32Array(256).fill(-1);
  private tables: Int32Array<ArrayBuffer> = new Int32Array(37 * 16).fill(-1);
  private tablesUsed = 37;
  /** The number of the prefix that ends at the node, or -1. */
  private prefixAt: Int32Array<ArrayBuffer> = new Int32Array(256).fill(-1);

  constructor() {
    this.tableAt[0] = 0;
  }

  /** The node reached from `node` by the character `c` (0..36), or -1. */
  child(node: number, c: number): number {
    const table = this.tableAt[node];
    if (table >= 0) return this.tables[table + c];
    let k = this.firstChild[node];
    while (k >= 0 && this.code[k] !== c) k = this.nextSibling[k];
    return k;
  }

  prefixEndingAt(node: number): number {
    return this.prefixAt[node];
  }

  /** The number of a prefix of [a-z0-9_] (lower case), given on first sight. */
  number(p: string): number {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = WORD_CODE[p.charCodeAt(i)];
      let next = this.child(node, c);
      if (next < 0) next = this.addChild(node, c);
      node = next;
    }
    if (this.prefixAt[node] < 0) this.prefixAt[node] = this.count++;
    return this.prefixAt[node];
  }

  /** Past this many children a node's list becomes a table. */
  private static readonly LIST = 4;

  private addChild(node: number, c: number): number {
    if (this.nodes === this.code.length) this.grow(this.nodes * 2);
    const k = this.nodes++;
    this.code[k] = c;
    this.nextSibling[k] = this.firstChild[node];
    this.firstChild[node] = k;
    this.children[node]++;
    if (this.tableAt[node] >= 0) this.tables[this.tableAt[node] + c] = k;
    else if (this.children[node] > PrefixTrie.LIST) {
      if (this.tablesUsed + 37 > this.tables.length) this.tables = grown(this.tables, this.tables.length * 2);
      const at = (this.tableAt[node] = this.tablesUsed);
      this.tablesUsed += 37;
      for (let x = this.firstChild[node]; x >= 0; x = this.nextSibling[x]) this.tables[at + this.code[x]] = x;
    }
    return k;
  }

  private grow(size: number): void {
    const code = new Int8Array(size);
    code.set(this.code);
    this.code = code;
    const children = new Int32Array(size);
    children.set(this.children);
    this.children = children;
    this.firstChild = grown(this.firstChild, size);
    this.nextSibling = grown(this.nextSibling, size);
    this.tableAt = grown(this.tableAt, size);
    this.prefixAt = grown(this.prefixAt, size);
  }
}

/** A larger copy, its new entries -1 (no node, no table, no prefix). */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size).fill(-1);
  b.set(a);
  return b;
}

export const prefixes = new PrefixTrie();
// The catalogue's prefixes get their numbers before the first document's rows are filled (see precomputedPrefixes).
for (const p of precomputedPrefixes()) prefixes.number(p);

/** Program operations: a prefix set (count, then numbers), all / any of the last `count` results, every sentence. */
export const OP_SET = 0;
export const OP_ALL = 1;
export const OP_ANY = 2;
export const OP_EVERY = 3;

const programs = new WeakMap<WordGate, Int32Array>();
const WORD_PREFIX = /^[a-z0-9_]+$/;

/** The gate as a postfix program (kept per gate object); its prefixes get their numbers here. */
export function programOf(gate: WordGate): Int32Array {
  let program = programs.get(gate);
  if (!program) {
    const out: number[] = [];
    emit(gate, out);
    programs.set(gate, (program = Int32Array.from(out)));
  }
  return program;
}

function emit(g: WordGate, out: number[]): void {
  if (isPrefixSet(g)) {
    // The empty prefix starts every word, and stands for every sentence (one without words too).
    // Words are compared in lower case: a prefix with any other character starts no word.
    if (g.includes('')) out.push(OP_EVERY);
    else {
      const usable = g.filter((p) => WORD_PREFIX.test(p));
      out.push(OP_SET, usable.length, ...usable.map((p) => prefixes.number(p)));
    }
    return;
  }
  const parts = 'all' in g ? g.all : g.any;
  for (const p of parts) emit(p, out);
  out.push('all' in g ? OP_ALL : OP_ANY, parts.length);
}
