import { defineRule } from '../../core/rule';
import { sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ, LIMIT, NEGATION, ONLY_PERMITTED, SPI, spiInUse } from './cues';
import { holds } from '../sentences';

/** Use beyond the permitted purposes, negated with NEGATION: "we do not use it beyond", "not to infer characteristics". */
const BEYOND = /\b(?:beyond|other than|except|infer)/i;

export default defineRule({
  id: 'ccpa-right-to-limit',
  title: 'CCPA: right to limit use of sensitive personal information',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.121'), ccr('7011(e)(2)(E)'), ccr('7027(m)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'If you use sensitive personal information (precise location, government ID numbers, health, biometrics and the like) for more than the narrow purposes the regulations allow, California consumers can tell you to limit its use, and the policy must say so.',
    why: 'Sensitive data carries the highest risk; the right to limit lets people confine it to what is needed to serve them.',
    good: 'Either say that sensitive personal information is used only for the purposes permitted by 11 CCR §7027(m), or describe the right to limit and the "Limit the Use of My Sensitive Personal Information" link.',
  },
  clause: { text: 'Right to limit: you can tell us to use your sensitive personal information only for the purposes the law allows, such as providing the services you asked for, using the "Limit the Use of My Sensitive Personal Information" link at [[link or page]].' },
  check(ctx) {
    const limit = sentencesWhere(ctx, LIMIT);
    if (limit.length) return { state: 'satisfied', evidence: limit.slice(0, 3).map((s) => s.span) };
    const spi = sentencesWhere(ctx, SPI);
    const onlyPermitted = spi.filter((s) => holds(ONLY_PERMITTED, s) || (holds(NEGATION, s) && holds(BEYOND, s)));
    if (onlyPermitted.length) return { state: 'not-applicable', reason: 'the policy says sensitive personal information is used only for the purposes the regulations permit (11 CCR §7027(m))', notes: [{ span: onlyPermitted[0].span, note: 'No right to limit is needed when sensitive personal information is used only for the purposes listed in 11 CCR §7027(m).' }] };
    const uses = spiInUse(ctx);
    if (!uses.length) return { state: 'not-applicable', reason: 'the policy does not say that it collects or uses sensitive personal information' };
    const line = ctx.doc.lines.positionAt(uses[0].span.start).line + 1;
    return {
      state: 'missing',
      message: `The policy uses sensitive personal information (line ${line}) but neither limits it to the permitted purposes nor describes the right to limit its use. Do one or the other (Cal. Civ. Code §1798.121, 11 CCR §7011(e)(2)(E), §7027(m)).`,
      related: [{ span: uses[0].span, message: 'Sensitive personal information mentioned here' }],
    };
  },
});
