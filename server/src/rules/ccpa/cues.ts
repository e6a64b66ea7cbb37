/** Wording and links shared by the CCPA rules. Every pattern is bounded (no nested unbounded quantifiers). */
import type { Sentence } from '../../core/parse';
import type { RuleContext, SectionTarget } from '../../core/rule';
import type { Citation } from '../../core/types';
import { FROM_PAREN, WE_US_OUR } from '../cues';
import { sentencesWhere, underHeading } from '../outcome';
import { holds } from '../sentences';

export const civ = (section: string, label?: string): Citation => ({
  label: label ?? `Cal. Civ. Code §${section}`,
  url: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${section.replace(FROM_PAREN, '')}`,
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
const CORPORATE = /\bmerger|acquisition|bankrupt|reorgani[sz]|\b(?:buy|buys|purchase|acquire)\b[^.;]{0,20}\bsell\w{0,3}\b|\bsell\w{0,3}\b[^.;]{0,20}\b(?:buy|purchase|acquire|merge)\w{0,3}\b|\bsell (?:\w+ ){0,2}assets\b|\bsale of (?:all|some|part|substantially|our|the|a) (?:\w+ ){0,3}(?:business|company|assets|stock|shares|division)|\bsell (?:our|the) (?:business|company|assets)/i;
const SELL_POSITIVE =
  /\b(?:we|us)\b[^.;]{0,60}\b(?:sell|sells|sold|selling)\b|\b(?:we|us)\b[^.;]{0,60}\b(?:share|shares|shared|sharing)\b[^.;]{0,120}\b(?:cross-context|targeted advertising|behaviou?ral advertising|interest-based advertising)|\b(?:sold|shared)(?: or (?:sold|shared))? (?:\w+ ){0,3}in the (?:preceding|past|last) (?:12|twelve)\b|\b(?:our|its) (?:sale|sales|selling) of (?:your |the |consumers' )?(?:personal )?(?:information|data)\b/i;
const SELL_WORD = /\b(?:sell|sells|sold|selling|sale)\b/i;

/** A description of the right to know ("the right to know what we collect, disclose and sell") says nothing about whether the business sells. */
const RIGHT_TO_KNOW_WORDING = /\bright to (?:know|request|access)\b|\brequest (?:that we|us to) disclose\b|\b(?:know|disclose|tell you) (?:what|which|how|whether|the categories)\b/i;

/** Sentences saying the business sells or shares personal information. */
export function sellingSentences(ctx: RuleContext): Sentence[] {
  return sentencesWhere(ctx, (s) => holds(SELL_POSITIVE, s) && !holds(NEGATION, s) && !holds(CORPORATE, s) && !holds(RIGHT_TO_KNOW_WORDING, s));
}

/** Sentences saying it does not sell (or share). */
export function noSaleSentences(ctx: RuleContext): Sentence[] {
  return sentencesWhere(ctx, (s) => holds(SELL_WORD, s) && holds(NEGATION, s) && holds(WE_US_OUR, s) && !holds(CORPORATE, s));
}

/** The opt-out link under its current name, or the alternative "Your Privacy Choices" link (title case or capitals only). */
export const DO_NOT_SELL_OR_SHARE = /\bDo Not Sell (?:or|and|\/) Share My (?:Personal )?(?:Information|Info|Data)\b|\bDO NOT SELL (?:OR|AND|\/) SHARE MY (?:PERSONAL )?(?:INFORMATION|INFO|DATA)\b|\bYour (?:California )?Privacy Choices\b|\bYOUR (?:CALIFORNIA )?PRIVACY CHOICES\b/;
/** The pre-CPRA title of the link, without "or Share" (title case or capitals only: "we do not sell my data" in prose is not a link). */
export const DO_NOT_SELL_OLD = /\bDo Not Sell (?!or Share|and Share|\/ ?Share)My (?:Personal )?(?:Information|Info|Data)\b|\bDO NOT SELL (?!OR SHARE|AND SHARE|\/ ?SHARE)MY (?:PERSONAL )?(?:INFORMATION|INFO|DATA)\b/;

/** Wording of an opt-out of sale or sharing. */
export const OPT_OUT =
  /\bopt(?:-| )?out\b[^.;]{0,60}\b(?:sale|sales|sell|selling|sold|sharing|share|shared|targeted advertising|cross-context)\b|\b(?:right|request|ask|direct us|tell us|instruct us) (?:\w+ ){0,3}(?:not to|to stop|that we (?:do not|stop)) (?:sell|selling|share|sharing)\b/i;

/** Sensitive personal information by its CCPA name (Cal. Civ. Code §1798.140(ae)). */
export const SPI = /\bsensitive (?:personal )?(?:information|data)\b/i;
/** The right to limit by name, its link title, or limiting the use of sensitive personal information. */
export const LIMIT = /\bLimit the Use of My Sensitive Personal Information\b|\bright to limit\b|\b(?:limit|restrict)\w{0,3}\b[^.;]{0,60}\bsensitive personal\b/i;
/** The link title alone (title case or capitals). */
export const LIMIT_LINK = /\bLimit the Use of My Sensitive Personal Information\b|\bLIMIT THE USE OF MY SENSITIVE PERSONAL INFORMATION\b/;
/** "We use sensitive personal information only for the purposes the regulations allow" (§7027(m)). */
export const ONLY_PERMITTED =
  /\b(?:only|solely)\b[^.;]{0,80}\b(?:purposes?|as) (?:\w+ ){0,6}(?:permitted|allowed|allows?|permits?|authori[sz]ed|authori[sz]es|listed|set out|described)\b|\b(?:only|solely)\b[^.;]{0,80}\b(?:permitted|allowed|authori[sz]ed|exempt|limited) (?:\w+ ){0,2}purposes?\b|\b7027\(m\)|\bother than (?:those|as|the purposes)\b[^.;]{0,60}\b(?:permitted|allowed|authori[sz]ed|7027)|\bfor the purpose of inferring characteristics\b/i;
/** A verb of collecting, using or disclosing. */
export const HANDLES = /\b(?:collect|collects|collected|use|uses|used|process|processes|disclose|discloses|disclosed)\b/i;
/** "We do not collect sensitive personal information", "we never use or disclose sensitive data". */
export const NO_SPI = /(?:\b(?:do|does|did|will) not|n['’]t)\b[^.;]{0,40}\b(?:collect|use|process|disclose|hold|obtain)\b|\bnever\b[^.;]{0,20}\b(?:collect|use|process|disclose)\b|\bno sensitive (?:personal )?(?:information|data)\b/i;
/** Headings of a section that lists what is collected: a sentence there speaks of collecting without the verb. */
export const COLLECTION_HEADING = /\bcollect\w{0,4}\b|\b(?:information|data) (?:we|that we) (?:\w+ ){0,2}(?:use|process|obtain|receive)\b|\bwhat (?:personal )?(?:information|data)\b|\bcategories of (?:personal )?(?:information|data)\b/i;

/** Sentences saying the business collects or uses sensitive personal information (not denying it). */
export function spiInUse(ctx: RuleContext): Sentence[] {
  return sentencesWhere(ctx, (s) => holds(SPI, s) && !holds(NEGATION, s) && (holds(HANDLES, s) || underHeading(s, COLLECTION_HEADING)));
}
