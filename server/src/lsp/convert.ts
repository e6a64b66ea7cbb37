/** Finding → LSP Diagnostic. code = rule id, codeDescription.href = primary legal source, data = what the fix needs. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/types';
import { ruleById } from '../rules';

export const SOURCE = 'privacylint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The payload a client gets in Diagnostic.data. */
export interface DiagnosticData {
  rule: string;
  kind: 'missing' | 'defect';
  /** Document version the diagnostic (and its fixes) were computed for. */
  version: number;
  fixes: { title: string; edits: { range: Diagnostic['range']; newText: string }[] }[];
}

export function toDiagnostic(f: Finding, version: number, uri: string, toRange: (s: { start: number; end: number }) => Diagnostic['range']): Diagnostic {
  const rule = ruleById(f.rule);
  const data: DiagnosticData = {
    rule: f.rule,
    kind: f.kind,
    version,
    fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: toRange(e.span), newText: e.newText })) })),
  };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: SOURCE,
    message: f.message,
    data,
  };
  if (rule) d.codeDescription = { href: rule.citations[0].url };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  if (f.severity === 'hint') d.tags = [] as DiagnosticTag[];
  return d;
}
