import { defineRule } from '../core/rule';
import { SOURCE_HEADING, bodySentences, fromOthersSentences, gdprArt, lineOf, underHeading } from './disclosureCues';
import { holds } from './sentences';

/** A word of three letters or more: a list item that names something, not a bullet or a number. */
const WORDY = /[A-Za-z]{3}/;

export default defineRule({
  id: 'data-source',
  title: 'Source of the personal data',
  kind: 'disclosure',
  regimes: ['gdpr', 'uk-gdpr'],
  citations: [{ label: 'GDPR Art. 14(2)(f)', url: gdprArt(14) }],
  defaultSeverity: 'warning',
  section: { heading: SOURCE_HEADING, title: 'Where your data comes from' },
  hover: {
    summary: 'When you obtain personal data from someone other than the person (partners, data brokers, public registers, other users), say where it comes from, and whether the source is publicly accessible.',
    why: 'People cannot check or challenge data whose origin they do not know (Art. 14(2)(f)). "From third parties" names no source.',
    good: '"We receive your name and order number from the marketplace where you bought our product, and company details from the public business register."',
  },
  clause: { text: 'Some personal data does not come from you: we receive [[kind of data]] from [[source, e.g. the marketplace where you ordered]], and [[kind of data]] from [[source, e.g. the public company register, which is publicly accessible]].' },
  check(ctx) {
    const others = fromOthersSentences(ctx);
    if (!others.length) return { state: 'not-applicable', reason: 'the policy does not say that personal data is obtained from anyone other than the person (Art. 14)' };
    const named = others.filter((o) => o.named);
    if (named.length) return { state: 'satisfied', evidence: named.slice(0, 3).map((o) => o.s.span) };
    // A section about data from others that lists the sources.
    const listed = bodySentences(ctx, (s) => s.block?.kind !== 'paragraph' && underHeading(s.section, SOURCE_HEADING, 2) && holds(WORDY, s));
    if (listed.length) return { state: 'satisfied', evidence: listed.slice(0, 3).map((s) => s.span) };
    const first = others[0].s;
    return {
      state: 'missing',
      message: `The policy says personal data is obtained from others (line ${lineOf(ctx, first.span)}) but does not name the sources. Say where the data comes from, e.g. "from the marketplace where you ordered", and whether the source is public (GDPR Art. 14(2)(f)).`,
      related: [{ span: first.span, message: 'Data from an unnamed source' }],
    };
  },
});
