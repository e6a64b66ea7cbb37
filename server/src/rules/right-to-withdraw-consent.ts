import { defineRule } from '../core/rule';
import { gdprArt } from './cues';
import { rightRule } from './rightRule';
import { holds } from './sentences';

const base = rightRule({
  id: 'right-to-withdraw-consent',
  title: 'Right to withdraw consent',
  citations: [
    { label: 'GDPR Art. 7(3)', url: gdprArt(7) },
    { label: 'GDPR Art. 13(2)(c)', url: gdprArt(13) },
  ],
  cue: /\b(?:withdraw\w*|revok\w*|revocation|retract\w*|take back|cancel) (?:\w+ ){0,4}consent\b|\bconsent\b[^.]{0,80}\b(?:withdraw\w*|revok\w*|revocation|retract\w*)|withdrawal of (?:\w+ ){0,2}consent|(?:withdraw|revok|retract)\w* (?:\w+ ){0,3}(?:permission|authori[sz]ation|opt-in|agreement)|take back (?:your |that |this |the |their )?(?:permission|authori[sz]ation|agreement)\b|take (?:your |that |this |the |their )?(?:consent|permission|authori[sz]ation|agreement) back\b|change (?:your|their|his or her) mind/i,
  article: '7\\s?\\(3\\)',
  needsFrame: false,
  missing: 'The policy relies on consent but does not say people can withdraw their consent. State that consent can be withdrawn at any time, without affecting earlier processing (GDPR Art. 7(3), 13(2)(c)).',
  hover: {
    summary: 'Where you rely on consent, people can withdraw it at any time, as easily as they gave it; withdrawal does not make earlier processing unlawful. The rule applies only when the policy relies on consent.',
    why: 'Consent is only valid if it can be taken back; the notice must say so wherever consent is a legal basis (Art. 13(2)(c)).',
    good: 'Say that consent can be withdrawn at any time, how (settings, unsubscribe link, email), and that earlier processing stays lawful.',
  },
  clause: 'Withdrawing consent: where we process your personal data on the basis of your consent, you can withdraw it at any time, for example by [[how to withdraw: settings page, link or email]]. Withdrawal does not affect processing carried out before you withdrew (GDPR Art. 7(3)).',
});

/**
 * Wording that shows the policy relies on consent: consent as a legal basis, "with your consent", "you consent to",
 * "we ask for your consent", cookie consent, opt-in, and the same with "permission", "authorise" or "agree" when it
 * is agreement to the processing itself (not to the terms of the policy). Every pattern is bounded.
 */
