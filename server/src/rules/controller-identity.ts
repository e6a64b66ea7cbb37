import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { WE_US_OUR } from './cues';
import { evidence, gdprArt, plain } from './disclosureCues';
import { LGPD_URL } from './lgpd/cues';
import { holds } from './sentences';

/** A legal-form suffix after a capitalised name: "Lantern Books Ltd.", "Harrow Analytics GmbH", "Acme, Inc.". */
const LEGAL_ENTITY =
  /(?<![\[{<\w])(?:[A-Z0-9][\w&'.\u00c0-\u017f-]{0,40},? ){1,6}(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|L\.P|LP|PLC|plc|Plc|GmbH|gGmbH|AG|KG|UG|e\.V|S\.A|SA|S\.A\.S|SAS|SARL|S\.a\.r\.l|S\.à r\.l|S\.L|SL|S\.p\.A|SpA|S\.r\.l|Srl|B\.V|BV|N\.V|NV|Oy|Oyj|AB|ASA|AS|A\/S|ApS|SE|Pty|Corp|Corporation|Co|Company|K\.K|Sp\. z o\.o|s\.r\.o|a\.s|Lda|Ltda|OÜ|OU|Foundation|Trust|Association|Partnership|Cooperative|Society)\b\.?/;
/** Capitalised words that are not names: sentence openers and generic nouns. */
const GENERIC =
  /^(?:The|This|That|These|Those|Our|Your|We|Us|You|It|Its|He|She|They|Their|I|My|Me|Who|Which|What|There|Here|Some|Most|Many|Few|Any|All|Each|Every|Such|Other|Others|Third|A|An|If|When|Where|While|Whether|For|In|On|At|By|To|Of|And|Or|But|As|With|From|No|Not|None|Only|Also|However|Please|Note|Once|After|Before|Unless|Although|Because|So|Then|Thus|Therefore|Finally|Generally|Additionally|Furthermore|Moreover|Otherwise|Accordingly|Similarly|Where|Company|Companies|Website|Site|Service|Services|Owner|Licensor|Licensee|Developer|Controller|Operator|Provider|User|Users|App|Application|Platform|Privacy|Policy|Notice|Statement|Data|Personal|Information|Parent|Group|Member|Members|Limited|Liability|Public|Private|Holding|Holdings|Registered|Insurance|Trust|Joint|Stock|Our|Name|Legal|Entity|Business|Organi[sz]ation|Non|Profit|Charitable|Section|Article|Art|Schedule|Part|Clause|Chapter|Party|Parties)$/;
/** Well-known vendors a policy names as third parties: their legal names say nothing about who runs the service. */
const VENDOR =
  /\b(?:Google|Alphabet|Facebook|Meta Platforms|Instagram|WhatsApp|Apple|Microsoft|Amazon|Twitter|X Corp|LinkedIn|YouTube|Stripe|PayPal|Braintree|Adyen|Klarna|Mailchimp|Intuit|HubSpot|Salesforce|Zendesk|Intercom|Cloudflare|Akamai|Fastly|Hotjar|Mixpanel|Segment|Amplitude|Sentry|Twilio|SendGrid|Oracle|Adobe|Unity|Firebase|AppLovin|Criteo|Taboola|Outbrain|TikTok|ByteDance|Snap|Pinterest|Yahoo|Verizon Media|Shopify|Automattic|WordPress|GitHub|DigitalOcean|Hetzner|OVH|Heroku|Vercel|Netlify|Zoom|Slack|Dropbox|Atlassian|Trustpilot|OneTrust|Usercentrics|Cookiebot|Quantcast|comScore|Nielsen|Experian|Equifax|TransUnion|Visa|Mastercard|American Express)\b/;

/** "we", "us", "our" defined as the organisation, or the organisation speaking as "we". */
const WE_DEFINED = /\(\s?(?:hereinafter |collectively |together )?(?:(?:referred to )?as )?["'](?:we|us|our)\b|["'](?:we|us|our)["'],? (?:(?:or|and) ["'](?:us|our|we)["'],? ){0,2}(?:means?|refers? to|is|are)\b|\b(?:referred to as|hereinafter|collectively,?) ["']?(?:we|us|our)\b/i;
/** Roles only the organisation responsible has. */
const CONTROLLER_ROLE =
  /\b(?:(?:data |joint )?controllers?|responsible (?:party|body|entity|organi[sz]ation|for (?:the processing|processing|your (?:personal )?(?:data|information)|the (?:personal )?data|data protection|this (?:website|site|app|service|policy)))|operator of|operated by|owned (?:and operated )?by|run by|provided by|offered by|published by|maintained by|(?:website|site|web site|app|application|service|platform|home ?page) (?:is )?(?:of|from)|data (?:fiduciary|user)|controlled by|on behalf of|trading as|d\/b\/a|doing business as|(?:registered|head|principal) office|company (?:registration|number|no)|registered (?:in|under|with|at)|incorporated (?:in|under)|a company (?:registered|incorporated|organi[sz]ed|established|based|headquartered))\b/i;
/** A name used as the operator: "<Name> collects ...", "<Name> is committed to ...", "at <Name>, we". */
const OPERATOR_VERB =
  /^(?:,? (?:Inc\.?|LLC|Ltd\.?) )?(?:\([^()]{0,80}\) )?(?:(?:is|are) (?:committed|dedicated|the (?:creator|owner|operator|publisher|provider|controller|data controller|company|organi[sz]ation)|a (?:\w+[ -]){0,4}(?:company|organi[sz]ation|business|provider|service|charity|corporation|firm|startup|non-?profit|agency|association|foundation|platform|publisher|network|developer|retailer|bank|group))|(?:respects?|values?|takes|collects?|uses|processes|operates|owns|provides|offers|stores|keeps|shares|discloses|receives|obtains|protects|may (?:collect|use|share|disclose|process|receive|obtain|also|send|contact|store|keep)|will (?:not )?(?:collect|use|share|disclose|process|never|only|not)|does not|do(?:es)? not (?:sell|share|collect|rent)|never (?:sells|shares|rents|collects)|treats|handles|cares|believes|recogni[sz]es|understands|reserves|limits|requires|retains|gathers|logs|records))\b/i;
const AT_NAME_WE = /\b(?:[Aa]t|[Ww]e at|[Ww]e,|[Ww]e are) ([A-Z][\w.&'-]{1,30}(?: [A-Z][\w.&'-]{1,30}){0,3}),? (?:we|our|is|are)\b/;
const WELCOME = /\b(?:[Tt]hanks? (?:you )?for (?:using|choosing|visiting|your interest in)|[Tt]hank you for (?:using|choosing|visiting|your interest in)|[Ww]elcome to|the (?:web ?site|site|home ?page) of|(?:operated|owned|provided|published|offered|run|maintained|developed) by|brought to you by) ([A-Z0-9][\w.&'-]{1,30}(?: [A-Z][\w.&'-]{1,30}){0,3})/;
/** "This system is the property of <Name>": the owner named outright. */
const PROPERTY_OF = /\b(?:is|are|remains?) (?:the )?(?:sole |exclusive )?property of (?:the )?([A-Z0-9][\w.&'-]{1,30}(?: [A-Z][\w.&'-]{1,30}){0,3})/;
/** Public bodies and institutions: "United States Government" names an organisation although "States" alone would not. */
const PUBLIC_BODY = /\b(?:Government|Department|Ministry|Agency|Administration|University|Laboratory)$/;
const NAME_BEFORE = /(?:^|[\s("'*_])([A-Z0-9][\w.&'\u00c0-\u017f-]{1,30}(?: [A-Z0-9][\w.&'\u00c0-\u017f-]{1,30}){0,3})(?:'s)?\s?$/;

/** A run of white space, between the words of a name. */
const WHITESPACE = /\s+/;
/** Punctuation and quotes at the end of a word (global: used with replace only). */
const TRAILING_PUNCT_QUOTES = /[.,'"]+$/g;

function firstWordGeneric(name: string): boolean {
  const words = name.split(WHITESPACE);
  return words.every((w) => GENERIC.test(w.replace(TRAILING_PUNCT_QUOTES, '')));
}

/** Role nouns: "the End User", "Website Owner", "Site Administrators" describe a role, not an organisation. */
const ROLE_NOUN = /(?:^|\s)(?:Users?|Owners?|Licensors?|Licensees?|Customers?|Members?|Visitors?|Administrators?|Admins?|Developers?|Operators?|Controllers?|Processors?|Providers?|Parties|Party|Subjects?|Persons?|People|Team|Staff|Employees?|Authorit(?:y|ies)|Partners?|Vendors?|Affiliates?|Subsidiar(?:y|ies)|Sites?|Websites?|Services?|Apps?|Applications?|Platforms?|Software|Products?|Cookies?|Servers?)\.?$/;

/** A possessive "'s" at the end of a name. */
const POSSESSIVE = /'s$/;
/** Sentence punctuation at the end of a name. */
const TRAILING_PUNCT = /[.,:;!?]+$/;
/** A short acronym ("EU", "GDPR") or an initial ("A."): too short to name the organisation. */
const SHORT_ACRONYM = /^(?:[A-Z]{2,4}|[A-Z]\.)$/;
/** Words of laws, institutions, documents and products: a name containing one is not the organisation. */
const NOT_ORGANISATION = /\b(?:Act|Regulation|Directive|Law|Code|Shield|Framework|Clauses?|Commission|Authority|Union|Area|States|Kingdom|Court|Office|Policy|Notice|Terms|Analytics|SDK|API)\b/;

/** A name that can stand for the organisation: capitalised, not generic, not a short acronym, not a role, not a placeholder. */
function plausibleName(name: string, allowVendor = false): boolean {
  const n = name.replace(POSSESSIVE, '').replace(TRAILING_PUNCT, '').trim();
  if (n.length < 2 || firstWordGeneric(n)) return false;
  if (SHORT_ACRONYM.test(n)) return false;
  if (ROLE_NOUN.test(n)) return false;
  if (!allowVendor && VENDOR.test(n)) return false;
  if (!PUBLIC_BODY.test(n) && NOT_ORGANISATION.test(n)) return false;
  return true;
}

/** LEGAL_ENTITY and VENDOR with the global flag, for the loops over every match. */
const LEGAL_ENTITY_ALL = new RegExp(LEGAL_ENTITY.source, 'g');
/** The legal form after a space, without the name before it: a cheap necessary condition for LEGAL_ENTITY. */
const LEGAL_FORM_AFTER_SPACE = new RegExp(` ${LEGAL_ENTITY.source.slice(LEGAL_ENTITY.source.indexOf('(?:Ltd|'))}`);
const VENDOR_ALL = new RegExp(VENDOR.source, 'g');
/** The last word of a LEGAL_ENTITY match (its legal form), with the comma or space before it. */
const LAST_WORD = /,? \S+$/;
/** A full stop or comma at the end of a word. */
const TRAILING_DOT_COMMA = /[.,]$/;
/** Spaces and commas between the words of a match. */
const SPACES_COMMAS = /[ ,]+/;
/** A two-letter legal form ("AS", "SE", "AG"), with or without a full stop. */
const TWO_LETTER_FORM = /^[A-Z]{2}\.?$/;
/** A lower-case letter: the text is not all capitals. */
const LOWER_CASE = /[a-z]/;
/** Legal forms that are also ordinary words, at the end of a match. */
const WORD_FORM = /(?:Company|Foundation|Trust|Association|Society|Partnership|Cooperative|Co)\.?$/;
/** A word that starts like a proper name: a capital (or digit) and then a lower-case letter (or digit). */
const PROPER_NAME_START = /^[A-Z0-9][a-z0-9]/;

function legalEntity(text: string, allowVendor = false): string | null {
  if (!LEGAL_FORM_AFTER_SPACE.test(text)) return null;
  const re = LEGAL_ENTITY_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[0].replace(LAST_WORD, '').trim();
    // The first word of the match may be a sentence opener ("The Acme Company"): drop openers.
    const words = name.split(' ').filter((w) => w.length);
    while (words.length && GENERIC.test(words[0].replace(TRAILING_DOT_COMMA, ''))) words.shift();
    if (!words.length) continue;
    const clean = words.join(' ');
    if (!allowVendor && VENDOR.test(clean)) continue;
    const suffix = m[0].split(SPACES_COMMAS).pop() ?? '';
    // Two-letter forms ("AS", "SE", "AG") in a line of capitals are words, not legal forms.
    if (TWO_LETTER_FORM.test(suffix) && !LOWER_CASE.test(clean)) continue;
    // "Company", "Foundation" and the like are words as well as legal forms: ask for a proper name before them.
    if (WORD_FORM.test(m[0]) && !words.some((w) => PROPER_NAME_START.test(w) && !GENERIC.test(w) && !ROLE_NOUN.test(w))) continue;
    return `${clean} ${suffix}`;
  }
  return null;
}

const VERB_AFTER_NAME = /\b(?:is|are|has|respects?|values?|takes|collects?|uses|processes|operates|owns|provides|offers|stores|keeps|shares|discloses|receives|obtains|protects|may|will|does|do|never|treats|handles|cares|believes|recogni[sz]es|understands|reserves|limits|requires|retains|gathers|logs|records)\b/g;
const HAS = /^has (?:no|not|been|a|an|the|its|implemented|adopted|taken|developed|established|appointed|designated|created)\b/i;
/** A legal form at the end of the text before the verb: "Acme, Inc." is still "Acme". */
const TRAILING_FORM = /,? (?:Inc\.?|LLC|Ltd\.?) ?$/;
/** A parenthesis at the end of the text before the verb: "Acme (the Company)". */
const TRAILING_PARENTHESIS = /\s?\([^()]{0,80}\)\s?$/;

/** The operator named by an explicit phrase ("at Acme, we", "welcome to Acme", "operated by Acme"). */
function explicitOperator(t: string): string | null {
  const at = AT_NAME_WE.exec(t);
  if (at && plausibleName(at[1], true)) return at[1];
  const w = WELCOME.exec(t);
  if (w && plausibleName(w[1], true)) return w[1];
  const p = PROPERTY_OF.exec(t);
  if (p && plausibleName(p[1])) return p[1];
  return null;
}

/** "<Name> collects ...", "<Name> is committed to ...": a brand acting as the operator. */
function subjectOperator(t: string, recurs: (name: string) => boolean): string | null {
  VERB_AFTER_NAME.lastIndex = 0;
  for (let m = VERB_AFTER_NAME.exec(t); m; m = VERB_AFTER_NAME.exec(t)) {
    const rest = t.slice(m.index);
    if (!(OPERATOR_VERB.test(rest) || HAS.test(rest))) continue;
    const before = t.slice(Math.max(0, m.index - 100), m.index);
    const nb = NAME_BEFORE.exec(before.replace(TRAILING_FORM, ' ').replace(TRAILING_PARENTHESIS, ' '));
    if (!nb) continue;
    const name = nb[1].replace(POSSESSIVE, '');
    if (plausibleName(name) && recurs(name)) return name;
  }
  return null;
}


/** The first two sentences (in document order) that pass the test. */
function firstTwo(ss: Sentence[], test: (s: Sentence) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ss) {
    if (test(s)) out.push(s);
    if (out.length === 2) break;
  }
  return out;
}

/** "Like all our members ..." and "a <Brand> member": the people the text calls its own are the brand's, so the brand is "we". */
const OUR_PEOPLE = /\bour (?:members|subscribers|account holders)\b/i;
/** Characters with a meaning in a pattern, escaped to match a name literally (global: used with replace only). */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** Spaces and commas at the end of the text before a "we" definition. */
const TRAILING_SPACE_COMMA = /[\s,]+$/;
/** An opening parenthesis at the end of the text before a "we" definition: "Acme (". */
const TRAILING_OPEN_PAREN = /\s?\($/;
/** A domain name: "acme.com" before a "we" definition names the operator. */
const DOMAIN_NAME = /\b[\w-]{2,40}\.(?:com|org|net|io|de|eu|fr|co|app|uk|nl|se|me)\b/i;
/** The organisation referred to only generically: "the company", "the website owner", "this app". */
const GENERIC_OPERATOR = /\b(?:the (?:company|developer|website owner|site owner|owner|operator|licensor|service provider)|this (?:service|website|site|app))\b/i;

function ownBrandSentence(ss: Sentence[], prose: string): Sentence | null {
  if (!OUR_PEOPLE.test(prose)) return null;
  const brands = new Set<string>();
  VENDOR_ALL.lastIndex = 0;
  for (let m = VENDOR_ALL.exec(prose); m; m = VENDOR_ALL.exec(prose)) {
    brands.add(m[0]);
    if (brands.size > 20) break;
  }
  for (const b of brands) {
    const re = new RegExp(`\\b${b.replace(REGEX_SPECIAL, '\\$&')} (?:members?|subscribers?|account holders?)\\b`);
    const s = ss.find((x) => !x.heading && re.test(x.text));
    if (s) return s;
  }
  return null;
}

export default defineRule({
  id: 'controller-identity',
  title: 'Identity of the controller',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(a)', url: gdprArt(13) },
    { label: 'GDPR Art. 14(1)(a)', url: gdprArt(14) },
    { label: 'LGPD Art. 9(III)', url: LGPD_URL },
  ],
  defaultSeverity: 'warning',
  section: { heading: /who we are|about us|\bcontrollers?\b|responsible|identity|introduction|\bcontact/i, title: 'Who we are' },
  hover: {
    summary: 'Say which organisation is responsible for the personal data: its legal name (a trading name is fine when it is clearly the one running the service).',
    why: 'People need to know who answers for their data before they can trust it, complain or go to court. "The Company" or "the developer" names nobody.',
    good: 'One sentence naming the responsible organisation with its legal form and registered address, e.g. "Lantern Books Ltd., 12 Harbour Street, Dublin, is responsible for your data."',
  },
  clause: { text: 'The organisation responsible for your personal data (the "controller") is [[legal name of your organisation]], registered at [[registered address]]. In this policy, "we" and "us" mean [[legal name of your organisation]].' },
  check(ctx) {
    const ss = ctx.doc.sentences;
    const placeholders = ctx.facts.placeholders;
    const clean = (s: Sentence) => !placeholders.some((p) => p.span.start >= s.span.start && p.span.end <= s.span.end);
    const texts = new Map<Sentence, string>();
    const textOf = (s: Sentence) => {
      let t = texts.get(s);
      if (t === undefined) texts.set(s, (t = plain(s.text)));
      return t;
    };
    // 1. A legal entity tied to "we", a controller role or the operator (a vendor's name counts only in a role).
    // Each step keeps two pieces of evidence, so each search stops at the second sentence found.
    const tied = firstTwo(ss, (s) => {
      if (!clean(s)) return false;
      const t = textOf(s);
      // legalEntity() needs a legal form: asking first spares the role patterns on most sentences.
      if (!LEGAL_FORM_AFTER_SPACE.test(t)) return false;
      const role = WE_DEFINED.test(t) || CONTROLLER_ROLE.test(t);
      return (role || WE_US_OUR.test(t)) && legalEntity(t, role) !== null;
    });
    if (tied.length) return { state: 'satisfied', evidence: evidence(tied, 2) };
    // 2. A brand defined as "we", or named by an explicit phrase ("at Acme, we", "operated by Acme").
    const defined = firstTwo(ss, (s) => {
      if (!clean(s)) return false;
      const t = textOf(s);
      if (explicitOperator(t)) return true;
      const we = WE_DEFINED.exec(t);
      if (!we) return false;
      const lead = t.slice(Math.max(0, we.index - 100), we.index);
      const nb = NAME_BEFORE.exec(lead.replace(TRAILING_SPACE_COMMA, '').replace(TRAILING_OPEN_PAREN, ''));
      return (nb !== null && plausibleName(nb[1], true)) || DOMAIN_NAME.test(lead);
    });
    if (defined.length) return { state: 'satisfied', evidence: evidence(defined, 2) };
    // 3. Any legal entity that is not a well-known vendor, or a brand acting as the operator that the text names again mid-sentence.
    const prose = ctx.doc.prose.length > 400_000 ? ctx.doc.prose.slice(0, 400_000) : ctx.doc.prose;
    const seen = new Map<string, boolean>();
    const recurs = (name: string) => {
      let r = seen.get(name);
      if (r === undefined) {
        const esc = name.replace(REGEX_SPECIAL, '\\$&');
        r = new RegExp(`[a-z,;:] [*_]{0,2}${esc}(?![\\w-])`).test(prose);
        seen.set(name, r);
      }
      return r;
    };
    const named = firstTwo(ss, (s) => clean(s) && !s.heading && (legalEntity(textOf(s)) !== null || subjectOperator(textOf(s), recurs) !== null));
    if (named.length) return { state: 'satisfied', evidence: evidence(named, 2) };
    // 4. A well-known brand whose members are "our members": the policy is that brand's own.
    const own = ownBrandSentence(ss, prose);
    if (own) return { state: 'satisfied', evidence: [own.span] };
    const vague = ss.find((s) => !s.heading && holds(GENERIC_OPERATOR, s));
    const msg = 'The policy does not say which organisation is responsible for the data. Give its legal name (and registered address), e.g. "Acme Ltd. is the controller of your personal data" (GDPR Art. 13(1)(a)).';
    if (vague) return { state: 'missing', message: msg, related: [{ span: vague.span, message: 'The organisation is only referred to generically here' }] };
    return { state: 'missing', message: msg };
  },
});
