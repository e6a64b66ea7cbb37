import { defineRule } from '../../core/rule';
import { decide, firstSentencesWhere, underHeading } from '../outcome';
import { SPECIFIC_PURPOSE } from '../disclosureCues';
import { DPF_SECTION, GENERIC_PURPOSE, notice } from './cues';
import { holds } from '../sentences';

const PURPOSE_HEADING = /\bpurposes?\b|\bhow we use\b|\bwhy we\b|\buse of (?:your |personal )?(?:data|information)\b/i;
/** A purpose listed under a purpose heading: "- to answer support tickets", "Billing: ...". */
const LISTED = /^(?:[-*+\u2022]\s?)?(?:to|for|in order to) \w{2,20}/i;

export default defineRule({
  id: 'dpf-purposes',
  title: 'DPF: purposes of collection and use',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('iv')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say what you collect and use the personal data for, concretely: to run the account, to deliver orders, to answer support requests, to prevent fraud.',
    why: 'Under the Framework, later choices (opting out of a materially different use) are measured against the purposes you announced; unnamed purposes leave nothing to measure against.',
    good: 'A list of purposes, each a concrete activity: "to provide and bill the service", "to answer your questions", "to keep the service secure".',
  },
  clause: { text: 'We collect and use personal data received under the Data Privacy Framework for these purposes: [[purpose, e.g. to provide and bill our services]]; [[purpose, e.g. to answer your questions]]; [[purpose, e.g. to keep our services secure]].' },
  check(ctx) {
    // The outcome keeps the first three of the stated purposes followed by the listed ones (or, without a hit, three
    // generic ones): each search stops when three are found.
    const hits = firstSentencesWhere(ctx, SPECIFIC_PURPOSE, 3);
    if (hits.length < 3) hits.push(...firstSentencesWhere(ctx, (s) => s.block?.kind === 'list-item' && underHeading(s, PURPOSE_HEADING) && holds(LISTED, s), 3 - hits.length));
    return decide({
      hits,
      partial: hits.length ? [] : firstSentencesWhere(ctx, GENERIC_PURPOSE, 3),
      partialMessage: 'The policy names its purposes only in general terms ("business purposes"). Say concretely what the personal data is collected and used for (DPF Notice Principle II.1.a(iv)).',
      missing: 'The policy does not say for what purposes personal data is collected and used (DPF Notice Principle II.1.a(iv)).',
    });
  },
});