const RELIES_ON_CONSENT = [
  /\b(?:with|upon|on the basis of|based on|by|under|given|grant|give|gives|giving|provide|provided)(?: (?:your|their|his or her|the user's|the data subject's|explicit|express|prior|separate|specific|parental|such|this|that))?(?: \w+){0,2} consent\b/i,
  /\bwe (?:have|has|will have|obtain|obtained) (?:your |their |the )?(?:\w+ )?consent\b|\byour consent to\b|\byou (?:are|will be) (?:deemed to )?consenting to\b|\bmanage (?:your )?consent\b/i,
  /\b(?:you|users?|visitors?) (?:hereby |expressly |explicitly )?(?:consent|consents)\b[^.;]{0,40}\b(?:to (?:the|our|us|this|such|receiv|being|allow|process|collect|use|transfer|shar|cookies|store)\w*)/i,
  /\b(?:ask|asks|asked|asking|request|requests|requested|seek|seeks|obtain|obtains|obtained|get|gets|collect|collects|rely|relies|relying|require|requires|need|needs)\b (?:for |on |upon )?(?:your |their |his or her |the user's |the data subject's |explicit |express |prior |separate |specific |parental |opt-in )?(?:\w+ ){0,2}consent\b/i,
  /\bconsent (?:is|as|will be|serves as|forms) (?:the |our |a )?(?:\w+ ){0,2}(?:legal|lawful) (?:basis|ground)\b|\blegal (?:basis|bases|ground)\b[^.;]{0,100}\bconsent\b|\bconsent\b[^.;]{0,40}\bArt(?:icle|\.)? ?6 ?\(1\) ?\(?a\)?|\bArt(?:icle|\.)? ?6 ?\(1\) ?\(a\)/i,
  /\bcookie (?:consent|banner|preferences?|settings)\b|\bconsent (?:banner|management|manager|tool|preferences|settings|form|box|checkbox)\b/i,
  /\bopt(?:-| )in\b|\bwithout (?:your|their|the user's|prior|explicit) (?:\w+ )?consent\b|\b(?:if|unless|where|once|provided) you (?:have )?(?:agree|agreed|consent|consented)\b(?! (?:to|with) (?:the |these |this |our |all )?(?:terms|polic|conditions|privacy|notice|statement|agreement|rules))/i,
  // Permission given for the processing: "with your permission", "we ask your permission", "unless you give us permission".
  /\b(?:with|upon|given|have|has|had|obtain\w{0,3}|get|gets|getting|receiv\w{0,3}) (?:your|the user's|the data subject's) (?:\w+ ){0,2}permission\b|\b(?:ask|asks|asked|asking|request|requests|requested|seek|seeks|sought|need|needs)(?: you| users?)?(?: for)? (?:your |the user's )?(?:\w+ ){0,2}permission\b|\b(?:you|users?) (?:\w+ ){0,2}(?:give|gives|gave|given|grant|grants|granted|provide|provides) (?:us |\w+ )?(?:your )?(?:\w+ )?permission\b/i,
  // Our own practice held back until the person agrees: "we will not publish your address without permission".
  /\bwithout (?:your|the user's|first getting your|first obtaining your|prior|explicit|express) (?:\w+ ){0,2}permission\b|\b(?:we|I) (?:will|shall|do|would|never)(?: not|n't)?\b[^.;]{0,80}\bwithout (?:\w+ ){0,2}(?:permission|consent|authori[sz]ation)\b/i,
  // Agreement to the processing itself, including deemed agreement ("by using the app you agree to the collection of ...").
  /\b(?:you|users?) (?:hereby |expressly |explicitly |also |fully |are |will be )?(?:agree|agrees|agreeing|accept|accepts|accepting)\b (?:to (?:the |our |us |such |this |any )?(?:\w+ ){0,2}?(?:collect|process|use of|using|transfer|shar|disclos|stor|receiv)\w*|that (?:your |the |such |any |all )?(?:\w+ ){0,3}(?:is|are|will be|may be|can be) (?:collected|processed|used|transferred|shared|disclosed|stored|sent))/i,
  // Cookies accepted in a banner or prompt (not a browser set to accept cookies).
  /\b(?:if|when|once|after|where|unless) you (?:\w+ )?(?:accept|allow|agree to|consent to) (?:all |our |the |these )?(?:\w+ )?cookies\b/i,
  // Authorisation of a use: "purposes you later authorise", "you authorise us to use and share ...".
  /\bpurposes? (?:that |which )?(?:you|the individual|the user|the data subject|individuals|users) (?:\w+ ){0,2}(?:authori[sz]\w{1,3}|consent\w{0,2} to|agree\w{0,2} to)|\byou (?:hereby |expressly |explicitly )?authori[sz]e (?:us|\w+) to (?:use|process|share|collect|disclose|transfer|store|send)\b/i,
];

/** A sentence worth testing: it names consent or one of its synonyms. */
const CONSENT_WORD = /\bconsent|\bopt(?:-| )in\b|\bcookie (?:banner|preferences?|settings)\b|\bpermission|\bagree|\baccept|\bauthori[sz]/i;

/** Permission given to someone acting for the person (an authorised agent) is not consent to our processing. */
const AGENT = /\bauthori[sz]ed (?:agent|representative)s?\b|\bagents?\b[^.;]{0,60}\bpermission\b/i;

export function reliesOnConsent(text: string): boolean {
  return !AGENT.test(text) && RELIES_ON_CONSENT.some((re) => re.test(text));
}

export default defineRule({
  ...base,
  check(ctx) {
    const outcome = base.check(ctx);
    if (outcome.state !== 'missing') return outcome;
    const relied = ctx.doc.sentences.find((s) => holds(CONSENT_WORD, s) && reliesOnConsent(s.text));
    if (!relied) return { state: 'not-applicable', reason: 'the policy does not rely on consent (no consent basis, "with your consent" or "permission", agreement to the processing, cookie consent or opt-in)' };
    const line = ctx.doc.lines.positionAt(relied.span.start).line + 1;
    return { ...outcome, related: [{ span: relied.span, message: `Consent relied on here (line ${line})` }] };
  },
});
