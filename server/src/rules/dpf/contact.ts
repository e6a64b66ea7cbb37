import { defineRule } from '../../core/rule';
import { holdsWithNext, sentencesWhere, underHeading } from '../outcome';
import { contactNear, DPF_SECTION, notice, ownContactIn } from './cues';
import { holds } from '../sentences';

/** Inquiries and complaints, in their usual words. */
const INQUIRY = /\b(?:questions?|inquir(?:y|ies)|enquir(?:y|ies)|complain\w{0,3}|complaints?|concerns?|disputes?|grievances?|unhappy|dissatisfied|not (?:happy|satisfied)|problems?|feedback)\b/i;
const CONTACT_HEADING = /\bcontact\w{0,3}\b|\breach(?:ing)? us\b|\bget in touch\b|\bquestions\b|\bcomplaints?\b|\binquir(?:y|ies)\b/i;
const CONTACT_WORDS = /\bcontact (?:us|our|the|me)\b|\breach us\b|\bwrite to us\b|\bget in touch\b|\blet us know\b/i;

export default defineRule({
  id: 'dpf-contact',
  title: 'DPF: contact for inquiries and complaints',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('v')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Tell people how to reach you with questions or complaints about the personal data you receive under the Framework, and name any office in the EU that can answer them.',
    why: 'The Framework expects complaints to go to the organisation first, with an answer within 45 days; that only works if the policy says where to send them.',
    good: '"Questions or complaints about our handling of personal data under the Data Privacy Framework can be sent to privacy@... or to our EU office at ...".',
  },
  clause: { text: 'If you have a question or a complaint about how we handle personal data under the Data Privacy Framework, contact us at [[email address or postal address]][[, or our office in the EU: address]].' },
  check(ctx) {
    const invited = sentencesWhere(ctx, (s) => holdsWithNext(ctx, INQUIRY, s) && contactNear(ctx, s));
    const underContact = sentencesWhere(ctx, (s) => underHeading(s, CONTACT_HEADING) && ownContactIn(ctx, s.span));
    const hits = [...invited, ...underContact];
    if (hits.length) return { state: 'satisfied', evidence: hits.slice(0, 3).map((s) => s.span) };
    const bare = sentencesWhere(ctx, (s) => holds(INQUIRY, s) && holds(CONTACT_WORDS, s));
    if (bare.length) {
      return { state: 'partial', message: 'The policy invites questions or complaints but gives no address, email or phone number to send them to (DPF Notice Principle II.1.a(v)).', evidence: bare.slice(0, 3).map((s) => s.span), at: bare[0].span };
    }
    const anyContact = sentencesWhere(ctx, (s) => ownContactIn(ctx, s.span));
    if (anyContact.length) {
      return { state: 'partial', message: 'The policy gives contact details but does not say that inquiries and complaints about personal data can be sent there. Say where to send them (DPF Notice Principle II.1.a(v)).', evidence: [anyContact[0].span], at: anyContact[0].span };
    }
    return { state: 'missing', message: 'The policy does not say how to contact the organisation with inquiries or complaints about personal data, or name a relevant establishment in the EU (DPF Notice Principle II.1.a(v)).' };
  },
});
