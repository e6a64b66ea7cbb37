import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-restriction',
  title: 'Right to restriction of processing',
  citations: [
    { label: 'GDPR Art. 18', url: gdprArt(18) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:restrict(?:ion|ing)?(?: of| on)? (?:\w+ ){0,3}(?:processing|use|uses|usage)|restrict(?:ion|ing)?\b[^.]{0,40}\bprocess\w*|right to restrict\w*|restriction|limit(?:ation|ing)?(?: of| on)? (?:\w+ ){0,4}(?:processing|use|uses|usage)|block(?:ing)? (?:\w+ ){0,3}(?:data|information|processing)|suspend (?:\w+ ){0,2}processing)/i,
  needsFrame: true,
  missing: 'The policy does not say people can restrict the processing of their data. State the right to restriction (GDPR Art. 18).',
  hover: {
    summary: 'People can ask you to pause the use of their data (keep it but not use it), for example while its accuracy is checked or an objection is assessed.',
    why: 'It is the most often forgotten right; without it people must choose between full processing and erasure (Art. 13(2)(b)).',
    good: 'Say that people can ask you to restrict processing and in which situations.',
  },
  clause: 'Restriction: you can ask us to restrict the processing of your personal data, for example while we check its accuracy or assess an objection (GDPR Art. 18).',
});
