import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { DPF_SECTION, notice } from './cues';
import { holds } from '../sentences';

const FULL = /\bnational security\b[^.;]{0,200}\blaw enforcement\b|\blaw enforcement\b[^.;]{0,200}\bnational security\b|\blawful requests? (?:\w+ ){0,3}(?:by|from) public authorities\b/i;
const PARTIAL = /\b(?:law enforcement|public authorit(?:y|ies)|government (?:authorit(?:y|ies)|agenc(?:y|ies)|requests?)|court orders?|subpoenas?|legal process)\b/i;
const DISCLOSE = /\b(?:disclos\w{0,4}|provide|share|release|respond)\b/i;

export default defineRule({
  id: 'dpf-lawful-access',
  title: 'DPF: disclosure to public authorities',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('xii')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say that you may have to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements.',
    why: 'Government access to transferred data is the heart of the transatlantic debate; the Framework makes participants say it openly.',
    good: '"We may be required to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements."',
  },
  clause: { text: 'We may have to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements.' },
  check(ctx) {
    return decide({
      hits: sentencesWhere(ctx, FULL),
      partial: sentencesWhere(ctx, (s) => holds(PARTIAL, s) && holds(DISCLOSE, s)),
      partialMessage: 'The policy says personal data may be disclosed to authorities, but not that this includes lawful requests to meet national security as well as law enforcement requirements (DPF Notice Principle II.1.a(xii)).',
      missing: 'The policy does not say that personal data may be disclosed in response to lawful requests by public authorities, including for national security or law enforcement (DPF Notice Principle II.1.a(xii)).',
    });
  },
});
