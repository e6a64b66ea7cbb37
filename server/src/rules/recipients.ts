import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { evidence, gdprArt, isQuestion, underHeading } from './disclosureCues';
import { EVIDENCE, holds, mayHold, statedOrListed } from './sentences';
import { LGPD_URL } from './lgpd/cues';

const SHARE_VERB = /\b(?:shar(?:e|es|ed|ing)|disclos\w{0,4}|transfer\w{0,4}|pass(?:es|ed|ing)? (?:\w+ ){0,3}(?:on|to)|provid\w{0,4} (?:\w+ ){0,4}to|giv(?:e|es|en|ing) (?:\w+ ){0,4}to|hand(?:s|ed|ing)? (?:\w+ ){0,3}(?:to|over)|sell|sells|sold|selling|rent\w{0,3}|trade|lease|make (?:\w+ ){0,3}available|made available|send\w{0,3} (?:\w+ ){0,4}to|sent to|transmit\w{0,4}|forward\w{0,4}|communicat\w{0,4} (?:\w+ ){0,4}to|have access|has access|access to|(?:seen|viewed|read|accessed|consulted) by|recipients?)\b/i;
/** Data that comes to us ("you or third parties provide to us") has no recipient. */
const TO_US = /\b(?:provid|giv|sen[dt]|disclos|shar|pass|transmit|forward|mak)\w{0,4} (?:\w+ ){0,4}(?:to|with) us\b/gi;
/** Third parties that collect or receive data through the service, and processors it relies on. */
const THIRD_COLLECT = /\b(?:(?:third|3rd)[- ]part(?:y|ies)|advertis\w{0,4}|ad (?:networks?|servers?|vendors?)|analytics (?:providers?|services?)) (?:[\w-]+ ){0,3}(?:[\w-]+, )?(?:may )?(?:use|uses|collect|collects|place|places|set|sets|serve|serves|access|receive|receives|obtain|obtains)\b|\b(?:rely on|relies on|use|uses|engage|engages|work with|works with|employ|employs) (?:\w+ ){0,3}(?:third[- ]part(?:y|ies)|service providers?|(?:sub-?)?processors?|vendors?|suppliers?|hosting providers?)\b|\b(?:third[- ]part(?:y|ies)|service providers?|processors?|vendors?) (?:that |which |whom )?(?:we|I) (?:use|rely on|work with|engage)\b/i;
const FIRST_PERSON = /\b(?:we|us|our|I|you|your|personal|private|data|information|details|cookies|this (?:site|website|app|service))\b/i;
/** Other sites' practices ("those sites share data with ...") say nothing about this organisation's recipients. */
const THEIR_PRACTICE = /^(?:[-*\u2022]\s?)?(?:some of )?(?:those|these|such|other|many|social|third[- ]party) (?:\w+ ){0,2}(?:sites|websites|companies|services|networks|platforms|media)\b/i;
/** Who receives the data: named categories of recipients. */
const RECIPIENT =
  /\b(?:recipients?|(?:third|3rd)[- ]part(?:y|ies)|service providers?|(?:data )?processors?|sub-?processors?|vendors?|suppliers?|contractors?|subcontractors?|partners?|affiliat\w{0,5}|subsidiar\w{0,4}|group (?:companies|entities|members)|parent compan\w{0,3}|sister compan\w{0,3}|advertis\w{0,4}|agents?|authorit\w{0,4}|law enforcement|regulators?|courts?|tribunals?|government\w{0,3}|police|auditors?|advis[oe]rs?|lawyers?|attorneys?|accountants?|insurers?|banks?|payment (?:providers?|processors?|services?)|hosting (?:providers?|compan\w{0,3}|services?)|analytics (?:providers?|services?|compan\w{0,3})|(?:the )?public|publicly|other (?:users|members|customers|people|companies|organi[sz]ations|entities|businesses)|buyers?|purchasers?|acquir\w{0,4}|successors?|companies|organi[sz]ations|entities|businesses|providers?|carriers?|couriers?|delivery|shipping|merchants?|sellers?|employers?|social (?:media|networks?)|platforms?|anyone|any ?one|no ?one|nobody)\b/i;
