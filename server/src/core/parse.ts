/**
 * Parses a privacy-policy draft (Markdown or plain text) into a section tree, blocks and sentences.
 * Pure and linear-time: every pattern here is anchored or bounded so that no input can make it backtrack.
 */
import { LineIndex } from './lines';
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import type { Span } from './types';
import { SentenceWords } from './wordIndex';

export type HeadingStyle = 'atx' | 'setext' | 'numbered' | 'bullet-caps' | 'caps' | 'plain' | 'bold';

export interface Heading {
  style: HeadingStyle;
  level: number;
  /** "2.1" for "2.1. Information you provide". */
  number?: string;
  text: string;
  line: number;
  /** The whole heading line (without its line break). */
  span: Span;
  /** The heading words only. */
  textSpan: Span;
}

export interface Section {
  heading: Heading | null;
  level: number;
  /** From the heading line to the start of the next heading of the same or a higher level. */
  span: Span;
  /** From the line after the heading to the first child heading or the section end. */
  ownSpan: Span;
  children: Section[];
  parent: Section | null;
  blocks: Block[];
}

export type BlockKind = 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  kind: BlockKind;
  span: Span;
  /** List marker as written ("-", "•", "1.", "a)"), for list items. */
  marker?: string;
  /** Leading whitespace of the first line. */
  indent: string;
  section: Section;
  firstLine: number;
  lastLine: number;
}

export interface Sentence {
  span: Span;
  /** Normalised text (same length as the source slice): curly quotes straightened, line breaks as spaces. */
  text: string;
  block: Block | null;
  heading: Heading | null;
  section: Section;
  /** Position in the document's sentence list. */
  index: number;
  /** The words of the document's sentences (one index shared by all of them): which sentences hold a word. */
  words: SentenceWords;
}

export interface Comment {
  span: Span;
  body: string;
  line: number;
  endLine: number;
}

export interface PolicyDocument {
  text: string;
  /** The text with code, comments and front matter blanked out: what the rules read. */
  prose: string;
  lines: LineIndex;
  mode: 'markdown' | 'plain';
  frontMatter: FrontMatter | null;
  comments: Comment[];
  /** Code, front matter and comments: never read as prose. */
  excluded: Span[];
  headings: Heading[];
  root: Section;
  /** Every section except the root, in document order. */
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  /** The document title (first heading before any text), else null. */
  title: Heading | null;
  /** The line a document-level finding anchors to: the title, else the first non-blank prose line. */
  anchorLine: number;
}

const MAX_SENTENCE = 1500;
const LIST_MARKER = /^([ \t]{0,12})([-*+\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u2013]|\d{1,3}[.)]|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,4}\))[ \t]+/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NUMBERED = /^[ \t]{0,3}(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)[ \t]+(\S.*)$/;
const BULLET_CAPS = /^[ \t]{0,4}[-*\u2022][ \t]+([A-Z][A-Z0-9 ,&'/-]{2,80}?)\.(?:[ \t]|$)/;
const BOLD_LINE = /^[ \t]{0,3}(\*\*|__)([^*_\n]{1,100})\1[ \t]*:?[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|/;
const SETEXT_EQUALS = /^ {0,3}=+[ \t]*$/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const DIGIT_START = /^\d/;

interface LineInfo {
  start: number;
  end: number;
  text: string;
  kind: 'blank' | 'excluded' | 'text';
}

// The line tests below run on every line of a plain-text draft: their patterns are made once, not per call.
const ENDS_LIKE_CLAUSE = /[.,;]$/;
const ENDS_LIKE_LIST_ITEM = /[,;]$/;
const SPACES = /\s+/;
const PRONOUN_START = /^(?:we|you|they|it|i|he|she)\b/i;
const WEB_ADDRESS = /https?:|www\./i;
const CAPITAL_START = /^["'\u201c\u2018(]?[A-Z0-9\u00c0-\u00de]/;
const TWO_LETTERS = /[A-Za-z]{2}/;
const LOWER_CASE = /[a-z]/;
const NOT_CAPITAL = /[^A-Z]/g;

/** Heading-like in plain text: short, capitalised, no sentence-ending punctuation. */
export function titleLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 90) return false;
  if (ENDS_LIKE_CLAUSE.test(t)) return false;
  if (t.endsWith(':') && t.split(SPACES).length > 5) return false;
  // "We collect:" introduces a list; it is a sentence, not a heading.
  if (t.endsWith(':') && PRONOUN_START.test(t)) return false;
  if (t.includes('@') || WEB_ADDRESS.test(t)) return false;
  if (!CAPITAL_START.test(t)) return false;
  if (!TWO_LETTERS.test(t)) return false;
  return t.split(SPACES).length <= 12;
}

/** `/\s/` for one UTF-16 code unit, without a regular expression. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Only white space between `s` and `e`. */
function isBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The spaces and tabs a line starts with. */
function leadingBlanks(line: string): string {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
  return n ? line.slice(0, n) : '';
}

function trimmedSpanIn(text: string, s: number, e: number): Span {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: Math.max(s, e) };
}

function isCapsLine(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 100) return false;
  if (LOWER_CASE.test(t)) return false;
  const letters = t.replace(NOT_CAPITAL, '').length;
  return letters >= 4 && t.split(SPACES).length <= 12 && !ENDS_LIKE_LIST_ITEM.test(t);
}

