import { defineRule } from '../../core/rule';
import { decide, firstSentencesWhere } from '../outcome';
import { ccr, civ } from './cues';
import { SPECIFIC_PURPOSE } from '../disclosureCues';

/** What is used: personal information, not goods ("we use bubble wrap to protect your bike" states no purpose of processing). */
const GENERIC = /\b(?:business|commercial) purposes?\b|\bpurposes? (?:described|set out|listed)\b/i;

export default defineRule({
  id: 'ccpa-business-purposes',
  title: 'CCPA: business or commercial purposes for collecting',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.110', 'Cal. Civ. Code §1798.110(c)(3)'), civ('1798.100', 'Cal. Civ. Code §1798.100(a)(1)'), ccr('7011(e)(1)(C)')],
  defaultSeverity: 'warning',
  section: { heading: /\bpurpose|\bhow we use|\bwhy we|\buse of (?:your )?(?:personal )?(?:information|data)/i, title: 'How we use personal information' },
  hover: {
    summary: 'Say why you collect the personal information, concretely enough that a reader understands what it is used for.',
    why: 'A bare "for business purposes" tells the reader nothing; the regulations ask for a description that gives a meaningful understanding of the use.',
    good: 'Specific purposes tied to the categories: "to process and ship your orders", "to detect fraud", "to measure how the site is used".',
  },
  clause: { text: 'Why we collect it: we use personal information to [[provide and improve our services]], to [[process payments and deliver orders]], to [[keep our services secure and prevent fraud]], and to comply with our legal obligations.' },
  check(ctx) {
    // Three sentences are all the outcome keeps, so each search stops there; the partial ones are read only without a hit.
    const hits = firstSentencesWhere(ctx, SPECIFIC_PURPOSE, 3);
    return decide({
      hits,
      partial: hits.length ? [] : firstSentencesWhere(ctx, GENERIC, 3),
      partialMessage: 'The policy refers to "business purposes" without saying what they are. Describe the specific purposes for which each category is collected (Cal. Civ. Code §1798.110(c)(3), 11 CCR §7011(e)(1)(C)).',
      missing: 'The policy does not say why it collects personal information. Describe the specific business or commercial purposes (Cal. Civ. Code §1798.110(c)(3), 11 CCR §7011(e)(1)(C)).',
    });
  },
});
