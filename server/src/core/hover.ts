/** Hover text: explanations for findings and for recognised passages. Markdown, in our own words. */
import { ruleById } from '../rules';
import type { Analysis } from './analyze';
import type { RuleDefinition } from './rule';

const DISCLAIMER = '_PrivacyLint explains the law in plain words; it is not legal advice._';

export function explainRule(rule: RuleDefinition): string {
  const cites = rule.citations.map((c) => `[${c.label}](${c.url})`).join(' · ');
  return [
    `**${rule.title}** \`${rule.id}\``,
    '',
    rule.hover.summary,
    '',
    `**Why it matters.** ${rule.hover.why}`,
    '',
    `**A good disclosure.** ${rule.hover.good}`,
    '',
    `**Law.** ${cites}`,
  ].join('\n');
}

/** Markdown for the position, or null when there is nothing to explain there. */
export function hoverAt(analysis: Analysis, offset: number): { markdown: string; span: { start: number; end: number } } | null {
  const parts: string[] = [];
  let span: { start: number; end: number } | null = null;
  const inside = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;
  const seen = new Set<string>();
  for (const f of analysis.findings) {
    if (!inside(f.span) || seen.has(f.rule)) continue;
    const rule = ruleById(f.rule);
    if (!rule) continue;
    seen.add(f.rule);
    span ??= f.span;
    parts.push(`${f.message}\n\n${explainRule(rule)}`);
  }
  if (!parts.length) {
    const notes = analysis.passages.filter((p) => inside(p.span));
    const byRule = new Map<string, string[]>();
    for (const n of notes) {
      const list = byRule.get(n.rule) ?? [];
      if (!list.includes(n.note)) list.push(n.note);
      byRule.set(n.rule, list);
      span ??= n.span;
    }
    for (const [, list] of byRule) parts.push(list.map((n) => `✓ ${n.replace(/^✓ /, '')}`).join('\n\n'));
    // A heading that satisfies requirements in its section.
    const heading = analysis.doc.headings.find((h) => inside(h.textSpan));
    if (heading && !parts.length) {
      const section = analysis.doc.sections.find((s) => s.heading === heading);
      if (section) {
        const inSection = analysis.coverage.filter((c) => c.state === 'satisfied' && c.span && c.span.start >= section.span.start && c.span.start < section.span.end);
        if (inSection.length) {
          span = heading.textSpan;
          parts.push(`This section satisfies: ${inSection.map((c) => `**${c.title}** (\`${c.rule}\`)`).join(', ')}.`);
        }
      }
    }
  }
  if (!parts.length || !span) return null;
  return { markdown: `${parts.join('\n\n---\n\n')}\n\n${DISCLAIMER}`, span };
}
