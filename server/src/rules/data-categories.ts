import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { evidence, fromOthersSentences, gdprArt, lineOf, namesAtLeast, underHeading } from './disclosureCues';
import {  EVIDENCE , holds } from './sentences';

const CATEGORY_HEADING = /\b(?:what (?:personal )?(?:data|information)|(?:data|information|details) (?:we|that we|you) (?:\w+ ){0,2}(?:collect|process|hold|receive|obtain|provide|give)|categor(?:y|ies)|types? of (?:personal )?(?:data|information)|(?:data|information) (?:collection|collected|we process))\b/i;
const CATEGORY_WORDS = /\bcategor(?:y|ies) of (?:personal )?(?:data|information)\b|\btypes? of (?:personal )?(?:data|information)\b|\b(?:we|may|will|I) (?:\w+ ){0,2}(?:collect|process|receive|obtain|gather|hold|store|record|ask for|request) (?:\w+ ){0,3}(?:the following|following|these|such|some|certain)\b(?! (?:purposes?|reasons?|ways?))|\b(?:data|information|details) (?:such as|including|like|e\.g\.|namely|\(e\.g\.|:)/i;
/** Kinds of personal data named in a sentence; two or more with a collecting verb make a list of categories. */
const ITEM = /\b(?:(?:full |first |last |user ?|display |real )?names?|e-?mail(?: address(?:es)?)?|phone(?: numbers?)?|telephone(?: numbers?)?|mobile numbers?|(?:postal|home|delivery|billing|mailing|street) address(?:es)?|IP address(?:es)?|date of birth|birth ?dates?|ages?|gender|locations?|geolocation|payment (?:details|information|data|card)|credit card|card (?:details|numbers?)|bank (?:account|details)|device (?:identifiers?|information|IDs?|type)|browser(?: type)?|operating system|usage data|log (?:data|files)|photos?|pictures?|images?|voice|recordings?|usernames?|passwords?|account (?:details|information|data)|purchase history|order (?:history|details)|transaction (?:data|history)|contact (?:details|information|data)|identifiers|cookies?|preferences|messages?|communications|job titles?|employer|nationality|passport|ID (?:card|number)|social security|tax (?:ID|number)|health data|biometric\w{0,5}|signatures?)\b/gi;
const COLLECT = /\b(?:collect\w{0,3}|process\w{0,3}|receiv\w{0,3}|obtain\w{0,3}|gather\w{0,3}|hold|store\w{0,1}|record\w{0,3}|ask(?:s|ed)? (?:you )?for|request\w{0,3}|provid\w{0,3}|giv(?:e|es|en)|enter\w{0,3}|submit\w{0,3}|includ\w{0,3}|such as|log\w{0,3}|us(?:e|es|ed))\b/i;

/** ITEM without the global flag: does the sentence name at least one kind of data? */
const ANY_ITEM = new RegExp(ITEM.source, 'i');


export default defineRule({
  id: 'data-categories',
  title: 'Categories of personal data',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [
    { label: 'GDPR Art. 14(1)(d)', url: gdprArt(14) },
    { label: 'GDPR Art. 15(1)(b)', url: gdprArt(15) },
  ],
  defaultSeverity: 'warning',
  section: { heading: CATEGORY_HEADING, title: 'What data we collect' },
  hover: {
    summary: 'Say which kinds of personal data you hold (contact details, payment data, usage data...). This is required where you get data from someone other than the person (Art. 14(1)(d)), and good practice everywhere.',
    why: 'People whose data reached you through someone else cannot know what you hold unless you tell them.',
    good: 'A list of categories with examples, e.g. "Contact details: name, email address. Order data: items bought, delivery address. Technical data: IP address, browser type."',
  },
  clause: { text: 'We process these categories of personal data: [[category, e.g. contact details (name, email address)]]; [[category, e.g. order data]]; [[category, e.g. technical data (IP address, browser type)]].' },
  check(ctx) {
    // One pass in document order gives the merged list of "named" and "listed" sentences (a sentence that is both
    // counts twice, as in a merge); the evidence keeps three, so the scan stops there. Cheap tests first: the
    // collecting verb before counting items, the block kind and heading before the item pattern.
    const all: Sentence[] = [];
    for (const s of ctx.doc.sentences) {
      if (s.heading) continue;
      if (holds(CATEGORY_WORDS, s) || (holds(COLLECT, s) && namesAtLeast(ITEM, s.text, 2))) all.push(s);
      if (all.length < EVIDENCE && s.block?.kind !== 'paragraph' && underHeading(s.section, CATEGORY_HEADING) && holds(ANY_ITEM, s)) all.push(s);
      if (all.length >= EVIDENCE) break;
    }
    if (all.length) return { state: 'satisfied', evidence: evidence(all, EVIDENCE) };
    const others = fromOthersSentences(ctx);
    if (!others.length) return { state: 'not-applicable', reason: 'the policy does not say that personal data is obtained from anyone other than the person (Art. 14)' };
    return {
      state: 'missing',
      message: `The policy says personal data comes from others (line ${lineOf(ctx, others[0].s.span)}) but does not say which kinds of data it holds. List the categories of personal data (GDPR Art. 14(1)(d)).`,
      related: [{ span: others[0].s.span, message: 'Data obtained from others' }],
    };
  },
});
