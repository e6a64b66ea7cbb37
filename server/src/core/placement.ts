/**
 * Where a clause goes and how it is written: into the matching section (as a list item when the
 * section ends in a list), else as a new section in the document's own heading style, before
 * "Changes" / "Contact" or at the end. Edits only ever insert: the author's text is never changed.
 */
import type { Block, PolicyDocument, Section } from './parse';
import type { SectionTarget } from './rule';
import type { Span, TextEditSpan } from './types';

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Per document, the answers of findSection (a missing finding asks for its section twice: anchor and clause). */
const targetSections = new WeakMap<PolicyDocument, Map<SectionTarget, Section | null>>();

/** The section that best matches a target: the one with the most content of its own. */
export function findSection(doc: PolicyDocument, target: SectionTarget): Section | null {
  let byTarget = targetSections.get(doc);
  if (!byTarget) targetSections.set(doc, (byTarget = new Map()));
  let found = byTarget.get(target);
  if (found === undefined) byTarget.set(target, (found = bestSection(doc, target)));
  return found;
}

function bestSection(doc: PolicyDocument, target: SectionTarget): Section | null {
  let best: Section | null = null;
  let bestSize = -1;
  for (const s of doc.sections) {
    if (!s.heading || s.heading === doc.title) continue;
    if (!target.heading.test(s.heading.text)) continue;
    const size = s.span.end - s.span.start;
    if (size > bestSize) {
      best = s;
      bestSize = size;
    }
  }
  return best;
}

/** The span a document-level finding anchors to: the matching heading's words, else the title line. */
export function anchorSpan(doc: PolicyDocument, target: SectionTarget | null): Span {
  const sec = target ? findSection(doc, target) : null;
  if (sec?.heading) return sec.heading.textSpan;
  if (doc.title) return doc.title.textSpan;
  const line = doc.anchorLine;
  const start = doc.lines.starts[line] ?? 0;
  let end = doc.lines.lineEnd(line);
  let s = start;
  while (s < end && /\s/.test(doc.text[s])) s++;
  while (end > s && /\s/.test(doc.text[end - 1])) end--;
  return { start: s, end: Math.max(s, end) };
}

const CLOSING_SECTION = /^(?:changes|updates?|amendments?|modifications?|revisions?)\b|\bchanges to\b|\bupdates to\b|^contact|\bcontact us\b|how to (?:contact|reach) us|^questions|^how can you contact/i;

function nextListMarker(marker: string): string {
  const num = /^(\d+)([.)])$/.exec(marker);
  if (num) return `${Number(num[1]) + 1}${num[2]}`;
  const letter = /^([a-y])([.)])$/i.exec(marker);
  if (letter) return `${String.fromCharCode(letter[1].charCodeAt(0) + 1)}${letter[2]}`;
  return marker;
}

function lastBlock(sec: Section): Block | null {
  let last: Block | null = null;
  for (const b of sec.blocks) if (b.span.end <= sec.ownSpan.end + 1) last = b;
  return last;
}

/** How the draft writes a new section's heading: its style, and the spacing the draft uses around its headings. */
interface HeadingStyle {
  /** Written before the title ("## ", "## 7. ", "7. "). */
  prefix: string;
  /** The title in capitals (all-caps plain-text drafts). */
  caps: boolean;
  level: number;
  /** Numbered headings: the new section goes at the end, so that the numbers stay in sequence. */
  numbered: boolean;
  /** A blank line between the heading and its text. */
  blankAfter: boolean;
  /** A blank line before the heading. */
  blankBefore: boolean;
}

const HEADING_NUMBER = /^(\d{1,2})(\.?)[ \t]+\S/;

interface NewHeading extends HeadingStyle {
  text: string;
}

/** The draft's heading style, worked out once per document: an analysis may plan a dozen new sections. */
const headingStyles = new WeakMap<PolicyDocument, HeadingStyle>();