export function parse(text: string): PolicyDocument {
  const lines = new LineIndex(text);
  const excluded: Span[] = [];
  const comments: Comment[] = [];
  const info: LineInfo[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.starts[i];
    const end = lines.lineEnd(i);
    info.push({ start, end, text: text.slice(start, end), kind: isBlank(text, start, end) ? 'blank' : 'text' });
  }

  // Front matter.
  const frontMatter = parseFrontMatter(text, lines);
  if (frontMatter) {
    for (let i = 0; i <= frontMatter.endLine; i++) info[i].kind = 'excluded';
    excluded.push(frontMatter.span);
  }

  // Complete HTML comments (a stray "<!--" without its end is ordinary text).
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    const span = { start: open, end: close + 3 };
    const line = lines.positionAt(span.start).line;
    const endLine = lines.positionAt(span.end).line;
    if (!frontMatter || span.start > frontMatter.span.end) {
      comments.push({ span, body: text.slice(open + 4, close), line, endLine });
      excluded.push(span);
      for (let l = line; l <= endLine; l++) {
        const li = info[l];
        const before = l === line ? text.slice(li.start, span.start) : '';
        const after = l === endLine ? text.slice(span.end, li.end) : '';
        if (before.trim() === '' && after.trim() === '' && li.kind === 'text') li.kind = 'excluded';
      }
    }
    from = close + 3;
  }

  // Fenced code.
  let fence: string | null = null;
  let fenceStart = 0;
  const fences: Span[] = [];
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    if (li.kind === 'excluded' && fence === null) continue;
    const m = FENCE.exec(li.text);
    if (fence === null && m) {
      fence = m[1][0];
      fenceStart = li.start;
      li.kind = 'excluded';
    } else if (fence !== null) {
      li.kind = 'excluded';
      if (m && m[1][0] === fence) {
        fences.push({ start: fenceStart, end: li.end });
        fence = null;
      }
    }
  }
  if (fence !== null) fences.push({ start: fenceStart, end: text.length });
  excluded.push(...fences);
  // A comment shown inside a code block is an example, not a directive.
  for (let k = comments.length - 1; k >= 0; k--) {
    const c = comments[k];
    if (fences.some((f) => c.span.start >= f.start && c.span.start < f.end)) comments.splice(k, 1);
  }

  // Markdown mode when the draft uses Markdown headings.
  let mdHeadings = 0;
  for (let i = 0; i < info.length && mdHeadings < 2; i++) {
    if (info[i].kind !== 'text') continue;
    if (ATX.test(info[i].text)) mdHeadings++;
    else if (i > 0 && info[i - 1].kind === 'text' && SETEXT_EQUALS.test(info[i].text)) mdHeadings++;
  }
  const mode: 'markdown' | 'plain' = mdHeadings >= 1 ? 'markdown' : 'plain';

  // Classify headings.
  const headings: Heading[] = [];
  /** By line; an array, not a map: most lines have none, and a map would grow for every heading. */
  const headingAt: (Heading | undefined)[] = new Array(info.length);
  const bodyAfterHeading = new Map<number, number>(); // line -> offset where body text continues on the same line
  const setextUnderline = new Set<number>();
  // Only plain text reads title-like lines as headings: Markdown does not pay for the test.
  const titleCache: (boolean | undefined)[] = [];
  const isTitleLike = (i: number): boolean => (titleCache[i] ??= info[i].kind === 'text' && titleLike(info[i].text));
  const nextNonBlank = (i: number): number => {
    for (let j = i + 1; j < info.length; j++) if (info[j].kind === 'text') return j;
    return -1;
  };
  let seenText = false;
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    if (li.kind !== 'text') continue;
    // Most lines are not headings: nothing is allocated for a line until it is one.
    let h: Heading | null = null;
    const atx = ATX.exec(li.text);
    if (atx) {
      let e = li.end;
      const closing = ATX_CLOSING.exec(li.text);
      if (closing && closing.index >= atx[0].length) e = li.start + closing.index;
      const ts = trimmedSpanIn(text, li.start + atx[0].length, e);
      h = { style: 'atx', level: atx[1].length, text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: li.end }, textSpan: ts };
    } else if (
      mode === 'markdown' &&
      i + 1 < info.length &&
      info[i + 1].kind === 'text' &&
      SETEXT.test(info[i + 1].text) &&
      !LIST_MARKER.test(li.text) &&
      (i === 0 || info[i - 1].kind !== 'text' || headingAt[i - 1] !== undefined)
    ) {
      const ts = trimmedSpanIn(text, li.start, li.end);
      const level = info[i + 1].text.trim()[0] === '=' ? 1 : 2;
      h = { style: 'setext', level, text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: info[i + 1].end }, textSpan: ts };
      setextUnderline.add(i + 1);
    } else if (BOLD_LINE.test(li.text) && (i === 0 || info[i - 1].kind !== 'text')) {
      const m = BOLD_LINE.exec(li.text)!;
      const s = li.start + li.text.indexOf(m[2]);
      const ts = trimmedSpanIn(text, s, s + m[2].length);
      h = { style: 'bold', level: mode === 'markdown' ? 6 : 2, text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: li.end }, textSpan: ts };
    } else if (mode === 'plain') {
      const num = NUMBERED.exec(li.text);
      const bc = BULLET_CAPS.exec(li.text);
      const prevBreak = i === 0 || info[i - 1].kind !== 'text' || headingAt[i - 1] !== undefined;
      if (num && titleLike(num[3]) && !DIGIT_START.test(num[3])) {
        const depth = num[1].split('.').length;
        const s = li.start + li.text.indexOf(num[3], num[1].length);
        const ts = trimmedSpanIn(text, s, li.end);
        h = { style: 'numbered', level: depth + 1, number: num[1], text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: li.end }, textSpan: ts };
      } else if (bc) {
        const s = li.start + li.text.indexOf(bc[1]);
        const ts = { start: s, end: s + bc[1].length };
        // "- ACCESS. text" items sit under the heading before them ("YOUR RIGHTS", "3. Your rights").
        let parentLevel = 1;
        for (let k = headings.length - 1; k >= 0; k--) {
          if (headings[k].style !== 'bullet-caps') {
            parentLevel = headings[k].level;
            break;
          }
        }
        h = { style: 'bullet-caps', level: Math.min(6, parentLevel + 1), text: bc[1], line: i, span: { start: li.start, end: ts.end + 1 }, textSpan: ts };
        bodyAfterHeading.set(i, ts.end + 1);
      } else if (isCapsLine(li.text) && !LIST_MARKER.test(li.text)) {
        const ts = trimmedSpanIn(text, li.start, li.end);
        // An all-caps first line is the document title (level 1), like a plain first line.
        h = { style: 'caps', level: seenText ? 2 : 1, text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: li.end }, textSpan: ts };
      } else if (isTitleLike(i) && !LIST_MARKER.test(li.text) && !TABLE_ROW.test(li.text)) {
        const n = nextNonBlank(i);
        const firstLine = !seenText;
        const nextIsBody = n >= 0 && !isTitleLike(n) && !NUMBERED.test(info[n].text) && !isCapsLine(info[n].text);
        if (firstLine || (prevBreak && nextIsBody)) {
          const ts = trimmedSpanIn(text, li.start, li.end);
          h = { style: 'plain', level: firstLine ? 1 : 2, text: text.slice(ts.start, ts.end), line: i, span: { start: li.start, end: li.end }, textSpan: ts };
        }
      }
    }
    seenText = true;
    if (h) {
      headings.push(h);
      headingAt[i] = h;
    }
  }

  // Title: a heading that comes before any prose.
  let title: Heading | null = null;
  let anchorLine = 0;
  for (let i = 0; i < info.length; i++) {
    if (info[i].kind !== 'text' || setextUnderline.has(i)) continue;
    const h = headingAt[i];
    if (h) title = h;
    anchorLine = i;
    break;
  }
  // In plain text the first line is the title even when it stands alone; its level is 1.
  if (title && mode === 'plain' && title.style === 'plain') title.level = 1;

  // Section tree.
  const root: Section = { heading: null, level: 0, span: { start: 0, end: text.length }, ownSpan: { start: 0, end: text.length }, children: [], parent: null, blocks: [] };
  const sections: Section[] = [];
  const stack: Section[] = [root];
  for (const h of headings) {
    while (stack.length > 1 && stack[stack.length - 1].level >= h.level) {
      const done = stack.pop()!;
      done.span.end = h.span.start;
    }
    const parent = stack[stack.length - 1];
    const bodyStart = bodyAfterHeading.has(h.line) ? bodyAfterHeading.get(h.line)! : lines.starts[Math.min(h.line + (h.style === 'setext' ? 2 : 1), lines.lineCount - 1)];
    const sec: Section = {
      heading: h,
      level: h.level,
      span: { start: h.span.start, end: text.length },
      ownSpan: { start: Math.min(bodyStart, text.length), end: text.length },
      children: [],
      parent,
      blocks: [],
    };
    if (parent.children.length === 0 && parent !== root) parent.ownSpan.end = h.span.start;
    if (parent === root && root.children.length === 0) root.ownSpan.end = h.span.start;
    parent.children.push(sec);
    sections.push(sec);
    stack.push(sec);
  }
  for (const s of sections) {
    if (s.children.length) s.ownSpan.end = s.children[0].span.start;
    else s.ownSpan.end = s.span.end;
    if (s.ownSpan.end < s.ownSpan.start) s.ownSpan.end = s.ownSpan.start;
  }

  // Blocks.
  const blocks: Block[] = [];
  let secIdx = -1;
  let current: Block | null = null;
  const sectionForLine = (offset: number): Section => {
    while (secIdx + 1 < sections.length && sections[secIdx + 1].span.start <= offset) secIdx++;
    return secIdx >= 0 ? sections[secIdx] : root;
  };
  const push = (b: Block) => {
    blocks.push(b);
    b.section.blocks.push(b);
  };
  for (let i = 0; i < info.length; i++) {
    const li = info[i];
    if (li.kind !== 'text' || setextUnderline.has(i)) {
      current = null;
      continue;
    }
    const h = headingAt[i];
    const section = sectionForLine(li.start);
    if (h) {
      current = null;
      const rest = bodyAfterHeading.get(i);
      if (rest !== undefined && text.slice(rest, li.end).trim()) {
        let s = rest;
        while (s < li.end && /\s/.test(text[s])) s++;
        current = { kind: 'paragraph', span: { start: s, end: li.end }, indent: '', section, firstLine: i, lastLine: i };
        push(current);
      }
      continue;
    }
    const lm = LIST_MARKER.exec(li.text);
    if (TABLE_ROW.test(li.text)) {
      current = null;
      push({ kind: 'table-row', span: { start: li.start, end: li.end }, indent: '', section, firstLine: i, lastLine: i });
      continue;
    }
    if (lm) {
      current = { kind: 'list-item', span: { start: li.start, end: li.end }, marker: lm[2], indent: lm[1], section, firstLine: i, lastLine: i };
      push(current);
      continue;
    }
    if (current && current.section === section) {
      current.span.end = li.end;
      current.lastLine = i;
    } else {
      const indent = leadingBlanks(li.text);
      current = { kind: 'paragraph', span: { start: li.start, end: li.end }, indent, section, firstLine: i, lastLine: i };
      push(current);
    }
  }

  // Sentences, from headings and blocks.
  const sentences: Sentence[] = [];
  const prose = blankOut(text, excluded);
  // normalise() maps character for character, so the whole prose is normalised once and sliced per sentence.
  const { text: normalised, codes } = normaliseWithCodes(prose);
  const words = new SentenceWords(sentences, normalised, codes);
  const nextStop = stopFinder(prose);
  const spans: Span[] = [];
  // Headings and blocks, each already in document order, merged by start (a heading first on a tie).
  for (let hi = 0, bi = 0; hi < headings.length || bi < blocks.length; ) {
    const takeHeading = bi >= blocks.length || (hi < headings.length && headings[hi].textSpan.start <= blocks[bi].span.start);
    const heading = takeHeading ? headings[hi++] : null;
    const block = takeHeading ? null : blocks[bi++];
    // Every heading opened one section, in the same order.
    const section = heading ? sections[hi - 1] : block!.section;
    const first = spans.length;
    splitSentences(prose, heading ? heading.textSpan : block!.span, nextStop, spans);
    for (let k = first; k < spans.length; k++) {
      const sp = spans[k];
      sentences.push({ span: sp, text: normalised.slice(sp.start, sp.end), block, heading, section, index: sentences.length, words });
    }
  }

  return { text, prose, lines, mode, frontMatter, comments, excluded, headings, root, sections, blocks, sentences, title, anchorLine };
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'art', 'arts', 'mr', 'ms', 'mrs', 'dr', 'st', 'vs', 'cf',
  'u.s', 'u.k', 'e.u', 'approx', 'para', 'sec', 'p.o', 'jr', 'sr', 'fig', 'a.m', 'p.m', 'gmbh', 's.a', 'b.v', 'n.v', 'ag',
  'dept', 'tel', 'ph', 'vol', 'op', 'ca', 'viz', 'resp', 'incl', 'esp', 'seq', 'al', 'ave', 'rd', 'blvd', 'ste',
]);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((a) => wordKey(a, 0, a.length)));

