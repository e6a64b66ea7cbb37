import { defineRule } from '../../core/rule';
import { sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ, DO_NOT_SELL_OLD, DO_NOT_SELL_OR_SHARE, OPT_OUT, sellingSentences } from './cues';
import { holds } from '../sentences';

export default defineRule({
  id: 'ccpa-right-to-opt-out',
  title: 'CCPA: right to opt out of sale or sharing',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.120'), ccr('7011(e)(2)(D)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'A business that sells personal information, or shares it for cross-context behavioural advertising, must tell California consumers they can opt out of that.',
    why: 'Opting out is the consumer\'s main lever against the data trade; it only works if the policy says it exists and how to use it.',
    good: 'Name the right to opt out of the sale and the sharing of personal information, and point to the "Do Not Sell or Share My Personal Information" link or another way to opt out.',
  },
  clause: { text: 'Right to opt out: you can tell us not to sell or share your personal information, using the "Do Not Sell or Share My Personal Information" link at [[link or page]] or by [[another method]].' },
  check(ctx) {
    const optOut = sentencesWhere(ctx, (s) => holds(OPT_OUT, s) || holds(DO_NOT_SELL_OR_SHARE, s) || holds(DO_NOT_SELL_OLD, s), true);
    const prose = optOut.filter((s) => !s.heading);
    if (prose.length) return { state: 'satisfied', evidence: prose.slice(0, 3).map((s) => s.span) };
    if (optOut.length) return { state: 'satisfied', evidence: [optOut[0].span] };
    const selling = sellingSentences(ctx);
    if (!selling.length) return { state: 'not-applicable', reason: 'the policy does not say that it sells or shares personal information' };
    const line = ctx.doc.lines.positionAt(selling[0].span.start).line + 1;
    return {
      state: 'missing',
      message: `The policy says personal information is sold or shared (line ${line}) but does not tell California consumers they can opt out. Describe the right to opt out of sale and sharing (Cal. Civ. Code §1798.120, 11 CCR §7011(e)(2)(D)).`,
      related: [{ span: selling[0].span, message: 'Selling or sharing mentioned here' }],
    };
  },
});
