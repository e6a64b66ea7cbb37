import { defineRule } from '../../core/rule';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { DPF_SECTION, notice } from './cues';
import { holds } from '../sentences';

const DISCLOSE =
  /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|transfer|transfers|transferred|provide|provides|provided|pass|passes|passed|send|sends|sent|sell|sells|sold|make (?:\w+ ){0,2}available|made available|give|gives|given|hand|hands|handed)\b/i;
/** A type or the identity of the recipient: not just "third parties" or "partners". */
const TYPED_RECIPIENT =
  /\b(?:service providers?|(?:data )?processors?|sub-?processors?|agents?|contractors?|affiliates?\b|affiliated (?:companies|entities|organi[sz]ations|businesses)|subsidiar\w{0,4}|group (?:companies|entities)|parent compan\w{0,3}|authorit(?:y|ies)|law enforcement|regulators?|courts?|auditors?|advis[oe]rs?|lawyers?|accountants?|insurers?|banks?|payment (?:providers?|processors?|services?)|hosting (?:providers?|compan\w{0,3}|services?)|cloud (?:providers?|services?)|analytics (?:providers?|services?|compan\w{0,3})|advertis\w{0,4}|ad networks?|marketing (?:agenc\w{0,3}|partners?|providers?)|(?:delivery|shipping|logistics) (?:companies|partners|providers|services)|carriers?|couriers?|payroll (?:providers?|services?)|recruit\w{0,5}|resellers?|distributors?|email (?:service )?providers?|customer support (?:providers?|tools?)|buyers?|acquirers?|successors?)\b/i;
/** The recipient as subject: "couriers receive your address". */
const RECEIVES = new RegExp(`${TYPED_RECIPIENT.source}[^.;]{0,30}\\b(?:receive|receives|received|get|gets|have access|has access|can see|see|sees)\\b`, 'i');
/** Engaging a recipient: "we use a hosting provider to store the data". */
const RELIES = new RegExp(`\\b(?:use|uses|rely on|relies on|engage|engages|work with|works with|employ|employs|hire|hires)\\b[^.;]{0,40}${TYPED_RECIPIENT.source}`, 'i');
const GENERIC_RECIPIENT = /\b(?:third[- ]part(?:y|ies)|partners?|other companies|other organi[sz]ations|other entities|recipients?)\b/i;
/** Why: "to process payments", "who host our servers", "on our behalf", "as the law requires". */
const WHY =
  /\b(?:in order to|so that|so we can|for the purposes? of|for (?:the provision|payment|delivery|hosting|analytics|marketing|support|fraud|billing|shipping|advertising|recruit\w{0,4}|payroll)|to (?:process|provide|deliver|run|host|operate|help|support|send|prevent|detect|comply|analy[sz]e|improve|market|show|ship|pay|verify|perform|fulfil|fulfill|manage|store|handle|carry out|measure|protect|answer|respond|enforce|defend))\b|\b(?:who|that|which) (?:help|helps|assist|assists|perform|performs|provide|provides|host|hosts|process|processes|deliver|delivers|support|supports|run|runs|handle|handles|operate|operates|store|stores|ship|ships|send|sends)\b|\bon (?:our|its) behalf\b|\b(?:as|where|when) (?:the )?(?:law|legally) (?:requires?|required|obliges?)\b|\brequired by law\b/i;
const NONE = /\b(?:do|does|will) not\b[^.;]{0,40}\b(?:share|disclose|transfer|sell|pass|provide|give)\b[^.;]{0,60}\b(?:third[- ]part(?:y|ies)|anyone|any other|others?)\b|\bnever\b[^.;]{0,20}\b(?:share|disclose|sell|pass)\b[^.;]{0,60}\b(?:third[- ]part(?:y|ies)|anyone|others?)\b/i;
/** Data coming to us is not a disclosure. */
const TO_US = /\b(?:with|to) us\b/i;

export default defineRule({
  id: 'dpf-third-parties',
  title: 'DPF: third parties the data is disclosed to, and why',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('vi')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say to which kinds of third parties (or to which named ones) you disclose the personal data, and for what purpose each receives it.',
    why: 'An onward disclosure is where Framework protection is most easily lost; people can only exercise their choices about it if they know who gets the data and why.',
    good: 'For each kind of recipient, what it is for: "payment processors, to take payments; our hosting provider, to store the service data; public authorities, where the law requires it".',
  },
  clause: { text: 'We disclose personal data received under the Data Privacy Framework to [[type or name of third party, e.g. our hosting provider]], to [[purpose, e.g. store the data of our service]], and to [[another type of third party]], to [[purpose]].' },
  check(ctx) {
    const disclosures = sentencesWhere(ctx, (s) => (holds(DISCLOSE, s) || holds(RECEIVES, s) || holds(RELIES, s)) && !(holds(TO_US, s) && !holds(TYPED_RECIPIENT, s)) && (holds(TYPED_RECIPIENT, s) || holds(GENERIC_RECIPIENT, s)));
    const typed = disclosures.filter((s) => holds(TYPED_RECIPIENT, s));
    return decide({
      hits: [...typed.filter((s) => holdsWithNext(ctx, WHY, s)), ...sentencesWhere(ctx, NONE)],
      partial: disclosures,
      partialMessage: 'The policy says personal data is disclosed to others, but not both which kinds of third parties receive it and why. Name the type (or identity) of each recipient and its purpose (DPF Notice Principle II.1.a(vi)).',
      missing: 'The policy does not say to which third parties personal data is disclosed, or why (DPF Notice Principle II.1.a(vi)).',
    });
  },
});
