import { defineRule } from '../../core/rule';
import { decide, sentencesWhere, underHeading } from '../outcome';
import { ccr, civ, NEGATION, SHARING_SECTION } from './cues';
import { holds } from '../sentences';

const DISCLOSE =
  /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|sell|sells|sold|selling|provide|provides|provided|transfer|transfers|transferred|make (?:\w+ ){0,2}available|made available|pass|passes|passed|give|gives|given)\b|\brecipients?\b|\bcategories of third parties\b/i;
/** Kinds of recipients, as the regulations' examples name them: not just "third parties" or "partners". */
const CATEGORY =
  /\b(?:service providers?|contractors?|(?:data )?processors?|advertising (?:networks?|partners?|companies|providers?)|ad networks?|ad tech (?:companies|vendors|providers)|analytics (?:providers?|companies|services?)|data (?:brokers?|analytics providers?|resellers?)|internet service providers?|operating systems?(?: and platforms)?|social (?:media|networks?)(?: (?:companies|platforms|networks))?|affiliates?\b|affiliated (?:companies|entities|organi[sz]ations|businesses)|subsidiar\w{0,4}|(?:corporate )?parent compan\w{0,3}|government (?:entities|agencies|authorities|bodies)|law enforcement|regulators?|public authorit(?:y|ies)|payment (?:processors?|providers?|services?)|hosting (?:providers?|services?)|cloud (?:providers?|services?)|marketing (?:partners?|agencies|providers?|companies)|(?:delivery|shipping|logistics) (?:companies|partners|providers|services)|carriers?|couriers?|auditors?|(?:professional )?advis[oe]rs?|lawyers?|accountants?|insurers?|business partners?|joint marketing partners?|co-?branded partners?|consumer reporting agencies|credit (?:bureaus?|reporting agencies)|fraud prevention (?:services?|providers?)|customer (?:support|service) (?:providers?|vendors?)|vendors?|suppliers?)\b/i;
/** About personal information, not goods: "our suppliers provide spare parts" names no recipient of data. */
const PI = /\b(?:information|data|details|identifiers|it|them)\b/i;
const GENERIC = /\bthird[- ]part(?:y|ies)\b|\bpartners?\b|\bother (?:companies|businesses|organi[sz]ations|entities)\b/i;
const RECIPIENT_HEADING = /\bcategories of (?:third parties|recipients)\b|\brecipients?\b|\bwho (?:we|do we) (?:share|disclose)|\bwho (?:receives|gets|sees)\b|\bthird parties\b|\b(?:sharing|disclosure) of (?:your |personal )?(?:information|data)\b/i;
/** "We do not disclose personal information to third parties." */
const NONE = /\b(?:disclose|share|sell|provide|give|pass)\w{0,3}\b[^.;]{0,60}\b(?:third[- ]part(?:y|ies)|anyone|other companies)\b/i;
/** Personal information or data (not goods) is what the no-disclosure statement is about. */
const PERSONAL_INFO = /\b(?:personal )?(?:information|data)\b/i;

export default defineRule({
  id: 'ccpa-third-party-categories',
  title: 'CCPA: categories of third parties personal information is disclosed to',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.130', 'Cal. Civ. Code §1798.130(a)(5)(B)(iv)'), ccr('7011(e)(1)(E)'), ccr('7011(e)(1)(I)')],
  defaultSeverity: 'warning',
  section: SHARING_SECTION,
  hover: {
    summary: 'Name the kinds of recipients (service providers, advertising networks, data analytics providers, affiliates, government entities and so on) to which you sold, shared or disclosed personal information, ideally next to each category of information.',
    why: '"Third parties" alone tells a reader nothing about where the data goes; the kinds of recipients let them judge the risk and what a request to know or an opt-out will reach.',
    good: 'A table: category of personal information, the kinds of third parties it was sold or shared to, and the kinds it was disclosed to for a business purpose, covering the last 12 months.',
  },
  clause: { text: 'Who receives it: in the past 12 months we disclosed personal information to these categories of third parties: [[e.g. service providers for hosting and payments; advertising networks; government entities where the law requires]].[[ For each category of personal information, say which of them received it.]]' },
  check(ctx) {
    const disclosures = sentencesWhere(ctx, (s) => (holds(DISCLOSE, s) && holds(PI, s)) || underHeading(s, RECIPIENT_HEADING));
    return decide({
      hits: [...disclosures.filter((s) => holds(CATEGORY, s)), ...sentencesWhere(ctx, (s) => holds(NEGATION, s) && holds(NONE, s) && holds(PERSONAL_INFO, s))],
      partial: disclosures.filter((s) => holds(GENERIC, s) && holds(DISCLOSE, s)),
      partialMessage: 'The policy says personal information goes to "third parties" or "partners" without naming their kinds. List the categories of third parties it was sold, shared or disclosed to (Cal. Civ. Code §1798.130(a)(5)(B)(iv), 11 CCR §7011(e)(1)(E), (I)).',
      missing: 'The policy does not name the categories of third parties to which personal information is sold, shared or disclosed (Cal. Civ. Code §1798.130(a)(5)(B)(iv), 11 CCR §7011(e)(1)(E), (I)).',
    });
  },
});
