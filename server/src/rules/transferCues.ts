/** Wording about international transfers and their safeguards, shared by the two transfer rules. */
import type { Sentence } from '../core/parse';
import { holds } from './sentences';

/** Destinations and phrases that say data leaves the country or region (case-insensitive part). */
const DEST_CI = /\b(?:outside (?:of )?(?:the )?(?:EEA|EU\b|European (?:Economic )?Area|European Union|UK\b|United Kingdom|Switzerland|your (?:home )?(?:country|jurisdiction|state|region)|the country)|third countr\w*|(?:other|another|different|foreign) countr\w*|countries (?:other than|outside|where)|internationally|international(?:ly)? (?:data )?transfers?|cross[- ]border|across (?:national )?borders|(?:data|information|servers?) (?:\w+ ){0,3}(?:located|based) (?:in|outside)|abroad|transfers? (?:of (?:\w+ ){0,3})?(?:to|into) (?:the )?(?:US|U\.S\.|United States|non-EEA)|located in (?:the )?(?:United States|U\.S\.)|in any country|(?:domestic|national) (?:and|or) (?:foreign|international)\b|foreign (?:\w+ ){0,2}(?:agencies|governments?|authorities|officials|entities|countries|jurisdictions|recipients))/i;
/** Named countries (case-sensitive so that "to us" is not read as "to US"). */
const DEST_CS = /\b(?:in|to|into|from) (?:the )?(?:United States(?: of America)?|U\.S\.A?\.?|USA|US|India|China|Canada|Australia|Singapore|Japan|Israel|Brazil|Russia|Korea|Philippines|Hong Kong|Taiwan|Mexico|South Africa|New Zealand)\b/;
const VERB = /\b(?:transfer\w*|stor\w*|process\w*|host\w*|kept|keep|sen[dt]\w*|shar\w*|mov\w*|transmit\w*|disclos\w*|maintain\w*|access\w*|located|reside\w*)\b/i;
const NEGATED = /\b(?:do|does|will|shall|did|would) not (?:\w+ ){0,2}(?:transfer|store|process|send|share|host|move|transmit)|\bnever (?:\w+ ){0,2}(?:transfer|store|process|send|share|host)|\b(?:only|exclusively|solely) (?:\w+ ){0,6}(?:within|in) (?:the )?(?:EEA|EU\b|European|UK\b|Germany|Ireland)|\bno (?:international |third[- ]country )?transfers?\b|\btransfers?\b[*_:\s]{1,6}(?:none|no|n\/a)\b/i;

/** A question ("Is any data transferred to a third country?") asks; its answer says whether data leaves. */
const QUESTION = /\?\s*$/;

export function mentionsTransfer(s: Sentence): boolean {
  return (holds(DEST_CI, s) || holds(DEST_CS, s)) && holds(VERB, s) && !QUESTION.test(s.text) && !holds(NEGATED, s);
}

export const SAFEGUARD = /\b(?:standard (?:data protection |contractual |contract )?(?:contractual )?clauses|model (?:contract(?:ual)? )?clauses|adequacy (?:decisions?|regulations?|findings?|determinations?)|adequate (?:level of )?(?:data )?protection|deemed (?:to (?:be|provide) )?adequate|binding corporate rules|data privacy framework|privacy shield|safe harbou?r|\bart(?:icle|\.)? ?(?:45|46|47|49)\b|explicit(?:ly)? consent\w* (?:\w+ ){0,6}transfer\w*|transfer\w* (?:\w+ ){0,10}(?:based on|on the basis of|with|subject to|relying on) (?:your )?(?:explicit |express )?consent|international data transfer (?:agreement|addendum)|UK (?:addendum|extension)|data bridge|approved certification|approved code of conduct|appropriate safeguards,? (?:such as|including|e\.g\.|namely|in accordance)|(?:European Commission|EU Commission)(?:'s)? (?:\w+ ){0,3}(?:clauses|contracts?)|\b(?:SCCs?|BCRs?|DPF|IDTA)\b)/i;
