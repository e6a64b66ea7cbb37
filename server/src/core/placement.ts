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

/** The section that best matches a target: the one with the most content of its own. */
export function findSection(doc: PolicyDocument, target: SectionTarget): Section | null {
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

/** Heading text for a new section in the draft's own style. */
function newHeading(doc: PolicyDocument, title: string): { text: string; level: number } {
  const top = doc.sections.filter((s) => s.heading && s.heading !== doc.title);
  if (doc.mode === 'markdown') {
    const levels = top.filter((s) => s.heading!.style === 'atx' || s.heading!.style === 'setext').map((s) => s.level);
    const level = levels.length ? mostCommon(levels) : 2;
    return { text: `${'#'.repeat(level)} ${title}`, level };
  }
  const numbered = top.filter((s) => s.heading!.style === 'numbered' && s.level === 2);
  if (numbered.length >= 2) {
    const max = Math.max(...numbered.map((s) => Number(s.heading!.number)));
    const dot = /^\d+\./.test(doc.text.slice(numbered[0].heading!.span.start).trimStart()) ? '.' : '';
    return { text: `${max + 1}${dot} ${title}`, level: 2 };
  }
  if (top.length && top.every((s) => s.heading!.style === 'caps')) return { text: title.toUpperCase(), level: 2 };
  return { text: title, level: 2 };
}

function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  for (const [k, v] of counts) if (v > (counts.get(best) ?? 0) || (v === counts.get(best) && k < best)) best = k;
  return best;
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
  // Before the closing "Changes"/"Contact" section, unless headings are numbered (numbers stay consistent at the end).
  const numberedHeading = /^\d/.test(heading.text);
  if (!numberedHeading) {
    const closing = doc.sections.find(
      (s) => s.heading && s.heading !== doc.title && s.level <= heading.level && CLOSING_SECTION.test(s.heading.text.replace(/^[\d.\s]+/, '')),
    );
    if (closing) {
      const at = closing.span.start;
      return { span: { start: at, end: at }, newText: `${heading.text}${eol}${eol}${clauseText}${eol}${eol}` };
    }
  }
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  // The last line keeps its own trailing spaces: the new section goes after them, not between them and the words.
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && /\s/.test(text[end])) end++;
  const tail = text.slice(end);
  // Keep the draft's trailing whitespace after the new section.
  const lead = end === 0 ? '' : `${eol}${eol}`;
  return { span: { start: end, end }, newText: `${lead}${heading.text}${eol}${eol}${clauseText}${tail.length ? '' : eol}` };
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
