import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-object',
  title: 'Right to object',
  citations: [
    { label: 'GDPR Art. 21', url: gdprArt(21) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:object(?:ion)?s? to\b|right to object|objection|object\b[^.]{0,30}\b(?:processing|marketing|profiling)|opt(?:-| )?out (?:\w+ ){0,3}(?:of |from )?(?:the )?(?:sale|sell\w*|shar\w*|processing|profiling|direct marketing|targeted advertising|interest-based|personali[sz]ed|cross-context)|right to opt[- ]?out|opportunity to opt[- ]?out\b(?![^.]{0,120}\b(?:e-?mails?|newsletters?|messages|communications)\b)|opt[- ]?out of (?:\w+ ){0,3}(?:use|uses|using|disclos\w*)|do not sell(?: or share)? my)/i,
  needsFrame: true,
  missing: 'The policy does not say people can object to processing. State the right to object, including the absolute right to object to direct marketing (GDPR Art. 21).',
  hover: {
    summary: 'People can object to processing based on legitimate interests or public tasks, and can always object to direct marketing.',
    why: 'Art. 21(4) requires this right to be brought to people\'s attention explicitly and separately from other information.',
    good: 'A separate paragraph: people may object at any time on grounds relating to their situation, and to direct marketing without giving reasons.',
  },
  clause: 'Objection: where we rely on our legitimate interests, you can object to the processing of your personal data at any time on grounds relating to your situation. You can object to direct marketing at any time, without giving a reason (GDPR Art. 21).',
});
