import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { bodySentences, evidence, gdprArt, isQuestion, underHeading } from './disclosureCues';
import { EVIDENCE, holds, statedOrListed } from './sentences';
import { LGPD_URL } from './lgpd/cues';

/** Headings of a section that says what the data is used for. */
const PURPOSE_HEADING = /\b(?:how (?:we|do we|does \w+|is your \w+|are your \w+) (?:\w+ ){0,2}use|use of (?:your |personal )?(?:data|information)|purposes?|why (?:we|do we) (?:\w+ ){0,2}(?:collect|process|use|need)|what (?:we|do we) (?:do|use) (?:\w+ ){0,2}(?:with|it|for)|we use (?:your |this |the )?(?:data|information) (?:to|for))\b/i;
/** A purpose stated in a sentence: data used for something. The loose forms ("we process data ... to ...") can also
 * catch an incidental "to"; the strong forms name the use outright. */
const USE_FOR_LOOSE =
  /\b(?:(?:use|uses|used|using|process|processes|processed|processing|need|needs|collect|collects|collected|collecting|analy[sz]e|analy[sz]es|employ|rely on|share|shares|keep|retain|store|ask for) (?:\w+ ){0,3}(?:data|information|details|it|them|cookies?|e-?mail(?: address)?|address(?:es)?|names?|numbers?|content|logs?|IP|location|feedback|communications|messages|responses|payment)\b(?:[^.;:]{0,120}?)\b(?:to|for|in order to|so (?:that|as to)|so (?:\w+ ){1,3}(?:can|could|will|may|might)|with the aim|with a view)\b|(?<!\b(?:we|I|you|they) )(?:is|are|will be|may be|can be|being) (?:only |solely |primarily |mainly |also )?(?:used|processed|collected|needed|required|analy[sz]ed|employed) (?:\w+ ){0,3}(?:to|for|in order to|so that)\b)/i;
const USE_FOR_STRONG =
  /\b(?:for|serves?) (?:the )?(?:following|these|those|such|several|various|limited|specific) (?:\w+ ){0,2}purposes?\b|\bin order to (?:provide|improve|process|deliver|fulfil|fulfill|send|operate|run|offer|respond|answer|contact|manage|enable|comply|ensure|protect|prevent|personali[sz]e|analy[sz]e|verify|create|maintain)\b|\bhelps? us (?:to )?(?:provide|improve|understand|deliver|operate|run|offer|respond|personali[sz]e|analy[sz]e|measure|keep|make)\b|\b(?:used|use it|use them|use this) (?:only |solely |exclusively )?(?:to|for) (?:\w+ ){0,2}(?:provide|improve|process|deliver|operate|run|respond|answer|send|contact|bill|manage|analy[sz]|personali[sz]|verify|secure|protect|prevent|communicat|understand|measure|fulfil|maintain|administer|display|show|enable|support)\w{0,6}|\byou (?:may|will|can|might) (?:also )?receive (?:\w+ ){0,3}(?:e-?mails?|messages|newsletters?|notifications|alerts|updates|texts) (?:\w+ ){0,2}(?:for|about|regarding|on|when|whenever|such as)\b/i;
