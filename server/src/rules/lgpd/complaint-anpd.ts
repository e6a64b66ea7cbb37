import { defineRule } from '../../core/rule';
import { RIGHTS_SECTION } from '../cues';
import { sentencesWhere } from '../outcome';
import { lgpd } from './cues';
import { holds } from '../sentences';

const ANPD = /\bANPD\b|\bAutoridade Nacional de Prote\S{1,4} de Dados\b|\bNational (?:Data Protection Authority|Authority for (?:the )?Protection of (?:Personal )?Data)\b|gov\.br\/anpd/i;
const AUTHORITY = /\bsupervisory authorit\w{0,4}\b|\bdata protection (?:authorit\w{0,4}|regulators?|agenc(?:y|ies))\b|\b(?:privacy|data protection) regulators?\b|\b(?:national|competent) (?:\w+ ){0,2}(?:authorit\w{0,4}|regulators?)\b/i;
const PETITION = /\b(?:complain\w{0,4}|complaints?|petition\w{0,4}|lodge|file|report|concerns?|reclama\w{0,4}|right\b)/i;

export default defineRule({
  id: 'lgpd-complaint-anpd',
  title: 'LGPD: petition to the ANPD',
  kind: 'disclosure',
  regimes: ['lgpd'],
  citations: [lgpd('18, §1'), lgpd('9, VII')],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'People in Brazil can take a complaint about the processing of their data against the controller to the national authority, the ANPD (Autoridade Nacional de Proteção de Dados). The rights list should name it.',
    why: 'Art. 18 §1 gives the data subject the right to petition the ANPD; a reader told only about "a supervisory authority" may not know that in Brazil this is the ANPD.',
    good: '"If you are in Brazil, you can also petition the ANPD (Autoridade Nacional de Proteção de Dados) about our processing of your data."',
  },
  clause: { text: 'If you are in Brazil, you can also petition the national data protection authority, the ANPD (Autoridade Nacional de Proteção de Dados), about how we process your personal data (LGPD Art. 18, §1).' },
  check(ctx) {
    const anpd = sentencesWhere(ctx, (s) => holds(ANPD, s) && holds(PETITION, s));
    if (anpd.length) return { state: 'satisfied', evidence: anpd.slice(0, 3).map((s) => s.span) };
    const generic = sentencesWhere(ctx, (s) => holds(AUTHORITY, s) && holds(PETITION, s));
    if (generic.length) {
      return { state: 'partial', message: 'The complaint right names only a generic authority. For readers in Brazil, name the ANPD (Autoridade Nacional de Proteção de Dados) (LGPD Art. 18, §1).', evidence: [generic[0].span], at: generic[0].span };
    }
    return { state: 'missing', message: 'The policy does not tell readers in Brazil that they can petition the ANPD (Autoridade Nacional de Proteção de Dados) about the processing of their data (LGPD Art. 18, §1).' };
  },
});
