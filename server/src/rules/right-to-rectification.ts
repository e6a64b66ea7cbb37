import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-rectification',
  title: 'Right to rectification',
  citations: [
    { label: 'GDPR Art. 16', url: gdprArt(16) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:recti\s?(?:fi)?\s?cation|rectif\w*|correction|correct(?:ing)? (?:or \w+ )?(?:it|them|any|your|the|such|inaccurate|incorrect|incomplete|personal|data|information|errors?|mistakes?)\b|correct (?:\w+ ){0,3}(?:data|information|details|errors?|mistakes?)\b|correct, |correct or |amend(?:ment|ing)?(?: of| to)? (?:it|them|your|the|any|such|inaccurate|personal|data|information)\b|amend, |amend or |updat(?:e|ing) (?:or \w+ )?(?:\w+ ){0,3}(?:data|information|details|profile)|(?:access|review|delet|eras|remov)\w*,? (?:(?:and|or|and\/or) )?(?:\w+,? ){0,3}(?:correct|updat|amend|modif|chang|edit|rectif)\w*|(?:correct|updat|amend|modif|chang|edit)\w*,? (?:(?:and|or|and\/or) )?(?:\w+,? ){0,3}(?:delet|eras|remov|access|port|restrict|correct|updat)\w*|(?:have|has|be|been|get) (?:it |them |this |that )?(?:corrected|updated|amended|rectified)|make (?:\w+ ){0,2}changes (?:to|so|in order)|inaccura\w*|incomplete (?:data|information|personal)|right to correct|put (?:it|them|this|that|things|the record) (?:right|straight)|fix(?:es|ed|ing)? (?:\w+ ){0,3}(?:mistakes?|errors?|data|information|details|entries|records?))/i,
  article: '16',
  needsFrame: true,
  /** Changes to the policy itself, or keeping our own records up to date: not the reader's right. */
  notCue: /\b(?:updat|chang|amend|modif)\w* (?:\w+ ){0,2}(?:this|our|the) (?:privacy )?(?:policy|notice|statement|terms)\b/i,
  missing: 'The policy does not say people can have inaccurate data corrected. State the right to rectification (GDPR Art. 16).',
  hover: {
    summary: 'People can have inaccurate personal data corrected and incomplete data completed.',
    why: 'Decisions made on wrong data harm people; the notice must tell them they can fix it (Art. 13(2)(b)).',
    good: 'Say that people can ask you to correct or complete their data, and how (account settings, email, form).',
  },
  clause: 'Correction: if personal data we hold about you is inaccurate or incomplete, you can ask us to correct or complete it (GDPR Art. 16).',
});
