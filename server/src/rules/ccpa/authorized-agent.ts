import { defineRule } from '../../core/rule';
import type { Sentence } from '../../core/parse';
import { decide, holdsWithNext } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

const AGENT = /\bauthori[sz]ed (?:agent|representative)s?\b|\bagents? (?:\w+ ){0,4}on (?:your|the consumer's|their) behalf\b|\b(?:someone|somebody|a person|another person|a (?:family member|relative|friend))\b (?:else )?(?:\w+ ){0,4}(?:to )?(?:act|submit|make (?:a |the )?requests?|ask) on (?:your|their) behalf\b/i;
const HOW = /\b(?:written|signed) (?:permission|authori[sz]ation)|\bpower of attorney\b|\bverify\b|\bproof\b|\bpermission\b|\bauthori[sz]ation\b|\bdocumentation\b/i;

export default defineRule({
  id: 'ccpa-authorized-agent',
  title: 'CCPA: requests through an authorized agent',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [ccr('7011(e)(3)(H)'), ccr('7063'), civ('1798.130', 'Cal. Civ. Code §1798.130(a)(3)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'Explain how someone else (an authorized agent) can make a request for a California consumer, and what you will ask for to check that the agent may act.',
    why: 'Many people use a family member or a service to send requests; without instructions, agents are refused or asked for too much.',
    good: 'Say that an authorized agent may submit requests, that you need the consumer\'s signed permission (or a power of attorney), and that you may ask the consumer to verify their identity with you.',
  },
  clause: { text: 'Authorized agents: someone you authorize can submit a request on your behalf. We will ask for your signed permission or a power of attorney, and we may ask you to confirm your identity with us directly. Agents can send requests to [[contact for agents]].' },
  check(ctx) {
    // The outcome keeps three hits, or (without a hit) the first three mentions of an agent: the scan stops at the third hit.
    const agent: Sentence[] = [];
    const hits: Sentence[] = [];
    for (const s of ctx.doc.sentences) {
      if (s.heading || !holds(AGENT, s)) continue;
      if (agent.length < 3) agent.push(s);
      if (holdsWithNext(ctx, HOW, s) && hits.push(s) === 3) break;
    }
    return decide({
      hits,
      partial: agent,
      partialMessage: 'The policy mentions authorized agents but not what an agent must provide (for example the consumer\'s signed permission) (11 CCR §7011(e)(3)(H), §7063).',
      missing: 'The policy does not say how an authorized agent can make a request on a consumer\'s behalf (11 CCR §7011(e)(3)(H), §7063).',
    });
  },
});
