import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { bodySentences, evidence, gdprArt, isQuestion, underHeading } from './disclosureCues';
import { EVIDENCE, holds } from './sentences';

const RETENTION_HEADING = /\b(?:retention|retain\w{0,3}|how long|keep(?:ing)?|storage (?:period|duration|time|limitation)|storage of (?:your )?(?:data|information)|(?:data|information) storage|deletion|erasure)\b/i;
const KEEP = /\b(?:retain\w{0,4}|retention|keep|keeps|kept|keeping|stor(?:e|es|ed|ing)|hold|holds|held|holding|preserv\w{0,4}|maintain\w{0,4}|archiv\w{0,4}|delet\w{0,4}|eras\w{0,4}|purg\w{0,4}|destroy\w{0,4}|destruct\w{0,4}|anonymi[sz]\w{0,4}|pseudonymi[sz]\w{0,4}|remov\w{0,4}|discard\w{0,4}|dispos\w{0,4}|expir\w{0,4}|overwrit\w{0,4}|wip(?:e|es|ed|ing)|shred\w{0,4}|saved?|saves|logs? (?:are|is) (?:kept|rotated))\b/i;
/** A period or the criteria for one. */
const PERIOD =
  /\b(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen|twenty|twenty-four|thirty|sixty|ninety|a few|several)[- ](?:\w+[- ]){0,1}(?:days?|weeks?|months?|years?|hours?|minutes?|business days|calendar (?:days|months|years))\b|\b(?:a|one) (?:day|week|month|year|fortnight)\b|\b(?:as|so) long as\b|\bfor (?:the )?(?:duration|period|length|lifetime|life|term|lifespan) of\b|\buntil (?:you|your|the|such|we|it|they|that|this|a|an|its|their|no longer|deletion|termination|the end)\b|\b(?:no|not) longer than\b|\bonly (?:for )?(?:as long|the time|the period)\b|\bfor (?:a |the )?(?:limited|reasonable|specified|certain|defined|fixed|maximum|minimum|short|set) (?:period|time|duration|term)\b|\bretention (?:periods?|schedules?|polic(?:y|ies)|times?|rules?|requirements?)\b|\bperiods? (?:of time )?(?:necessary|required|needed|permitted|prescribed|set|defined|specified|stipulated|provided)\b|\bcriteria\b|\bstatut\w{0,4} (?:of limitations?|retention|periods?)\b|\blimitation periods?\b|\b(?:after|upon|following|on|at) (?:the )?(?:you (?:close|delete|cancel|unsubscribe|leave|stop|withdraw)|your (?:account|subscription|contract|membership|last|relationship|consent|withdrawal)|(?:the )?(?:termination|closure|deletion|expiry|expiration|completion|cancellation|fulfil\w{0,5}) of|termination|closure|cancellation|completion|expiry|the end of (?:the |your |our |each |a )?(?:\w+ ){0,2}(?:contract|relationship|subscription|membership|account|term|period|year|month|season|project|event|course|programme|program|tax year|financial year|calendar year))\b|\bwhile (?:you|your)\b|\b(?:kept|retained|stored|held|keep|retain|store|hold) (?:\w+ ){0,3}only (?:for|during|while|until|as)\b|\bwhen (?:you|the user|users?|they|a user) (?:\w+ ){0,2}(?:delete|close|cancel|deactivate|terminate|remove)\w{0,2}\b|\bno longer (?:need|require)\w{0,2}\b|\bunless (?:\w+ ){0,2}(?:required|necessary|needed) (?:for|to|by)\b|\baccount (?:\w+ ){0,3}(?:no longer (?:be )?active|closed|deleted|terminated|inactive|deactivated)\b|\bonce (?:a|the|your|an) (?:\w+ ){0,2}(?:is|has been) (?:completed|closed|finished|processed|fulfilled|deleted|terminated|cancell?ed)\b|\bindefinitely\b|\b(?:delete|erase|discard|anonymi[sz]e)\w{0,2} (?:\w+ ){0,3}immediately\b|\bno longer (?:necessary|needed|required|relevant|useful)\b|\b(?:deleted|purged|rotated|erased|overwritten|removed|anonymi[sz]ed) (?:\w+ ){0,2}(?:daily|weekly|monthly|yearly|annually|every)\b|\bwithin (?:\d{1,4}|a|one|two|three|thirty|sixty|ninety) \w+/i;
