import { defineRule } from '../../core/rule';
import { firstSentencesWhere } from '../outcome';
import { DPF_NAME, DPF_SECTION, notice, PARTICIPATES } from './cues';
import { holds } from '../sentences';

const LIST = /dataprivacyframework\.gov|\b(?:Data Privacy Framework|DPF) List\b/i;

export default defineRule({
  id: 'dpf-participation-and-list',
  title: 'DPF: participation and a link to the Data Privacy Framework List',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('i')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'An organisation that relies on the EU-U.S. Data Privacy Framework must say that it participates and give the address of the official Data Privacy Framework List, where readers can check its certification.',
    why: 'Certification is public and can lapse; the link lets anyone confirm that the claim is current. The Framework is valid today, though an appeal against it is pending.',
    good: 'A sentence naming the Framework(s) you are certified under (EU-U.S., and where relevant the UK Extension and Swiss-U.S.) with a link to https://www.dataprivacyframework.gov.',
  },
  clause: { text: '[[Organisation name]] participates in the EU-U.S. Data Privacy Framework [[and the UK Extension / Swiss-U.S. Data Privacy Framework]]. You can check our certification on the Data Privacy Framework List at https://www.dataprivacyframework.gov/list.' },
  check(ctx) {
    // Only the first of each is kept: each search stops there.
    const list = firstSentencesWhere(ctx, LIST, 1, true);
    const part = firstSentencesWhere(ctx, (s) => holds(DPF_NAME, s) && holds(PARTICIPATES, s), 1);
    if (part.length && list.length) return { state: 'satisfied', evidence: [part[0].span, list[0].span] };
    if (part.length) {
      return { state: 'partial', message: 'The policy says it participates in the Data Privacy Framework but gives no link to the Data Privacy Framework List (https://www.dataprivacyframework.gov) (DPF Notice Principle II.1.a(i)).', evidence: [part[0].span], at: part[0].span };
    }
    return { state: 'missing', message: 'The policy does not state its participation in the Data Privacy Framework with a link to the Data Privacy Framework List (DPF Notice Principle II.1.a(i)).' };
  },
});