function newHeading(doc: PolicyDocument, title: string): NewHeading {
  let style = headingStyles.get(doc);
  if (!style) headingStyles.set(doc, (style = headingStyleOf(doc)));
  return { ...style, text: `${style.prefix}${style.caps ? title.toUpperCase() : title}` };
}

function headingStyleOf(doc: PolicyDocument): HeadingStyle {
  const top = doc.sections.filter((s) => s.heading && s.heading !== doc.title);
  if (doc.mode === 'markdown') {
    const hashes = top.filter((s) => s.heading!.style === 'atx' || s.heading!.style === 'setext');
    const level = hashes.length ? mostCommon(hashes.map((s) => s.level)) : 2;
    // "## 3. Your rights": numbered Markdown headings continue their numbering.
    const atLevel = hashes.filter((s) => s.level === level);
    const numbered = atLevel.filter((s) => HEADING_NUMBER.test(s.heading!.text));
    if (numbered.length >= 2 && numbered.length * 2 >= atLevel.length) {
      const max = Math.max(...numbered.map((s) => Number(HEADING_NUMBER.exec(s.heading!.text)![1])));
      const dot = HEADING_NUMBER.exec(numbered[0].heading!.text)![2];
      return { prefix: `${'#'.repeat(level)} ${max + 1}${dot} `, caps: false, level, numbered: true, blankAfter: true, blankBefore: true };
    }
    return { prefix: `${'#'.repeat(level)} `, caps: false, level, numbered: false, blankAfter: true, blankBefore: true };
  }
  // Plain text: the top-level headings (level 2; the title is level 1, "2.1" and "- ACCESS." items are deeper).
  const level2 = top.filter((s) => s.level === 2);
  const { blankAfter, blankBefore } = spacing(doc, level2);
  const numbered = level2.filter((s) => s.heading!.style === 'numbered');
  if (numbered.length >= 2) {
    const max = Math.max(...numbered.map((s) => Number(s.heading!.number)));
    const dot = /^\d+\./.test(doc.text.slice(numbered[0].heading!.span.start).trimStart()) ? '.' : '';
    return { prefix: `${max + 1}${dot} `, caps: false, level: 2, numbered: true, blankAfter, blankBefore };
  }
  // All-caps headings (a stray title-like line such as "Last updated: ..." read as a plain heading does not count).
  const caps = level2.filter((s) => s.heading!.style === 'caps').length;
  if (caps && caps * 2 > level2.length) return { prefix: '', caps: true, level: 2, numbered: false, blankAfter, blankBefore };
  // A plain title line is a heading only after a blank line.
  return { prefix: '', caps: false, level: 2, numbered: false, blankAfter, blankBefore: true };
}

/** Whether the draft's headings have a blank line after and before them (by majority; blank when unknown). */
function spacing(doc: PolicyDocument, sections: Section[]): { blankAfter: boolean; blankBefore: boolean } {
  const blank = (line: number) => line < 0 || line >= doc.lines.lineCount || doc.text.slice(doc.lines.starts[line], doc.lines.lineEnd(line)).trim() === '';
  let after = 0;
  let before = 0;
  for (const s of sections) {
    const h = s.heading!;
    if (blank(doc.lines.positionAt(h.span.end).line + 1)) after++;
    if (blank(h.line - 1)) before++;
  }
  return { blankAfter: after * 2 >= sections.length, blankBefore: before * 2 >= sections.length };
}

function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  for (const [k, v] of counts) if (v > (counts.get(best) ?? 0) || (v === counts.get(best) && k < best)) best = k;
  return best;
}

/** Per document and heading level, the first closing section ("Changes", "Contact us") at or above that level. */
const closingSections = new WeakMap<PolicyDocument, Map<number, Section | null>>();