const NOT_SHARED = /\b(?:(?:do|does|will|shall|would|did) not|don't|doesn't|won't) (?:\w+ ){0,3}(?:share|sell|disclose|rent|trade|pass|give|provide|transfer|make|hand)\b|\bnever (?:\w+ ){0,2}(?:share|sell|disclose|rent|trade|pass|give|provide|transfer|hand)\b|\b(?:is|are|will be) (?:never|not) (?:\w+ ){0,2}(?:shared|disclosed|sold|passed|given|transferred|made available)\b|\bno (?:third[- ]part(?:y|ies)|one (?:else )?(?:has|gets|can)|sharing|disclosure)\b|\b(?:nobody|no-one) (?:else )?(?:\w+ ){0,3}(?:has|gets|can|sees|receives)\b/i;
const RECIPIENT_HEADING = /\b(?:shar\w{0,4}|disclos\w{0,4}|recipients?|third[- ]part(?:y|ies)|service providers?|processors?|who (?:we|do we) (?:\w+ ){0,2}(?:give|pass|send)|who (?:has|gets|can) access|access to your)\b/i;
const NOT_RELY = /\b(?:do|does|did|will|shall) not (?:\w+ ){0,1}(?:use|rely|engage|work|employ|allow|permit)\b|\bnever (?:use|rely|engage|allow)/i;
const DATA_WORD = /\b(?:data|information|details|it|them|anything|e-?mail|address)\b/i;

export default defineRule({
  id: 'recipients',
  title: 'Recipients of the personal data',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(e)', url: gdprArt(13) },
    { label: 'GDPR Art. 14(1)(e)', url: gdprArt(14) },
    { label: 'LGPD Art. 9(V)', url: LGPD_URL },
  ],
  defaultSeverity: 'warning',
  section: { heading: RECIPIENT_HEADING, title: 'Who we share your data with' },
  hover: {
    summary: 'Say who receives the personal data: named recipients or their categories (hosting and payment providers, delivery companies, authorities), or state plainly that you give it to nobody.',
    why: 'People cannot judge the risk, or ask the right organisation about their data, unless they know where it goes. "Trusted partners" alone says little.',
    good: 'A list of recipient categories with what each receives and why, e.g. "Our payment provider receives your card details to take payment."',
  },
  clause: { text: 'We share personal data only with: [[category of recipient, e.g. our hosting provider]], which [[what it receives and why]]; [[another recipient]]; and public authorities where the law requires us to. We do not sell your personal data.' },
  check(ctx) {
    const stated = (s: Sentence) => {
      // Removing "... to us" leaves only words of the sentence, so the word gates answer for the rewritten text too.
      if (!mayHold(SHARE_VERB, s) && !mayHold(THIRD_COLLECT, s) && !mayHold(NOT_SHARED, s)) return false;
      if (isQuestion(s.text) || !holds(FIRST_PERSON, s) || holds(THEIR_PRACTICE, s)) return false;
      const t = s.text.replace(TO_US, ' ');
      return (SHARE_VERB.test(t) && RECIPIENT.test(t)) || (THIRD_COLLECT.test(t) && !NOT_RELY.test(t)) || (NOT_SHARED.test(t) && DATA_WORD.test(t));
    };
    const listed = (s: Sentence) => s.block?.kind !== 'paragraph' && holds(RECIPIENT, s) && underHeading(s.section, RECIPIENT_HEADING);
    // The evidence keeps three, so the merged scan stops there.
    const all = statedOrListed(ctx, stated, listed, EVIDENCE);
    if (all.length) return { state: 'satisfied', evidence: evidence(all, EVIDENCE) };
    return { state: 'missing', message: 'The policy does not say who receives the personal data. Name the recipients or their categories (e.g. hosting, payment, delivery providers, authorities), or say that you share it with no one (GDPR Art. 13(1)(e)).' };
  },
});
