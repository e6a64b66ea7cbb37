/**
 * Inline suppression comments, in Markdown/HTML comment syntax:
 *   <!-- privacylint-disable dpo-contact -- we are not required to appoint a DPO -->
 *   <!-- privacylint-enable dpo-contact -->
 *   <!-- privacylint-disable-next-line obsolete-transfer-mechanism -->
 *   <!-- privacylint-disable-line stale-last-updated -->
 *   <!-- privacylint-disable-file -->
 * No rule list means every rule. Text after " -- " is the reason, shown in the coverage view.
 */
import type { Comment } from './parse';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  rules: string[]; // empty = all
  reason: string;
  line: number;
  endLine: number;
}

const DIRECTIVE = /^\s*privacylint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*)$/;

export function parseDirectives(comments: Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const [ids, ...reason] = m[2].split(/\s--\s?/);
    out.push({
      kind: m[1] as DirectiveKind,
      rules: ids.trim() ? ids.trim().split(/[\s,]+/) : [],
      reason: reason.join(' -- ').trim(),
      line: c.line,
      endLine: c.endLine,
    });
  }
  return out;
}

const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);

export class Suppressions {
  constructor(readonly directives: Directive[]) {}

  /**
   * A document-level finding (a missing disclosure) has no line of its own: it is silenced by
   * disable-file, or by a block "disable" for the rule anywhere in the document.
   */
  documentLevel(rule: string): { reason: string } | null {
    for (const d of this.directives) {
      if ((d.kind === 'disable-file' || d.kind === 'disable') && covers(d, rule)) return { reason: d.reason };
    }
    return null;
  }

  /** A finding on a line: disable-file, an open disable block, disable-next-line above, or disable-line on it. */
  atLine(rule: string, line: number): { reason: string } | null {
    let open: Directive | null = null;
    for (const d of this.directives) {
      if (!covers(d, rule)) continue;
      if (d.kind === 'disable-file') return { reason: d.reason };
      if (d.kind === 'disable-line' && d.line <= line && line <= d.endLine) return { reason: d.reason };
      if (d.kind === 'disable-next-line' && d.endLine + 1 === line) return { reason: d.reason };
      if (d.line > line) continue;
      if (d.kind === 'disable') open = d;
      else if (d.kind === 'enable') open = null;
    }
    return open ? { reason: open.reason } : null;
  }
}