function closingSection(doc: PolicyDocument, level: number): Section | null {
  let byLevel = closingSections.get(doc);
  if (!byLevel) closingSections.set(doc, (byLevel = new Map()));
  let found = byLevel.get(level);
  if (found === undefined) {
    found = doc.sections.find((s) => s.heading && s.heading !== doc.title && s.level <= level && CLOSING_SECTION.test(s.heading.text.replace(/^[\d.\s]+/, ''))) ?? null;
    byLevel.set(level, found);
  }
  return found;
}

/** Plans the insertion of a clause for a target section. */
export function planClauseInsertion(doc: PolicyDocument, target: SectionTarget, clauseText: string): TextEditSpan {
  const eol = eolOf(doc.text);
  const text = doc.text;
  const sec = findSection(doc, target);
  if (sec?.heading) {
    // "YOUR RIGHTS" followed by "- ACCESS. ...", "- CHOICE. ..." items: add one more item of that kind.
    const lastChild = sec.children[sec.children.length - 1];
    if (lastChild?.heading?.style === 'bullet-caps') {
      const line = text.slice(lastChild.heading.span.start, lastChild.heading.textSpan.start);
      const childEnd = lastBlock(lastChild)?.span.end ?? lastChild.heading.span.end;
      const labelled = /^([A-Z][A-Za-z ]{1,40}): (.+)$/s.exec(clauseText);
      const label = (labelled ? labelled[1] : target.title).toUpperCase();
      const body = labelled ? labelled[2][0].toUpperCase() + labelled[2].slice(1) : clauseText;
      return { span: { start: childEnd, end: childEnd }, newText: `${eol}${line}${label}. ${body}` };
    }
    const last = lastBlock(sec);
    if (last && last.kind === 'list-item' && last.marker) {
      const at = last.span.end;
      return { span: { start: at, end: at }, newText: `${eol}${last.indent}${nextListMarker(last.marker)} ${clauseText}` };
    }
    const at = last ? last.span.end : sec.heading.span.end;
    return { span: { start: at, end: at }, newText: `${eol}${eol}${clauseText}` };
  }
  const heading = newHeading(doc, target.title);
  const afterHeading = heading.blankAfter ? `${eol}${eol}` : eol;
  const beforeHeading = heading.blankBefore ? `${eol}${eol}` : eol;
  // Before the closing "Changes"/"Contact" section, unless headings are numbered (numbers stay consistent at the end).
  if (!heading.numbered) {
    const closing = closingSection(doc, heading.level);
    if (closing) {
      const at = closing.span.start;
      return { span: { start: at, end: at }, newText: `${heading.text}${afterHeading}${clauseText}${beforeHeading}` };
    }
  }
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  // The last line keeps its own trailing spaces: the new section goes after them, not between them and the words.
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && /\s/.test(text[end])) end++;
  const tail = text.slice(end);
  // Keep the draft's trailing whitespace after the new section.
  const lead = end === 0 ? '' : beforeHeading;
  return { span: { start: end, end }, newText: `${lead}${heading.text}${afterHeading}${clauseText}${tail.length ? '' : eol}` };
}

/** Inserts a line such as "Last updated: 2026-11-23" right after the title (or at the top). */
export function planLineAfterTitle(doc: PolicyDocument, line: string): TextEditSpan {
  const eol = eolOf(doc.text);
  if (doc.title) {
    // After the title's whole line: a "- ACCESS. You may ..." title has text after its heading words.
    const at = Math.max(doc.title.span.end, doc.lines.lineEnd(doc.lines.positionAt(doc.title.span.end).line));
    return { span: { start: at, end: at }, newText: `${eol}${eol}${line}` };
  }
  const at = doc.frontMatter ? doc.lines.starts[Math.min(doc.frontMatter.endLine + 1, doc.lines.lineCount - 1)] : 0;
  if (at >= doc.text.length && doc.frontMatter) return { span: { start: doc.text.length, end: doc.text.length }, newText: `${eol}${line}${eol}` };
  return { span: { start: at, end: at }, newText: `${line}${eol}${eol}` };
}
