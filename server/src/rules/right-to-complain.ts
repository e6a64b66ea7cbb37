import { defineRule } from '../core/rule';
import { gdprArt, RIGHTS_SECTION } from './cues';
import { gdprArticle, sentencesNamingGdpr } from './rightRule';
import {  EVIDENCE, evidence, sectionUnder , holds } from './sentences';
import type { Sentence } from '../core/parse';

const ARTICLE_77 = gdprArticle('77');

const AUTHORITY = /\b(?:supervisory authorit\w*|data protection (?:authorit\w*|agency|commission\w*|regulator|board|office|inspectorate)\b|authorit(?:y|ies) for (?:the )?(?:privacy|data)|(?:privacy|data) protection (?:\w+ ){0,2}authorit\w*|(?:local|competent|relevant|national|data privacy|privacy|governmental|government|EU|European|UK|state|federal) (?:\w+ ){0,2}(?:authorit\w*|regulators?)|regulators?\b|information commissioner\w*|\bICO\b|\bCNIL\b|\bDPC\b|\bAEPD\b|\bGarante\b|\bBfDI\b|\bANPD\b|\bEDPS\b|\bDPAs?\b|Federal Trade Commission|\bFTC\b|privacy commissioner|data protection supervisor|Datenschutzbeh\w*|Commissioner for Data Protection|Autoriteit Persoonsgegevens|Datatilsynet|Attorney General)/i;
const COMPLAIN = /\b(?:complain\w*|complaints?|lodge|report|concerns?|grievances?|right to (?:contact|approach|appeal|refer)|contact|refer (?:the|your) (?:matter|complaint)|(?:take|bring|raise|refer)s? (?:the |this |that |your |a |any )?(?:matter|issue|case|concern|question|problem)s? (?:up )?(?:to|with|before)|escalat\w*|recourse|appeal)\b/i;
/** We handle complaints together with an authority: not the reader's right to go to it. */
const OURS = /\bwe (?:\w+ ){0,2}(?:work|cooperate|co-operate|comply) with (?:\w+ ){0,4}(?:authorit|regulator)/i;
const YOU = /\b(?:you|your|data subjects?|individuals?|users?|consumers?)\b/i;
const RIGHT_WORD = /\b(?:right|lodge|file|make a complaint)\b/i;
/** A complaint of any kind, to anyone. */
const COMPLAINT_WORD = /\bcomplain\w*|complaints?\b/i;

export default defineRule({
  id: 'right-to-complain',
  title: 'Right to lodge a complaint with a supervisory authority',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 77', url: gdprArt(77) },
    { label: 'GDPR Art. 13(2)(d)', url: gdprArt(13) },
  ],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'People can complain to a data protection supervisory authority (for example in the country where they live or work), not only to you.',
    why: 'The right to an independent regulator is the backstop for every other right; the notice must say it exists (Art. 13(2)(d)).',
    good: 'Name the right to complain to a supervisory authority, ideally with your lead authority (or the ICO for UK users) and a link.',
  },
  clause: { text: 'Complaints: you have the right to lodge a complaint with a data protection supervisory authority, in particular in the country where you live, where you work or where you believe your rights were infringed (GDPR Art. 77). Our lead authority is [[name and website of your supervisory authority]].' },
  check(ctx) {
    // The outcome keeps the first three passages: the search stops there. An article citation needs the law named.
    const ss = ctx.doc.sentences;
    const namesGdpr = sentencesNamingGdpr(ss);
    const hits: Sentence[] = [];
    for (let i = 0; i < ss.length && hits.length < EVIDENCE; i++) {
      const s = ss[i];
      if (
        ((namesGdpr[i] === 1 && holds(ARTICLE_77, s)) || (holds(AUTHORITY, s) && holds(COMPLAIN, s) && !holds(OURS, s))) &&
        (holds(YOU, s) || holds(RIGHT_WORD, s) || sectionUnder(s.section, RIGHTS_SECTION.heading, 4))
      )
        hits.push(s);
    }
    if (hits.length) return { state: 'satisfied', evidence: evidence(hits) };
    const toUs = ctx.doc.sentences.filter((s) => holds(COMPLAINT_WORD, s) && holds(YOU, s));
    if (toUs.length) {
      return {
        state: 'partial',
        message: 'The policy lets people complain to you, but not to a supervisory authority. Add the right to lodge a complaint with a data protection authority (GDPR Art. 77, 13(2)(d)).',
        evidence: [toUs[0].span],
      };
    }
    return { state: 'missing', message: 'The policy does not mention the right to lodge a complaint with a supervisory authority. Add it, naming your lead authority where you can (GDPR Art. 77, 13(2)(d)).' };
  },
});
