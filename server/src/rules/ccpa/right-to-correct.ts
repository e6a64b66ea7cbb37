import { defineRule } from '../../core/rule';
import { RIGHT_WORD_ONLY, RIGHTS_FRAME } from '../cues';
import { decide, sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { PERSON_MAY } from './right-to-delete';
import { holds } from '../sentences';

const CORRECT = /\bright to (?:correct|correction|rectif\w{0,8})\b|\b(?:correct|correction of|rectify|rectification of|fix|amend)\b[^.;]{0,40}\binaccura\w{0,4}\b|\binaccura\w{0,4} (?:\w+ ){0,4}(?:corrected|rectified|fixed|amended)\b|\brequests? to correct\b|\b(?:information|data)\b[^.;]{0,60}\b(?:be |to be |get )(?:rectified|corrected)\b|\b(?:correct|rectify|amend)\b[^.;]{0,40}\b(?:personal )?(?:information|data)\b/i;

export default defineRule({
  id: 'ccpa-right-to-correct',
  title: 'CCPA: right to correct',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.106'), ccr('7011(e)(2)(C)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'California consumers can ask you to correct inaccurate personal information you hold about them.',
    why: 'The CPRA added this right in 2023; policies written before then often miss it, and wrong data can cost people credit, jobs or services.',
    good: 'Name the right to request correction of inaccurate personal information and how to ask for it.',
  },
  clause: { text: 'Right to correct: if personal information we hold about you is inaccurate, you can ask us to correct it, for example by [[how to ask: account settings, form or email]].' },
  check(ctx) {
    return decide({
      hits: sentencesWhere(ctx, (s) => holds(CORRECT, s) && (holds(RIGHTS_FRAME, s) || holds(PERSON_MAY, s) || holds(RIGHT_WORD_ONLY, s))),
      missing: 'The policy does not describe the right to correct inaccurate personal information (Cal. Civ. Code §1798.106, 11 CCR §7011(e)(2)(C)).',
    });
  },
});