/** Typographic characters and the plain ones they stand for (same length, so offsets stay aligned); 0: unchanged. */
const NORMAL_MAP = new Uint16Array(0x2214);
for (const c of '\u2018\u2019\u201b\u2032') NORMAL_MAP[c.charCodeAt(0)] = 39;
for (const c of '\u201c\u201d\u201e\u2033') NORMAL_MAP[c.charCodeAt(0)] = 34;
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2212') NORMAL_MAP[c.charCodeAt(0)] = 45;
for (const c of '\u00a0\u2007\u202f\t\r\n') NORMAL_MAP[c.charCodeAt(0)] = 32;
/** The character normalise() writes for `c`. */
const normalChar = (c: number) => (c < 0x2214 ? NORMAL_MAP[c] || c : c);
const CHUNK = 8192;
/** Node's Buffer when there is one: it turns bytes into a one-byte string natively, far faster than fromCharCode. */
const NodeBuffer = (globalThis as { Buffer?: { from(a: Uint8Array): { toString(encoding: 'latin1'): string } } }).Buffer;

/**
 * Replaces typographic characters one-for-one so that offsets stay aligned. The result is built from char codes so
 * that a text whose only wide characters were curly quotes and dashes becomes a one-byte string, which every rule's
 * regular expressions then scan faster.
 */
