import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { DPF_SECTION, notice } from './cues';
import { holds } from '../sentences';

const ENFORCER = /\bFederal Trade Commission\b|\bFTC\b|\b(?:U\.S\. )?Department of Transportation\b|\bDoT\b/;
const POWERS = /\b(?:investigat\w{0,6}|enforc\w{0,6}|jurisdiction|regulatory (?:authority|powers)|subject to)\b/i;

export default defineRule({
  id: 'dpf-enforcement',
  title: 'DPF: the U.S. authority with enforcement powers',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('x')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say which U.S. authority can investigate you and enforce your Framework commitments: usually the Federal Trade Commission, for airlines and ticket agents the Department of Transportation.',
    why: 'The Framework works because a U.S. regulator can sanction a participant that breaks its promises; readers should know which one.',
    good: '"We are subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission."',
  },
  clause: { text: 'We are subject to the investigatory and enforcement powers of the U.S. [[Federal Trade Commission / Department of Transportation]].' },
  check(ctx) {
    const named = sentencesWhere(ctx, ENFORCER);
    return decide({
      hits: named.filter((s) => holds(POWERS, s)),
      partial: named,
      partialMessage: 'The policy names a U.S. authority but does not say that you are subject to its investigatory and enforcement powers (DPF Notice Principle II.1.a(x)).',
      missing: 'The policy does not say which U.S. authority (the FTC or the Department of Transportation) can investigate and enforce your Data Privacy Framework commitments (DPF Notice Principle II.1.a(x)).',
    });
  },
});
