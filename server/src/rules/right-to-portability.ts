import { gdprArt } from './cues';
import { rightRule } from './rightRule';

export default rightRule({
  id: 'right-to-portability',
  title: 'Right to data portability',
  citations: [
    { label: 'GDPR Art. 20', url: gdprArt(20) },
    { label: 'GDPR Art. 13(2)(b)', url: gdprArt(13) },
  ],
  cue: /\b(?:portab\w*|machine[- ]readable|structured,? commonly[- ]used|(?:transmit|transfer|move|port|send)\w* (?:\w+ ){0,6}to (?:another|other|a third[- ]party|a different|a new) (?:\w+ ){0,2}(?:controller|provider|service|company|organi[sz]ation|business|entity|party|platform)|in a structured,? (?:\w+,? ){0,3}format|export (?:\w+ ){0,3}(?:data|information|content)|take (?:\w+ ){0,5}(?:data|information|content) (?:\w+ ){0,5}out of|(?:to|or|and|,) port(?:,| or\b| and\b| (?:your|my|it|them|the|this|that)\b))/i,
  article: '20',
  needsFrame: false,
  /** A business sale or merger moves data "to another company": not portability. */
  notCue: /\b(?:assets?|merger|merged|acqui\w*|sold|sale of|sell(?:s|ing)? (?:\w+ ){0,2}(?:business|company)|reorgani[sz]ation|bankruptcy|insolvency|successor)\b/i,
  missing: 'The policy does not mention data portability. State that people can receive their data in a machine-readable format or have it sent to another provider (GDPR Art. 20).',
  hover: {
    summary: 'People can receive the data they gave you in a structured, commonly used, machine-readable format, and have it sent to another controller.',
    why: 'Portability lets people switch services without losing their data; the notice must mention it (Art. 13(2)(b)).',
    good: 'Say that people can get their data in a machine-readable format (e.g. JSON or CSV) or have it transmitted to another provider.',
  },
  clause: 'Portability: you can ask to receive the personal data you gave us in a structured, commonly used, machine-readable format, or to have it sent to another organisation (GDPR Art. 20).',
});
