import { defineRule } from '../../core/rule';
import { decide, firstSentencesWhere } from '../outcome';
import { DPF_NAME, DPF_SECTION, notice } from './cues';
import { holds } from '../sentences';

const COMMIT = /\b(?:commit\w{0,4}|subject\w{0,3}|adhere\w{0,3}|compl(?:y|ies)|conform\w{0,3}|abide)\b[^.;]{0,160}\bPrinciples\b/i;
const FRAMEWORK = /\bFramework\b/i;

export default defineRule({
  id: 'dpf-commitment',
  title: 'DPF: commitment to the Principles',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('iii')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'State that all personal data received from the EU (and the UK or Switzerland, if certified) in reliance on the Framework is handled under the Data Privacy Framework Principles.',
    why: 'The public commitment is what makes the Principles enforceable against you by the U.S. authorities.',
    good: '"We commit to subject all personal data received from the EU in reliance on the EU-U.S. Data Privacy Framework to the Framework\'s Principles."',
  },
  clause: { text: 'We commit to handle all personal data we receive from the European Union [[and the United Kingdom / Switzerland]] in reliance on the Data Privacy Framework in line with the Data Privacy Framework Principles.' },
  check(ctx) {
    return decide({
      // Cheap test first (the name of the Framework), then the commitment; three hits are all the outcome keeps.
      hits: firstSentencesWhere(ctx, (s) => (holds(DPF_NAME, s) || holds(FRAMEWORK, s)) && holds(COMMIT, s), 3),
      missing: 'The policy does not commit to apply the Data Privacy Framework Principles to the personal data received under the Framework (DPF Notice Principle II.1.a(iii)).',
    });
  },
});
