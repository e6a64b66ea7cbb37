import { defineRule } from '../core/rule';
import type { Sentence } from '../core/parse';
import { gdprArt } from './cues';
import { SAFEGUARD, mentionsTransfer } from './transferCues';
import { holds } from './sentences';

const HISTORIC_MENTION = /invalidat\w*|\binvalid\b|struck down|no longer|\bannull?\w*|\bformerly\b|\bpreviously\b|\bsuperseded\b|\breplaced\b/i;

export default defineRule({
  id: 'transfer-safeguards',
  title: 'Safeguards for international transfers',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [
    { label: 'GDPR Art. 13(1)(f)', url: gdprArt(13) },
    { label: 'GDPR Art. 44-49', url: gdprArt(44) },
  ],
  defaultSeverity: 'warning',
  section: { heading: /international|transfer|outside (?:the )?(?:EEA|EU|UK)|cross[- ]border|where (?:we|do you) (?:store|keep|process)|where (?:is )?(?:your )?(?:data|information) (?:is )?(?:stored|processed|kept)|storage location|location of/i, title: 'International transfers' },
  hover: {
    summary: 'When personal data leaves the EEA (or the UK), the notice must say so and name the legal safeguard: an adequacy decision, standard contractual clauses, binding corporate rules, the EU-U.S. Data Privacy Framework or an Art. 49 derogation, and how to get a copy.',
    why: 'Data sent abroad can lose the GDPR\'s protection; people must know where it goes and what keeps it safe (Art. 13(1)(f)). A statement that you do not transfer data abroad is fine on its own.',
    good: 'Which countries or recipients, the mechanism for each (e.g. "standard contractual clauses, Commission Implementing Decision (EU) 2021/914"), and how to obtain a copy.',
  },
  clause: { text: 'Some of our service providers process personal data outside the European Economic Area, in [[countries]]. Where the European Commission has not decided that a country ensures an adequate level of protection, we rely on the standard contractual clauses adopted by the Commission (Implementing Decision (EU) 2021/914) [[or another safeguard]]. You can obtain a copy of these safeguards by writing to [[privacy contact email]].' },
  check(ctx) {
    const ss = ctx.doc.sentences;
    // Only the first mention of a transfer and the first three safeguards are read: each search stops there.
    const trigger = ss.find((s) => mentionsTransfer(s));
    if (!trigger) {
      // A safeguard named in the present implies a transfer; one named only as history does not.
      const current = ss.find((s) => holds(SAFEGUARD, s) && !holds(HISTORIC_MENTION, s));
      if (current) return { state: 'satisfied', evidence: [current.span] };
      return { state: 'not-applicable', reason: 'the policy does not say that personal data leaves the country or region' };
    }
    const safeguards: Sentence[] = [];
    for (const s of ss) {
      if (holds(SAFEGUARD, s)) safeguards.push(s);
      if (safeguards.length === 3) break;
    }
    if (safeguards.length) return { state: 'satisfied', evidence: safeguards.map((s) => s.span) };
    const line = ctx.doc.lines.positionAt(trigger.span.start).line + 1;
    return {
      state: 'missing',
      message: `The policy says personal data goes to other countries (line ${line}) but names no safeguard. Name the mechanism: an adequacy decision, standard contractual clauses, binding corporate rules, the Data Privacy Framework or an Art. 49 derogation (GDPR Art. 13(1)(f)).`,
      related: [{ span: trigger.span, message: 'International transfer mentioned here' }],
    };
  },
});
