/**
 * Finds contact details and template residue in prose. Scanners are hand-written or use bounded,
 * unnested patterns so that a megabyte of adversarial text stays linear.
 */
import type { Span } from './types';

export interface Entity {
  span: Span;
  text: string;
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

export function findEmails(text: string): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  let lastEnd = -1;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    let s = at;
    while (s > 0 && s > lastEnd && at - s < 64 && LOCAL.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e])) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    while (s < at && text[s] === '.') s++;
    const domain = text.slice(at + 1, e);
    if (s === at || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) continue;
    out.push({ span: { start: s, end: e }, text: text.slice(s, e) });
    lastEnd = e;
    from = e;
  }
  return out;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'`\]\[)(]+|\bwww\.[A-Za-z0-9-]{1,63}\.[^\s<>"'`\]\[)(]+/gi;

export function findUrls(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let e = m.index! + m[0].length;
    while (e > m.index! && /[.,;:!?]/.test(text[e - 1])) e--;
    out.push({ span: { start: m.index!, end: e }, text: text.slice(m.index!, e) });
  }
  return out;
}

const PHONE_START = /[0-9+(]/g;
const PHONE_CONTEXT = /(phone|tel\b|telephone|call|fax|toll[- ]free|hotline|mobile|number|contact|\bT:|\bP:)[^\n]{0,40}$/i;

/** Phone numbers: runs of 7 to 15 digits with separators, written with "+" or introduced by a phone cue. */
export function findPhones(text: string): Entity[] {
  const out: Entity[] = [];
  const isPhoneChar = (c: string) => (c >= '0' && c <= '9') || c === ' ' || c === '(' || c === ')' || c === '-' || c === '.' || c === '+' || c === '\u00a0' || c === '/';
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Skip to the next digit, "+" or "(": the pattern's native scan is several times faster than charCodeAt.
    PHONE_START.lastIndex = i;
    const next = PHONE_START.exec(text);
    if (!next) return out;
    i = next.index;
    let j = i;
    let digits = 0;
    while (j < n && isPhoneChar(text[j])) {
      if (text[j] >= '0' && text[j] <= '9') digits++;
      j++;
    }
    if (digits >= 7 && digits <= 15) {
      let e = j;
      while (e > i && !(text[e - 1] >= '0' && text[e - 1] <= '9')) e--;
      const raw = text.slice(i, e);
      const plus = raw.trimStart().startsWith('+');
      const datey = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(raw.trim());
      if (!datey && (plus || PHONE_CONTEXT.test(text.slice(Math.max(0, i - 48), i)) || /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw.trim()))) {
        out.push({ span: { start: i, end: e }, text: raw });
      }
    }
    i = j + 1;
  }
  return out;
}

const STREET = /\b\d{1,5}[A-Za-z]?,? (?:[A-Z][A-Za-z'.-]{0,30} ){0,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Plaza|Circle|Quay|Row|Wharf|Gardens|Crescent|Walk)\b/g;
const STRASSE = /\b[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,30}(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|gatan|v\u00e4gen|straat|laan|gade|vej|katu|tie)[ ]\d{1,4}[a-z]?\b/gi;
const BOX = /\b(?:P\.? ?O\.? Box|PO Box|Postfach|Post Office Box|Suite|Floor)[ ]\d{1,6}\b/gi;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b/g;
const US_ZIP = /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? \d{5}(?:-\d{4})?\b/g;
const EU_POSTCODE = /(?:^|, ?|\n)(?:[A-Z]{1,2}[- ])?(\d{4,5}|\d{3} \d{2}) [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,}/g;
const STREET_FIRST = /\b\d{1,5},? (?:rue|avenue|boulevard|via|viale|calle|rua|avenida|place|plaza|quai) [A-Z\u00c0-\u00de]/gi;

const STRASSE_END = /(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|gatan|v\u00e4gen|straat|laan|gade|vej|katu|tie)$/i;
const BOX_END = /(?:box|postfach|suite|floor)$/i;

/**
 * The matches of a global pattern, found by trying it (sticky) only near anchors. Same result as matchAll when
 * every match starting at s has an anchor a with a - back <= s <= a - front: a match found at s is the match
 * matchAll finds at s, and the starts are tried in increasing order, each at most once, never inside a match.
 * `limit` stops the search after that many matches (1: "is there any?").
 */
export function matchNear(text: string, re: RegExp, anchors: Iterable<number>, back: number, front: number, limit = Infinity): RegExpExecArray[] {
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  const out: RegExpExecArray[] = [];
  let next = 0; // first start not yet tried and not inside a match
  for (const a of anchors) {
    const last = a - front;
    for (let s = Math.max(next, a - back, 0); s <= last; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      next = s + 1;
      if (m) {
        out.push(m);
        if (out.length >= limit) return out;
        next = s + Math.max(1, m[0].length);
        s = next - 1;
      }
    }
  }
  return out;
}

/**
 * Where a global pattern's matches start. Whole-text scans are left to the regular expression engine: its native
 * loop reads a character several times faster than a charCodeAt loop in JavaScript does.
 */
export function matchStarts(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/** Offsets of every space followed by an ASCII digit ("[ ]\d"). */
const spaceDigits = (text: string) => matchStarts(text, / \d/g);

/** Offsets where a run of ASCII digits starts after a non-word character (where "\b\d" can match). */
const digitRunStarts = (text: string) => matchStarts(text, /\b\d/g);

/** Postal addresses, recognised by a street line, a PO box or a postcode. */
export function findAddresses(text: string): Entity[] {
  const out: Entity[] = [];
  const add = (re: RegExp, check?: (m: RegExpMatchArray) => boolean, matches?: Iterable<RegExpMatchArray>) => {
    for (const m of matches ?? text.matchAll(re)) {
      if (check && !check(m)) continue;
      // The EU postcode pattern starts at a line break or ", ": the address itself starts after it.
      const lead = /^[\s,]*/.exec(m[0])![0].length;
      out.push({ span: { start: m.index! + lead, end: m.index! + m[0].length }, text: m[0].slice(lead) });
    }
  };
  // Every pattern is anchored on digits, so each is tried only near them instead of at every offset of the text
  // (matchNear keeps matchAll's results). "Hauptstrasse 5" and "PO Box 12" end in "[ ]\d" right after a known word;
  // the street, postcode and ZIP patterns start a fixed few characters before a digit run or a "[ ]\d".
  const sd = spaceDigits(text);
  const runs = digitRunStarts(text);
  const near = (end: RegExp) => sd.filter((q) => end.test(text.slice(Math.max(0, q - 8), q)));
  add(STREET, undefined, matchNear(text, STREET, runs, 0, 0));
  // 1 letter + 1..30 letters + a suffix of 3..7 characters, then the space.
  add(STRASSE, undefined, matchNear(text, STRASSE, near(STRASSE_END), 38, 5));
  add(STREET_FIRST, undefined, matchNear(text, STREET_FIRST, runs, 0, 0));
  // "Suite" .. "Post Office Box": 5..15 characters before the space.
  add(BOX, undefined, matchNear(text, BOX, near(BOX_END), 15, 5));
  // "SW1A 1AA": 1-2 letters, a digit and an optional character (2..4) before the space.
  add(UK_POSTCODE, undefined, matchNear(text, UK_POSTCODE, sd, 4, 2));
  // "CA 94105" / "CA, 94105": the state and an optional comma (2..3) before the space.
  add(US_ZIP, undefined, matchNear(text, US_ZIP, sd, 3, 2));
  // The start (text start, ", " or a line break) and an optional country prefix: 0..5 characters before the digits.
  add(
    EU_POSTCODE,
    (m) => {
      const n = Number(m[1]);
      return !(m[1].length === 4 && n >= 1900 && n <= 2099);
    },
    matchNear(text, EU_POSTCODE, runs, 5, 0),
  );
  return out.sort((a, b) => a.span.start - b.span.start);
}

const PLACEHOLDER_WORDS = /^(?:insert|enter|add|your|our|company|organi[sz]ation|business|name|full name|legal|entity|date|address|e-?mail|phone|telephone|url|link|website|country|city|state|region|dpo|contact|tbd|tbc|todo|fill|x{2,}|\.{3}|\u2026|placeholder|number|period|duration|representative|authority|purpose|recipient)\b/i;

/** Template residue: [Company Name], [[...]], {{...}}, <INSERT ...>, TODO, TBD, XXX, lorem ipsum. */
export function findPlaceholders(text: string): Entity[] {
  const out: Entity[] = [];
  const push = (s: number, e: number) => out.push({ span: { start: s, end: e }, text: text.slice(s, e) });
  for (const m of text.matchAll(/\[\[[^\[\]\n]{1,200}\]\]|\{\{[^{}\n]{0,80}\}\}|<(?:insert|enter|your|add)\b[^<>\n]{0,80}>/gi)) {
    push(m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(/(?<!\[)\[([^\[\]\n]{1,60})\](?![\](:\[])/g)) {
    const inner = m[1].trim();
    if (/^\d+$/.test(inner) || /^[ xX]$/.test(inner) || inner === '') continue;
    const caps = /^[A-Z][A-Z0-9 _/&.-]{2,}$/.test(inner) && /[A-Z]{3}/.test(inner);
    if (caps || PLACEHOLDER_WORDS.test(inner)) push(m.index!, m.index! + m[0].length);
  }
  // TODO, TBD, TBC and FIXME count in capitals only ("todo" is a word); XXX and lorem ipsum in any case. Spelt out
  // case by case, the pattern has literal capitals to look for, which runs several times faster than one /i pattern.
  for (const m of text.matchAll(/\b(?:TODO|TBD|TBC|FIXME)\b|\b[Xx]{3,}\b|\b[Ll][Oo][Rr][Ee][Mm] [Ii][Pp][Ss][Uu][Mm]\b/g)) {
    push(m.index!, m.index! + m[0].length);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
