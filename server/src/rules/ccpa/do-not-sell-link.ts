import { defineRule, type DefectReport } from '../../core/rule';
import { sentencesWhere } from '../outcome';
import { holds } from '../sentences';
import { ccr, civ, DO_NOT_SELL_OLD, DO_NOT_SELL_OR_SHARE, sellingSentences } from './cues';

const OLD_GLOBAL = new RegExp(DO_NOT_SELL_OLD.source, 'g');
/** "Do Not Sell" in any case: a cheap necessary condition for DO_NOT_SELL_OLD. */
const DO_NOT_SELL_ANY_CASE = /Do Not Sell/i;

export default defineRule({
  id: 'ccpa-do-not-sell-link',
  title: 'CCPA: "Do Not Sell or Share My Personal Information" link',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.135', 'Cal. Civ. Code §1798.135(a)'), ccr('7013'), ccr('7015')],
  defaultSeverity: 'warning',
  section: { heading: /\bopt(?:-| )?out\b|\bDo Not Sell\b|\bsell|\bsale\b|\bshar|\bchoices\b/i, title: 'Do Not Sell or Share My Personal Information' },
  hover: {
    summary: 'A business that sells or shares personal information must offer a link titled "Do Not Sell or Share My Personal Information" (or the "Your Privacy Choices" alternative). The older title "Do Not Sell My Personal Information" predates the CPRA and leaves out sharing.',
    why: 'The exact title is what consumers learn to look for; a link that only mentions selling suggests that opting out does not stop sharing for advertising.',
    good: 'The link under its current title (or the "Your Privacy Choices" link and icon), pointing to a page where the opt-out takes effect.',
  },
  clause: { text: 'To opt out of the sale or sharing of your personal information, use the "Do Not Sell or Share My Personal Information" link at [[link]].' },
  check(ctx) {
    const defects: DefectReport[] = [];
    for (const s of ctx.doc.sentences) {
      if (!holds(DO_NOT_SELL_ANY_CASE, s)) continue;
      for (const m of s.text.matchAll(OLD_GLOBAL)) {
        const start = s.span.start + m.index!;
        defects.push({
          span: { start, end: start + m[0].length },
          message: 'This is the pre-CPRA title of the opt-out link. Since 2023 the link must read "Do Not Sell or Share My Personal Information", because consumers can also opt out of sharing for cross-context behavioural advertising (Cal. Civ. Code §1798.135(a)).',
          replacement: { title: 'Rename to "Do Not Sell or Share My Personal Information"', newText: 'Do Not Sell or Share My Personal Information' },
        });
      }
    }
    if (defects.length) return { state: 'defects', defects };
    const link = sentencesWhere(ctx, DO_NOT_SELL_OR_SHARE, true);
    if (link.length) return { state: 'satisfied', evidence: link.slice(0, 3).map((s) => s.span) };
    const selling = sellingSentences(ctx);
    if (!selling.length) return { state: 'not-applicable', reason: 'the policy does not say that it sells or shares personal information' };
    const line = ctx.doc.lines.positionAt(selling[0].span.start).line + 1;
    return {
      state: 'missing',
      message: `The policy says personal information is sold or shared (line ${line}) but gives no "Do Not Sell or Share My Personal Information" link. Add the link, or the "Your Privacy Choices" alternative (Cal. Civ. Code §1798.135(a), 11 CCR §7013).`,
      related: [{ span: selling[0].span, message: 'Selling or sharing mentioned here' }],
    };
  },
});
