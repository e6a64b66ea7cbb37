import { defineRule } from '../../core/rule';
import { firstSentencesWhere, underHeading } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ, sellingSentences } from './cues';
import { holds } from '../sentences';

/** Consumers under 16 (or under 18, which includes them), teenagers, minors; "minor changes" is not about age. */
const UNDER_16 =
  /\b(?:under|younger than|below|less than|not yet) (?:the age of |age |)(?:16|sixteen|18|eighteen)\b|\bunder[- ](?:16|18)s?\b|\b(?:16|sixteen|18|eighteen)(?: years)? (?:of age|old) or (?:younger|under)\b|\b(?:aged?|between(?: the ages of)?) (?:13|thirteen) (?:to|through|and|-|–) (?:15|16|fifteen|sixteen)\b|\bminors\b|\b(?:a|any|the) minor\b(?! (?:changes?|updates?|edits?|revisions?|amendments?|corrections?))|\bteen(?:ager)?s\b/i;
/** The business selling or sharing: "we do not sell", "the sale of", "sharing of the personal information of". */
const SALE_BY_US =
  /\b(?:sell|sells|sold|selling|sale|sales)\b|\b(?:we|us)\b[^.;]{0,60}\bshar(?:e|es|ed|ing)\b|\bshar(?:e|es|ed|ing)\b[^.;]{0,40}\b(?:personal information|personal data|data|information) (?:of|about|belonging to)\b|\bsharing of\b/i;
/** "We do not knowingly collect information from anyone under 16": no actual knowledge of selling it either. */
const NOT_KNOWINGLY = /\b(?:not|never)\b[^.;]{0,20}\b(?:knowingly|intentionally|deliberately)\b[^.;]{0,20}\b(?:collect|process|obtain|target|gather|receive)\w{0,3}\b|\b(?:do|does|will) not (?:knowingly |intentionally )?(?:collect|process|obtain|gather|receive)\b[^.;]{0,60}\b(?:from|about|of)\b/i;
/** Selling goods to young people is not selling their personal information. */
const PI = /\b(?:information|data|details)\b/i;
/** Children in general, or the COPPA age of 13: near the topic, but not the statement the regulations ask for. */
const CHILDREN = /\bchild(?:ren)?(?:'s)?\b|\bkids\b|\bunder (?:the age of )?(?:13|thirteen)\b|\bparental consent\b/i;

export default defineRule({
  id: 'ccpa-minors',
  title: 'CCPA: selling or sharing the personal information of consumers under 16',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [ccr('7011(e)(1)(G)'), ccr('7011(e)(3)(I)'), civ('1798.120')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'A business that sells or shares personal information must say whether it has actual knowledge that it sells or shares the personal information of consumers under 16. If it does, the policy must also describe the opt-in that the law requires before that happens (the young consumer, or for a child under 13 a parent or guardian, has to agree first).',
    why: 'Below 16 the default flips: a young person\'s data may be sold or shared only after an opt-in. The statement tells families which default the business works under.',
    good: '"We do not sell or share the personal information of consumers we know to be under 16", or, if you do, a description of how the opt-in is obtained and how it can be withdrawn.',
  },
  clause: { text: 'Consumers under 16: we [[do not have actual knowledge that we sell or share / sell or share, only after an opt-in,]] the personal information of consumers under 16 years of age.[[ If you do: describe the opt-in process (11 CCR §7070, §7071), including how a parent or guardian opts in for a child under 13.]]' },
  check(ctx) {
    // Three sentences are all the outcome keeps, so the searches stop there.
    const stated = firstSentencesWhere(ctx, (s) => (holds(SALE_BY_US, s) && holds(PI, s) && (holds(UNDER_16, s) || underHeading(s, UNDER_16))) || (holds(UNDER_16, s) && holds(NOT_KNOWINGLY, s)), 3);
    if (stated.length) return { state: 'satisfied', evidence: stated.slice(0, 3).map((s) => s.span) };
    const selling = sellingSentences(ctx);
    if (!selling.length) return { state: 'not-applicable', reason: 'the policy does not say that it sells or shares personal information' };
    const near = firstSentencesWhere(ctx, (s) => holds(UNDER_16, s) || holds(CHILDREN, s), 3);
    if (near.length) {
      return {
        state: 'partial',
        message: 'The policy speaks of children or minors but does not say whether you sell or share the personal information of consumers under 16. Say whether you have actual knowledge that you do, and if so describe the opt-in (11 CCR §7011(e)(1)(G), (e)(3)(I)).',
        evidence: near.slice(0, 3).map((s) => s.span),
        at: near[0].span,
      };
    }
    const line = ctx.doc.lines.positionAt(selling[0].span.start).line + 1;
    return {
      state: 'missing',
      message: `The policy says personal information is sold or shared (line ${line}) but not whether this includes consumers under 16. Say whether you have actual knowledge that you sell or share their personal information, and if so describe the opt-in (11 CCR §7011(e)(1)(G), (e)(3)(I)).`,
      related: [{ span: selling[0].span, message: 'Selling or sharing mentioned here' }],
    };
  },
});
