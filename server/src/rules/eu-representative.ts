import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { evidence, gdprArt, lineOf } from './disclosureCues';
import { holds } from './sentences';

/** The representative named (Art. 27 GDPR, or its UK counterpart). */
const REPRESENTATIVE =
  /\b(?:(?:EU|EEA|European|Union|UK|U\.K\.|United Kingdom|GDPR|data protection) (?:\w+ ){0,2}representatives?|representatives? (?:\w+ ){0,3}(?:in|for|within) (?:the )?(?:EU\b|EEA|European (?:Union|Economic Area)|Union|UK\b|U\.K\.|United Kingdom)|Art(?:icle|\.)? ?27(?:\s?\(\d\))? (?:of (?:the )?)?(?:UK |EU )?(?:GDPR|General Data Protection Regulation)|(?:GDPR|UK GDPR),? Art(?:icle|\.)? ?27\b|Article 27 representative|Art\. ?27 representative|representative (?:under|pursuant to|according to|in accordance with) Art(?:icle|\.)? ?27)/i;
/** A stated exemption: the controller does not need one. */
const NO_NEED = /\b(?:not (?:\w+ ){0,2}(?:required|obliged|need) to (?:appoint|designate|name|have) (?:a |an )?(?:\w+ ){0,2}representative|(?:have|has) not (?:appointed|designated) (?:a |an )?(?:\w+ ){0,2}representative|established in (?:the |a )?(?:EU|EEA|European Union|Member State))/i;
/** The people addressed include people in the EU or UK. */
const EU_FACING = /\b(?:GDPR|General Data Protection Regulation|European Economic Area|EEA|(?:EU|EEA|UK|European|Europe-based) (?:users|residents|visitors|customers|individuals|data subjects|consumers)|(?:users|residents|visitors|customers|individuals|data subjects|consumers|people|persons|you are) (?:\w+ ){0,2}(?:in|of|from) (?:the )?(?:EU|European Union|EEA|European Economic Area|UK|United Kingdom|Europe))\b/;
/** Where the organisation is established, when that is outside the EU/EEA. */
const OUTSIDE =
  /\b(?:a |an )?(?:Delaware|California|New York|Nevada|Washington|Texas|Florida|Massachusetts|Illinois|Virginia|Colorado|Georgia|Oregon|Utah|Ontario|British Columbia|Quebec|Australian|Canadian|Indian|Singapore(?:an)?|Israeli|Japanese|Chinese|Korean|American|U\.S\.|US|United States|Hong Kong|Cayman|British Virgin Islands|BVI|Swiss|Brazilian|Russian|Emirati|UAE) (?:\w+ ){0,2}(?:corporation|company|limited liability company|LLC|entity|business|incorporated|limited company|firm|partnership)\b|(?:\b(?:incorporated|registered|organi[sz]ed|established|headquartered|domiciled) (?:\w+ ){0,3}(?:in|under the laws of)|\b(?:we|[A-Z][\w.&-]{1,30}) (?:are|is) (?:a company )?(?:based|located|headquartered) in) (?:the )?(?:State of )?(?:Delaware|California|New York|Nevada|Washington|Texas|Florida|Massachusetts|Illinois|Virginia|Colorado|Georgia|Oregon|Utah|United States|U\.S\.A?\.?|USA|US|America|Canada|Ontario|British Columbia|Quebec|Australia|India|Singapore|Israel|Japan|China|Korea|Hong Kong|Cayman Islands|British Virgin Islands|Brazil|Russia|United Arab Emirates|UAE|Dubai)\b/;
