/**
 * Infers which privacy regimes a draft is written for, from its wording.
 * - EU wording (GDPR, EEA, European Union, EU, Member State) → gdpr
 * - UK wording (UK GDPR, ICO, Information Commissioner, Data Protection Act 2018, the United Kingdom as the
 *   reader's place) → uk-gdpr (plus gdpr when EU wording is there too)
 * - California / CCPA / CPRA → ccpa
 * - a claim that the organisation itself participates in the Data Privacy Framework → dpf
 * - LGPD / Brazil → lgpd
 * No signal at all: an empty list, and the engine falls back to gdpr (source 'default').
 * Every pattern is bounded (no nested unbounded quantifiers).
 */
import { matchNear } from './entities';
import type { PolicyDocument } from './parse';
import type { RegimeId } from './types';

/** "GDPR" not preceded by "UK": the UK GDPR is the UK regime. "EU" not followed by "-U.S." (the DPF's name). */
export const GDPR_SIGNAL =
  /(?<!\bUK )(?<!\bU\.K\. )(?<!\bUnited Kingdom )\b(?:GDPR|General Data Protection Regulation|DSGVO|RGPD)\b|Regulation \(EU\) 2016\/679|\bEEA\b|European Economic Area|European Union|\bEU\b(?![-\u2010\u2011\u2013 ]?(?:U\.?S\b|United States|Swiss))|\bMember States?\b|\b(?:in|from|across) Europe\b|\bEuropean (?:users?|residents?|visitors?|customers?|individuals?|data subjects?|data protection (?:law|legislation|authorit))/;

export const UK_SIGNAL = /\bUK GDPR\b|\bU\.K\. GDPR\b|United Kingdom General Data Protection Regulation|\bInformation Commissioner|\bICO\b|ico\.org\.uk|Data Protection Act 2018|\bIDTA\b|International Data Transfer Agreement|\bUK Addendum\b|\bUK (?:data protection|privacy) (?:law|legislation)/;
/** The United Kingdom as the reader's place ("if you are in the UK", "UK residents"), not the company's address. */
const UK_PLACE =
  /\b(?:you|your|users?|residents?|individuals?|visitors?|customers?|consumers?|people|persons|data subjects?)\b[^.;]{0,60}\b(?:in|from|of|within) (?:the )?(?:United Kingdom|UK|U\.K\.)\b|\b(?:UK|U\.K\.|United Kingdom|British) (?:residents?|users?|visitors?|customers?|consumers?|individuals?|data subjects?|citizens?)\b/;

export const CCPA_SIGNAL =
  /\bCCPA\b|\bCPRA\b|California Consumer Privacy Act|California Privacy Rights Act|Cal\. Civ\. Code|California Civil Code|\bCalifornia (?:residents?|consumers?|users?|visitors?|customers?|households?|privacy (?:rights|law|notice)|law|Shine the Light)\b|\b(?:reside|resident|live|located) in California\b|\bDo Not Sell\b|\bDO NOT SELL\b/;

const DPF_NAME = /Data Privacy Framework|\bDPF\b/;
/**
 * The organisation itself takes part, in the words a self-certified organisation's notice uses: "we comply with",
 * "we have self-certified", "certified to the Department of Commerce", "<Name> complies with the EU-U.S. Data
 * Privacy Framework", "a participating organisation", "our participation", "the Principles shall govern".
 * A bare "<Name> is certified under the DPF" is not enough: that is how policies describe a provider.
 */
const DPF_SELF =
  /\b(?:we|us)(?: (?:also|each|have|are|have also|are also))? (?:compl(?:y|ies)|complying|participate|adhere|(?:self-)?certified|commit(?:ted)? to)\b|\bcertified to the (?:U\.?S\.? )?Department of Commerce\b|\bcompl(?:y|ies) with the (?:[\w.-]{1,20} ){0,4}(?:Data Privacy Framework|DPF)\b|\bparticipating organi[sz]ation\b|\bour (?:compliance with|participation in|self-certification|certification)\b|\bPrinciples shall govern\b/i;
/**
 * Someone else is certified: a processor, vendor or partner named before the verb ("our payment processor Stripe
 * participates"), or a relative or causal clause about another company (", which is certified", "as Acme is certified").
 */
