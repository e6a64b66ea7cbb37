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
import type { PolicyDocument } from './parse';
import type { RegimeId } from './types';

/** "GDPR" not preceded by "UK": the UK GDPR is the UK regime. "EU" not followed by "-U.S." (the DPF's name). */
const GDPR_SIGNAL =
  /(?<!\bUK )(?<!\bU\.K\. )(?<!\bUnited Kingdom )\b(?:GDPR|General Data Protection Regulation|DSGVO|RGPD)\b|Regulation \(EU\) 2016\/679|\bEEA\b|European Economic Area|European Union|\bEU\b(?![-\u2010\u2011\u2013 ]?(?:U\.?S\b|United States|Swiss))|\bMember States?\b|\b(?:in|from|across) Europe\b|\bEuropean (?:users?|residents?|visitors?|customers?|individuals?|data subjects?|data protection (?:law|legislation|authorit))/;

const UK_SIGNAL = /\bUK GDPR\b|\bU\.K\. GDPR\b|United Kingdom General Data Protection Regulation|\bInformation Commissioner|\bICO\b|ico\.org\.uk|Data Protection Act 2018|\bIDTA\b|International Data Transfer Agreement|\bUK Addendum\b|\bUK (?:data protection|privacy) (?:law|legislation)/;
/** The United Kingdom as the reader's place ("if you are in the UK", "UK residents"), not the company's address. */
const UK_PLACE =
  /\b(?:you|your|users?|residents?|individuals?|visitors?|customers?|consumers?|people|persons|data subjects?)\b[^.;]{0,60}\b(?:in|from|of|within) (?:the )?(?:United Kingdom|UK|U\.K\.)\b|\b(?:UK|U\.K\.|United Kingdom|British) (?:residents?|users?|visitors?|customers?|consumers?|individuals?|data subjects?|citizens?)\b/;

const CCPA_SIGNAL =
  /\bCCPA\b|\bCPRA\b|California Consumer Privacy Act|California Privacy Rights Act|Cal\. Civ\. Code|California Civil Code|\bCalifornia (?:residents?|consumers?|users?|visitors?|customers?|households?|privacy (?:rights|law|notice)|law|Shine the Light)\b|\b(?:reside|resident|live|located) in California\b|\bDo Not Sell\b|\bDO NOT SELL\b/;

const DPF_NAME = /Data Privacy Framework|\bDPF\b/;
/** The organisation itself takes part: "complies with", "participates in", "self-certified", "the DPF Principles". */
const DPF_PARTICIPATION =
  /\b(?:compl(?:y|ies)|complying|participat\w{0,6}|self-certif\w{0,8}|certif(?:y|ied|ies)|adheres?|committed to|commits to)\b[^;]{0,80}(?:Data Privacy Framework|\bDPF\b)|(?:Data Privacy Framework|\bDPF\b) (?:Principles|List|participation|certification)\b/i;
/** Someone else is certified: a processor, vendor or partner. */
const DPF_OTHERS = /\b(?:processors?|sub-?processors?|vendors?|providers?|partners?|suppliers?|recipients?|third part(?:y|ies)|contractors?)\b[^.;]{0,60}\b(?:are|is|has|have|that|which|who)\b[^.;]{0,20}\b(?:certified|participat\w{0,6}|self-certif\w{0,8}|compl(?:y|ies))/i;

const LGPD_SIGNAL =
  /\bLGPD\b|Lei Geral de Prote|\bANPD\b|Autoridade Nacional de Prote|Law No\.? 13[.,]709|Lei (?:n[.ºo°]{0,2} ?)?13[.,]709|\bBrazil(?:ian)? (?:residents?|users?|data subjects?|data protection law|General Data Protection Law)\b|\b(?:in|from) Brazil\b/i;

export function inferRegimes(doc: PolicyDocument): RegimeId[] {
  const text = doc.prose.length > 400_000 ? doc.prose.slice(0, 400_000) : doc.prose;
  const sentences = doc.sentences.length > 20_000 ? doc.sentences.slice(0, 20_000) : doc.sentences;
  const out: RegimeId[] = [];
  if (GDPR_SIGNAL.test(text)) out.push('gdpr');
  if (UK_SIGNAL.test(text) || sentences.some((s) => UK_PLACE.test(s.text))) out.push('uk-gdpr');
  if (CCPA_SIGNAL.test(text)) out.push('ccpa');
  if (sentences.some((s) => DPF_NAME.test(s.text) && DPF_PARTICIPATION.test(s.text) && !DPF_OTHERS.test(s.text))) out.push('dpf');
  if (LGPD_SIGNAL.test(text)) out.push('lgpd');
  return out;
}