export function normalise(s: string): string {
  return normaliseWithCodes(s).text;
}

/** normalise(), with the character codes it was built from (the word index reads those faster than the string). */
export function normaliseWithCodes(s: string): { text: string; codes: Uint8Array | Uint16Array } {
  const n = s.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = normalChar(s.charCodeAt(i));
    if (c > 255) return normaliseWide(s);
    bytes[i] = c;
  }
  return { text: NodeBuffer ? NodeBuffer.from(bytes).toString('latin1') : fromCodes(bytes), codes: bytes };
}

/** normalise() for a text that keeps characters above U+00FF: a two-byte string either way. */
function normaliseWide(s: string): { text: string; codes: Uint16Array } {
  const n = s.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    codes[i] = normalChar(s.charCodeAt(i));
  }
  return { text: fromCodes(codes), codes };
}

function fromCodes(src: Uint8Array | Uint16Array): string {
  const n = src.length;
  if (n <= CHUNK) return String.fromCharCode.apply(null, src as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, src.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

/** The text with code, comments and front matter replaced by spaces (offsets unchanged). */
function blankOut(text: string, excluded: Span[]): string {
  if (!excluded.length) return text;
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.end <= pos) continue;
    const s = Math.max(e.start, pos);
    out += text.slice(pos, s) + text.slice(s, e.end).replace(/[^\r\n]/g, ' ');
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Splits a span into sentences at terminal punctuation, at line breaks after a colon, and every MAX_SENTENCE chars;
 * the sentences' spans are appended to `out`. Runs once per block on every keystroke: nothing but the spans is
 * allocated (no closure, no string per full stop).
 */
export function splitSentences(text: string, span: Span, nextStop = stopFinder(text), out: Span[] = []): Span[] {
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    // Fast path: only line breaks, terminal punctuation and (in very long runs) spaces can end a sentence. Up to
    // MAX_SENTENCE characters, jump to the next line break or terminal; past it, look at every character for a space.
    const limit = start + MAX_SENTENCE;
    if (i < limit) {
      const at = nextStop(i);
      if (at < span.end && at < limit) i = at;
      else if (span.end <= limit) break;
      else i = limit;
    }
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && !(i - start >= MAX_SENTENCE && isSpaceCode(code))) continue;
    const c = text[i];
    if (i - start >= MAX_SENTENCE && isSpaceCode(code)) {
      pushTrimmed(text, start, i, out);
      start = i;
      continue;
    }
    if (c === '\n') {
      const prev = prevNonSpace(text, i, start);
      if (prev === 58 || prev === 46 || prev === 33 || prev === 63 || prev === 59) {
        pushTrimmed(text, start, i, out);
        start = i;
      }
      continue;
    }
    let j = i + 1;
    while (j < span.end && isCloser(text.charCodeAt(j))) j++;
    if (j < span.end && !isSpaceCode(text.charCodeAt(j))) continue;
    if (c === '.') {
      // Look back at the word that ends here.
      let k = i - 1;
      while (k >= start && k > i - 12 && isLetterOrDot(text.charCodeAt(k))) k--;
      if (isAbbreviation(text, k + 1, i)) continue;
      // A single capital before the stop is an initial ("J. Smith").
      const before = text.charCodeAt(i - 1);
      if (k + 2 === i && before >= 65 && before <= 90) continue;
      // "1.", "2.1." inside running text are list or clause numbers, not sentence ends.
      if (isDigitCode(before) && isDigitCode(text.charCodeAt(j + 1))) continue;
    }
    pushTrimmed(text, start, j, out);
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, span.end, out);
  return out;
}

