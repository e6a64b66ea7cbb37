import { defineRule } from '../core/rule';
import { bodySentences, evidence, gdprArt } from './disclosureCues';
import { holds } from './sentences';

const CHILD =
  /\b(?:child(?:ren)?(?:'s)?|minors?(?:'s)?|kids|teens?|teenagers?|juveniles?|under-?age|young (?:people|persons|users|children)|COPPA|Children's Online Privacy|parental (?:consent|permission|approval|authori[sz]ation)|(?:persons?|people|individuals|users|anyone|someone|anybody|nobody|no-? ?one|those|you are|if you are) (?:who (?:are|is) )?(?:under|below|younger than) (?:the age of )?(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one)|(?:the )?age of (?:(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one)|majority|consent|digital consent|legal)|(?:at least|over|older than|under|below|younger than) (?:the age of (?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one)|(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one) (?:years )?(?:of age|old))|(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-one) (?:years of age|years old|years or older|or older|and (?:over|older|above))|age (?:limit|requirement|restriction|verification|of digital consent)|legal age|parents? (?:or|and) (?:legal )?guardians?)/i;
/** "Child" in other senses: abuse material reported to the police, the GDPR's erasure ground recited, a parent company. */
const NOT_ABOUT_USERS = /\bchild (?:sexual|abuse|exploitation|pornograph\w{0,3})|\binformation society services? (?:\w+ ){0,4}(?:to )?a child\b|\b(?:parent|child) (?:company|companies|entity|entities|organi[sz]ation)/i;
/** A heading about children or an age limit. */
const CHILD_HEADING = /\bchild|\bminors?\b|\bkids\b|\bCOPPA\b|\bage (?:limit|requirement|restriction)/i;
const CONTEXT = /\b(?:data|information|collect\w{0,3}|use|services?|site|website|app|account|register\w{0,5}|sign(?: |-)?up|directed|intended|aimed|targeted|designed|knowingly|parents?|guardians?|consent|permission|age|old|delete|remove|must|may not|not (?:allowed|permitted|eligible)|eligible)\b/i;

export default defineRule({
  id: 'childrens-data',
  title: "Children's data",
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [
    { label: 'GDPR Art. 8', url: gdprArt(8) },
    { label: 'GDPR Art. 12(1)', url: gdprArt(12) },
    { label: 'UK Age Appropriate Design Code', url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/childrens-information/childrens-code-guidance-and-resources/' },
  ],
  defaultSeverity: 'warning',
  section: { heading: /\bchild|\bminors?\b|\bkids\b|\bage\b|young people|\bCOPPA\b/i, title: "Children's data" },
  hover: {
    summary: "Say how you treat children's data: whether the service is meant for children, the minimum age, and whether a parent must consent (GDPR Art. 8: consent for online services from 16, or down to 13 where national law says so).",
    why: 'Children merit specific protection (Recital 38): below the age of digital consent a parent must agree, and anything addressed to a child must be written so that a child can understand it.',
    good: '"Our shop is not meant for children under 16 and we do not knowingly collect their data. If we learn that we have, we delete it." Or, for a service for children: the age groups, the parental-consent process and child-friendly wording.',
  },
  clause: { text: 'Our service is not directed at children under [[minimum age, e.g. 16]], and we do not knowingly collect their personal data. If you believe a child has given us personal data, contact us at [[privacy contact email]] and we will delete it.' },
  check(ctx) {
    const hits = bodySentences(ctx, (s) => holds(CHILD, s) && !holds(NOT_ABOUT_USERS, s) && holds(CONTEXT, s));
    const headed = ctx.doc.sentences.filter((s) => s.heading && holds(CHILD_HEADING, s));
    const all = [...hits, ...headed].sort((a, b) => a.span.start - b.span.start);
    if (all.length) return { state: 'satisfied', evidence: evidence(all) };
    return { state: 'missing', message: "The policy does not address children's data. Say whether the service is meant for children, the minimum age, and how parental consent works (GDPR Art. 8)." };
  },
});