const DPF_OTHERS =
  /\b(?:processors?|sub-?processors?|vendors?|providers?|partners?|suppliers?|recipients?|third part(?:y|ies)|contractors?)\b[^.;]{0,150}\b(?:certified|participat\w{0,6}|self-certif\w{0,8}|compl(?:y|ies)|adher\w{0,4})|, (?:which|who) (?:is|are|has|have)\b[^.;]{0,20}\b(?:certified|participat\w{0,6}|self-certif\w{0,8}|compl(?:y|ies))/i;
/** "as Acme is certified": case-sensitive, so that "as we are certified" stays ours. */
const DPF_OTHER_NAMED = /\bas (?!We\b)[A-Z]\w{0,40} (?:is|are|has|have)\b[^.;]{0,20}\b(?:certified|participat\w{0,6}|self-certif\w{0,8}|compl(?:y|ies))/;

export const LGPD_SIGNAL =
  /\bLGPD\b|Lei Geral de Prote|\bANPD\b|Autoridade Nacional de Prote|Law No\.? 13[.,]709|Lei (?:n[.ºo°]{0,2} ?)?13[.,]709|\bBrazil(?:ian)? (?:residents?|users?|data subjects?|data protection law|General Data Protection Law)\b|\b(?:in|from) Brazil\b/i;

/**
 * A signal tested only where one of its literal words occurs. A scan for a plain alternation of literals is cheaper
 * than a scan for a pattern that opens with \b, a class or a lookbehind at every offset, so the signal is tried
 * (sticky, on the whole text, so \b and lookbehinds see the real context) at the few starts from `back` characters
 * before each word up to the word itself. `words` must occur in every match of `signal`, at most `back` characters
 * after its start: the result is then the same as signal.test(text).
 */
function anchoredSignal(words: RegExp, signal: RegExp, back: number): (text: string) => boolean {
  const scan = new RegExp(words.source, `${words.flags.replace('g', '')}g`);
  // Every occurrence start, overlapping ones included (lastIndex one past each start, not past the match).
  function* anchors(text: string): Generator<number> {
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) yield (scan.lastIndex = m.index + 1) - 1;
  }
  return (text) => matchNear(text, signal, anchors(text), back, 0, 1).length > 0;
}
// The largest distance from a match's start to its word: "across Europe" (7), "resident in California" (12),
// "Law No. 13.709" (11); every other alternative starts with its word.
export const hasGdpr = anchoredSignal(/GDPR|General Data Protection Regulation|DSGVO|RGPD|Regulation \(EU\)|EEA|Europe|EU|Member State/, GDPR_SIGNAL, 7);
export const hasUk = anchoredSignal(/UK|U\.K\.|United Kingdom|Information Commissioner|ICO|ico\.org\.uk|Data Protection Act 2018|IDTA|International Data Transfer Agreement/, UK_SIGNAL, 0);
export const hasCcpa = anchoredSignal(/CCPA|CPRA|California|Cal\. Civ|Do Not Sell|DO NOT SELL/, CCPA_SIGNAL, 12);
export const hasLgpd = anchoredSignal(/LGPD|Lei Geral de Prote|ANPD|Autoridade Nacional de Prote|709|Brazil/i, LGPD_SIGNAL, 11);
/** "you ... in the United Kingdom" puts the word up to ~90 characters after the start: test whole sentences that hold it. */
const UK_PLACE_WORDS = ['UK', 'U.K.', 'United Kingdom', 'British'];
const hasUkPlaceWord = (t: string) => UK_PLACE_WORDS.some((w) => t.includes(w));
const hasUkPlace = (t: string) => hasUkPlaceWord(t) && UK_PLACE.test(t);

export function inferRegimes(doc: PolicyDocument): RegimeId[] {
  const text = doc.prose.length > 400_000 ? doc.prose.slice(0, 400_000) : doc.prose;
  const sentences = doc.sentences.length > 20_000 ? doc.sentences.slice(0, 20_000) : doc.sentences;
  const out: RegimeId[] = [];
  if (hasGdpr(text)) out.push('gdpr');
  if (hasUk(text) || (hasUkPlaceWord(text) && sentences.some((s) => hasUkPlace(s.text)))) out.push('uk-gdpr');
  if (hasCcpa(text)) out.push('ccpa');
  if (sentences.some((s) => DPF_NAME.test(s.text) && DPF_SELF.test(s.text) && !DPF_OTHERS.test(s.text) && !DPF_OTHER_NAMED.test(s.text))) out.push('dpf');
  if (hasLgpd(text)) out.push('lgpd');
  return out;
}
