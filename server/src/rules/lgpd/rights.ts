import { defineRule } from '../../core/rule';
import { RIGHTS_SECTION } from '../cues';
import { firstSentencesWhere } from '../outcome';
import { lgpd } from './cues';

/** The Art. 18 rights that GDPR-style lists leave out, each with the words that name it. */
const ITEMS: { name: string; re: RegExp }[] = [
  { name: 'confirmation that processing exists', re: /\bconfirm\w{0,6}\b[^.;]{0,60}\b(?:existence|whether|that we|if we)\b[^.;]{0,40}\b(?:process\w{0,5}|hold|treat\w{0,5})|\bconfirmation of (?:the )?(?:existence of )?(?:processing|treatment)\b/i },
  { name: 'anonymisation, blocking or deletion of unnecessary or excessive data', re: /\banonymi[sz]\w{0,6}\b[^.;]{0,60}\bblock\w{0,4}\b|\bblock\w{0,4}\b[^.;]{0,60}\banonymi[sz]\w{0,6}\b|\bblocking\b[^.;]{0,80}\b(?:unnecessary|excessive|unlawful)/i },
  { name: 'information about the public and private entities the data was shared with', re: /\binform\w{0,6}\b[^.;]{0,80}\b(?:public and private|public or private|entities|organi[sz]ations|third parties|whom)\b[^.;]{0,60}\bshar\w{0,4}|\bwith whom (?:we have |we )?shared\b|\b(?:public and private|public or private) (?:entities|bodies|organi[sz]ations)\b[^.;]{0,60}\bshar\w{0,4}/i },
  { name: 'information about the possibility of refusing consent and its consequences', re: /\b(?:refus\w{0,4}|deny|denying|not (?:to )?(?:give|giving|provide|providing)|withhold\w{0,3})\b[^.;]{0,20}\bconsent\b[^.;]{0,120}\bconsequences?\b|\bconsequences? of (?:refusing|not giving|denying|withholding) (?:your )?consent\b/i },
];
const ART18 = /\b(?:Art(?:icle|\.)?|§)\s?18\b[^.;]{0,20}\b(?:LGPD|Lei|13[.,]709)|\bLGPD\b[^.;]{0,10}\b(?:Art(?:icle|\.)?)\s?18\b/i;

export default defineRule({
  id: 'lgpd-rights',
  title: 'LGPD: the data subject rights of Art. 18',
  kind: 'disclosure',
  regimes: ['lgpd'],
  citations: [lgpd('9, VII'), lgpd('18')],
  defaultSeverity: 'warning',
  section: RIGHTS_SECTION,
  hover: {
    summary: 'For people in Brazil, the notice must mention the LGPD rights explicitly, including the ones GDPR-style lists leave out: confirming that processing exists, anonymising or blocking unnecessary data, learning who the data was shared with, and being told that consent can be refused and what follows.',
    why: 'Art. 9 asks for an explicit mention of the Art. 18 rights; a list copied from a GDPR policy covers only part of them.',
    good: 'A rights list that names each Art. 18 right: confirmation, access, correction, anonymisation/blocking/deletion, portability, deletion of consent-based data, information on sharing, information on refusing consent, and revocation of consent.',
  },
  clause: { text: 'Under the LGPD (Art. 18) you can also ask us to confirm whether we process your personal data; to anonymise, block or delete data that is unnecessary, excessive or processed unlawfully; to tell you which public and private entities we have shared your data with; and to inform you that you may refuse consent and what the consequences of refusing are. Write to [[contact for LGPD requests]].' },
  check(ctx) {
    // Only the first sentence naming each right is kept: each search stops there.
    const found = ITEMS.map((it) => ({ it, hits: firstSentencesWhere(ctx, it.re, 1) }));
    const have = found.filter((f) => f.hits.length);
    const lacking = found.filter((f) => !f.hits.length).map((f) => f.it.name);
    const evidence = have.map((f) => f.hits[0].span);
    if (!lacking.length) return { state: 'satisfied', evidence };
    const cited = firstSentencesWhere(ctx, ART18, 1);
    if (have.length || cited.length) {
      const ev = [...evidence, ...cited.slice(0, 1).map((s) => s.span)];
      return { state: 'partial', message: `The policy does not name every LGPD Art. 18 right. Missing: ${lacking.join('; ')} (LGPD Art. 9, VII and Art. 18).`, evidence: ev };
    }
    return { state: 'missing', message: `The policy does not mention the LGPD Art. 18 rights explicitly: ${lacking.join('; ')} (LGPD Art. 9, VII and Art. 18).` };
  },
});
