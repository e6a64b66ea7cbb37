import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-rectification',
  title: 'Right to rectification',
  citations: [
    { label: 'GDPR Art. 16', url: gdprArt(16) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:rectif\w*|correction|correct(?:ing)? (?:or \w+ )?(?:it|them|any|your|the|such|inaccurate|incorrect|incomplete|personal|data|information|errors?|mistakes?)\b|correct, |correct or |amend(?:ment|ing)?(?: of| to)? (?:it|them|your|the|any|such|inaccurate|personal|data|information)\b|amend, |amend or |updat(?:e|ing) (?:or \w+ )?(?:\w+ ){0,3}(?:data|information|details|profile)|inaccura\w*|incomplete (?:data|information|personal)|right to correct)/i,
  needsFrame: true,
  missing: 'The policy does not say people can have inaccurate data corrected. State the right to rectification (GDPR Art. 16).',
  hover: {
    summary: 'People can have inaccurate personal data corrected and incomplete data completed.',
    why: 'Decisions made on wrong data harm people; the notice must tell them they can fix it (Art. 13(2)(b)).',
    good: 'Say that people can ask you to correct or complete their data, and how (account settings, email, form).',
  },
  clause: 'Correction: if personal data we hold about you is inaccurate or incomplete, you can ask us to correct or complete it (GDPR Art. 16).',
});
