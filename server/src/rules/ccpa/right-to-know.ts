import { defineRule } from '../../core/rule';
import { RIGHT_WORD_ONLY, RIGHTS_FRAME, YOU_ONLY } from '../cues';
import { decide, sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

const KNOW = /\bright to know\b|\b(?:right to request|request that (?:we|a business|the business))\b[^.;]{0,80}\bdisclose\b|\brequests? to know\b|\bknow (?:what|which|the categories|about the)\b[^.;]{0,60}\b(?:personal )?(?:information|data)\b|\bspecific pieces of (?:personal )?information\b|\bcategories of (?:personal )?(?:information|sources|third parties)\b[^.;]{0,120}\b(?:we (?:have )?(?:collected|disclosed|sold))/i;
const ACCESS = /\b(?:access|a copy of|copies of|obtain|see|review)\b[^.;]{0,40}\b(?:personal )?(?:information|data)\b|\bright (?:of|to) access\b/i;
/** The right by its CCPA name, as a heading. */
const RIGHT_TO_KNOW = /\bright to know\b/i;

export default defineRule({
  id: 'ccpa-right-to-know',
  title: 'CCPA: right to know',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.110'), civ('1798.115'), ccr('7011(e)(2)(A)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'California consumers can ask what you know about them: the categories of personal information, where it came from, why you use it, who you disclosed it to, and the specific pieces you hold.',
    why: 'The right to know is broader than a copy of the data: it also covers sources, purposes and recipients, and the policy must describe all of it.',
    good: 'Name the right to know and list what a request returns: categories, sources, purposes, categories of third parties, and the specific pieces of personal information.',
  },
  clause: { text: 'Right to know: you can ask us to tell you the categories of personal information we collected about you, the categories of sources, our purposes, the categories of third parties we disclosed it to, and the specific pieces of personal information we hold about you. To ask, [[how to make a request]].' },
  check(ctx) {
    const framed = (re: RegExp) => sentencesWhere(ctx, (s) => holds(re, s) && (holds(RIGHTS_FRAME, s) || holds(RIGHT_WORD_ONLY, s) || holds(YOU_ONLY, s)));
    return decide({
      hits: [...framed(KNOW), ...sentencesWhere(ctx, (s) => s.heading !== null && holds(RIGHT_TO_KNOW, s), true)],
      partial: framed(ACCESS),
      partialMessage: 'The policy offers access to personal information, but does not describe the CCPA right to know: the categories collected, the sources, the purposes, the categories of third parties and the specific pieces (Cal. Civ. Code §1798.110, 11 CCR §7011(e)(2)(A)).',
      missing: 'The policy does not describe the right to know what personal information is collected, used and disclosed (Cal. Civ. Code §1798.110, §1798.115, 11 CCR §7011(e)(2)(A)).',
    });
  },
});
