import { dateValue, formatDateLike } from '../core/dates';
import { defineRule } from '../core/rule';
import { CCPA_130_URL } from './cues';

const DAY = 86_400_000;

function monthsBefore(d: Date, months: number): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate());
}

export default defineRule({
  id: 'stale-last-updated',
  title: 'Stale or future last-updated date',
  kind: 'defect',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [
    { label: 'Cal. Civ. Code 1798.130(a)(5)', url: CCPA_130_URL },
    { label: '11 CCR §7011(e)(4)', url: 'https://cppa.ca.gov/regulations/pdf/cppa_regs.pdf' },
  ],
  defaultSeverity: 'warning',
  hover: {
    summary: 'The newest last-updated date is older than the review period (12 months by default, setting privacylint.staleAfterMonths) or lies in the future.',
    why: 'The CCPA requires the privacy policy to be updated at least once every 12 months (Cal. Civ. Code 1798.130(a)(5)); an old date tells readers, and regulators, that nobody has reviewed it. A future date is a typo or a draft date.',
    good: 'Review the policy, then set the date to the day of the review.',
  },
  check(ctx) {
    const dated = ctx.facts.dates.filter((d) => d.labelled);
    if (!dated.length) return { state: 'not-applicable', reason: 'the policy has no last-updated date (see last-updated)' };
    const newest = dated.reduce((a, b) => (dateValue(b) > dateValue(a) ? b : a));
    const today = ctx.today.getTime();
    const value = dateValue(newest);
    const fix = { title: `Set the date to today (${formatDateLike(ctx.today, newest.format)})`, newText: formatDateLike(ctx.today, newest.format) };
    if (value > today + DAY) {
      return { state: 'defects', defects: [{ span: newest.span, message: `The last-updated date ${newest.text} lies in the future. Use the date the policy was actually last changed.`, replacement: fix }] };
    }
    // A month- or year-precision date counts from the end of its period.
    const end = newest.precision === 'year' ? Date.UTC(newest.year, 11, 31) : newest.precision === 'month' ? Date.UTC(newest.year, newest.month, 0) : value;
    if (end < monthsBefore(ctx.today, ctx.staleAfterMonths)) {
      const months = Math.floor((today - end) / (30.44 * DAY));
      return {
        state: 'defects',
        defects: [{
          span: newest.span,
          message: `The policy was last updated ${newest.text}, about ${months} months ago (limit: ${ctx.staleAfterMonths}). Review it and update the date: the CCPA requires an update at least every 12 months (Cal. Civ. Code 1798.130(a)(5)).`,
          replacement: fix,
        }],
      };
    }
    return { state: 'defects', defects: [] };
  },
});