/** Appends [s, e) without its surrounding white space, unless nothing is left. */
function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * A word of letters and dots as a number (five bits per character, lower-cased; 0 for none longer than any
 * abbreviation): the check at every full stop then makes no string.
 */
function wordKey(text: string, from: number, to: number): number {
  if (to - from > MAX_ABBREVIATION) return 0;
  let key = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    key = key * 32 + (c === 46 ? 27 : (c | 32) - 96);
  }
  return key;
}

function isAbbreviation(text: string, from: number, to: number): boolean {
  const key = wordKey(text, from, to);
  return key !== 0 && ABBREVIATION_KEYS.has(key);
}

/**
 * The offset of the first line break or terminal punctuation at or after a given one (text.length for none). The
 * engine's native scan is several times faster than a charCodeAt loop; the last answer is kept, so that asking for
 * increasing offsets (sentences in document order) reads the text once in all.
 */
export function stopFinder(text: string): (from: number) => number {
  const stop = /[\n.!?]/g;
  let askedFrom = 0;
  let found = -1;
  return (from) => {
    if (from < askedFrom || from > found) {
      stop.lastIndex = from;
      found = stop.test(text) ? stop.lastIndex - 1 : text.length;
      askedFrom = from;
    }
    return found;
  };
}

/** The code of the last non-space character before `i` (not before `floor`), -1 for none. */
function prevNonSpace(text: string, i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

/** `/["'\u201d\u2019)\]]/`: closing quotes and brackets after terminal punctuation. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** `/[A-Za-z.]/` */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}
