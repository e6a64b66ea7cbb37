import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { ccr, civ, SHARING_SECTION } from './cues';

const FOR_BP = /\b(?:disclos\w{0,4}|shared|provided|made available)\b[^.;]{0,120}\bfor (?:a |an |our |the following |their |these |such )?(?:business(?: or commercial)?|operational) purposes?\b|\bbusiness[- ]purpose disclosures?\b|\bdisclosed for (?:a |our )?business purposes?\b/i;
const NONE = /\b(?:not|never|no)\b[^.;]{0,60}\bdisclos\w{0,4}\b[^.;]{0,60}\bbusiness purposes?\b/i;
const TO_PROVIDERS = /\b(?:disclos\w{0,4}|share|shares|shared|provide|provides)\b[^.;]{0,80}\b(?:service providers|contractors|processors|vendors)\b/i;

export default defineRule({
  id: 'ccpa-disclosed-for-business-purpose',
  title: 'CCPA: categories disclosed for a business purpose',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.115', 'Cal. Civ. Code §1798.115(c)(2)'), civ('1798.130', 'Cal. Civ. Code §1798.130(a)(5)(C)(ii)'), ccr('7011(e)(1)(H)')],
  defaultSeverity: 'warning',
  section: SHARING_SECTION,
  hover: {
    summary: 'Separately from selling and sharing, list the categories of personal information you handed to others for a business purpose (for example to service providers and contractors) in the last 12 months, or say that you did not.',
    why: 'Disclosures to vendors are the most common way data leaves a business; the law asks for them as a second, separate list so they are not hidden behind "we do not sell".',
    good: 'A list or table: category, the kinds of recipients (service providers, contractors, ...), and the business purpose, covering the preceding 12 months.',
  },
  clause: { text: 'Disclosures for a business purpose: in the past 12 months we disclosed the following categories of personal information for a business purpose: [[categories, e.g. identifiers and commercial information]], to [[categories of recipients, e.g. service providers for hosting, payments and customer support]].' },
  check(ctx) {
    return decide({
      hits: [...sentencesWhere(ctx, FOR_BP), ...sentencesWhere(ctx, NONE)],
      partial: sentencesWhere(ctx, TO_PROVIDERS),
      partialMessage: 'The policy says personal information goes to service providers or contractors, but not which categories were disclosed for a business purpose in the past 12 months. Add that list, or a statement that none were (Cal. Civ. Code §1798.115(c)(2), 11 CCR §7011(e)(1)(H)).',
      missing: 'The policy does not list the categories of personal information disclosed for a business purpose in the past 12 months. Add the list, or state that none were (Cal. Civ. Code §1798.115(c)(2), §1798.130(a)(5)(C)(ii), 11 CCR §7011(e)(1)(H)).',
    });
  },
});
