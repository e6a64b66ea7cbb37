import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { bodySentences, evidence, gdprArt, nextSentence, underHeading } from './disclosureCues';
import { holds } from './sentences';

/** Wording that names a legal basis in the GDPR sense (or its LGPD counterpart). */
const BASIS =
  /\b(?:legal|lawful|legitimate) (?:bas[ie]s|grounds?|justification)|\b(?:bas[ie]s|grounds?) (?:for|of) (?:the |this |our |such |any )?(?:processing|(?:use|collection|handling) of)|\bArt(?:icle|s?\.)? ?6 ?\(1\)|\bArt(?:icle|s?\.)? ?6 (?:para(?:graph|\.)? ?1|(?:of (?:the )?)?(?:UK |EU )?GDPR)|\bGDPR,? Art(?:icle|\.)? ?6\b|\bArt(?:icle|s?\.)? ?[79] (?:(?:of )?(?:the )?LGPD|\(?[IVX]{1,4}\)?)|\blegitimate (?:business |commercial |economic )?interests?\b|\bperformance of (?:a|the|our|your|any) (?:\w+ ){0,2}(?:contract|agreement)|\b(?:necessary|needed|required|essential) (?:\w+ ){0,2}(?:for|to) (?:the )?(?:perform\w{0,5}|enter\w{0,4}|conclu\w{1,5}|fulfil\w{0,5}|execut\w{0,5}|carry(?:ing)? out) (?:\w+ ){0,5}(?:contract|agreement)|\bin order to (?:enter|conclude|perform|fulfil|execute)\w{0,4} (?:into )?(?:an?|the|our|your) (?:\w+ ){0,2}(?:contract|agreement)|\bcontractual (?:necessity|obligations? (?:with|to) you)|\bvital interests?\b|\bpublic (?:interest|task)\b|\bexercise of official authority|\b(?:based on|on the basis of|rely on|relies on|relying on|grounded (?:on|in)|justified by|by virtue of) (?:your |the data subject's |their )?(?:explicit |express |freely given |prior )?consent\b|\bconsent (?:is|as) (?:the|our) (?:legal )?basis|\b(?:compl(?:y|iance) with|fulfil\w{0,3}|necessary for) (?:a |our |the |any |its )?(?:legal|statutory|regulatory) obligations? (?:to which|that|we are subject)/i;
/** Bases mentioned only as a condition of a right ("where we rely on your consent, you may withdraw it") or as blanket acceptance. */
const CONDITIONAL = /^(?:[-*\u2022]\s?)?(?:\w+:\s?)?(?:where|if|when|to the extent|insofar as|in cases where)\b[^.;]{0,80}\b(?:rely|relies|relying|based on|basis)\b[^.;]{0,80}\b(?:you (?:may|can|have)|right|withdraw|object)/i;
const LI = /\blegitimate interests?\b/i;
/** A basis named only inside a right ("you may object to processing based on our legitimate interests"), or pointed to elsewhere. */
const RIGHT_ONLY = /\b(?:right to (?:object|withdraw)|object to|withdraw\w{0,3} (?:your |their |this )?consent|revoke)\b/i;
const POINTER = /\b(?:legal (?:grounds?|bas[ie]s) (?:to|for) (?:deny|refus|reject|declin|not |withhold)\w{0,3}|please (?:go to|see|visit|refer to|read|consult)|(?:can|may) be found|(?:is|are) (?:available|set out|explained|described) (?:at|on|in (?:our|the|a) (?:separate|other))|see (?:our|the) (?:\w+ ){0,3}(?:polic|notice|page|statement))/i;
const NAMES_BASIS = /\b(?:legal|lawful) (?:bas[ie]s|grounds?)|\bArt(?:icle|s?\.)? ?6\b/i;
/** The interest itself is described: "our legitimate interest in ...", "legitimate interests (fraud prevention)", "to ... based on legitimate interests". */
const LI_DESCRIBED =
  /\blegitimate interests? (?:\w+ ){0,3}?(?:in|to|of (?:ensuring|providing|improving|preventing|protecting|keeping|running|operating|offering|marketing|promoting|understanding|securing|developing|maintaining|analy[sz]ing|measuring|being|making)|for|such as|including|namely|e\.g\.|i\.e\.|like|which (?:is|are|include)|being|consisting|lies? in|are to|is to)\b(?! (?:the )?(?:GDPR|Art\b|Art\.|Article|accordance|us\b|a third part|third parties|question|this|these))|\blegitimate interests?\s?(?:\(|:|-|\u2013)\s?\w|\b(?:to|in order to|so that|for the purposes? of) (?:\w+ ){1,12}(?:based on|on the basis of|relying on|under|pursuant to|as part of|which is (?:in )?)(?:our|the|a) legitimate interests?|\bour interests? (?:in|is|are|to|include)\b/i;
/** The basis itself, removed to see what else a table row or list item says. */
const LI_PHRASE = /legitimate interests?/i;
/** Table and list markup, dashes, colons and runs of white space (global: used with replace only). */
const MARKUP_RUNS = /[|*_\s\-:]+/g;
/** A purpose: "to prevent fraud", "in order to improve the service", "for securing our systems". */
const PURPOSE_CLAUSE = /\b(?:to|in order to|for) (?:\w+ ){0,2}(?:ensur|provid|improv|prevent|protect|secur|maintain|detect|analy[sz]|understand|send|market|promot|offer|operat|enforc|defend|establish|exercis|manag|run|keep|develop|measur|personali[sz]|respond|answer|communicat|optimi[sz]|administer|investigat|verif|fight|combat|stop)\w{0,5}\b/i;
/** Whose interests: "pursued by us", "of a third party" names no purpose (global: used with replace only). */
const LI_OF_WHOM = /legitimate interests? (?:pursued by|of) (?:us|a third party|third parties)/gi;
/** The interest set out on its own: "Our interest is ...", "we have an interest in ...". */
const INTEREST_SET_OUT = /\b(?:interests? (?:is|are|include|lies?|consists?)|we have an interest|it is in our interest)\b/i;
/** A heading about the legal basis. */
const BASIS_HEADING = /\b(?:legal|lawful) (?:bas[ie]s|grounds?)\b|\bbas[ie]s (?:for|of) (?:\w+ ){0,2}processing/i;
/** A basis named in a sentence under such a heading. */
const BASIS_WORD = /\b(?:consent|contract|agreement|legal obligation|law requires|required by law|vital|public|legitimate|interests?)\b/i;
/** The interest described without the words "legitimate interests": "our interest in ...", "interests we pursue". */
const OUR_INTEREST = /\bour (?:legitimate )?interests? (?:in|is|are|to|include)\b|\binterests? (?:we|that we) pursue\b/i;

function describesInterest(ctx: { doc: { sentences: Sentence[] } }, s: Sentence): boolean {
  if (holds(LI_DESCRIBED, s)) return true;
  // A row of a table or a list item pairs the basis with its purpose.
  if (s.block && (s.block.kind === 'table-row' || s.block.kind === 'list-item') && s.text.replace(LI_PHRASE, '').replace(MARKUP_RUNS, ' ').trim().length > 40) return true;
  // A purpose in the same sentence: "We analyse traffic to keep the site secure; legal basis: legitimate interests."
  if (PURPOSE_CLAUSE.test(s.text.replace(LI_OF_WHOM, ''))) return true;
  // The interest is set out in the next sentence of the same block: "... legitimate interests. Our interest is ..."
  const n = nextSentence(ctx.doc.sentences, s);
  return !!n && n.block === s.block && holds(INTEREST_SET_OUT, n);
}

export default defineRule({
  id: 'legal-basis',
  title: 'Legal basis for the processing',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(c)', url: gdprArt(13) },
    { label: 'GDPR Art. 13(1)(d)', url: gdprArt(13) },
    { label: 'GDPR Art. 6(1)', url: gdprArt(6) },
  ],
  defaultSeverity: 'warning',
  section: { heading: /\b(?:legal|lawful) (?:bas[ie]s|grounds?)|\bbas[ie]s (?:for|of) (?:\w+ ){0,2}processing|why (?:we|do we) (?:\w+ ){0,2}(?:process|use|collect)|how (?:we|do we) use|purposes?/i, title: 'Legal basis for processing' },
  hover: {
    summary: 'Name the legal basis for each purpose: consent, a contract with the person, a legal obligation, vital interests, a public task or legitimate interests (GDPR Art. 6(1)). When you rely on legitimate interests, say what those interests are (Art. 13(1)(d)).',
    why: 'The basis decides which rights apply (objection, portability, withdrawal of consent). "By using the site you agree" is not a basis; a bare "legitimate interests" leaves people unable to weigh their objection.',
    good: 'A table of purpose, data and basis, e.g. "Fraud checks: legitimate interests (keeping our shop and customers safe from payment fraud), Art. 6(1)(f) GDPR."',
  },
  clause: { text: 'We rely on these legal bases (Art. 6(1) GDPR): [[purpose]] is necessary to perform our contract with you (Art. 6(1)(b)); [[purpose]] is based on your consent (Art. 6(1)(a)); [[purpose]] is necessary to meet our legal obligations (Art. 6(1)(c)); [[purpose]] is based on our legitimate interests (Art. 6(1)(f)), namely [[the interest you pursue]].' },
  check(ctx) {
    const hits = bodySentences(ctx, (s) => holds(BASIS, s) && !holds(CONDITIONAL, s) && !(holds(RIGHT_ONLY, s) && !holds(NAMES_BASIS, s)) && !holds(POINTER, s));
    const headed = ctx.doc.sentences.filter((s) => s.heading && holds(BASIS_HEADING, s));
    // A heading alone announces the topic; the section must name a basis in its body.
    const underBasis = bodySentences(ctx, (s) => headed.length > 0 && holds(BASIS_WORD, s) && underHeading(s.section, BASIS_HEADING));
    const all = [...hits, ...underBasis].sort((a, b) => a.span.start - b.span.start);
    if (!all.length) {
      return { state: 'missing', message: 'The policy does not name a legal basis for the processing. Say, for each purpose, whether you rely on consent, a contract, a legal obligation or legitimate interests (GDPR Art. 13(1)(c), Art. 6(1)).' };
    }
    const li = all.filter((s) => holds(LI, s));
    if (li.length && !li.some((s) => describesInterest(ctx, s)) && !ctx.doc.sentences.some((s) => holds(OUR_INTEREST, s) && !holds(LI, s))) {
      return {
        state: 'partial',
        message: 'The policy relies on legitimate interests but does not say what those interests are. Describe the interest pursued for each purpose, e.g. "our interest in preventing fraud" (GDPR Art. 13(1)(d)).',
        evidence: evidence(li, 2),
        at: li[0].span,
      };
    }
    return { state: 'satisfied', evidence: evidence(all) };
  },
});
