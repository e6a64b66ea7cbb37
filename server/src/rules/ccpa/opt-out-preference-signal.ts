import { defineRule } from '../../core/rule';
import { decide, firstSentencesWhere } from '../outcome';
import { holds } from '../sentences';
import { ccr, civ, noSaleSentences, sellingSentences } from './cues';

const OOPS = /\bGlobal Privacy Control\b|\bGPC\b|\bopt-out preference signals?\b|\b(?:browser|device|universal) (?:privacy |opt-out )?(?:signals?|controls?)\b[^.;]{0,80}\b(?:opt(?:-| )?out|sale|sell|shar)/i;
const DNT = /\bDo Not Track\b|\bDNT\b/i;
/** Sharing ("share", "shared", "sharing"): a no-sale statement that also covers sharing. */
const SHAR = /\bshar/i;

export default defineRule({
  id: 'ccpa-opt-out-preference-signal',
  title: 'CCPA: opt-out preference signals (Global Privacy Control)',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [ccr('7011(e)(3)(F)'), ccr('7025'), civ('1798.135', 'Cal. Civ. Code §1798.135(b)')],
  defaultSeverity: 'warning',
  section: { heading: /\bopt(?:-| )?out\b|\bsignals?\b|\bDo Not (?:Sell|Track)\b|\bchoices\b|\brights?\b/i, title: 'Opt-out preference signals' },
  hover: {
    summary: 'Explain how you handle an opt-out preference signal such as Global Privacy Control: that you treat it as a request to opt out of sale and sharing, and for what (the browser, the device, the account if known).',
    why: 'A signal sent by the browser opts a person out everywhere at once; the regulations require businesses that sell or share to honour it and to explain how.',
    good: '"We treat a Global Privacy Control signal as a request to opt out of the sale and sharing of personal information linked to that browser and, if you are logged in, to your account."',
  },
  clause: { text: 'Opt-out preference signals: if your browser or device sends a Global Privacy Control signal, we treat it as a request to opt out of the sale and sharing of personal information for that browser or device[[, and for your account when you are signed in]].' },
  check(ctx) {
    // The outcome keeps three hits (or three partial sentences, read only when there is no hit): each search stops there.
    const hits = firstSentencesWhere(ctx, OOPS, 3);
    if (!hits.length && !sellingSentences(ctx).length && noSaleSentences(ctx).some((s) => holds(SHAR, s))) {
      return { state: 'not-applicable', reason: 'the policy says it neither sells nor shares personal information' };
    }
    return decide({
      hits,
      partial: hits.length ? [] : firstSentencesWhere(ctx, DNT, 3),
      partialMessage: 'The policy speaks of "Do Not Track" only. Do Not Track is not an opt-out preference signal under the CCPA; explain how you process signals such as Global Privacy Control (11 CCR §7011(e)(3)(F), §7025).',
      missing: 'The policy does not explain how it processes opt-out preference signals such as Global Privacy Control (11 CCR §7011(e)(3)(F), §7025, Cal. Civ. Code §1798.135(b)).',
    });
  },
});
