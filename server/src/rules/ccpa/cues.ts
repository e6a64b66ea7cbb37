/** Wording and links shared by the CCPA rules. Every pattern is bounded (no nested unbounded quantifiers). */
import type { Sentence } from '../../core/parse';
import type { RuleContext, SectionTarget } from '../../core/rule';
import type { Citation } from '../../core/types';
import { sentencesWhere } from '../outcome';

export const civ = (section: string, label?: string): Citation => ({
  label: label ?? `Cal. Civ. Code §${section}`,
  url: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${section.replace(/\(.*/, '')}`,
});
export const CCR_URL = 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf';
export const ccr = (section: string): Citation => ({ label: `11 CCR §${section}`, url: CCR_URL });

export const CCPA_RIGHTS_SECTION: SectionTarget = {
  heading: /California|\bCCPA\b|\bCPRA\b|\brights?\b|\bchoices\b|\brequests?\b/i,
  title: 'Your California privacy rights',
};
export const CATEGORIES_SECTION: SectionTarget = {
  heading: /categor|(?:information|data) (?:we|that we|you) (?:collect|provide|give)|what (?:personal )?(?:information|data)|\bcollect/i,
  title: 'Personal information we collect',
};
export const SHARING_SECTION: SectionTarget = {
  heading: /\bshar|disclos|\bsell|\bsale\b|\bsold\b|third parties|recipients/i,
  title: 'Selling, sharing and disclosing personal information',
};

/** A negation in the sentence: "we do not sell", "we have never sold", "no personal information was shared". */
export const NEGATION = /\b(?:not|never|no|none|neither|nor|nothing)\b|n't\b|n’t\b/i;
/** Selling a business is not selling personal information. */
const CORPORATE = /\bmerger|acquisition|bankrupt|reorgani[sz]|\bsale of (?:all|some|part|substantially|our|the|a) (?:\w+ ){0,3}(?:business|company|assets|stock|shares|division)|\bsell (?:our|the) (?:business|company|assets)/i;
const SELL_POSITIVE =
  /\b(?:we|us)\b[^.;]{0,60}\b(?:sell|sells|sold|selling)\b|\b(?:we|us)\b[^.;]{0,60}\b(?:share|shares|shared|sharing)\b[^.;]{0,120}\b(?:cross-context|targeted advertising|behaviou?ral advertising|interest-based advertising)|\b(?:sold|shared)(?: or (?:sold|shared))? (?:\w+ ){0,3}in the (?:preceding|past|last) (?:12|twelve)\b/i;
const SELL_WORD = /\b(?:sell|sells|sold|selling|sale)\b/i;

/** Sentences saying the business sells or shares personal information. */
export function sellingSentences(ctx: RuleContext): Sentence[] {
  return sentencesWhere(ctx, (s) => SELL_POSITIVE.test(s.text) && !NEGATION.test(s.text) && !CORPORATE.test(s.text));
}

/** Sentences saying it does not sell (or share). */
export function noSaleSentences(ctx: RuleContext): Sentence[] {
  return sentencesWhere(ctx, (s) => SELL_WORD.test(s.text) && NEGATION.test(s.text) && /\b(?:we|us|our)\b/i.test(s.text) && !CORPORATE.test(s.text));
}

/** The opt-out link under its current name, or the alternative "Your Privacy Choices" link (title case or capitals only). */
export const DO_NOT_SELL_OR_SHARE = /\bDo Not Sell (?:or|and|\/) Share My (?:Personal )?(?:Information|Info|Data)\b|\bDO NOT SELL (?:OR|AND|\/) SHARE MY (?:PERSONAL )?(?:INFORMATION|INFO|DATA)\b|\bYour (?:California )?Privacy Choices\b|\bYOUR (?:CALIFORNIA )?PRIVACY CHOICES\b/;
/** The pre-CPRA title of the link, without "or Share" (title case or capitals only: "we do not sell my data" in prose is not a link). */
export const DO_NOT_SELL_OLD = /\bDo Not Sell (?!or Share|and Share|\/ ?Share)My (?:Personal )?(?:Information|Info|Data)\b|\bDO NOT SELL (?!OR SHARE|AND SHARE|\/ ?SHARE)MY (?:PERSONAL )?(?:INFORMATION|INFO|DATA)\b/;

/** Wording of an opt-out of sale or sharing. */
export const OPT_OUT =
  /\bopt(?:-| )?out\b[^.;]{0,60}\b(?:sale|sales|sell|selling|sold|sharing|share|shared|targeted advertising|cross-context)\b|\b(?:right|request|ask|direct us) (?:\w+ ){0,3}(?:not to|to stop|that we (?:do not|stop)) (?:sell|selling|share|sharing)\b/i;
