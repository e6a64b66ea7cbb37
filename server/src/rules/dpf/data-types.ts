import { defineRule } from '../../core/rule';
import type { Sentence } from '../../core/parse';
import { decide, sentencesWhere, underHeading } from '../outcome';
import { namesAtLeast } from '../disclosureCues';
import { DPF_SECTION, notice } from './cues';
import {  EVIDENCE , holds } from '../sentences';

/** Naming the kinds of data as such: "the types of personal data we receive", "categories of information". */
const TYPES_TALK = /\b(?:types?|kinds?|categor(?:y|ies)) of (?:personal )?(?:data|information)\b/i;
/** Kinds of personal data; two or more with a collecting verb make a list of types. */
const ITEM =
  /\b(?:(?:full |first |last |user ?|display )?names?|e-?mail(?: address(?:es)?)?|(?:tele)?phone(?: numbers?)?|(?:postal|home|delivery|billing|mailing|street|work) address(?:es)?|IP address(?:es)?|date of birth|job titles?|employer|payment (?:details|information|data)|card (?:details|numbers?)|bank (?:account|details)|device (?:identifiers?|information|data|IDs?)|browser (?:type|data)|usage data|log (?:data|files)|location(?: data)?|geolocation|photos?|account (?:details|information|data)|purchase history|order (?:history|details|data)|transaction (?:data|history)|contact (?:details|information|data)|identifiers|preferences|messages|support (?:tickets|requests)|payroll|salary|health (?:data|information)|CVs?)\b/gi;
const COLLECT = /\b(?:collect\w{0,3}|receiv\w{0,3}|obtain\w{0,3}|gather\w{0,3}|process\w{0,3}|hold|holds|store\w{0,1}|ask(?:s|ed)? (?:you )?for|includ\w{0,3}|such as|consist\w{0,3}|comprise\w{0,1}|transferr?\w{0,3})\b/i;
const COLLECT_HEADING = /\bcollect\w{0,4}\b|\bwhat (?:personal )?(?:data|information)\b|\b(?:data|information) we (?:\w+ ){0,2}(?:hold|receive|process)\b|\btypes? of\b|\bcategor/i;
const COLLECT_ANY = /\b(?:collect|collects|collected|receive|receives|received|obtain|obtains|obtained|gather|gathers|gathered)\b[^.;]{0,60}\b(?:personal )?(?:data|information)\b/i;

/** ITEM without the global flag: does the sentence name at least one type of data? */
const ANY_ITEM = new RegExp(ITEM.source, 'i');


export default defineRule({
  id: 'dpf-data-types',
  title: 'DPF: types of personal data collected (and adhering subsidiaries)',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('ii')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say which types of personal data you collect about the people whose data you receive under the Framework. If U.S. subsidiaries or other group entities also adhere to the Principles under your certification, name them too.',
    why: 'An individual in Europe can only judge what the Framework protects for them if they know what you hold; the list of adhering entities shows who else is bound by the same promises.',
    good: 'A short list of data types with examples ("contact details such as name and email address; order history; device data such as IP address"), and, where they exist, the names of the subsidiaries covered by the certification.',
  },
  clause: { text: 'Under the Data Privacy Framework we receive these types of personal data: [[types, e.g. contact details (name, email address), order history, device data (IP address)]]. Our U.S. subsidiaries [[names of the subsidiaries that also adhere, or delete this sentence]] also adhere to the Data Privacy Framework Principles.' },
  check(ctx) {
    // The evidence keeps the first three of "named" followed by "listed": each search stops when three are found.
    // Cheap tests first: the collecting verb before counting items, the block kind and heading before the item pattern.
    const hits: Sentence[] = [];
    for (const s of ctx.doc.sentences) {
      if (hits.length >= EVIDENCE) break;
      if (!s.heading && (holds(TYPES_TALK, s) || (holds(COLLECT, s) && namesAtLeast(ITEM, s.text, 2)))) hits.push(s);
    }
    for (const s of ctx.doc.sentences) {
      if (hits.length >= EVIDENCE) break;
      if (!s.heading && s.block?.kind !== 'paragraph' && underHeading(s, COLLECT_HEADING) && holds(ANY_ITEM, s)) hits.push(s);
    }
    return decide({
      hits,
      // Read only when there is no hit.
      partial: hits.length ? [] : sentencesWhere(ctx, COLLECT_ANY),
      partialMessage: 'The policy says personal data is collected but not which types. List the types of personal data collected (and any subsidiaries that also adhere to the Principles) (DPF Notice Principle II.1.a(ii)).',
      missing: 'The policy does not say which types of personal data it collects, or which of its entities also adhere to the Data Privacy Framework Principles (DPF Notice Principle II.1.a(ii)).',
    });
  },
});
