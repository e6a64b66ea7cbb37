import { defineRule, type DefectReport } from '../core/rule';
import { matchNear } from '../core/entities';

/** Domains that policy generators leave in when the site's own address was never filled in. */
const GENERATOR_DOMAIN = /\b(?:https?:\/\/)?(?:www\.)?(?:your-?(?:website|site|domain|company|app)|website|yourcompanyname|companyname|mywebsite|domainname)\.(?:com|net|org)\b/gi;

/** ".com", ".net", ".org" (global: used with matchAll only). */
const DOT_DOMAIN_ALL = /\.(?:com|net|org)\b/gi;

/** Where ".com", ".net" and ".org" start: every GENERATOR_DOMAIN match has one 7 to 27 characters after its start. */
function dotDomains(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DOT_DOMAIN_ALL)) out.push(m.index!);
  return out;
}

export default defineRule({
  id: 'unfilled-placeholder',
  title: 'Unfilled template placeholder',
  kind: 'defect',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [
    { label: 'GDPR Art. 12(1)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12' },
  ],
  defaultSeverity: 'warning',
  hover: {
    summary: 'Template residue is still in the text: [Company Name], [[placeholder]], {{...}}, <INSERT ...>, TODO, TBD, XXX, lorem ipsum, or an empty "Last updated:".',
    why: 'A published placeholder means a required fact is missing, and shows readers the notice was never finished (information must be concise, transparent and intelligible, Art. 12(1)).',
    good: 'Replace every placeholder with the real fact, or remove the sentence if it does not apply.',
  },
  check(ctx) {
    const defects: DefectReport[] = ctx.facts.placeholders.map((p) => ({ span: p.span, message: `Unfilled placeholder ${p.text.length > 60 ? p.text.slice(0, 57) + '...' : p.text}: replace it with the real information.` }));
    const known = new Set(defects.map((d) => d.span.start));
    const prose = ctx.doc.prose;
    for (const m of matchNear(prose, GENERATOR_DOMAIN, dotDomains(prose), 27, 1)) {
      if (known.has(m.index!)) continue;
      defects.push({ span: { start: m.index!, end: m.index! + m[0].length }, message: `Unfilled placeholder ${m[0]}: a template's sample address; replace it with your own.` });
    }
    for (const s of ctx.facts.emptyDateLabels) {
      const t = ctx.doc.text.slice(s.start, s.end).trim();
      const start = s.start + ctx.doc.text.slice(s.start, s.end).indexOf(t);
      defects.push({ span: { start, end: start + t.length }, message: `"${t}" has no date: add the date of the last change.` });
    }
    return { state: 'defects', defects: defects.sort((a, b) => a.span.start - b.span.start) };
  },
});
