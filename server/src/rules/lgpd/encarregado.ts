import { defineRule } from '../../core/rule';
import { anyContactIn } from '../cues';
import { sentencesWhere, underHeading } from '../outcome';
import { lgpd } from './cues';
import { holds } from '../sentences';

const OFFICER = /\bencarregad[oa]s?\b|\bData Protection Officer\b|\bDPO\b|\bperson in charge of (?:the )?(?:processing|personal data|data protection)\b/i;
const NOT_APPOINTED = /\b(?:not|no)\b[^.;]{0,40}\b(?:required|obliged|need) to (?:appoint|designate|name)\b/i;

export default defineRule({
  id: 'lgpd-encarregado',
  title: 'LGPD: identity and contact of the encarregado',
  kind: 'disclosure',
  regimes: ['lgpd'],
  citations: [lgpd('41, §1')],
  defaultSeverity: 'warning',
  section: { heading: /encarregad|Data Protection Officer|\bDPO\b|contact/i, title: 'Encarregado (Data Protection Officer)' },
  hover: {
    summary: 'Publish who your encarregado (the LGPD\'s data protection officer) is and how to reach them.',
    why: 'The encarregado is the channel between data subjects, the ANPD and the controller; the law asks for the identity and contact to be public, clear and objective.',
    good: 'The name of the person or service acting as encarregado and a direct contact (email or form). Small agents exempted by the ANPD may say they have none and give a channel instead.',
  },
  clause: { text: 'Our encarregado (data protection officer under the LGPD) is [[name of the person or service]], whom you can reach at [[email address or contact form]].' },
  check(ctx) {
    const named = sentencesWhere(ctx, OFFICER, true);
    const exempt = named.filter((s) => holds(NOT_APPOINTED, s));
    if (exempt.length) return { state: 'not-applicable', reason: 'the policy says no encarregado has to be appointed' };
    const reachable = ctx.doc.sentences.filter((s) => (holds(OFFICER, s) || underHeading(s, OFFICER)) && !s.heading && anyContactIn(ctx, s.span));
    if (reachable.length) return { state: 'satisfied', evidence: reachable.slice(0, 3).map((s) => s.span) };
    const prose = named.filter((s) => !s.heading);
    if (prose.length) {
      return { state: 'partial', message: 'The policy mentions an encarregado (data protection officer) but gives no way to reach them. Publish the identity and a contact (LGPD Art. 41, §1).', evidence: [prose[0].span], at: prose[0].span };
    }
    return { state: 'missing', message: 'The policy does not give the identity and contact details of the encarregado (data protection officer) (LGPD Art. 41, §1).' };
  },
});
