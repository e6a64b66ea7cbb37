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
