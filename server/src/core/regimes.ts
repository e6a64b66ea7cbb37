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
import { holds } from './holds';
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
 * A regime named by wording, tested only where one of its literal words occurs. A scan for a plain alternation of
 * literals is cheaper than a scan for a pattern that opens with \b, a class or a lookbehind at every offset, so the
 * signal is tried (sticky, on the whole text, so \b and lookbehinds see the real context) at the few starts from
 * `back` characters before each word up to the word itself. `words` must occur in every match of `signal`, at most
 * `back` characters after its start: the answer is then the same as signal.test(text).
 */
interface WordSignal {
  words: RegExp;
  signal: RegExp;
  back: number;
}
// The largest distance from a match's start to its word: "across Europe" (7), "resident in California" (12),
// "Law No. 13.709" (11); every other alternative starts with its word.
export const WORD_SIGNALS: readonly WordSignal[] = [
  { words: /GDPR|General Data Protection Regulation|DSGVO|RGPD|Regulation \(EU\)|EEA|Europe|EU|Member State/, signal: GDPR_SIGNAL, back: 7 },
  { words: /UK|U\.K\.|United Kingdom|Information Commissioner|ICO|ico\.org\.uk|Data Protection Act 2018|IDTA|International Data Transfer Agreement/, signal: UK_SIGNAL, back: 0 },
  { words: /CCPA|CPRA|California|Cal\. Civ|Do Not Sell|DO NOT SELL/, signal: CCPA_SIGNAL, back: 12 },
  { words: /LGPD|Lei Geral de Prote|ANPD|Autoridade Nacional de Prote|709|Brazil/i, signal: LGPD_SIGNAL, back: 11 },
];

/** A pattern source with every ASCII letter outside an escape matching either case ("Lei" -> "[Ll][Ee][Ii]"). */
export function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') out += c + (source[++i] ?? '');
    else out += /[A-Za-z]/.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c;
  }
  return out;
}

/**
 * Every signal's words in one scan, one capturing group per signal (the case-insensitive ones spelt out, since a
 * pattern has one set of flags). No two signals' words can match at the same offset (a test checks it), so the
 * scan, stepping one character past each match's start, sees every occurrence of every signal's words.
 */
const ALL_SIGNAL_WORDS = new RegExp(WORD_SIGNALS.map((w) => `(${w.words.flags.includes('i') ? caseless(w.words.source) : w.words.source})`).join('|'), 'g');
const STICKY_SIGNALS = WORD_SIGNALS.map((w) => new RegExp(w.signal.source, `${w.signal.flags.replace('g', '')}y`));

/** Per entry of WORD_SIGNALS, whether its signal occurs in the text; the scan stops once every one is found. */
export function wordSignalsIn(text: string): boolean[] {
  const found = WORD_SIGNALS.map(() => false);
  // Per signal, the first start not yet tried: each start is tried at most once.
  const next = WORD_SIGNALS.map(() => 0);
  let open = WORD_SIGNALS.length;
  const scan = ALL_SIGNAL_WORDS;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m && open > 0; m = scan.exec(text)) {
    const at = m.index;
    scan.lastIndex = at + 1;
    let r = 0;
    while (m[r + 1] === undefined) r++;
    if (found[r]) continue;
    const sticky = STICKY_SIGNALS[r];
    for (let s = Math.max(next[r], at - WORD_SIGNALS[r].back, 0); s <= at; s++) {
      sticky.lastIndex = s;
      next[r] = s + 1;
      if (sticky.test(text)) {
        found[r] = true;
        open--;
        break;
      }
    }
  }
  return found;
}
/** "you ... in the United Kingdom" puts the word up to ~90 characters after the start: test whole sentences that hold it. */
const UK_PLACE_WORDS = ['UK', 'U.K.', 'United Kingdom', 'British'];
const hasUkPlaceWord = (t: string) => UK_PLACE_WORDS.some((w) => t.includes(w));
const hasUkPlace = (t: string) => hasUkPlaceWord(t) && UK_PLACE.test(t);

export function inferRegimes(doc: PolicyDocument): RegimeId[] {
  const text = doc.prose.length > 400_000 ? doc.prose.slice(0, 400_000) : doc.prose;
  const sentences = doc.sentences.length > 20_000 ? doc.sentences.slice(0, 20_000) : doc.sentences;
  const out: RegimeId[] = [];
  const [gdpr, uk, ccpa, lgpd] = wordSignalsIn(text);
  if (gdpr) out.push('gdpr');
  if (uk || (hasUkPlaceWord(text) && sentences.some((s) => hasUkPlace(s.text)))) out.push('uk-gdpr');
  if (ccpa) out.push('ccpa');
  if (sentences.some((s) => holds(DPF_NAME, s) && holds(DPF_SELF, s) && !DPF_OTHERS.test(s.text) && !DPF_OTHER_NAMED.test(s.text))) out.push('dpf');
  if (lgpd) out.push('lgpd');
  return out;
}
