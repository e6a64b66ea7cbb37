import { defineRule } from '../../core/rule';
import type { Sentence } from '../../core/parse';
import { decide, sentencesWhere, underHeading } from '../outcome';
import { CATEGORIES_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

/** The category names the statute lists (Cal. Civ. Code §1798.140(v)(1)), one pattern each. */
const STATUTORY: RegExp[] = [
  /\bidentifiers\b/i,
  /customer records|1798\.80\(e\)|\bpersonal information (?:categories )?(?:described|listed) in (?:Cal\. Civ\. Code )?(?:§|section )?\s?1798\.80/i,
  /protected classifications?\b/i,
  /\bcommercial information\b/i,
  /\bbiometric information\b/i,
  /\binternet (?:or|and) (?:other )?(?:similar |electronic )?(?:network )?activity\b|\b(?:internet|electronic network)(?:\/[\w-]{1,20})? (?:\w+ ){0,2}activity\b|\bbrowsing (?:and|or) (?:search )?(?:activity|history) information\b/i,
  /\bgeolocation (?:data|information)\b/i,
  /\b(?:audio|sensory)(?:,| or| and) (?:electronic|visual)|\bsensory (?:data|information)\b/i,
  /\bprofessional or employment[- ]related\b|\b(?:professional|employment)(?:[- ]related)? information\b/i,
  /\b(?:non-?public )?education(?:al)? information\b/i,
  /\binferences (?:drawn|made|about)\b/i,
  /\bsensitive personal information\b/i,
];
const CATEGORY_TALK = /\bcategor(?:y|ies) of (?:personal )?(?:information|data)\b|\b(?:types|kinds) of (?:personal )?(?:information|data)\b|\bwe (?:may )?(?:collect|obtain|receive|gather)\b[^.;]{0,120}\b(?:names?|e-?mail|postal address|phone|IP address|payment|purchase)/i;
const CATEGORY = /\bcategor(?:y|ies)\b/i;

export default defineRule({
  id: 'ccpa-categories-collected',
  title: 'CCPA: categories of personal information collected',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.130', 'Cal. Civ. Code §1798.130(a)(5)(B)(i)'), civ('1798.110', 'Cal. Civ. Code §1798.110(c)(1)'), ccr('7011(e)(1)(A)')],
  defaultSeverity: 'warning',
  section: CATEGORIES_SECTION,
  hover: {
    summary: 'List the kinds of personal information you collected about California consumers in the last 12 months, using the category names the law itself uses (identifiers, commercial information, internet activity, geolocation data, inferences and so on).',
    why: 'Shared category names let a reader compare businesses and know what a request to know will cover; home-made labels such as "account data" do not map onto the law.',
    good: 'A list or table of the statutory categories you collected in the preceding 12 months, each with a few examples of what falls under it.',
  },
  clause: {
    text: 'Personal information we collected in the past 12 months: identifiers (such as [[name, email address, account ID]]); commercial information (such as [[orders and purchase history]]); internet or other electronic network activity information (such as [[pages viewed and device data]]); geolocation data (such as [[approximate location from IP address]]); and inferences drawn from the above to understand [[your preferences]].',
  },
  check(ctx) {
    // One pass: the sentences naming a statutory category (headings included), which names occur, and whether a
    // sentence frames them as categories. A name not yet found is tested on every sentence; one already found only
    // until the sentence is known to be a hit. With three names and three hits the outcome is decided: stop there.
    const hits: Sentence[] = [];
    const found = new Set<RegExp>();
    let framed = false;
    for (const s of ctx.doc.sentences) {
      let hit = false;
      for (const re of STATUTORY) {
        if (found.has(re)) {
          if (!hit && holds(re, s)) hit = true;
        } else if (holds(re, s)) {
          found.add(re);
          hit = true;
        }
      }
      if (!hit) continue;
      hits.push(s);
      if (!framed) framed = holds(CATEGORY, s) || underHeading(s, CATEGORY);
      if (found.size >= 3 && hits.length >= 3) break;
    }
    const distinct = found.size;
    // Two statutory names are enough where the policy frames them as its categories (a business may collect only two).
    if (distinct >= 3 || (distinct >= 2 && framed)) return { state: 'satisfied', evidence: hits.slice(0, 3).map((s) => s.span) };
    const partial = [...hits, ...sentencesWhere(ctx, CATEGORY_TALK)];
    return decide({
      hits: [],
      partial,
      partialMessage: 'The policy describes what it collects, but not under the category names of the CCPA. List the categories collected in the past 12 months with the statutory names (identifiers, commercial information, internet or other electronic network activity information, geolocation data, inferences, ...) (Cal. Civ. Code §1798.130(a)(5)(B), 11 CCR §7011(e)(1)(A)).',
      missing: 'The policy does not list the categories of personal information collected in the past 12 months. Use the category names of the CCPA (identifiers, commercial information, internet activity, ...) (Cal. Civ. Code §1798.130(a)(5)(B), 11 CCR §7011(e)(1)(A)).',
    });
  },
});
