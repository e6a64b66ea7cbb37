/** Dates as people write them in policies, and the "last updated" labels that introduce them. */
import { matchNear } from './entities';
import type { Span } from './types';

export interface DateMention {
  span: Span;
  text: string;
  year: number;
  month: number; // 1-12
  day: number; // 1-31; 1 when only month and year are given
  precision: 'day' | 'month' | 'year';
  /** Preceded on its line by a last-updated / effective / version label. */
  labelled: boolean;
  format: DateFormat;
}

/** 'slash' is month first (12/31/2023); 'slash-dmy' is day first, known when the first number exceeds 12 (31/12/2023). */
export type DateFormat = 'mdy-long' | 'dmy-long' | 'iso' | 'dotted' | 'slash' | 'slash-dmy' | 'month-year' | 'year';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

const PATTERNS: { re: RegExp; format: DateFormat }[] = [
  { re: new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), format: 'mdy-long' },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_NAMES})\\.?,? (\\d{4})\\b`, 'gi'), format: 'dmy-long' },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, format: 'iso' },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, format: 'dotted' },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, format: 'slash' },
  { re: new RegExp(`\\b(${MONTH_NAMES}),? (\\d{4})\\b`, 'gi'), format: 'month-year' },
];

/** A label that says the date is the policy's own last-update / effective / version date. */
const LABEL = /(?:last[ -]?(?:updated|modified|revised|changed|amended|reviewed|update)|updated(?: on| as of)?|effective(?: date| as of| from| on)?|revised(?: on)?|revision(?: date)?|version(?: date| of)?|dated|date of (?:last )?(?:update|revision)|(?:was|were) (?:last )?(?:updated|revised|amended|modified|changed|published)|as of|valid (?:from|as of)|in force (?:from|since|as of)|published(?: on)?|release date)\b[^\n]{0,40}$/i;
const YEAR_LABEL = /(?:last[ -]?(?:updated|modified|revised)|updated|effective|revised|version)\b[^\n]{0,20}$/i;

function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

function valid(y: number, m: number, d: number): boolean {
  // Day checked against the month's length: "February 30, 2024" is not a date.
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  // Characters already claimed by an earlier (more specific) pattern: a mask keeps this linear.
  const taken = new Uint8Array(text.length);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  const take = (s: number, e: number) => taken.fill(1, s, e);
  // Start of the line holding `pos`, looking back at most `max` characters (a single huge line stays linear).
  const lineStartNear = (pos: number, max: number) => {
    const floor = Math.max(0, pos - max);
    for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
    return floor;
  };
  const labelled = (start: number) => {
    const lineStart = lineStartNear(start, 80);
    const before = text.slice(lineStart, start);
    if (LABEL.test(before)) return true;
    // "Last updated:" alone on the previous line.
    if (before.trim() === '' && lineStart > 0 && text.charCodeAt(lineStart - 1) === 10) {
      const prevStart = lineStartNear(lineStart - 1, 80);
      const prev = text.slice(prevStart, lineStart - 1).trim();
      return prev.length < 60 && LABEL.test(prev);
    }
    return false;
  };
  // Every pattern ends in (or, ISO, starts with) a year that is a run of exactly four digits: the patterns are tried
  // only in the 24 characters up to such a run instead of scanning the whole text with each of them.
  const years: number[] = [];
  for (const m of text.matchAll(/\d{4,}/g)) if (m[0].length === 4) years.push(m.index!);
  for (const { re, format } of PATTERNS) {
    for (const m of matchNear(text, re, years, 24, 0)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      let y = 0;
      let mo = 0;
      let d = 1;
      let precision: DateMention['precision'] = 'day';
      let fmt: DateFormat = format;
      switch (format) {
        case 'mdy-long': mo = monthIndex(m[1]); d = +m[2]; y = +m[3]; break;
        case 'dmy-long': d = +m[1]; mo = monthIndex(m[2]); y = +m[3]; break;
        case 'iso': y = +m[1]; mo = +m[2]; d = +m[3]; break;
        case 'dotted': d = +m[1]; mo = +m[2]; y = +m[3]; break;
        case 'slash': {
          const a = +m[1];
          const b = +m[2];
          if (a > 12) { d = a; mo = b; fmt = 'slash-dmy'; } else { mo = a; d = b; }
          y = +m[3];
          break;
        }
        case 'month-year': mo = monthIndex(m[1]); y = +m[2]; precision = 'month'; break;
      }
      if (!valid(y, mo, d)) continue;
      take(s, e);
      out.push({ span: { start: s, end: e }, text: m[0], year: y, month: mo, day: d, precision, labelled: labelled(s), format: fmt });
    }
  }
  // A bare year counts only right after a label ("Last updated 2021", "Version 2019").
  for (const m of matchNear(text, /\b(19[9]\d|20\d\d)\b/g, years, 0, 0)) {
    const s = m.index!;
    if (overlaps(s, s + 4)) continue;
    const before = text.slice(lineStartNear(s, 40), s);
    if (!YEAR_LABEL.test(before) || /\d[^\n]*$/.test(before.slice(-6))) continue;
    // Part of a date that did not parse (2023-02-29, 31.02.2023): not a bare year.
    if (/^[-./]\d/.test(text.slice(s + 4, s + 6)) || /\d[-./]$/.test(text.slice(Math.max(0, s - 2), s))) continue;
    out.push({ span: { start: s, end: s + 4 }, text: m[0], year: +m[1], month: 1, day: 1, precision: 'year', labelled: true, format: 'year' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Empty "Last updated:" labels (template residue): label at the end of a line with nothing after it. */
export function findEmptyDateLabels(text: string): Span[] {
  const out: Span[] = [];
  // Same matches as /^[ \t*_#>-]{0,8}(?:label)[ \t]*:[ \t*_]*$/gim, found from the colon that ends a line: a pattern
  // opening with a multiline ^ is tried at every offset, a colon is found by the engine's fast literal scan. Such a
  // line has exactly one candidate colon (nothing but [ \t*_] may follow it), and the label must fill the line up to it.
  LINE_END_COLON.lastIndex = 0;
  for (let m = LINE_END_COLON.exec(text); m; m = LINE_END_COLON.exec(text)) {
    let start = m.index;
    while (start > 0 && !LINE_BREAK.has(text.charCodeAt(start - 1))) start--;
    if (EMPTY_LABEL.test(text.slice(start, m.index))) out.push({ start, end: m.index + m[0].length });
  }
  return out;
}
const LINE_END_COLON = /:[ \t*_]*$/gm;
/** What a multiline ^ and $ treat as a line break. */
const LINE_BREAK = new Set([10, 13, 0x2028, 0x2029]);
const EMPTY_LABEL = /^[ \t*_#>-]{0,8}(?:last[ -]?(?:updated|modified|revised)|effective(?: date)?|updated)[ \t]*$/i;

export function dateValue(d: { year: number; month: number; day: number }): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

/** Writes a date in the same style as an existing mention, so that a fix keeps the author's format. */
export function formatDateLike(date: Date, format: DateFormat): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const name = MONTHS[m - 1][0].toUpperCase() + MONTHS[m - 1].slice(1);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (format) {
    case 'mdy-long': return `${name} ${d}, ${y}`;
    case 'dmy-long': return `${d} ${name} ${y}`;
    case 'dotted': return `${pad(d)}.${pad(m)}.${y}`;
    case 'slash': return `${pad(m)}/${pad(d)}/${y}`;
    case 'slash-dmy': return `${pad(d)}/${pad(m)}/${y}`;
    case 'month-year': return `${name} ${y}`;
    case 'year': return String(y);
    default: return `${y}-${pad(m)}-${pad(d)}`;
  }
}
