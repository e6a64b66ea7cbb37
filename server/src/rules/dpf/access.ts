import { defineRule } from '../../core/rule';
import type { Sentence } from '../../core/parse';
import { RIGHT_WORD_ONLY, RIGHTS_FRAME, RIGHTS_SECTION } from '../cues';
import { decide, sentencesWhere, underHeading } from '../outcome';
import { notice } from './cues';
import { holds } from '../sentences';

/** Access to one's own data: the right by name, a copy, or seeing what is held. */
const ACCESS =
  /\bright (?:of|to) access\b|\baccess requests?\b|\b(?:access|a copy of|copies of|review|view|see|obtain|find out)\b[^.;]{0,40}(?:\bpersonal (?:data|information)\b|\b(?:your|the) (?:\w+ ){0,2}(?:data|information|details)\b|\b(?:data|information|details) (?:we|that we) (?:hold|have|keep|store|process|maintain)\b|\b(?:data|information|details) (?:about|relating to|concerning) you\b)/i;
const PERSON = /\b(?:you|your|individuals?|data subjects?|users?|customers?|people)\b/i;
/** Access by staff or systems, a security measure, not the reader's right. */
const STAFF = /\b(?:employees|staff|personnel|authori[sz]ed (?:persons|people|employees|staff|personnel)|only (?:those|people|persons) who)\b/i;
/** Correcting or deleting without access: close to the topic but not the right the Notice Principle names. */
const CORRECT = /\b(?:correct|update|amend|rectify|edit|delete|erase)\b[^.;]{0,40}\b(?:your|personal) (?:\w+ ){0,2}(?:data|information|details|profile|account)\b/i;

export default defineRule({
  id: 'dpf-access',
  title: 'DPF: the right to access personal data',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('vii')],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'Tell people that they have the right to access the personal data you hold about them.',
    why: 'Access is how an individual in Europe finds out what a U.S. organisation actually holds; the Notice Principle requires the policy to say the right exists.',
    good: '"You can ask us for access to the personal data we hold about you. Write to ..." with the address, form or email that takes the request.',
  },
  clause: { text: 'You have the right to access the personal data we hold about you that we received under the Data Privacy Framework. To make a request, contact [[email address or form]].' },
  check(ctx) {
    const frame = (s: Sentence) => holds(RIGHTS_FRAME, s) || holds(RIGHT_WORD_ONLY, s);
    return decide({
      hits: sentencesWhere(ctx, (s) => holds(ACCESS, s) && holds(PERSON, s) && !holds(STAFF, s) && (frame(s) || underHeading(s, RIGHTS_SECTION.heading))),
      partial: sentencesWhere(ctx, (s) => holds(CORRECT, s) && holds(PERSON, s) && frame(s)),
      partialMessage: 'The policy lets people correct or delete their data but does not say that they can access it. State the right of access (DPF Notice Principle II.1.a(vii)).',
      missing: 'The policy does not tell people that they have the right to access their personal data (DPF Notice Principle II.1.a(vii)).',
    });
  },
});
