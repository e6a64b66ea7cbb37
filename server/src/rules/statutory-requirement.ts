import { defineRule } from '../core/rule';
import { evidence, firstSentencesWhere, gdprArt, holdsWithNext } from './disclosureCues';
import { holds } from './sentences';

/** Whether the person must give the data: voluntary, mandatory, required by law or for a contract. */
const OBLIGATION =
  /\b(?:(?:you|users?|customers?|data subjects?|individuals?|members?|applicants?|visitors?|candidates?|patients?|clients?|guests?|no ?one)(?! data| information) (?:\w+ ){0,3}(?:not |under no |no )?(?:obliged|obligated|required|bound|compelled|forced|obligation|need) to (?:provide|give|supply|share|disclose|submit|enter|hand)|statutory (?:or|and|\/) contractual|contractual (?:or|and|\/) statutory|(?:statutory|legal|contractual) (?:requirement|obligation) to provide|(?:providing|provision of|giving|supplying|submission of) (?:\w+ ){0,5}(?:is|are) (?:entirely |completely |always |generally |strictly )?(?:voluntary|optional|mandatory|required|obligatory|necessary|a (?:statutory|contractual|legal) (?:requirement|obligation)|not (?:mandatory|required|obligatory|compulsory))|(?:the following|are|is|as|all|any|some|certain|other|these|those) (?:mandatory|obligatory|compulsory|required) (?:fields?|information|data|details)|(?:are|is) (?:marked|indicated|flagged|identified) (?:\w+ ){0,2}(?:mandatory|required|obligatory|compulsory)|(?:on a )?voluntary basis|(?:you )?(?:provide|give|share|enter) (?:\w+ ){0,4}voluntarily|(?:is|are) (?:entirely |completely |always |strictly |purely )?(?:optional|voluntary)\b|(?:data|information|details|it|they) (?:is|are) (?:\w+ ){0,2}(?:required|needed|necessary) (?:\w+ ){0,2}(?:to|for) (?:enter\w{0,3} into|conclud\w{1,3}|perform\w{0,3}|fulfil\w{0,3}) (?:\w+ ){0,3}(?:contract|agreement))/i;
/** What happens when the data is not given. */
const CONSEQUENCE_IF = /\b(?:if|where|should|when) you (?:\w+ ){0,2}(?:do not|don't|choose not to|decide not to|decline to|refuse to|fail to|prefer not to|opt not to|elect not to|are unwilling to|cannot|can't) (?:\w+ ){0,3}(?:provide|give|supply|share|submit|enter|disclose|consent|allow|agree|fill)\b|\bwithout (?:this|that|these|such|the|your|certain|those) (?:\w+ ){0,2}(?:data|information|details|e-?mail|address|name|number)|\bwithout (?:it|them),|\b(?:failure|refusal|refusing|unwillingness|declining) to (?:provide|give|supply|share)\b|\bif (?:this|that|the|such|these|certain) (?:\w+ ){0,3}(?:is|are) not (?:provided|given|supplied)\b/i;
const CONSEQUENCE_THEN = /\b(?:not be able|unable|cannot|can't|can not|could not|couldn't|may not|might not|will not|won't|impossible|not possible|prevent\w{0,3}|limit\w{0,3}|restrict\w{0,3}|affect\w{0,3}|lose|miss)\b/i;
const DATA_WORD = /\b(?:data|information|details|it|them|this|these|name|e-?mail|address|number|cookies?)\b/i;

export default defineRule({
  id: 'statutory-requirement',
  title: 'Whether providing the data is required',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [{ label: 'GDPR Art. 13(2)(e)', url: gdprArt(13) }],
  defaultSeverity: 'warning',
  section: { heading: /\b(?:do (?:you|I) have to|must (?:you|I)|obligat\w{0,5}|mandatory|required|voluntary|what (?:data|information) (?:we|do we) (?:collect|ask|need)|(?:data|information) (?:we|you) (?:collect|provide|give)|(?:data|information) we collect)\b/i, title: 'Do you have to give us your data?' },
  hover: {
    summary: 'Say whether people must give you their data (because the law or a contract requires it, or because you cannot provide the service without it) and what happens if they do not.',
    why: 'People can only choose freely when they know which fields are optional and what refusing costs them (Art. 13(2)(e)). This item is missing from many notices.',
    good: '"You need to give us your name and address so that we can deliver your order; without them we cannot accept it. Your phone number is optional."',
  },
  clause: { text: 'Giving us [[data, e.g. your name and delivery address]] is necessary to [[purpose, e.g. enter into and perform our contract with you]]; if you do not provide it, [[consequence, e.g. we cannot accept your order]]. Everything else we ask for is optional. [[Data required by law, if any, and the law that requires it.]]' },
  check(ctx) {
    // The evidence keeps three sentences, so the search stops there.
    const hits = firstSentencesWhere(ctx, (s) => {
      if (holds(OBLIGATION, s)) return true;
      if (!holds(CONSEQUENCE_IF, s)) return false;
      return holdsWithNext(ctx, CONSEQUENCE_THEN, s) && holds(DATA_WORD, s);
    }, 3);
    if (hits.length) return { state: 'satisfied', evidence: evidence(hits) };
    return { state: 'missing', message: 'The policy does not say whether people must provide their data (by law, by contract or to use the service) and what happens if they do not (GDPR Art. 13(2)(e)).' };
  },
});
