import { defineRule } from '../../core/rule';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { DPF_SECTION, DPF_URL, notice } from './cues';

const BINDING = /\bbinding arbitration\b/i;
const DPF_KIND = /\binvok\w{0,4}\b|\bAnnex I\b|\bData Privacy Framework Panel\b|\b(?:DPF|Framework) Panel\b|\bcertain conditions\b|\bresidual claims?\b|\bData Privacy Framework\b|\bDPF\b|\bPrinciples\b|\bother (?:recourse|redress)\b/i;

export default defineRule({
  id: 'dpf-arbitration',
  title: 'DPF: the possibility of binding arbitration',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('xi'), { label: 'DPF Principles, Annex I (binding arbitration)', url: DPF_URL }],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Tell people that, under certain conditions, they can invoke binding arbitration before the Data Privacy Framework Panel for complaints that other recourse did not resolve.',
    why: 'Arbitration is the last resort the Framework guarantees; it is free of charge for the individual and can order non-monetary relief.',
    good: '"Under certain conditions, described in Annex I of the Principles, you may invoke binding arbitration for complaints not resolved by other means."',
  },
  clause: { text: 'Under certain conditions set out in Annex I of the Data Privacy Framework Principles, you can invoke binding arbitration for a complaint that was not resolved by any other recourse mechanism.' },
  check(ctx) {
    const binding = sentencesWhere(ctx, BINDING);
    return decide({
      hits: binding.filter((s) => holdsWithNext(ctx, DPF_KIND, s)),
      partial: binding,
      partialMessage: 'The policy mentions binding arbitration, but not the arbitration that individuals can invoke under the Data Privacy Framework (Annex I). Say that this option exists and under which conditions (DPF Notice Principle II.1.a(xi)).',
      missing: 'The policy does not mention the possibility of invoking binding arbitration under the Data Privacy Framework (DPF Notice Principle II.1.a(xi), Annex I).',
    });
  },
});
