import { defineRule } from '../../core/rule';
import { RIGHT_WORD_ONLY, RIGHTS_FRAME } from '../cues';
import { decide, sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

const DELETE = /\bright to (?:delete|deletion|erasure|have (?:\w+ ){0,3}deleted)\b|\b(?:delete|deletion|erase|erasure|remove)\b[^.;]{0,60}\b(?:personal )?(?:information|data|records?)\b|\b(?:personal )?(?:information|data)\b[^.;]{0,40}\b(?:deleted|erased|removed)\b/i;
const NOT_A_RIGHT = /\bcookies?\b|\bbrowser\b/i;
/** "We delete logs after 30 days": our own housekeeping, not the reader's right, unless a request is in the sentence. */
const OUR_HOUSEKEEPING = /\bwe (?:automatically |routinely |regularly )?(?:delete|erase|remove)\b/i;
const ASK = /\b(?:request\w{0,3}|ask\w{0,3}|right|you can|you may)\b/i;
export const PERSON_MAY = /\b(?:users|consumers|individuals|members|customers|residents) (?:may|can|have)\b/i;

export default defineRule({
  id: 'ccpa-right-to-delete',
  title: 'CCPA: right to delete',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.105', 'Cal. Civ. Code §1798.105(b)'), ccr('7011(e)(2)(B)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'California consumers can ask you to delete the personal information you collected from them, subject to the exceptions the law allows.',
    why: 'The law requires the privacy policy to tell people this right exists; without it, few know they can ask.',
    good: 'Name the right to request deletion, say that some exceptions apply (for example legal obligations or completing a transaction), and point to how to make the request.',
  },
  clause: { text: 'Right to delete: you can ask us to delete the personal information we collected from you. We will do so unless a legal exception allows us to keep it, for example [[to complete a transaction or meet a legal obligation]].' },
  check(ctx) {
    return decide({
      hits: sentencesWhere(ctx, (s) => holds(DELETE, s) && !holds(NOT_A_RIGHT, s) && !(holds(OUR_HOUSEKEEPING, s) && !holds(ASK, s)) && (holds(RIGHTS_FRAME, s) || holds(PERSON_MAY, s) || holds(RIGHT_WORD_ONLY, s))),
      missing: 'The policy does not describe the right to request deletion of personal information (Cal. Civ. Code §1798.105(b), 11 CCR §7011(e)(2)(B)).',
    });
  },
});
