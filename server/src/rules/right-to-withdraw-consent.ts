import { gdprArt } from './cues';
import { gdprArticle, rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-withdraw-consent',
  title: 'Right to withdraw consent',
  citations: [
    { label: 'GDPR Art. 7(3)', url: gdprArt(7) },
    { label: 'GDPR Art. 13(2)(c)', url: gdprArt(13) },
  ],
  cue: /\b(?:withdraw\w*|revok\w*|revocation|retract\w*|take back|cancel) (?:\w+ ){0,4}consent\b|\bconsent\b[^.]{0,80}\b(?:withdraw\w*|revok\w*|revocation|retract\w*)|withdrawal of (?:\w+ ){0,2}consent|(?:withdraw|revok|retract)\w* (?:\w+ ){0,3}(?:permission|authori[sz]ation|opt-in|agreement)|change (?:your|their|his or her) mind/i,
  strongCue: gdprArticle('7\\s?\\(3\\)'),
  needsFrame: false,
  missing: 'The policy does not say people can withdraw their consent. State that consent can be withdrawn at any time, without affecting earlier processing (GDPR Art. 7(3), 13(2)(c)).',
  hover: {
    summary: 'Where you rely on consent, people can withdraw it at any time, as easily as they gave it; withdrawal does not make earlier processing unlawful.',
    why: 'Consent is only valid if it can be taken back; the notice must say so wherever consent is a legal basis (Art. 13(2)(c)).',
    good: 'Say that consent can be withdrawn at any time, how (settings, unsubscribe link, email), and that earlier processing stays lawful.',
  },
  clause: 'Withdrawing consent: where we process your personal data on the basis of your consent, you can withdraw it at any time, for example by [[how to withdraw: settings page, link or email]]. Withdrawal does not affect processing carried out before you withdrew (GDPR Art. 7(3)).',
});
