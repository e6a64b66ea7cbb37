import { defineRule } from '../core/rule';
import { gdprArt } from './cues';
import { gdprArticle, rightRule } from './rightRule';

const base = rightRule({
  id: 'right-to-withdraw-consent',
  title: 'Right to withdraw consent',
  citations: [
    { label: 'GDPR Art. 7(3)', url: gdprArt(7) },
    { label: 'GDPR Art. 13(2)(c)', url: gdprArt(13) },
  ],
  cue: /\b(?:withdraw\w*|revok\w*|revocation|retract\w*|take back|cancel) (?:\w+ ){0,4}consent\b|\bconsent\b[^.]{0,80}\b(?:withdraw\w*|revok\w*|revocation|retract\w*)|withdrawal of (?:\w+ ){0,2}consent|(?:withdraw|revok|retract)\w* (?:\w+ ){0,3}(?:permission|authori[sz]ation|opt-in|agreement)|change (?:your|their|his or her) mind/i,
  strongCue: gdprArticle('7\\s?\\(3\\)'),
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
 * "we ask for your consent", cookie consent, opt-in. Every pattern is bounded.
 */
const RELIES_ON_CONSENT = [
  /\b(?:with|upon|on the basis of|based on|by|under|given|grant|give|gives|giving|provide|provided)(?: (?:your|their|his or her|the user's|the data subject's|explicit|express|prior|separate|specific|parental|such|this|that))?(?: \w+){0,2} consent\b/i,
  /\bwe (?:have|has|will have|obtain|obtained) (?:your |their |the )?(?:\w+ )?consent\b|\byour consent to\b|\byou (?:are|will be) (?:deemed to )?(?:consenting|agreeing) to\b|\bmanage (?:your )?consent\b/i,
  /\b(?:you|users?|visitors?) (?:hereby |expressly |explicitly )?(?:consent|consents|agree|agrees)\b[^.;]{0,40}\b(?:to (?:the|our|us|this|such|receiv|being|allow|process|collect|use|transfer|shar|cookies|store)\w*)/i,
  /\b(?:ask|asks|asked|asking|request|requests|requested|seek|seeks|obtain|obtains|obtained|get|gets|collect|collects|rely|relies|relying|require|requires|need|needs)\b (?:for |on |upon )?(?:your |their |his or her |the user's |the data subject's |explicit |express |prior |separate |specific |parental |opt-in )?(?:\w+ ){0,2}consent\b/i,
  /\bconsent (?:is|as|will be|serves as|forms) (?:the |our |a )?(?:\w+ ){0,2}(?:legal|lawful) (?:basis|ground)\b|\blegal (?:basis|bases|ground)\b[^.;]{0,100}\bconsent\b|\bconsent\b[^.;]{0,40}\bArt(?:icle|\.)? ?6 ?\(1\) ?\(?a\)?|\bArt(?:icle|\.)? ?6 ?\(1\) ?\(a\)/i,
  /\bcookie (?:consent|banner|preferences?|settings)\b|\bconsent (?:banner|management|manager|tool|preferences|settings|form|box|checkbox)\b/i,
  /\bopt(?:-| )in\b|\bwithout (?:your|their|the user's|prior|explicit) (?:\w+ )?consent\b|\bif you (?:agree|consent)\b|\bwhere you (?:have )?(?:agreed|consented)\b/i,
];

export function reliesOnConsent(text: string): boolean {
  return RELIES_ON_CONSENT.some((re) => re.test(text));
}

export default defineRule({
  ...base,
  check(ctx) {
    const outcome = base.check(ctx);
    if (outcome.state !== 'missing') return outcome;
    const relied = ctx.doc.sentences.find((s) => /\bconsent|\bopt(?:-| )in\b|\bcookie (?:banner|preferences?|settings)\b/i.test(s.text) && reliesOnConsent(s.text));
    if (!relied) return { state: 'not-applicable', reason: 'the policy does not rely on consent (no consent basis, "with your consent", cookie consent or opt-in)' };
    const line = ctx.doc.lines.positionAt(relied.span.start).line + 1;
    return { ...outcome, related: [{ span: relied.span, message: `Consent relied on here (line ${line})` }] };
  },
});
