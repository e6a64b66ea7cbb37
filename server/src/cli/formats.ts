/** Output formats of the CLI for CI: SARIF 2.1.0 (code scanning) and GitHub Actions workflow commands. */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RuleDefinition } from '../core/rule';
import type { CoverageEntry, Finding, Severity } from '../core/types';

export const TOOL_NAME = 'PrivacyLint';
export const VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/privacylint/privacylint';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface FileResult {
  file: string;
  findings: Finding[];
  coverage: CoverageEntry[];
}

type SarifLevel = 'error' | 'warning' | 'note';

const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** "right-to-object" → "RightToObject": SARIF names are identifiers, not sentences. */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** A path relative to the working directory (the repository root in CI), as a relative URI reference. */
export function relativeUri(file: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (!rel || path.isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

function helpText(rule: RuleDefinition): { text: string; markdown: string } {
  const sources = rule.citations.map((c) => `${c.label}: ${c.url}`).join('\n');
  const text = `${rule.hover.summary}\n\nWhy: ${rule.hover.why}\n\nWhat a good disclosure contains: ${rule.hover.good}\n\nSources:\n${sources}`;
  const markdown = `**${rule.title}**\n\n${rule.hover.summary}\n\n**Why:** ${rule.hover.why}\n\n**What a good disclosure contains:** ${rule.hover.good}\n\n**Sources:** ${rule.citations.map((c) => `[${c.label}](${c.url})`).join(', ')}`;
  return { text, markdown };
}

/**
 * SARIF 2.1.0 log with one run. Columns are 1-based UTF-16 code units (run.columnKind), endColumn is the column
 * after the last character, as SARIF defines it; paths are relative to the working directory (%SRCROOT%).
 */
export function toSarif(results: FileResult[], catalogue: readonly RuleDefinition[], notifications: string[] = [], cwd = process.cwd()): object {
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const rules = catalogue.map((r) => ({
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.hover.summary },
    helpUri: r.citations[0]?.url ?? INFORMATION_URI,
    help: helpText(r),
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    properties: { tags: ['privacy', ...r.regimes], kind: r.kind, citations: r.citations.map((c) => c.label) },
  }));
  const region = (range: Finding['range']) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const sarifResults = results.flatMap((r) => {
    const uri = relativeUri(r.file, cwd);
    const artifactLocation = { uri, uriBaseId: '%SRCROOT%' };
    return r.findings.map((f) => {
      const res: Record<string, unknown> = {
        ruleId: f.rule,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
        properties: { severity: f.severity, kind: f.kind },
      };
      const i = index.get(f.rule);
      if (i !== undefined) res.ruleIndex = i;
      if (f.related?.length) {
        res.relatedLocations = f.related.map((rel, id) => ({ id, message: { text: rel.message }, physicalLocation: { artifactLocation, region: region(rel.range) } }));
      }
      return res;
    });
  });
  const cwdUri = pathToFileURL(path.resolve(cwd)).href.replace(/\/*$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications.map((text) => ({ level: 'error', message: { text } })),
          },
        ],
      },
    ],
  };
}

/** Escaping of a workflow command's message (GitHub Actions toolkit: escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (toolkit: escapeProperty): also ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * One GitHub Actions annotation per finding: `::warning file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`.
 * Lines and columns are 1-based; endColumn is the column of the last character (GitHub draws start..end inclusive).
 */
export function toGithub(results: FileResult[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const r of results) {
    const rel = path.relative(cwd, path.resolve(cwd, r.file));
    const file = (rel && !path.isAbsolute(rel) ? rel : path.resolve(cwd, r.file)).split(path.sep).join('/');
    for (const f of r.findings) {
      const line = f.range.start.line + 1;
      const col = f.range.start.character + 1;
      const endLine = f.range.end.line + 1;
      const endColumn = endLine === line ? Math.max(col, f.range.end.character) : Math.max(1, f.range.end.character);
      const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${col}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(f.rule)}`];
      out.push(`::${GITHUB_COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return out;
}
