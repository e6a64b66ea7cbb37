import { planLineAfterTitle } from '../core/placement';
import { defineRule } from '../core/rule';
import { formatDateLike } from '../core/dates';
import { CCPA_130_URL } from './cues';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `(?:${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\.?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|${MONTH},? \\d{4})(?!\\d)`;
/** Label words as whole words ("dated", not the end of "invalidated"). */
const LABEL_WORD = /\b(?:last[ -]?(?:updated|modified|revised|changed|amended|reviewed|update)|updated|effective|revised|revision|version|dated|as of|valid (?:from|as of)|in force|entry into force|published|release date)\b/i;
/** A labelled date that the shared date finder can miss, e.g. inside emphasis ("_Last updated: May 2, 2024_"). */
const LABELLED_DATE = new RegExp(`${LABEL_WORD.source}[^\\n]{0,40}?${DATE}|${DATE},? (?:\\w+ ){0,1}version \\d`, 'i');
/** The label already ends in a space: the date goes right after it. */
const ENDS_IN_SPACE = /\s$/;

export default defineRule({
  id: 'last-updated',
  title: 'Last-updated date',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [
    { label: '11 CCR §7011(e)(4)', url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf' },
    { label: 'Cal. Civ. Code 1798.130(a)(5)', url: CCPA_130_URL },
  ],
  defaultSeverity: 'warning',
  hover: {
    summary: 'The policy should say when it was last updated (or from when it is effective).',
    why: 'Readers need to know whether they are reading the current version; the CCPA regulations require the date of the last update, and the policy must be reviewed at least every 12 months.',
    good: 'A line near the title such as "Last updated: 2026-11-23", changed every time the policy changes.',
  },
  clause: { text: 'Last updated: [[date]]' },
  check(ctx) {
    const prose = ctx.doc.prose;
    const dated = ctx.facts.dates.filter((d) => d.labelled && LABEL_WORD.test(prose.slice(Math.max(0, d.span.start - 140), d.span.start)));
    if (dated.length) return { state: 'satisfied', evidence: dated.map((d) => d.span) };
    const m = LABELLED_DATE.exec(prose);
    if (m) return { state: 'satisfied', evidence: [{ start: m.index, end: m.index + m[0].length }] };
    if (ctx.facts.emptyDateLabels.length) {
      const at = ctx.facts.emptyDateLabels[0];
      return { state: 'partial', message: 'The "Last updated" label has no date. Add the date of the last change.', evidence: [at], at };
    }
    return { state: 'missing', message: 'The policy has no last-updated or effective date. Add "Last updated: <date>" near the title (11 CCR §7011(e)(4)).' };
  },
  fixes(ctx, outcome) {
    const today = formatDateLike(ctx.today, 'iso');
    if (outcome.state === 'partial' && outcome.at) {
      const at = outcome.at.end;
      const label = ctx.doc.text.slice(outcome.at.start, outcome.at.end);
      const sep = ENDS_IN_SPACE.test(label) ? '' : ' ';
      return [{ title: `Insert today's date (${today})`, edits: [{ span: { start: at, end: at }, newText: `${sep}${today}` }], expected: [''] }];
    }
    const edit = planLineAfterTitle(ctx.doc, `Last updated: ${today}`);
    return [{ title: `Insert "Last updated: ${today}"`, edits: [edit], expected: [''] }];
  },
});