/** A US street address with state and ZIP, as the organisation's own address. */
const US_ADDRESS = /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? \d{5}(?:-\d{4})?\b/;
/** An establishment in the EU/EEA: then no representative is needed. */
const EU_ESTABLISHMENT =
  /\b(?:S\.L|S\.L\.U|OÜ|Kft|Zrt|SIA|UAB|d\.o\.o|Lda|S\.A\.S|AB|BV|NV|GmbH|S\.?A\.?R\.?L|S\.à r\.l|B\.V|N\.V|S\.r\.l|S\.p\.A|SAS|ApS|A\/S|Oy|Sp\. z o\.o|s\.r\.o|e\.V|Teoranta)\b|\b(?:Irish|Dutch|German|French|Luxembourg|Belgian|Spanish|Italian|Swedish|Danish|Finnish|Polish|Austrian|Portuguese|Czech|Estonian|Lithuanian|Latvian|Maltese|Cypriot|Greek|Hungarian|Romanian|Bulgarian|Croatian|Slovak|Slovenian|European|EU|EEA) (?:\w+ ){0,2}(?:subsidiary|affiliate|entity|company|establishment|branch|office|controller)\b|\b(?:established|registered|incorporated|headquartered|based) (?:\w+ ){0,3}in (?:Ireland|the Netherlands|Germany|France|Luxembourg|Belgium|Spain|Italy|Sweden|Denmark|Finland|Poland|Austria|Portugal|the Czech Republic|Estonia|Lithuania|Latvia|Malta|Cyprus|Greece|Hungary|Romania|Bulgaria|Croatia|Slovakia|Slovenia|the EU|the EEA|the European Union|a Member State)\b|\b(?:Dublin|Amsterdam|Berlin|Munich|Paris|Luxembourg|Brussels|Madrid|Barcelona|Milan|Rome|Stockholm|Copenhagen|Helsinki|Warsaw|Vienna|Lisbon|Prague|Tallinn|Vilnius|Riga|Valletta|Athens|Budapest|Bucharest|Sofia|Zagreb|Bratislava|Ljubljana|Hamburg|Frankfurt|Cologne)\b/;
const OTHER_REPRESENTATIVE = /\bsales representative|customer (?:service )?representative|authori[sz]ed (?:agent|representative)\b/i;

export default defineRule({
  id: 'eu-representative',
  title: 'Representative in the EU',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [
    { label: 'GDPR Art. 27', url: gdprArt(27) },
    { label: 'GDPR Art. 13(1)(a)', url: gdprArt(13) },
    { label: 'GDPR Art. 3(2)', url: gdprArt(3) },
  ],
  defaultSeverity: 'warning',
  section: { heading: /\brepresentative|who we are|\bcontrollers?\b|\bcontact/i, title: 'Our representative in the EU' },
  hover: {
    summary: 'An organisation outside the EU that offers goods or services to people in the EU, or monitors them, must appoint a representative in the EU (Art. 27) and name it in the notice with its contact details. The UK GDPR asks the same for a UK representative.',
    why: 'People and regulators in the EU need someone in the EU they can address; without one, rights are hard to exercise against a foreign company. Occasional, low-risk processing and public bodies are exempt (Art. 27(2)).',
    good: '"Our representative in the EU under Article 27 GDPR is Example Rep GmbH, Hauptstrasse 1, 10115 Berlin, eu-rep@example.eu."',
  },
  clause: { text: 'Because we are established outside the European Union, we have appointed a representative in the EU under Article 27 GDPR: [[name of the representative]], [[postal address in the EU]], [[email address]]. You may contact them about any question concerning the processing of your personal data.' },
  check(ctx) {
    const ss = ctx.doc.sentences;
    // The outcome needs the first two mentions of a representative (the evidence) and whether one of them all
    // is not an exemption: the scan stops once both are known.
    const rep: Sentence[] = [];
    let named = false;
    for (const s of ss) {
      if (!holds(REPRESENTATIVE, s) || holds(OTHER_REPRESENTATIVE, s)) continue;
      if (rep.length < 2) rep.push(s);
      if (!named) named = !holds(NO_NEED, s);
      if (named && rep.length === 2) break;
    }
    if (named) return { state: 'satisfied', evidence: evidence(rep, 2) };
    if (ss.some((s) => holds(NO_NEED, s))) return { state: 'not-applicable', reason: 'the policy states that no representative is needed or that the organisation is established in the EU' };
    const text = ctx.doc.prose.length > 400_000 ? ctx.doc.prose.slice(0, 400_000) : ctx.doc.prose;
    if (!EU_FACING.test(text)) return { state: 'not-applicable', reason: 'the policy does not address people in the EU or the UK' };
    if (EU_ESTABLISHMENT.test(text)) return { state: 'not-applicable', reason: 'the organisation appears to have an establishment in the EU' };
    let outside: Sentence | undefined = ss.find((s) => holds(OUTSIDE, s));
    if (!outside) {
      const addr = ctx.facts.addresses.find((a) => US_ADDRESS.test(a.text));
      if (addr) outside = ss.find((s) => s.span.start <= addr.span.start && s.span.end >= addr.span.end);
    }
    if (!outside) return { state: 'not-applicable', reason: 'the organisation does not appear to be established outside the EU' };
    return {
      state: 'missing',
      message: `The organisation appears to be established outside the EU (line ${lineOf(ctx, outside.span)}) while addressing people in the EU, but no EU representative is named. Name your representative under Art. 27 GDPR, or say why you need none (Art. 27(2)).`,
      related: [{ span: outside.span, message: 'Established outside the EU' }],
    };
  },
});
