import { defineRule } from '../../core/rule';
import { sentencesWhere } from '../outcome';
import { ukGdpr } from './cues';

const SCC = /\bstandard (?:contractual|contract|data protection) clauses\b|\bSCCs?\b|\bmodel (?:contractual )?clauses\b/i;
const UK_TOOL = /\bIDTA\b|\bInternational Data Transfer Agreement\b|\bUK Addendum\b|\bInternational Data Transfer Addendum\b|\bUK (?:data )?transfer addendum\b|\bAddendum (?:issued|approved|published) by the (?:ICO|Information Commissioner)/i;

export default defineRule({
  id: 'uk-transfer-tools',
  title: 'UK GDPR: UK transfer tools (IDTA or UK Addendum)',
  kind: 'disclosure',
  regimes: ['uk-gdpr'],
  citations: [ukGdpr('46'), ukGdpr('13(1)(f)'), { label: 'Data Protection Act 2018, s. 119A', url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/119A' }],
  defaultSeverity: 'warning',
  section: { heading: /international|transfer|outside (?:the )?(?:EEA|EU|UK)/i, title: 'International transfers' },
  hover: {
    summary: 'For transfers out of the UK, the EU standard contractual clauses do not work on their own: since 21 March 2024 they need the UK Addendum, or you use the UK\'s International Data Transfer Agreement (IDTA) instead.',
    why: 'A UK reader told that "standard contractual clauses" protect their data may be relying on a tool that has not been valid for UK transfers on its own since March 2024.',
    good: 'Name the UK tool next to the EU one: "for transfers from the UK, the EU standard contractual clauses with the UK Addendum issued by the ICO" or "the International Data Transfer Agreement".',
  },
  clause: { text: 'For personal data transferred from the United Kingdom we use [[the International Data Transfer Agreement (IDTA) / the EU standard contractual clauses together with the UK Addendum]] issued by the Information Commissioner.' },
  check(ctx) {
    const tool = sentencesWhere(ctx, UK_TOOL);
    if (tool.length) return { state: 'satisfied', evidence: tool.slice(0, 3).map((s) => s.span) };
    const scc = sentencesWhere(ctx, SCC);
    if (!scc.length) return { state: 'not-applicable', reason: 'the policy does not rely on standard contractual clauses' };
    return {
      state: 'partial',
      message: 'The policy relies on standard contractual clauses but names no UK tool. For transfers from the UK, the EU clauses need the UK Addendum (or use the International Data Transfer Agreement, IDTA) (UK GDPR Art. 46, DPA 2018 s. 119A).',
      evidence: [scc[0].span],
      at: scc[0].span,
    };
  },
});