/** How long messages keep coming after an opt-out, or how soon someone leaves a mailing list, is how an opt-out is handled, not how long data is kept. */
const MAIL_LAG = /\b(?:continue to|still) (?:\w+ ){0,2}receiv\w{0,3} (?:\w+ ){0,4}(?:e-?mails?|messages|mailings?|communications|newsletters?|catalog(?:ue)?s|texts)\b|\breceiv\w{0,3} (?:\w+ ){0,4}(?:e-?mails?|messages|mailings?|communications|newsletters?|catalog(?:ue)?s|texts)\b[^.;]{0,80}\bafter (?:\w+ ){0,2}(?:unsubscrib|opt)\w{0,6}|\b(?:remov|tak)\w{0,3} (?:\w+ ){0,3}(?:from|off) (?:our |the |any |all )?(?:\w+ ){0,2}(?:e-?mail|mailing|marketing|distribution|subscriber|call|contact) lists?\b/i;
/** Cookie lifetimes describe the cookie in the browser, not how long the organisation keeps data. */
const COOKIE_ONLY = /\bcookies?\b/i;
const NOT_IMMEDIATELY = /\bnot (?:\w+ ){0,2}immediately\b/i;
const DATA_WORD = /\b(?:data|information|logs?|records?|details|account)\b/i;
const KEEP_WORD = /\b(?:retain\w{0,4}|retention|keep|kept|store[ds]?)\b/i;
const DATA_NOUN = /\b(?:personal |your )?(?:data|information)\b/i;

export default defineRule({
  id: 'retention-period',
  title: 'How long the data is kept',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(2)(a)', url: gdprArt(13) },
    { label: 'GDPR Art. 14(2)(a)', url: gdprArt(14) },
    { label: 'GDPR Art. 5(1)(e)', url: gdprArt(5) },
  ],
  defaultSeverity: 'warning',
  section: { heading: RETENTION_HEADING, title: 'How long we keep your data' },
  hover: {
    summary: 'Say how long you keep personal data: a period ("12 months after your last order") or the criteria you use to decide ("as long as your account is open, then 30 days").',
    why: 'Data kept for ever is a risk that grows with time; the storage-limitation principle (Art. 5(1)(e)) needs a stated end. "As long as necessary" with nothing more is the weakest acceptable answer.',
    good: 'A period or criterion per category of data, e.g. "Invoices: 10 years (tax law). Account data: until you close your account, then 30 days. Server logs: 14 days."',
  },
  clause: { text: 'We keep [[category of data]] for [[period]] after [[event, e.g. you close your account]], and then delete or anonymise it. Where the law requires us to keep records longer (for example invoices for [[statutory period]]), we keep them for that period only.' },
  check(ctx) {
    // Cheap test first: the keeping verb (or the section heading) and a period before the exclusions. The evidence
    // keeps three sentences, so the scan stops there.
    const ok = (s: Sentence) =>
      (holds(KEEP, s) || underHeading(s.section, RETENTION_HEADING)) &&
      holds(PERIOD, s) &&
      !isQuestion(s.text) &&
      !holds(MAIL_LAG, s) &&
      !holds(NOT_IMMEDIATELY, s) &&
      !(holds(COOKIE_ONLY, s) && !holds(DATA_WORD, s));
    const hits: Sentence[] = [];
    for (const s of ctx.doc.sentences) {
      if (!s.heading && ok(s)) hits.push(s);
      if (hits.length === EVIDENCE) break;
    }
    if (hits.length) return { state: 'satisfied', evidence: evidence(hits, EVIDENCE) };
    const vague = bodySentences(ctx, (s) => holds(KEEP_WORD, s) && holds(DATA_NOUN, s));
    const msg = 'The policy does not say how long personal data is kept. Give a period or the criteria used to set it, e.g. "until you close your account, then 30 days" (GDPR Art. 13(2)(a)).';
    if (vague.length) return { state: 'missing', message: msg, related: [{ span: vague[0].span, message: 'Data is kept here, but for how long is not said' }] };
    return { state: 'missing', message: msg };
  },
});
