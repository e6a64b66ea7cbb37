import { gdprArt } from './cues';
import { rightRule } from './rightRule';

/** "Objections" raised in legal proceedings. */
const LEGAL_OBJECTION = /\b(?:legal objections?|objections? (?:or|and) defen[cs]es)\b/i;
/** Opting out ("opt out", "opted-out", "opting out"). */
const OPT_OUT_WORD = /\bopt(?:s|ed|ing)?[- ]?out\b/i;
/** Messages one can unsubscribe from: e-mails, newsletters, texts, notifications. */
const MESSAGES = /\b(?:e-?mail\w*|newsletters?|messages|communications|mailings?|SMS|texts?|notifications)\b/i;
/** A use of the data beyond messages: processing, sale, sharing, ads, tracking, analytics. */
const DATA_USE = /\b(?:object\w*|processing|profiling|sale|sell\w*|shar\w*|advertis\w*|ads|tracking|cookies|analytics)\b/i;

export default rightRule({
  id: 'right-to-object',
  title: 'Right to object',
  citations: [
    { label: 'GDPR Art. 21', url: gdprArt(21) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:(?:object(?:ion)?s?|objecting) to (?:\w+ ){0,4}(?:processing|process|use|uses|using|us|our|marketing|profiling|this|it|that|such|having|receiving|data|information|sale|selling|shar\w*|disclos\w*|transfer\w*|collection|certain|the processing)\b|right to object|objection|object\b[^.]{0,30}\b(?:processing|marketing|profiling)|oppos(?:e|ing|ition)\b[^.]{0,40}\b(?:processing|use|marketing|profiling)|opt(?:-| )?out (?:\w+ ){0,3}(?:of |from )?(?:the )?["'“]?(?:sale|sell\w*|shar\w*|processing|profiling|direct marketing|targeted advertising|interest-based|personali[sz]ed|cross-context)|right to opt[- ]?out|right to (?:be (?:removed|excluded)|decline|refuse)\b|do not sell(?: or share)? my|(?:us|we) (?:to )?(?:stop|cease) (?:\w+ ){0,2}(?:using|processing|sharing|selling|disclosing)\b|(?:do not|don't|not) (?:want|wish) (?:us|[A-Z]\w+) to (?:use|share|sell|process|disclose)|prefer (?:that )?(?:we|[A-Z]\w+) (?:do )?not (?:use|share|sell|process|disclose)|(?:prefer|wish|want|choose) not to (?:receive|have|see|get) (?:\w+ ){0,3}(?:tailored|personali[sz]ed|targeted|interest-based|customi[sz]ed|behaviou?ral)|refuse (?:to allow )?(?:\w+ ){0,2}(?:collection|use|processing|sharing|disclosure))/i,
  /** Opting out of a use of the data (ads, tracking, sharing): the phrase itself is something the reader does. Opting out of e-mails alone is only unsubscribing. */
  /** Unsubscribing from messages only, or "objections" raised in legal proceedings. */
  reject: (t) =>
    LEGAL_OBJECTION.test(t) ||
    (OPT_OUT_WORD.test(t) && MESSAGES.test(t) && !DATA_USE.test(t)),
  article: '21',
  strongCue: new RegExp(`\\bopt(?:s|ed|ing)?[- ]?out\\b(?![^.]{0,80}\\b(?:e-?mails?|newsletters?|messages|communications|mailings?|mailing lists?|SMS|texts?|calls|promotional|notifications|surveys?)\\b)`, 'i'),
  needsFrame: true,
  missing: 'The policy does not say people can object to processing. State the right to object, including the absolute right to object to direct marketing (GDPR Art. 21).',
  hover: {
    summary: 'People can object to processing based on legitimate interests or public tasks, and can always object to direct marketing.',
    why: 'Art. 21(4) requires this right to be brought to people\'s attention explicitly and separately from other information.',
    good: 'A separate paragraph: people may object at any time on grounds relating to their situation, and to direct marketing without giving reasons.',
  },
  clause: 'Objection: where we rely on our legitimate interests, you can object to the processing of your personal data at any time on grounds relating to your situation. You can object to direct marketing at any time, without giving a reason (GDPR Art. 21).',
});
