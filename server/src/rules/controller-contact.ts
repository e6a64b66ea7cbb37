import { defineRule } from '../core/rule';
import { gdprArt } from './cues';
import { holds } from './sentences';

/** E-mail addresses written to dodge harvesters ("privacy (at) example.org", "help @example.com") or hidden by a page filter. */
const OBFUSCATED_EMAIL = /\b[\w.+-]{1,64}(?: ?(?:\(at\)|\[at\]|\{at\}) ?| @ ?| ?@ )[\w-]{1,63}(?:(?:\.| ?(?:\(dot\)|\[dot\]) ?)[\w-]{1,63}){1,4}\b|\[email(?:&#160;|\u00a0| )protected\]/i;
/** Postal markers the address finder may not know: P.O. boxes, care-of lines, German Postfach. */
const POSTAL = /\b(?:P\.? ?O\.? Box|GPO Box|Post(?:al)? Box|Postfach)\s?\d|\b[Cc]\/[Oo]\b[^\n]{0,40}\d{3}/;
/** A link given as the way to reach the organisation ("contact us at https://...", "open an issue at ..."). */
const CONTACT_VERB = /\b(?:contact(?:ing)?|reach(?:ing)?|write to|writing to|get in touch|send (?:us )?(?:a |your )?(?:message|request|inquir\w*|enquir\w*)|submit (?:a |your )?(?:request|inquir\w*|enquir\w*|ticket)|open(?:ing)? an? (?:issue|ticket))\b/i;
const CONTACT_FORM = /\b(?:contact|web|online|request|privacy|support|feedback|inquiry|enquiry)[- ](?:form|page|portal)\b/i;
/** A Markdown link in the source text ("[form](https://...)"). */
const MARKDOWN_LINK = /\]\(/;
/** Links to an authority, not to the organisation itself. */
const AUTHORITY_URL = /(?:authorit|commission|europa\.eu|\.gov\b|ico\.org)/i;
/** A fenced code block ("```" or "~~~"). */
const CODE_FENCE = /^\s*(?:```|~~~)/;
/** A plain e-mail address (in a code block, where the entity finder does not look). */
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/;
/** "Contact us" and the like, said without contact details. */
const CONTACT_US = /\bcontact (?:us|our|the)\b|\breach us\b|\bget in touch\b/i;

export default defineRule({
  id: 'controller-contact',
  title: 'Contact details of the controller',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(a)', url: gdprArt(13) },
    { label: 'Cal. Civ. Code 1798.130(a)(1)', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.130' },
  ],
  defaultSeverity: 'warning',
  section: { heading: /\bcontact|how to reach us|questions|get in touch|who (?:we are|is responsible)|about us/i, title: 'Contact us' },
  hover: {
    summary: 'The notice must give a concrete way to reach the organisation responsible for the data: an email address, a postal address, a phone number or a named contact form.',
    why: 'People can only exercise their rights or ask questions if they can reach you. "Contact us" with nothing behind it is not a contact.',
    good: 'The legal name, a postal address and an email address (or a link to a privacy contact form) that reaches someone who handles privacy requests.',
  },
  clause: { text: 'If you have questions about this policy or want to exercise your rights, contact [[legal name of your organisation]], [[postal address]], by email at [[privacy contact email]].' },
  check(ctx) {
    const f = ctx.facts;
    const direct = f.emails[0] ?? f.phones[0] ?? f.addresses[0];
    if (direct) return { state: 'satisfied', evidence: [direct.span] };
    const form = ctx.doc.sentences.find((s) => holds(CONTACT_FORM, s) && (f.urls.some((u) => u.span.start >= s.span.start && u.span.end <= s.span.end) || MARKDOWN_LINK.test(ctx.doc.text.slice(s.span.start, s.span.end))));
    if (form) return { state: 'satisfied', evidence: [form.span] };
    const other = ctx.doc.sentences.find(
      (s) =>
        holds(OBFUSCATED_EMAIL, s) ||
        holds(POSTAL, s) ||
        (holds(CONTACT_VERB, s) && f.urls.some((u) => u.span.start >= s.span.start && u.span.end <= s.span.end && !AUTHORITY_URL.test(u.text))),
    );
    if (other) return { state: 'satisfied', evidence: [other.span] };
    // An address laid out in a fenced code block is still published (comments and front matter are not).
    for (const span of ctx.doc.excluded) {
      const raw = ctx.doc.text.slice(span.start, span.end);
      if (!CODE_FENCE.test(raw)) continue;
      if (POSTAL.test(raw) || OBFUSCATED_EMAIL.test(raw) || EMAIL.test(raw)) return { state: 'satisfied', evidence: [span] };
    }
    const vague = ctx.doc.sentences.find((s) => holds(CONTACT_US, s));
    if (vague) {
      return {
        state: 'missing',
        message: 'The policy says "contact us" but gives no email address, postal address, phone number or contact form. Add at least one concrete contact (GDPR Art. 13(1)(a)).',
        related: [{ span: vague.span, message: '"Contact us" without contact details' }],
      };
    }
    return { state: 'missing', message: 'The policy gives no way to contact the organisation responsible for the data. Add an email address, postal address, phone number or contact form (GDPR Art. 13(1)(a)).' };
  },
});
