import { defineRule } from '../../core/rule';
import { RIGHT_WORD_ONLY, RIGHTS_SECTION } from '../cues';
import { sentencesWhere } from '../outcome';
import { ukGdpr } from './cues';
import { holds } from '../sentences';

const ICO = /\bInformation Commissioner\w{0,2}\b|\bICO\b|ico\.org\.uk|\bInformation Commission\b/i;
const AUTHORITY = /\bsupervisory authorit\w{0,4}\b|\bdata protection (?:authorit\w{0,4}|regulator|commission\w{0,3})\b|\b(?:privacy|data protection) regulator\b|\bregulator\b/i;
const COMPLAIN = /\b(?:complain\w{0,4}|complaints?|lodge|concerns?|report)\b/i;
/** The ICO's website. */
const ICO_SITE = /ico\.org\.uk/i;

export default defineRule({
  id: 'uk-complaint-ico',
  title: 'UK GDPR: complaints to the ICO',
  kind: 'disclosure',
  regimes: ['uk-gdpr'],
  citations: [ukGdpr('13(2)(d)'), ukGdpr('77')],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'For people in the UK, the supervisory authority is the Information Commissioner (the ICO). The complaint right should name it and say how to reach it.',
    why: 'A UK reader told to contact "a supervisory authority" may not know which one; naming the ICO and its website makes the right usable.',
    good: '"You can complain to the Information Commissioner\'s Office (ICO), the UK supervisory authority, at https://ico.org.uk/make-a-complaint/."',
  },
  clause: { text: 'If you are in the UK, you can complain to the Information Commissioner\'s Office (ICO), the UK data protection regulator, at https://ico.org.uk/make-a-complaint/ [[or by phone on the number shown there]].' },
  check(ctx) {
    const ico = sentencesWhere(ctx, (s) => holds(ICO, s) && (holds(COMPLAIN, s) || holds(RIGHT_WORD_ONLY, s) || holds(ICO_SITE, s)));
    if (ico.length) return { state: 'satisfied', evidence: ico.slice(0, 3).map((s) => s.span) };
    const generic = sentencesWhere(ctx, (s) => holds(AUTHORITY, s) && holds(COMPLAIN, s));
    if (generic.length) {
      return { state: 'partial', message: 'The complaint right names only a generic supervisory authority. For UK readers, name the Information Commissioner\'s Office (ICO) and its website (UK GDPR Art. 13(2)(d), 77).', evidence: [generic[0].span], at: generic[0].span };
    }
    return { state: 'missing', message: 'The policy does not tell UK readers that they can complain to the Information Commissioner\'s Office (ICO) (UK GDPR Art. 13(2)(d), 77).' };
  },
});
