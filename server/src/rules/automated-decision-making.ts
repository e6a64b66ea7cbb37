import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { evidence, gdprArt } from './disclosureCues';
import {  EVIDENCE , holds } from './sentences';

/** Automated decision-making or profiling named as such (Art. 22). */
const ADM =
  /\bautomated[- ](?:individual[- ])?decision(?:s|-making| making)?\b|\bautomatic (?:individual )?decision|\bdecisions? (?:\w+ ){0,5}?(?:based |made |taken )?(?:solely |exclusively |purely |only |entirely |wholly )?(?:on|by|through|using|via|with) (?:\w+ ){0,2}(?:automat\w{0,5}|algorithm\w{0,3}|machines?|computers?)\b|\b(?:solely|exclusively|purely|wholly|fully) (?:on |by )?automat\w{0,5} (?:processing|means|decision|basis)|\bprofiling\b|\bprofil(?:e|es) (?:of|about) (?:you|users|individuals|our (?:users|customers))\b|\bArt(?:icle|\.)? ?22(?:\s?\(\d\))? (?:of (?:the )?)?(?:UK |EU )?(?:GDPR|General Data)|\b(?:GDPR|LGPD),? Art(?:icle|\.)? ?(?:22|20)\b|\bArt(?:icle|\.)? ?20 (?:of (?:the )?)?LGPD|\b(?:review|revision) of (?:automated )?decisions?\b|\b(?:software|algorithms?|machines?|computers?|robots?|programs?) (?:\w+ ){0,2}(?:decides?|determines?|judges?)\b|\b(?:robots?|machines?|computers?|algorithms?|software|artificial intelligence|AI) (?:\w+ ){0,3}(?:make|makes|take|takes|decide|decides|making|taking) (?:\w+ ){0,3}decisions?\b|\b(?:build|creat|compil|develop|construct|generat)\w{0,3} (?:a |an |the )?(?:\w+ )?(?:user|customer|consumer|marketing|behaviou?ral|advertising|interest|private|individual|personali[sz]ed|detailed) profiles?\b|\bprofiles? (?:of|about) (?:you|users|individuals|customers|consumers|visitors)\b|\bprofiles?["']? (?:\w+ ){0,2}(?:deduced|derived|inferred|built|created|compiled|based on)\b|\b(?:tailored|suited?|matched|according) to (?:suit |match |fit )?(?:your |their )?(?:customer |user |personal |individual )?profiles?\b|\b(?:automated|automatic) (?:systems?|means|manner|processes|tools?|analysis|scanning) (?:\w+ ){0,8}(?:analy[sz]\w{0,3}|decid\w{0,3}|determin\w{0,4}|block\w{0,3}|flag\w{0,3}|scor\w{0,3}|assess\w{0,4}|evaluat\w{0,3}|detect\w{0,3}|filter\w{0,3})\b|\b(?:analy[sz]\w{0,3}|scan\w{0,4}|review\w{0,3}|process\w{0,3}) (?:\w+ ){0,4}in an? (?:automated|automatic) (?:manner|way|fashion)/i;
/** "Profiling cookies" of other companies and the like: the word without a statement about the controller's own practice still counts; these do not. */
const NOT_ADM = /\b(?:social (?:network|media)\w{0,2}|platforms?) (?:\w+ ){0,6}(?:their own|its own) profil|^(?:[-*\u2022]\s?)?(?:social (?:networks?|media(?: sites| platforms)?)|(?:these|those|such|the|other) (?:\w+ ){0,2}(?:networks?|platforms?|companies|providers?|partners?|advertisers?|third parties|sites))\b|\binferences drawn\b|\bprofil\w{0,3} (?:\w+ ){0,3}(?:stored|held|kept|maintained|built|created|collected) by (?:social|third|other|these|those)|\bprofiles? (?:\w+ ){0,3}that (?:social|third|other|these|those) (?:\w+ ){0,2}(?:maintain|keep|build|create|hold)/i;
const ADM_HEADING = /\bautomated (?:individual )?decision|\bprofiling\b/i;

export default defineRule({
  id: 'automated-decision-making',
  title: 'Automated decision-making and profiling',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [
    { label: 'GDPR Art. 13(2)(f)', url: gdprArt(13) },
    { label: 'GDPR Art. 22', url: gdprArt(22) },
  ],
  defaultSeverity: 'warning',
  section: { heading: /\bautomat\w{0,5}|\bprofiling\b|\bdecision/i, title: 'Automated decisions and profiling' },
  hover: {
    summary: 'Say whether you take decisions about people by automated means alone, including profiling. If you do, explain the logic involved and what it means for the person; if you do not, a one-line statement is enough.',
    why: 'Decisions made by software alone (credit, hiring, fraud blocks) can hurt people who never saw a human; the GDPR gives them the right to human review (Art. 22) and the notice must say when it applies.',
    good: '"We do not make decisions based solely on automated processing, including profiling, that have legal or similarly significant effects on you." Or, when you do: what is decided, the main factors, and how to ask for a human to look again.',
  },
  clause: { text: 'We do not make decisions about you based solely on automated processing, including profiling, that produce legal effects or similarly significantly affect you. [[If you do: what is decided automatically, the logic involved and the consequences for the person, and how they can ask for human review.]]' },
  check(ctx) {
    // Body sentences and headings, merged in document order; the evidence keeps three, so the scan stops there.
    const all: Sentence[] = [];
    for (const s of ctx.doc.sentences) {
      if (s.heading ? holds(ADM_HEADING, s) : holds(ADM, s) && !holds(NOT_ADM, s)) all.push(s);
      if (all.length === EVIDENCE) break;
    }
    if (all.length) return { state: 'satisfied', evidence: evidence(all, EVIDENCE) };
    return { state: 'missing', message: 'The policy does not say whether decisions are made by automated means, including profiling. State that you do not, or explain the logic and the consequences where you do (GDPR Art. 13(2)(f), Art. 22).' };
  },
});
