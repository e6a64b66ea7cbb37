import { gdprArt, RIGHT_WORD_ONLY } from './cues';
import { rightRule } from './rightRule';

/** Closing the account is said to delete the data with it ("if you delete your account, we delete your data"). */
const ACCOUNT_DELETION_ERASES = /\b(?:delet|clos|disabl|cancel|terminat|deactivat)\w* (?:\w+ ){0,3}account\b[^.]{0,200}\b(?:(?:delet|eras|destr|remov|purg)\w* (?:\w+ ){0,4}(?:data|information|content)|(?:data|information|content) (?:\w+ ){0,5}(?:delet|eras|destr|remov|purg)\w*)|\b(?:data|information|content) (?:\w+ ){0,5}(?:deleted|erased|destroyed|removed|purged) (?:\w+ ){0,3}(?:when|if|once|after) (?:\w+ ){0,3}(?:delet|clos|disabl|cancel|terminat|deactivat)\w* (?:\w+ ){0,3}account/i;
/** Closing or deleting the account. */
const ACCOUNT_CLOSED = /\b(?:delet|clos|cancel|deactivat)\w* (?:\w+ ){0,3}account\b/i;
/** The data, which must go with the account for the sentence to be about erasure. */
const DATA_WORD = /\b(?:data|information|content|details|records?)\b/i;

export default rightRule({
  id: 'right-to-erasure',
  title: 'Right to erasure',
  citations: [
    { label: 'GDPR Art. 17', url: gdprArt(17) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:eras(?:e|ed|ure|ing)|delet(?:e|es|ed|ion|ing)|be forgotten|(?:rectification|access),? (?:\w+,? ){0,3}cancellation|remov(?:e|ed|al|ing) (?:\w+ ){0,5}(?:data|information|account|details|e-?mail address|records?|content)|(?:data|information|details) (?:\w+ ){0,2}(?:removed|deleted|erased) from|destr(?:oy\w*|uction) (?:\w+ ){0,3}(?:data|information)|(?:wip|purg|shred)(?:e|es|ed|ing) (?:\w+ ){0,4}(?:data|information|account|details|records?|content|profile))\b/i,
  article: '17',
  strongCue: ACCOUNT_DELETION_ERASES,
  pairCue: ACCOUNT_DELETION_ERASES,
  needsFrame: true,
  notCue: /\b(?:we (?:will |may |automatically )?(?:delete|erase) (?:\w+ ){0,4}(?:after|within|once|when) (?:\d|\w+ (?:days|months|years)))|\b(?:delet|remov|clear|disabl)\w* (?:\w+ ){0,4}(?:cookies|cache|browsing history)|\b(?:browser|add-on'?s?|plug-?in) (?:\w+ ){0,2}settings\b/i,
  /** Closing an account alone is not erasure unless the text says the data goes with it. */
  reject: (t) => ACCOUNT_CLOSED.test(t) && !DATA_WORD.test(t) && !RIGHT_WORD_ONLY.test(t),
  missing: 'The policy does not say people can have their data deleted. State the right to erasure ("right to be forgotten", GDPR Art. 17).',
  hover: {
    summary: 'People can have their personal data erased, for example when it is no longer needed or when they withdraw consent.',
    why: 'Erasure limits the harm of data kept longer than needed; the notice must name the right (Art. 13(2)(b)).',
    good: 'Say that people can ask you to delete their data, how to ask, and what you may have to keep by law.',
  },
  clause: 'Deletion: you can ask us to delete your personal data, for example when we no longer need it for the purpose we collected it for, unless we must keep it by law (GDPR Art. 17).',
});
