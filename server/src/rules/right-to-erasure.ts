import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-erasure',
  title: 'Right to erasure',
  citations: [
    { label: 'GDPR Art. 17', url: gdprArt(17) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:eras(?:e|ure|ing)|delet(?:e|ion|ing)|be forgotten|remov(?:e|al|ing) (?:\w+ ){0,3}(?:data|information|account|details)|destr(?:oy|uction) (?:\w+ ){0,3}(?:data|information))\b/i,
  needsFrame: true,
  notCue: /\b(?:we (?:will |may |automatically )?(?:delete|erase) (?:\w+ ){0,4}(?:after|within|once|when) (?:\d|\w+ (?:days|months|years)))/i,
  missing: 'The policy does not say people can have their data deleted. State the right to erasure ("right to be forgotten", GDPR Art. 17).',
  hover: {
    summary: 'People can have their personal data erased, for example when it is no longer needed or when they withdraw consent.',
    why: 'Erasure limits the harm of data kept longer than needed; the notice must name the right (Art. 13(2)(b)).',
    good: 'Say that people can ask you to delete their data, how to ask, and what you may have to keep by law.',
  },
  clause: 'Deletion: you can ask us to delete your personal data, for example when we no longer need it or you withdraw your consent, unless we must keep it by law (GDPR Art. 17).',
});
