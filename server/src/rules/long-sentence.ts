import { defineRule, type DefectReport } from '../core/rule';

const MAX_WORDS = 40;

/**
 * Matches a text of more than MAX_WORDS words. The engine reads a sentence natively, far faster than the count below,
 * so only the few long sentences are counted. Anchored, and \S+ and \s+ never overlap: one linear attempt.
 */
const OVER_MAX = new RegExp(`^\\s*(?:\\S+\\s+){${MAX_WORDS}}\\S`);

/** Exactly the characters of JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The number of words (runs of non-space characters, as /\S+/g finds them), counted without a match per word. */
export function countWords(t: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export default defineRule({
  id: 'long-sentence',
  title: 'Long sentence',
  kind: 'defect',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [{ label: 'GDPR Art. 12(1)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12' }, { label: '11 CCR §7003(a)', url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf' }],
  defaultSeverity: 'hint',
  hover: {
    summary: `A sentence of more than ${MAX_WORDS} words is hard to follow, on a phone above all.`,
    why: 'Notices must use clear and plain language (GDPR Art. 12(1)); the CCPA regulations ask for plain, straightforward language that avoids legal jargon (11 CCR §7003(a)).',
    good: 'Split it: one fact per sentence, lists for enumerations.',
  },
  check(ctx) {
    const defects: DefectReport[] = [];
    for (const s of ctx.doc.sentences) {
      if (s.heading || s.span.end - s.span.start < MAX_WORDS * 3 || !OVER_MAX.test(s.text)) continue;
      const count = countWords(s.text);
      if (count > MAX_WORDS) {
        defects.push({ span: s.span, message: `This sentence has ${count} words (more than ${MAX_WORDS}): consider splitting it.` });
      }
    }
    return { state: 'defects', defects };
  },
});
