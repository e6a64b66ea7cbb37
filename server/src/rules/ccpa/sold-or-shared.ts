import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { ccr, civ, SHARING_SECTION } from './cues';
import { holds } from '../sentences';

const SELL = /\b(?:sell|sells|sold|selling|sale|sales)\b/i;
const SHARE = /\b(?:share|shares|shared|sharing)\b/i;
const PI = /\b(?:personal (?:information|data)|information|data|categor(?:y|ies)|identifiers)\b/i;
/** Wording that ties the statement to the CCPA's meaning of the words, or to its 12-month look-back. */
const ABOUT_PI = /\b(?:we|us|our)\b/i;
/** Selling the business, not personal information. */
const BUSINESS_SALE = /\b(?:merger|acquisition|bankrupt)/i;

export default defineRule({
  id: 'ccpa-sold-or-shared',
  title: 'CCPA: categories sold or shared, or a statement that none were',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.115', 'Cal. Civ. Code §1798.115(c)(1)'), civ('1798.130', 'Cal. Civ. Code §1798.130(a)(5)(C)(i)'), ccr('7011(e)(1)(D)')],
  defaultSeverity: 'warning',
  section: SHARING_SECTION,
  hover: {
    summary: 'Say which categories of personal information you sold or shared in the last 12 months, or say plainly that you did neither. "Sharing" means passing data on for cross-context behavioural advertising, even without payment.',
    why: 'Since the CPRA, "we do not sell" is no longer enough: handing data to ad networks for cross-context advertising is "sharing", and people can opt out of it too.',
    good: 'Either a list of the categories sold or shared in the preceding 12 months (with the kinds of third parties that received each), or "In the past 12 months we have not sold or shared personal information".',
  },
  clause: { text: 'Selling and sharing: in the past 12 months we have [[not sold or shared any personal information / sold or shared the following categories: ...]], as "selling" and "sharing" are defined in the California Consumer Privacy Act.' },
  check(ctx) {
    const both = sentencesWhere(ctx, (s) => holds(SELL, s) && holds(SHARE, s) && holds(PI, s) && holds(ABOUT_PI, s), true);
    const sellOnly = sentencesWhere(ctx, (s) => holds(SELL, s) && holds(PI, s) && holds(ABOUT_PI, s) && !holds(BUSINESS_SALE, s));
    return decide({
      hits: both.filter((s) => !s.heading),
      partial: sellOnly,
      partialMessage: 'The policy speaks of selling personal information but not of sharing it. Since the CPRA, also say whether personal information was shared for cross-context behavioural advertising in the past 12 months (Cal. Civ. Code §1798.115(c)(1), 11 CCR §7011(e)(1)(D)).',
      missing: 'The policy does not say whether personal information was sold or shared in the past 12 months. List the categories sold or shared, or state that none were (Cal. Civ. Code §1798.115(c)(1), §1798.130(a)(5)(C)(i), 11 CCR §7011(e)(1)(D)).',
    });
  },
});
