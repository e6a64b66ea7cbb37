import { defineRule } from '../../core/rule';
import { decide, firstSentencesWhere } from '../outcome';
import { ccr, civ } from './cues';

/** What is used: personal information, not goods ("we use bubble wrap to protect your bike" states no purpose of processing). */
const DATA_OBJ = '(?:information|data|details|it|them|this|these|address(?:es)?|e-?mail(?: address(?:es)?)?|names?|(?:phone|frame|card|account|order|customer) numbers?|cookies?|history|location|records?|content|messages|identifiers)';
const DATA_VERB = '(?:use|uses|used|collect|collects|collected|process|processes|processed|keep|keeps|kept|store|stores|stored|record|records|recorded|need|needs|ask for|asks for|analy[sz]e|analy[sz]es)';
const PURPOSE_VERB = '(?:provide|process|deliver|fulfil|fulfill|operate|improve|personali[sz]e|send|communicate|respond|prevent|detect|comply|secure|protect|maintain|analy[sz]e|market|advertis|show|verify|bill|ship|support|authenticate|debug|understand|measure|manage|run|pay|answer|recruit|hire|administer|invoice|train|contact|schedule|text|call|notify|remind|trace|track|confirm)';
const SPECIFIC = new RegExp(
  [
    // "We use your phone number to text you"
    `\\b(?:we|us)\\b[^.;]{0,40}\\b${DATA_VERB}\\b[^.;]{0,60}?\\b${DATA_OBJ}\\b[^.;]{0,40}?\\b(?:to|in order to|for the purposes? of|so that|so we can)\\b[^.;]{0,20}\\b${PURPOSE_VERB}\\w{0,6}`,
    // "Your phone number is used so we can text you"
    `\\b${DATA_OBJ}\\b[^.;]{0,40}\\b(?:is|are|will be|may be|gets?|get)\\b (?:only |also |mainly |solely |primarily )?(?:used|collected|processed|kept|stored|needed|recorded)\\b[^.;]{0,40}\\b(?:to|in order to|so (?:that )?we can|so that)\\b`,
    // "We keep your frame number in order to trace a stolen bike": the purpose marker makes any verb a purpose
    `\\b${DATA_VERB}\\b[^.;]{0,60}\\b${DATA_OBJ}\\b[^.;]{0,40}\\b(?:in order to|so (?:that )?we can|so that we)\\b`,
    `\\b(?:purposes?|why we (?:collect|use))\\b[^.;]{0,10}:`,
  ].join('|'),
  'i',
);
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
    const hits = firstSentencesWhere(ctx, SPECIFIC, 3);
    return decide({
      hits,
      partial: hits.length ? [] : firstSentencesWhere(ctx, GENERIC, 3),
      partialMessage: 'The policy refers to "business purposes" without saying what they are. Describe the specific purposes for which each category is collected (Cal. Civ. Code §1798.110(c)(3), 11 CCR §7011(e)(1)(C)).',
      missing: 'The policy does not say why it collects personal information. Describe the specific business or commercial purposes (Cal. Civ. Code §1798.110(c)(3), 11 CCR §7011(e)(1)(C)).',
    });
  },
});
