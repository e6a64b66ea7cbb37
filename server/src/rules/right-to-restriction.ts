import { gdprArt } from './cues';
import { rightRule } from './rightRule';

/** Wording that names the restriction of processing. */
const CUE = /\b(?:restrict(?:ion|ing)?(?: of| on)? (?:[\w'’]+ ){0,3}(?:processing|use|uses|usage)|restrict(?:ion|ing)?\b[^.]{0,40}\bprocess\w*|right to restrict\w*|restriction\b(?!s)|restrict(?:,| or\b| and\b)|limit(?:ation|ing)?(?: of| on)? (?:[\w'’]+ ){0,4}(?:processing|use|uses|usage)|limit(?:ing)?,? (?:\w+,? ){0,6}(?:processing|use of (?:\w+ ){0,3}(?:sensitive|personal))|block(?:ing)? (?:\w+ ){0,3}(?:data|information|processing)|suspend (?:\w+ ){0,2}processing|(?:pause|paus(?:es|ed|ing)|freez\w{0,3}|halt\w{0,3}|suspend\w{0,3}) (?:\w+ ){0,3}(?:use|uses|usage|processing)\b|only (?:use|process) (?:it|them|your (?:\w+ ){0,2}(?:data|information)) (?:for|in) (?:certain|specific|limited|some))/i;
/** Hedges and unrelated limits: "subject to certain restrictions", "limit the use of cookies", "limit your ability to use", device ad settings. */
const HEDGES = /\bsubject to (?:\w+ ){0,3}(?:restrictions|limitations|limits|exceptions)\b|\blimit(?:ing)? (?:\w+ ){0,3}(?:cookies|ability|functionality|features)\b|\blimit ad tracking\b|\b(?:device|browser) (?:\w+ ){0,2}settings?\b/gi;
/** Ad-tracking switches of the phone or browser: a setting of someone else's product, not a right against the controller. */
const DEVICE_ADS = /\blimit ad tracking\b|\b(?:iOS|Android|mobile device|device settings|browser settings)\b/i;
/** A quoted section title ("see 'Accessing and limiting use of your data' below") refers to a passage; it states nothing. */
const QUOTED = /["“][^"“”\n]{1,120}["”]/g;
/** A heading about the right or about restricting. */
const RIGHT_OR_RESTRICT = /\b(?:right|restrict\w*)\b/i;

export default rightRule({
  id: 'right-to-restriction',
  title: 'Right to restriction of processing',
  citations: [
    { label: 'GDPR Art. 18', url: gdprArt(18) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: CUE,
  article: '18',
  needsFrame: true,
  /** Limits on a right, on cookies or device ad settings, or on what the reader can do: not a restriction of processing. */
  reject: (t, isHeading) => {
    if (isHeading && !RIGHT_OR_RESTRICT.test(t)) return true;
    if (DEVICE_ADS.test(t)) return true;
    const rest = t.replace(HEDGES, ' ').replace(QUOTED, ' ');
    return rest !== t && !CUE.test(rest);
  },
  missing: 'The policy does not say people can restrict the processing of their data. State the right to restriction (GDPR Art. 18).',
  hover: {
    summary: 'People can ask you to pause the use of their data (keep it but not use it), for example while its accuracy is checked or an objection is assessed.',
    why: 'It is the most often forgotten right; without it people must choose between full processing and erasure (Art. 13(2)(b)).',
    good: 'Say that people can ask you to restrict processing and in which situations.',
  },
  clause: 'Restriction: you can ask us to restrict the processing of your personal data, for example while we check its accuracy or assess an objection (GDPR Art. 18).',
});
