import { defineRule } from '../core/rule';
import type { Span } from '../core/types';
import { anyContactIn, gdprArt } from './cues';
import { holds } from './sentences';

const DPO_WORDS = /\bdata protection officer\b|\bDatenschutzbeauftragte\w*|\bd[ée]l[ée]gu[ée] (?:[àa] la )?protection des donn[ée]es|\bencarregado\b/i;
const DPO_CS = /\bDPOs?\b/;
const NOT_APPOINTED = /\bnot (?:\w+ ){0,3}(?:required|obliged|obligated|need) to (?:appoint|designate|have|name)|(?:have|has) not (?:appointed|designated)|(?:do|does) not have (?:a |an )?(?:designated )?(?:data protection officer|DPO)|\bno (?:designated )?(?:data protection officer|DPO)\b/i;
/** The local part of a DPO's e-mail address: "dpo@", "data-protection@", "datenschutz@". */
const DPO_MAILBOX = /^(?:dpo|data[._-]?protection(?:[._-]?officer)?|datenschutz)\b/i;
const POINTER = /\b(?:reached|contacted|written to) (?:\w+ ){0,2}(?:at|via|by|through|using|on)\b|\bat the following (?:postal |e-?mail )?(?:address|details)|\b(?:at|via|using|through|to) (?:the |our )?(?:contact )?(?:details|address(?:es)?|information|email(?: address)?|channels?) (?:(?:set out|listed|given|provided|shown|stated) )?(?:above|below|in (?:the )?(?:section|"?contact))/i;

export default defineRule({
  id: 'dpo-contact',
  title: 'Contact details of the Data Protection Officer',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 13(1)(b)', url: gdprArt(13) },
    { label: 'GDPR Art. 37-39', url: gdprArt(37) },
  ],
  defaultSeverity: 'warning',
  section: { heading: /data protection officer|\bDPO\b|\bcontact|how to reach us/i, title: 'Data Protection Officer' },
  hover: {
    summary: 'Where you have appointed a Data Protection Officer, the notice must give the DPO\'s contact details (an email, a postal address or a form; the name is optional).',
    why: 'People may contact the DPO directly about any privacy issue (Art. 38(4)). Not every controller must appoint one (Art. 37): if you are not required to, say so or mark the finding as not applicable.',
    good: 'A dedicated address such as dpo@example.com or a postal address marked "For the attention of the Data Protection Officer".',
  },
  clause: { text: 'We have appointed a Data Protection Officer (DPO). You can contact our DPO by email at [[DPO email]] or by post at [[DPO postal address]].' },
  check(ctx) {
    const { doc, facts } = ctx;
    const dpoEmail = facts.emails.find((e) => DPO_MAILBOX.test(e.text));
    if (dpoEmail) return { state: 'satisfied', evidence: [dpoEmail.span] };
    const mentions = doc.sentences.filter((s) => holds(DPO_WORDS, s) || holds(DPO_CS, s));
    if (!mentions.length) {
      return { state: 'missing', message: 'No Data Protection Officer contact is given. If you have appointed a DPO, add their email or postal address (GDPR Art. 13(1)(b)); if you are not required to appoint one (Art. 37), say so or mark this as not applicable.' };
    }
    if (mentions.some((s) => holds(NOT_APPOINTED, s))) return { state: 'not-applicable', reason: 'the policy states that no Data Protection Officer is appointed' };
    for (const m of mentions) {
      const idx = doc.sentences.indexOf(m);
      let window: Span = m.span;
      for (let k = idx + 1; k < doc.sentences.length && (k <= idx + 2 || doc.sentences[k].span.start < m.span.end + 400) && doc.sentences[k].section === m.section; k++) window = { start: window.start, end: doc.sentences[k].span.end };
      if (m.heading) {
        const sec = m.section;
        window = { start: m.span.start, end: Math.min(sec.span.end, sec.ownSpan.start + 600) };
      }
      const contact = anyContactIn(ctx, window);
      if (contact || POINTER.test(m.text)) return { state: 'satisfied', evidence: [m.span] };
    }
    return {
      state: 'partial',
      message: 'A Data Protection Officer is mentioned, but no way to reach them is given. Add the DPO\'s email address or postal address (GDPR Art. 13(1)(b)).',
      evidence: [mentions[0].span],
      at: mentions[0].span,
    };
  },
});