/** A purpose listed under a purpose heading: "- to send you the newsletter", "Fraud prevention: ...". */
const LIST_PURPOSE = /^(?:[-*+\u2022\u00b7]|\d{1,3}[.)]|[a-z][.)])?\s?(?:to|for|in order to|so that|providing|improving|processing|delivering|operating|sending|responding|answering|managing|analy[sz]ing|personali[sz]ing|verifying|preventing|protecting|ensuring|complying|marketing|communicating|billing|running|measuring|maintaining|administering|understanding)\b|^\W{0,4}[A-Z][\w ,&/'-]{2,60}:\s?\S/;
/** "The purposes are described elsewhere": a pointer is not a purpose. */
/** "The purposes of the processing are ...": a purpose noun introducing purposes. */
const PURPOSE_NOUN = /\bpurposes? (?:of (?:the |our |this |such |your )?(?:processing|use|collection|using|collecting|processing)|for which|(?:is|are) (?:to|the following|as follows)|include|including|such as|like)\b/i;
const DEFERRED_BY = /\b(?:polic(?:y|ies)|notices?|statements?|pages?|documents?)\b[^;]{0,100}?\b(?:describes?|explains?|sets? out|details|lists)\b/i;
/** Purpose limitation ("only for compatible purposes") restates a principle, not a purpose. */
/** A processor's duty ("service providers process the data only on our instructions"): how others must handle it, not why we use it. */
const PROCESSOR_DUTY = /\b(?:agents?|service providers?|providers?|(?:sub-?)?processors?|vendors?|contractors?|subcontractors?|third[- ]part(?:y|ies)) (?:\w+ ){0,3}(?:process|use|handle|treat)\w{0,3} (?:\w+ ){0,4}(?:data|information) (?:only |solely |strictly )?(?:in accordance with|in compliance with|on (?:our|the|documented) (?:\w+ )?instructions|as (?:we )?instruct\w{0,2})/i;
/** "The purposes described in this policy" or "above" points inside the document, not elsewhere. */
const SELF_REFERENCE = /\b(?:in|by|within|throughout|under) this (?:privacy )?(?:polic(?:y|ies)|notice|statement|document|section)\b|\b(?:above|below|herein)\b/i;
/** The purposes as a whole ("the purposes for which we use the data"), not one named purpose ("our advertising purposes"). */
const ALL_PURPOSES = /\b(?:the|its|our) purposes? (?:for which|of (?:the |our |this |such |that )?(?:processing|use|collection)|(?:we|it) (?:\w+ )?(?:use|process|collect))\b/i;
const NOT_PURPOSE = /\bpurposes? (?:that (?:are|is) |which (?:are|is) )?(?:compatible|consistent) with\b|\bcompatible with (?:the )?(?:\w+ ){0,2}purposes?\b|\bpurpose limitation\b|\b(?:their|its) use of (?:the |your |such |this )?(?:personal )?(?:data|information)\b|\b(?:materially |substantially |significantly )?different (?:from |than |to )?(?:the )?(?:\w+ ){0,2}purposes?|\bnew (?:\w+ ){0,1}purposes?\b|\bincompatible (?:\w+ ){0,1}purposes?|^(?:[-*\u2022]\s?)?for (?:the )?purposes? of (?:this|these|the) (?:polic|notice|statement|section|agreement|CCPA|law)/i;
const DEFERRED = /\b(?:describe[sd]?|explain(?:s|ed)?|sets? out|set forth|detail(?:s|ed)?|listed|found|see|refer to|available)\b(?:[^.;]{0,80}?)\b(?:in|on|at|within|by) (?:our |the |a |its |that |this )?(?:separate |other |respective |applicable |website |main |general |full )?(?:\w+ ){0,3}(?:polic(?:y|ies)|notices?|statements?|terms|pages?|documents?|agreements?|sections? \d)/i;
const PURPOSE_WORD = /\bpurposes?\b/i;
const USE_WORD = /\b(?:process\w{0,3}|collect\w{0,3}|us(?:e|es|ed|ing)|data|information)\b/i;

export default defineRule({
  id: 'processing-purposes',
  title: 'Purposes of the processing',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(c)', url: gdprArt(13) },
    { label: 'GDPR Art. 14(1)(c)', url: gdprArt(14) },
    { label: 'LGPD Art. 9(I)', url: LGPD_URL },
  ],
  defaultSeverity: 'warning',
  section: { heading: PURPOSE_HEADING, title: 'How we use your data' },
  hover: {
    summary: 'Say what you use the personal data for: each purpose, in concrete words (to deliver orders, to send the newsletter, to prevent fraud).',
    why: 'Purpose is the yardstick for everything else: what you may collect, how long you may keep it, which legal basis applies. Catch-alls such as "business purposes" tell people nothing.',
    good: 'A list or table of purposes, ideally with the data used and the legal basis for each, e.g. "We use your address to deliver your order."',
  },
  clause: { text: 'We use your personal data for these purposes: [[purpose 1, e.g. to create and manage your account]]; [[purpose 2, e.g. to deliver what you order]]; [[purpose 3, e.g. to answer your questions]]. We do not use it for purposes that are incompatible with these.' },
  check(ctx) {
    const deferred = bodySentences(ctx, (s) => holds(PURPOSE_WORD, s) && (holds(DEFERRED, s) || holds(DEFERRED_BY, s)));
    // A policy that points elsewhere for its purposes needs a purpose stated outright here, not an incidental "to".
    const elsewhere = deferred.some((s) => !holds(SELF_REFERENCE, s) && holds(ALL_PURPOSES, s));
    const useFor = (s: Sentence) => holds(USE_FOR_STRONG, s) || (!elsewhere && holds(USE_FOR_LOOSE, s));
    const stated = (s: Sentence) => !isQuestion(s.text) && (useFor(s) || (holds(PURPOSE_NOUN, s) && holds(USE_WORD, s))) && !holds(DEFERRED, s) && !holds(DEFERRED_BY, s) && !holds(NOT_PURPOSE, s) && !holds(PROCESSOR_DUTY, s);
    const listed = (s: Sentence) => s.block?.kind !== 'paragraph' && underHeading(s.section, PURPOSE_HEADING) && holds(LIST_PURPOSE, s);
    // The evidence keeps three, so the merged scan stops there.
    const all = statedOrListed(ctx, stated, listed, EVIDENCE);
    if (all.length) return { state: 'satisfied', evidence: evidence(all, EVIDENCE) };
    if (deferred.length) {
      return {
        state: 'missing',
        message: 'The policy points elsewhere for the purposes of the processing but does not state them. Say here what you use the personal data for (GDPR Art. 13(1)(c)).',
        related: [{ span: deferred[0].span, message: 'The purposes are only referred to here' }],
      };
    }
    return { state: 'missing', message: 'The policy does not say what the personal data is used for. List the purposes of the processing (GDPR Art. 13(1)(c)).' };
  },
});
