/**
 * A deliberately small YAML front-matter reader: scalars, inline lists, and one level of nested mapping.
 * Enough for `privacylint: true`, `regimes: [gdpr, ccpa]` and `not-applicable: {dpo-contact: "reason"}`.
 */
import type { LineIndex } from './lines';
import type { Span } from './types';

export type FrontMatterValue = string | boolean | number | string[] | Record<string, string>;

export interface FrontMatter {
  span: Span;
  endLine: number;
  data: Record<string, FrontMatterValue>;
  /** Lines that could not be read, for a diagnostic. */
  errors: { line: number; message: string }[];
}

const MAX_LINES = 200;

function scalar(raw: string): string | boolean | number {
  const v = raw.trim();
  if (/^(true|yes|on)$/i.test(v)) return true;
  if (/^(false|no|off)$/i.test(v)) return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return unquote(v);
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
      cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

export function parseFrontMatter(text: string, lines: LineIndex): FrontMatter | null {
  if (lines.lineCount < 2) return null;
  const first = text.slice(0, lines.lineEnd(0)).replace(/^\ufeff/, '');
  if (first.trim() !== '---') return null;
  let endLine = -1;
  for (let i = 1; i < Math.min(lines.lineCount, MAX_LINES); i++) {
    const t = text.slice(lines.starts[i], lines.lineEnd(i)).trim();
    if (t === '---' || t === '...') {
      endLine = i;
      break;
    }
  }
  if (endLine < 0) return null;
  const data: Record<string, FrontMatterValue> = {};
  const errors: { line: number; message: string }[] = [];
  let openMap: Record<string, string> | null = null;
  let openList: string[] | null = null;
  for (let i = 1; i < endLine; i++) {
    const raw = text.slice(lines.starts[i], lines.lineEnd(i));
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const nested = /^[ \t]+(\S.*)$/.exec(raw);
    if (nested && (openMap || openList)) {
      const item = nested[1];
      if (openList && item.startsWith('- ')) {
        openList.push(String(scalar(item.slice(2))));
        continue;
      }
      const kv = /^([^:]+):(.*)$/.exec(item);
      if (openMap && kv) {
        openMap[unquote(kv[1])] = String(scalar(kv[2]));
        continue;
      }
      errors.push({ line: i, message: `Cannot read front matter line: ${raw.trim()}` });
      continue;
    }
    openMap = null;
    openList = null;
    const m = /^([A-Za-z0-9_-]+)[ \t]*:(.*)$/.exec(raw);
    if (!m) {
      errors.push({ line: i, message: `Cannot read front matter line: ${raw.trim()}` });
      continue;
    }
    const key = m[1];
    const value = m[2].trim();
    if (value === '') {
      // A nested block follows: a list ("- a") or a mapping ("key: value").
      const next = i + 1 < endLine ? text.slice(lines.starts[i + 1], lines.lineEnd(i + 1)).trim() : '';
      if (next.startsWith('- ')) data[key] = openList = [];
      else data[key] = openMap = {};
    } else if (value.startsWith('[') && value.endsWith(']')) {
      data[key] = splitTopLevel(value.slice(1, -1)).map((x) => unquote(x)).filter((x) => x !== '');
    } else if (value.startsWith('{') && value.endsWith('}')) {
      const map: Record<string, string> = {};
      for (const part of splitTopLevel(value.slice(1, -1))) {
        const kv = /^([^:]+):(.*)$/.exec(part.trim());
        if (kv) map[unquote(kv[1])] = unquote(kv[2]);
        else errors.push({ line: i, message: `Cannot read "${part.trim()}" in ${key}` });
      }
      data[key] = map;
    } else {
      data[key] = scalar(value);
    }
  }
  return { span: { start: 0, end: lines.lineEnd(endLine) }, endLine, data, errors };
}

/** The front-matter key that marks requirements as not applicable, with the reason: `not-applicable: {rule: "why"}`. */
export const NOT_APPLICABLE_KEY = 'not-applicable';
const NOT_APPLICABLE_LINE = /^not-applicable[ \t]*:/;

/** An insertion that records a rule as not applicable; `reason` is where the reason sits in `newText`, if it has one. */
export interface NotApplicableEdit {
  span: Span;
  newText: string;
  reason: Span | null;
}

/**
 * Plans the insertion that adds `rule: "reason"` to the front matter's `not-applicable` map. Only ever inserts:
 * creates the front matter when there is none, adds a `not-applicable:` block to front matter without one, adds an
 * entry to an existing map (block or `{...}` form, in its own indentation), or adds the id to a list
 * (`[a, b]` or `- a`), which holds no reasons. Returns null when the key holds something else (a scalar), where any
 * edit would change what the author wrote.
 */
export function planNotApplicable(text: string, lines: LineIndex, fm: FrontMatter | null, rule: string, reason: string): NotApplicableEdit | null {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const entry = (prefix: string, suffix: string): NotApplicableEdit => {
    const head = `${prefix}${rule}: "`;
    return { newText: `${head}${reason}"${suffix}`, reason: { start: head.length, end: head.length + reason.length }, span: { start: 0, end: 0 } };
  };
  const at = (e: NotApplicableEdit, offset: number): NotApplicableEdit => ({ ...e, span: { start: offset, end: offset } });
  if (!fm) {
    const start = text.startsWith('\ufeff') ? 1 : 0;
    const rest = text.slice(start);
    const gap = rest === '' || /^[ \t]*(?:\r\n|\n|\r)/.test(rest) ? '' : eol;
    return at(entry(`---${eol}${NOT_APPLICABLE_KEY}:${eol}  `, `${eol}---${eol}${gap}`), start);
  }
  const lineText = (i: number) => text.slice(lines.starts[i], lines.lineEnd(i));
  /** Blank and comment lines strictly between two lines. */
  const countSkipped = (from: number, to: number) => {
    let n = 0;
    for (let i = from + 1; i < to; i++) if (!lineText(i).trim() || lineText(i).trim().startsWith('#')) n++;
    return n;
  };
  // The last top-level `not-applicable:` line wins, as in the reader.
  let keyLine = -1;
  for (let i = 1; i < fm.endLine; i++) if (NOT_APPLICABLE_LINE.test(lineText(i))) keyLine = i;
  if (keyLine < 0) {
    // A new block just before the closing fence.
    return at(entry(`${NOT_APPLICABLE_KEY}:${eol}  `, eol), lines.starts[fm.endLine]);
  }
  const raw = lineText(keyLine);
  const colon = raw.indexOf(':');
  const value = raw.slice(colon + 1).trim();
  const lineStart = lines.starts[keyLine];
  const existing = fm.data[NOT_APPLICABLE_KEY];
  if (value === '') {
    // Block form: the entries are the indented lines that follow, up to the next top-level key.
    let last = keyLine;
    let indent = '';
    let items = 0;
    for (let i = keyLine + 1; i < fm.endLine; i++) {
      const t = lineText(i);
      if (!t.trim() || t.trim().startsWith('#')) continue;
      const m = /^([ \t]+)\S/.exec(t);
      if (!m) break;
      if (!indent) indent = m[1];
      if (/^[ \t]+-(?:[ \t]|$)/.test(t)) items++;
      last = i;
    }
    const insertAt = lines.lineEnd(last);
    if (Array.isArray(existing)) {
      // `- a` items: one more item, written like the last one.
      if (last === keyLine || items !== last - keyLine - countSkipped(keyLine, last)) return null;
      const dash = /^[ \t]*-[ \t]*/.exec(lineText(last))![0];
      return { span: { start: insertAt, end: insertAt }, newText: `${eol}${dash}${rule}`, reason: null };
    }
    // A map whose lines the reader cannot take as entries is left alone.
    if (items || (existing !== undefined && (typeof existing !== 'object' || existing === null))) return null;
    return at(entry(`${eol}${indent || '  '}`, ''), insertAt);
  }
  const open = raw.indexOf(value[0], colon);
  const close = lineStart + open + value.length - 1;
  const inner = value.slice(1, -1);
  if (value.startsWith('{') && value.endsWith('}')) {
    // `{a: "x"}` → `{a: "x", rule: "reason"}`: after the last entry, before any spaces and the brace.
    let p = close;
    while (p > lineStart + open + 1 && /[ \t]/.test(text[p - 1])) p--;
    const e = entry(inner.trim() ? ', ' : '', '');
    return at(e, p);
  }
  if (value.startsWith('[') && value.endsWith(']')) {
    let p = close;
    while (p > lineStart + open + 1 && /[ \t]/.test(text[p - 1])) p--;
    return { span: { start: p, end: p }, newText: `${inner.trim() ? ', ' : ''}${rule}`, reason: null };
  }
  return null;
}
