/** Wording cues shared by several rules. Every pattern is bounded (no nested unbounded quantifiers). */
import type { RuleContext } from '../core/rule';
import type { Span } from '../core/types';
import type { Entity } from '../core/entities';

/** Words that frame a sentence as something the reader may do or ask for. */
export const RIGHTS_FRAME = /\b(?:rights?|entitled|entitles|request\w*|ask(?:ing)? (?:us|that|for|to)|you (?:can|may|could|might|are able to|have the|also have|will be able|also can|are entitled|can also|may also)|able to|option to|choose to|opportunity to|exercis\w+|have us|instruct us|demand|apply (?:to|for)|let us know|contact us to|write to us|obtain|(?:if )?you (?:would like|wish|want|prefer) to|(?:would like|wish) to|please (?:contact|e-?mail|write|use|visit|send|submit|call|let)|by (?:calling|contacting|e-?mailing|writing to|visiting|logging in|signing in|going to))\b/i;

/** The word "right" (singular) on its own: a frame for the right a sentence names. */
export const RIGHT_WORD_ONLY = /\bright\b/i;

/** The reader addressed: "you". */
export const YOU_ONLY = /\byou\b/i;

/** The organisation speaking: "we", "us", "our". */
export const WE_US_OUR = /\b(?:we|us|our)\b/i;

/** From the first parenthesis of a citation ("13(1)(a)", "1798.130(a)(1)") on: a link names the number alone. */
export const FROM_PAREN = /\(.*/;

export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
export const gdprArt = (n: number | string) => `${GDPR_URL}#art_${String(n).replace(FROM_PAREN, '')}`;
export const CCPA_130_URL = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130';

/** Headings of the section where data-subject rights are listed. */
export const RIGHTS_SECTION = {
  heading: /\brights?\b|\bchoices?\b|\baccess(?:ing)?\b,?(?: (?:and|&|or))? (?:\w+,? ){0,2}(?:control|correct|updat|delet|modif|chang|review|limit)|how (?:to|can I|do I) (?:access|control|correct|update|delete|manage)|control (?:over )?(?:your|my) (?:personal )?(?:data|information)|data subject|managing (?:your|my) (?:data|information)|\b(?:GDPR|privacy|data subject|data) requests?\b/i,
  title: 'Your rights',
};

export function entitiesIn(list: Entity[], span: Span): Entity[] {
  return list.filter((e) => e.span.start >= span.start && e.span.end <= span.end);
}

export function anyContactIn(ctx: RuleContext, span: Span): Entity | null {
  const f = ctx.facts;
  for (const list of [f.emails, f.phones, f.addresses, f.urls]) {
    const hit = list.find((e) => e.span.start >= span.start && e.span.end <= span.end);
    if (hit) return hit;
  }
  return null;
}

