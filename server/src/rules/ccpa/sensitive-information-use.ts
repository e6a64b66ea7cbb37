import { defineRule } from '../../core/rule';
import { YOU_ONLY } from '../cues';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ, LIMIT, LIMIT_LINK, NEGATION, NO_SPI, ONLY_PERMITTED, spiInUse } from './cues';
import { holds } from '../sentences';

/** Saying it either way: beyond (or not beyond) the purposes of §7027(m), or to infer characteristics. */
const BEYOND = /\b(?:beyond|other than|outside|in addition to)\b[^.;]{0,80}\b(?:permitted|allowed|authori[sz]ed|listed|7027|purposes? (?:the )?(?:law|regulations?) (?:allows?|permits?))|\binfer(?:ring)? characteristics\b/i;
/** Sensitive information named more loosely: "information that is considered \u201csensitive\u201d under state law". */
const SPI_WIDE = /\bsensitive (?:personal )?(?:information|data)\b|\b(?:information|data)\b[^.;]{0,40}\bsensitive\b/i;
/** Saying it is not used beyond: "not used for purposes that would require a right to limit", "already used for limited purposes". */
const NOT_BEYOND = /\bright to limit\b|\bpurposes? that (?:would )?require\b|\blimited purposes\b|\bpermitted purposes\b/i;
/** "Used for limited purposes", stated without a negation. */
const LIMITED_PURPOSES = /\blimited purposes\b/i;
/** A way to use the right to limit: a link, a page, a form, an address. */
const MEANS = /\b(?:link|page|form|portal|settings|click\w{0,3}|visit\w{0,3}|by (?:calling|e-?mailing|writing|contacting)|at (?:https?:|www\.)|https?:\/\/)/i;

export default defineRule({
  id: 'ccpa-sensitive-information-use',
  title: 'CCPA: whether sensitive personal information is used beyond the permitted purposes',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [ccr('7011(e)(1)(K)'), ccr('7027(m)'), civ('1798.121')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'Say whether you use or disclose sensitive personal information (government ID numbers, account log-ins, precise location, health, biometrics, the contents of messages and the like) for any purpose beyond the short list the regulations allow in 11 CCR §7027(m). Saying that you collect none also answers the question.',
    why: 'The answer decides whether consumers get a right to limit: a reader can only tell whether that right applies to them if the policy says which side of the line you are on.',
    good: 'One plain sentence either way: "We use and disclose sensitive personal information only for the purposes listed in 11 CCR §7027(m)", or "We use precise location to tailor offers, which goes beyond those purposes; you can limit this use through the link ...".',
  },
  clause: { text: 'Sensitive personal information: we [[do not use or disclose / use or disclose]] sensitive personal information for purposes other than those permitted by 11 CCR §7027(m)[[; if you do, say which purposes and how to limit the use]].' },
  check(ctx) {
    const spi = sentencesWhere(ctx, SPI_WIDE);
    const stated = spi.filter((s) => holds(ONLY_PERMITTED, s) || holds(BEYOND, s) || (holds(NEGATION, s) && (holds(NO_SPI, s) || holds(NOT_BEYOND, s))) || holds(LIMITED_PURPOSES, s));
    const limitWithMeans = sentencesWhere(ctx, (s) => holds(LIMIT_LINK, s) || (holds(LIMIT, s) && holds(YOU_ONLY, s) && holdsWithNext(ctx, MEANS, s)));
    return decide({
      hits: [...stated, ...limitWithMeans],
      partial: [...spiInUse(ctx), ...sentencesWhere(ctx, LIMIT)],
      partialMessage: 'The policy mentions sensitive personal information but does not say whether it is used or disclosed for purposes beyond those permitted by 11 CCR §7027(m). State it either way (11 CCR §7011(e)(1)(K)).',
      missing: 'The policy does not say whether sensitive personal information is used or disclosed for purposes beyond those permitted by 11 CCR §7027(m). Add a statement either way, or say that you do not collect sensitive personal information (11 CCR §7011(e)(1)(K)).',
    });
  },
});
