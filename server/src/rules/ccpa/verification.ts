import { defineRule } from '../../core/rule';
import { decide, holdsWithNext, sentencesWhere, underHeading } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr } from './cues';
import { holds } from '../sentences';

/** Checking that a request comes from the consumer: "verify your identity", "a verifiable consumer request". */
const VERIFY =
  /\bverif(?:y|ies|ied|ying|ication)\b[^.;]{0,80}(?:\bidentit(?:y|ies)\b|\b(?:your|consumers?'?|privacy|the|such|each|any|these|this|a|every|their) (?:[\w-]{1,20} ){0,2}requests?\b|\bwho you (?:are|say)\b|\byou are (?:who|the (?:person|consumer))\b|\brequest(?:e|o)rs?\b)|\b(?:confirm|authenticat|validat)\w{0,4} (?:your|the consumer's|their|the requester's|the requestor's|his or her) identity\b|\bidentity (?:verification|check)\b|\bverifiable (?:consumer )?requests?\b|\bverification (?:process|procedure|steps?|methods?)\b/i;
/** What the consumer is asked for, or how the match is made. */
const WHAT =
  /\b(?:(?:ask|asks|asked|require|requires|need|needs) (?:you )?to (?:provide|give|send|submit|confirm)|you (?:will |may |would )?(?:need|have|be asked) to (?:provide|give|send|submit|confirm)|you must (?:provide|give|send|submit|confirm)|provide us with|provide (?:the following|two|three|proof|additional|some|certain)|you (?:submit|send|give)|supply|ask(?:s|ed)? (?:you )?(?:for|to)|requir(?:e|es|ing) (?:you|that you)|request (?:that you|additional|certain|some|your)|match\w{0,3}|compar\w{0,3}|sign(?:ing)? in|log(?:ging)? ?in|logged in|password|date of birth|government[- ]issued|government (?:ID|identification)|photo (?:ID|identification)|identification (?:document|card)|ID (?:card|document)|security questions?|notari[sz]ed|affidavit|declaration|under penalty of perjury|two-step|code (?:we|that we) (?:send|e-?mail|text)|(?:information|details|data) (?:we|that we) (?:already )?(?:have|hold|keep|maintain))\b/i;
const VERIFY_HEADING = /\bverif\w{0,8}\b/i;
/** Under a verification heading, what is verified: the identity, the person, the request. */
const VERIFIED_THING = /\b(?:identity|who you are|request)/i;

export default defineRule({
  id: 'ccpa-verification',
  title: 'CCPA: how requests are verified',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [ccr('7011(e)(3)(E)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'Describe, in general terms, how you check that a request to know, delete or correct really comes from the consumer it concerns, and what the consumer will have to give you for that check.',
    why: 'Verification protects people from strangers asking for their data, but an unexplained check can also be used to wear requesters down; telling people in advance what you will ask for keeps it fair and predictable.',
    good: 'What you compare and what you ask for: "we match two or three details you give us (for example your email address and a recent order number) against our records; for specific pieces of information we also ask for a signed declaration".',
  },
  clause: { text: 'How we verify requests: before we act on a request to know, delete or correct, we check that it comes from you by comparing [[details you give us, e.g. your email address and a recent order number]] with the information we already hold. [[If you have an account, signing in is enough.]] We use what you give us for the check only for that purpose.' },
  check(ctx) {
    const verify = sentencesWhere(ctx, (s) => holds(VERIFY, s) || (holds(VERIFIED_THING, s) && underHeading(s, VERIFY_HEADING)));
    return decide({
      hits: verify.filter((s) => holdsWithNext(ctx, WHAT, s)),
      partial: verify,
      partialMessage: 'The policy says requests will be verified but not how, or what the consumer must provide. Describe the verification process in general terms (11 CCR §7011(e)(3)(E)).',
      missing: 'The policy does not describe how requests to know, delete or correct are verified, or what information the consumer must provide (11 CCR §7011(e)(3)(E)).',
    });
  },
});
