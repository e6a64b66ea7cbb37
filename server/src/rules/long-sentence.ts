import { defineRule, type DefectReport } from '../core/rule';

const MAX_WORDS = 40;
const WORD = /\S+/g;

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
      if (s.heading || s.span.end - s.span.start < MAX_WORDS * 3) continue;
      let words = 0;
      WORD.lastIndex = 0;
      while (WORD.exec(s.text)) if (++words > MAX_WORDS) break;
      if (words > MAX_WORDS) {
        const count = s.text.split(/\s+/).filter(Boolean).length;
        defects.push({ span: s.span, message: `This sentence has ${count} words (more than ${MAX_WORDS}): consider splitting it.` });
      }
    }
    return { state: 'defects', defects };
  },
});
