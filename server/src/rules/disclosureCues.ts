/**
 * Helpers and wording cues shared by the Art. 13/14 disclosure rules (controller identity, purposes, legal basis,
 * recipients, retention, automated decisions, children, statutory requirement, data categories and sources,
 * EU representative). Every pattern is bounded: no nested unbounded quantifiers.
 */
import type { Sentence } from '../core/parse';
import { holds, mayHold, sentencesWhere } from './sentences';
import type { RuleContext } from '../core/rule';
import type { Span } from '../core/types';

export { gdprArt } from './cues';
export { evidence, firstSentencesWhere, holdsWithNext, nextSentence, withNext, sectionUnder as underHeading } from './sentences';

/** Sentences that are body text (not headings) and pass the test. */
export const bodySentences = (ctx: RuleContext, test: (s: Sentence) => boolean): Sentence[] => sentencesWhere(ctx, test);

/** A sentence is a question ("Do we share your data?"): it asks, its answer discloses. */
const QUESTION = /\?\s*["')\]]?\s*$/;
export const isQuestion = (t: string) => QUESTION.test(t);

/** Line number (1-based) of a span's start. */
export function lineOf(ctx: RuleContext, span: Span): number {
  return ctx.doc.lines.positionAt(span.start).line + 1;
}


/**
 * Obtaining personal data from someone other than the person (Art. 14): a receiving verb with an outside source.
 * Up to four determiners before the source, not three: V8 unrolls a repeat of at most three into three copies of the
 * group, each followed by the whole source alternation, and this pattern then took 22 ms to compile (1.8 ms now).
 */
export const FROM_OTHERS =
  /\b(?:receiv\w{0,4}|obtain\w{0,4}|collect\w{0,4}|gets?|acquir\w{0,4}|gather\w{0,4}|purchas\w{0,4}|buy|bought|sourced?|licen[cs]\w{0,4}|compil\w{0,4}|combin\w{0,4}|supplement\w{0,4}|learn\w{0,4}|comes?|came|originat\w{0,4}) (?:[\w'-]{1,20},? ){0,10}?(?:from|via|through) (?:(?:a|an|the|our|certain|trusted|other|selected|some|various|any|your|carefully|these|such|third|external|outside|public|publicly|commercially|select) ?){0,4}(?:third[- ]part(?:y|ies)|sources? other than (?:you|yourself|the data subject)|(?:other|outside|external|additional|independent) (?:sources?|parties|companies|organi[sz]ations|third parties)|(?:publicly|commercially) (?:available|accessible)|public (?:sources?|records?|registers?|databases?|domain)|data (?:brokers?|providers?|vendors?|aggregators?)|(?:business|marketing|advertising|commercial|joint marketing|co-marketing|referral|trusted|our) partners?|partners?|affiliat\w{0,5}|group companies|social (?:media|networks?|networking)|credit (?:reference|bureaus?|agenc\w{0,3}|rating)|fraud prevention|(?:your )?employer|other users|people you know|friends|referr\w{0,4}|recruit\w{0,5}|lead generation|list (?:brokers?|providers?)|government|authorit\w{0,4}|(?:[\w-]{1,20} ){0,2}(?:organi[sz]ers?|providers?|companies|agencies|agents?|associations?|federations?|brokers?|vendors?|platforms?|networks?|retailers?|resellers?|merchants?|dealers?|clubs?|schools?|employers?|insurers?|banks?|registers?|registries|databases?|directories|marketplaces?|distributors?|publishers?|advertisers?))/i;

/** Generic source words that do not say where the data comes from. */
export const GENERIC_SOURCE = /^(?:(?:other|outside|external|additional|independent|various|third) )?(?:third[- ]part(?:y|ies)|sources?|parties|companies|organi[sz]ations|entities|services)$|^sources? other than (?:you|yourself|the data subject)$/i;

/** Words after a generic source that name it after all: "third-party sales platforms", "other parties, such as our dealers". */
const SOURCE_DETAIL = /^[\s,]{0,3}(?:\(|such as|including|like|e\.g\.|for example|for instance|namely|:|(?:-| )?(?:[\w-]{1,20} ){0,2}(?:providers?|services?|compan\w{1,3}|partners?|platforms?|networks?|vendors?|brokers?|agenc\w{1,3}|registers?|databases?|apps?|sites?|websites?|merchants?|sellers?|retailers?|banks?|marketplaces?|developers?|advertisers?|publishers?|resellers?|distributors?|dealers?|lists?)\b)/i;

/** The preposition before the source in a FROM_OTHERS match. */
const SOURCE_PREPOSITION = /^ (?:from|via|through) /;
/** Determiners and vague qualifiers before the source: "the", "our trusted", "certain other". */
const SOURCE_DETERMINERS = /^(?:(?:a|an|the|our|certain|trusted|other|selected|some|various|any|your|carefully|these|such) )+/i;

/** The source named after "from" in a FROM_OTHERS match. */
export function sourceOf(m: RegExpExecArray): string {
  const t = m[0];
  const k = Math.max(t.lastIndexOf(' from '), t.lastIndexOf(' via '), t.lastIndexOf(' through '));
  return t
    .slice(k >= 0 ? k : 0)
    .replace(SOURCE_PREPOSITION, '')
    .replace(SOURCE_DETERMINERS, '');
}

/** Headings of a section about information received from others. */
export const SOURCE_HEADING = /\b(?:sources?|(?:receive|obtain|collect|get)\w{0,3} from|from (?:third[- ]part|others|other sources|partners)|third[- ]part(?:y|ies) (?:sources?|data|information)|information (?:we receive|from))/i;

const PERSONAL_WORD = /\b(?:data|information|details|personal|contact|profiles?|about you|e-?mail|names?|addresses|numbers?|records?|demographic|interests?|leads?)\b/i;
const NOT_FROM_OTHERS =
  /\b(?:(?:do|does|will|shall|did) not|don't|doesn't|won't|didn't) (?:\w+ ){0,3}(?:receive|obtain|collect|get|buy|purchase|acquire)\b|\bnever (?:\w+ ){0,2}(?:receive|obtain|collect|buy|purchase|acquire)\b|\bonly (?:\w+ ){0,4}(?:directly )?from you\b|\b(?:receive|obtain|collect|get)\w{0,3} no\b/i;

/** Punctuation at the end of a source. */
const TRAILING_PUNCT = /[.,;:]+$/;

/** The Art. 14 trigger: sentences saying data about the person comes from someone else. */
export function fromOthersSentences(ctx: RuleContext): { s: Sentence; source: string; named: boolean }[] {
  const out: { s: Sentence; source: string; named: boolean }[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading || !mayHold(FROM_OTHERS, s) || isQuestion(s.text)) continue;
    const m = FROM_OTHERS.exec(s.text);
    if (!m) continue;
    // Obtaining data is about personal data: not "we get our servers from a hosting company".
    if (!holds(PERSONAL_WORD, s) || holds(NOT_FROM_OTHERS, s)) continue;
    const source = sourceOf(m);
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    out.push({ s, source, named: !GENERIC_SOURCE.test(source.replace(TRAILING_PUNCT, '').trim()) || SOURCE_DETAIL.test(after) });
  }
  return out;
}

/** The characters plain() removes or rewrites. */
const MARKUP = /[[*_`]/;
/** A Markdown link, its text captured (global: used with replace only). */
const MARKDOWN_LINK_ALL = /\[([^\[\]\n]{1,200})\]\([^()\s]{0,500}\)/g;
/** Markdown emphasis and code marks (global: used with replace only). */
const EMPHASIS_ALL = /[*_`]{1,3}/g;

/** Sentence text without Markdown emphasis and with links reduced to their text (for reading names). */
export function plain(t: string): string {
  // Most sentences hold no markup at all: one class scan instead of two replacements.
  if (!MARKUP.test(t)) return t;
  return t.replace(MARKDOWN_LINK_ALL, '$1').replace(EMPHASIS_ALL, '');
}

/** A concrete purpose of use: "we use your phone number to text you" (shared by the CCPA and DPF purpose rules). */
const DATA_OBJ = '(?:information|data|details|it|them|this|these|address(?:es)?|e-?mail(?: address(?:es)?)?|names?|(?:phone|frame|card|account|order|customer) numbers?|cookies?|history|location|records?|content|messages|identifiers)';
const DATA_VERB = '(?:use|uses|used|collect|collects|collected|process|processes|processed|keep|keeps|kept|store|stores|stored|record|records|recorded|need|needs|ask for|asks for|analy[sz]e|analy[sz]es)';
const PURPOSE_VERB = '(?:provide|process|deliver|fulfil|fulfill|operate|improve|personali[sz]e|send|communicate|respond|prevent|detect|comply|secure|protect|maintain|analy[sz]e|market|advertis|show|verify|bill|ship|support|authenticate|debug|understand|measure|manage|run|pay|answer|recruit|hire|administer|invoice|train|contact|schedule|text|call|notify|remind|trace|track|confirm)';
export const SPECIFIC_PURPOSE = new RegExp(
  [
    // "We use your phone number to text you"
    `\\b(?:we|us)\\b[^.;]{0,40}\\b${DATA_VERB}\\b[^.;]{0,60}?\\b${DATA_OBJ}\\b[^.;]{0,40}?\\b(?:to|in order to|for the purposes? of|so that|so we can)\\b[^.;]{0,20}\\b${PURPOSE_VERB}\\w{0,6}`,
    // "Your phone number is used so we can text you"
    `\\b${DATA_OBJ}\\b[^.;]{0,40}\\b(?:is|are|will be|may be|gets?|get)\\b (?:only |also |mainly |solely |primarily )?(?:used|collected|processed|kept|stored|needed|recorded)\\b[^.;]{0,40}\\b(?:to|in order to|so (?:that )?we can|so that)\\b`,
    // "We keep your frame number in order to trace a stolen bike": the purpose marker makes any verb a purpose
    `\\b${DATA_VERB}\\b[^.;]{0,60}\\b${DATA_OBJ}\\b[^.;]{0,40}\\b(?:in order to|so (?:that )?we can|so that we)\\b`,
    `\\b(?:purposes?|why we (?:collect|use))\\b[^.;]{0,10}:`,
  ].join('|'),
  'i',
);
/** Purposes named only as a class: "business purposes", "the purposes described". */

/** "e-mail", counted as the same item as "email". */
const E_MAIL = /e-mail/;

/** Does the text name at least `n` different items of `items` (a global pattern)? Stops at the n-th. */
export function namesAtLeast(items: RegExp, text: string, n: number): boolean {
  const seen = new Set<string>();
  items.lastIndex = 0;
  for (let m = items.exec(text); m; m = items.exec(text)) {
    seen.add(m[0].toLowerCase().replace(E_MAIL, 'email'));
    if (seen.size >= n) return true;
  }
  return false;
}
