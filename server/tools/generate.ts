/**
 * Generates, from the rule catalogue, everything that would otherwise be written twice:
 * the snippets, the settings schema in package.json, the .privacylintrc.json JSON schema, docs/rules/<id>.md and the
 * word gates of the rules' patterns (server/tools/gateTable.ts, read in a process of its own).
 * `npm run gen` writes the files; test/meta/generated.test.ts fails when a committed file drifts.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GATE_TABLE } from './gateTable';
import { catalogue } from '../src/rules';
import type { RuleDefinition } from '../src/core/rule';
import { ALL_REGIMES } from '../src/core/types';
import { DEFAULT_FILE_GLOBS } from '../src/core/policyDetect';

export const ROOT = path.resolve(__dirname, '..', '..');
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

/** Clause text with [[placeholders]] → snippet text with ${n:placeholder} tab stops. */
export function toSnippetBody(text: string, start = 1): { body: string; next: number } {
  let n = start;
  const body = text.replace(/\$/g, '\\$').replace(/\[\[([^\]]+)\]\]/g, (_, name: string) => `\${${n++}:${name.replace(/[}\\]/g, '')}}`);
  return { body, next: n };
}

function ruleSnippets(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of catalogue) {
    if (!r.clause) continue;
    const clause = r.id === 'last-updated' ? 'Last updated: ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}' : toSnippetBody(r.clause.text).body;
    out[`PrivacyLint: ${r.title}`] = {
      prefix: [`pl-${r.id}`, `privacy ${r.title.toLowerCase()}`],
      body: clause.split('\n'),
      description: `${r.title} (${r.citations[0].label}): clause in PrivacyLint's own words.`,
    };
  }
  return out;
}

/** A whole-policy skeleton: every section a GDPR policy needs, with the catalogue's clauses. */
function policySkeleton(): string[] {
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const clause = (id: string) => byId.get(id)?.clause?.text ?? '';
  const sections: [string, string[]][] = [
    ['Who we are', ['[[legal name of your organisation]] ("we", "us") is responsible for the personal data described in this policy.', clause('controller-contact')]],
    ['What data we collect and why', ['[[the categories of personal data you collect, the purposes and the legal basis for each]]']],
    ['Who we share it with', ['[[the recipients or categories of recipients]]']],
    ['International transfers', [clause('transfer-safeguards')]],
    ['How long we keep it', ['[[the retention period for each category, or the criteria used to set it]]']],
    ['Your rights', ['right-of-access', 'right-to-rectification', 'right-to-erasure', 'right-to-restriction', 'right-to-portability', 'right-to-object', 'right-to-withdraw-consent', 'right-to-complain'].map((id) => `- ${clause(id)}`)],
    ['Data Protection Officer', [clause('dpo-contact')]],
    ['Changes to this policy', ['We will update this policy when our processing changes and show the date of the last change at the top.']],
  ];
  const lines = ['# Privacy Policy', '', 'Last updated: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', ''];
  for (const [title, paras] of sections) {
    lines.push(`## ${title}`, '');
    const isList = paras.every((p) => p.startsWith('- '));
    for (const p of paras) lines.push(p, ...(isList ? [] : ['']));
    if (isList) lines.push('');
  }
  // Tab stops numbered across the whole skeleton.
  let n = 1;
  return lines.map((l) => {
    const r = toSnippetBody(l.replace(/\$(CURRENT_\w+)/g, '\u0000$1'), n);
    n = r.next;
    return r.body.replace(/\\\$\u0000|\u0000/g, '$');
  });
}

export function snippets(): string {
  const out: Record<string, unknown> = {
    'PrivacyLint: whole privacy policy': {
      prefix: ['pl-policy', 'privacy policy skeleton'],
      body: policySkeleton(),
      description: 'A complete privacy-policy skeleton with every section GDPR Art. 13 asks for (PrivacyLint).',
    },
    ...ruleSnippets(),
    'PrivacyLint: disable a rule (block)': {
      prefix: 'pl-disable',
      body: ['<!-- privacylint-disable ${1|' + catalogue.map((r) => r.id).join(',') + '|} -- ${2:reason} -->'],
      description: 'Turn a PrivacyLint rule off from here (or, for a missing disclosure, for the document), with the reason.',
    },
    'PrivacyLint: enable a rule': { prefix: 'pl-enable', body: ['<!-- privacylint-enable ${1|' + catalogue.map((r) => r.id).join(',') + '|} -->'], description: 'Turn a PrivacyLint rule back on.' },
    'PrivacyLint: disable next line': { prefix: 'pl-disable-next-line', body: ['<!-- privacylint-disable-next-line ${1|' + catalogue.map((r) => r.id).join(',') + '|} -->'], description: 'Silence a PrivacyLint rule on the next line.' },
    'PrivacyLint: disable for the file': { prefix: 'pl-disable-file', body: ['<!-- privacylint-disable-file ${1|' + catalogue.map((r) => r.id).join(',') + '|} -- ${2:reason} -->'], description: 'Silence a PrivacyLint rule in this file, with the reason.' },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function ruleSettingsProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const r of catalogue) {
    props[r.id] = {
      type: 'string',
      enum: SEVERITIES,
      default: r.defaultSeverity,
      markdownDescription: `**${r.title}** (${r.citations.map((c) => `[${c.label}](${c.url})`).join(', ')}). ${r.hover.summary}`,
    };
  }
  return props;
}

/** JSON schema of .privacylintrc.json. */
export function configSchema(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'PrivacyLint configuration (.privacylintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      regimes: { type: 'array', items: { type: 'string', enum: [...ALL_REGIMES] }, uniqueItems: true, description: 'Regimes to check. Without it they are inferred from the text (GDPR when nothing else is named).' },
      rules: { type: 'object', description: 'Severity per rule id; "off" disables a rule.', properties: Object.fromEntries(Object.entries(ruleSettingsProperties()).map(([k, v]) => [k, { ...(v as object), default: undefined }])), additionalProperties: false },
      staleAfterMonths: { type: 'integer', minimum: 1, maximum: 600, default: 12, description: 'A last-updated date older than this many months is reported as stale.' },
      files: { type: 'array', items: { type: 'string' }, default: [...DEFAULT_FILE_GLOBS], description: 'File-name globs of the documents to check (a glob without "/" matches the base name).' },
      run: { type: 'string', enum: ['onType', 'onSave'], default: 'onType', description: 'When the editor re-checks a document.' },
      maxFileSize: { type: 'integer', minimum: 1, default: 5000000, description: 'Documents with more characters than this are not analysed; one information diagnostic says so.' },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** contributes.configuration for package.json. */
export function configuration(): unknown {
  return {
    title: 'PrivacyLint',
    properties: {
      'privacylint.regimes': { type: 'array', items: { type: 'string', enum: [...ALL_REGIMES] }, default: [], scope: 'resource', markdownDescription: 'Regimes to check (`gdpr`, `uk-gdpr`, `ccpa`, `dpf`, `lgpd`). Empty: inferred from the text; front matter `regimes: [...]` in a document wins.' },
      'privacylint.rules': { type: 'object', default: {}, scope: 'resource', markdownDescription: 'Severity per rule (`off`, `hint`, `info`, `warning`, `error`). A `.privacylintrc.json` file in the workspace takes precedence.', properties: ruleSettingsProperties(), additionalProperties: false },
      'privacylint.files': { type: 'array', items: { type: 'string' }, default: [...DEFAULT_FILE_GLOBS], scope: 'resource', markdownDescription: 'File-name globs of privacy policies to check. Documents whose first heading names a privacy policy, notice or statement, or whose front matter says `privacylint: true`, are checked too.' },
      'privacylint.run': { type: 'string', enum: ['onType', 'onSave'], enumDescriptions: ['Re-check while you type.', 'Re-check when the document is saved.'], default: 'onType', scope: 'resource', description: 'When to re-check a document.' },
      'privacylint.staleAfterMonths': { type: 'integer', minimum: 1, maximum: 600, default: 12, scope: 'resource', markdownDescription: 'A last-updated date older than this many months is reported (`stale-last-updated`). The CCPA requires a yearly update.' },
      'privacylint.maxFileSize': { type: 'integer', minimum: 1, default: 5000000, scope: 'resource', description: 'Documents longer than this many characters are not analysed; one information diagnostic says so.' },
      'privacylint.trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window', description: 'Traces the communication between VS Code and the PrivacyLint language server.' },
    },
  };
}

function example(rule: RuleDefinition): { good: string; bad: string } {
  const good = rule.clause ? rule.clause.text : rule.hover.good;
  const bad: Record<string, string> = {
    'obsolete-transfer-mechanism': 'We transfer personal data to the United States under the EU-U.S. Privacy Shield.',
    'stale-last-updated': 'Last updated: January 3, 2019',
    'unfilled-placeholder': 'The controller is [Company Name], [ADDRESS].',
    'last-updated': '# Privacy Policy\n\nWe collect your email address to send you our newsletter.',
  };
  return { good, bad: bad[rule.id] ?? `A policy with no sentence that covers this: "${rule.title.toLowerCase()}".` };
}

export function ruleDoc(rule: RuleDefinition): string {
  const ex = example(rule);
  return [
    `# \`${rule.id}\`: ${rule.title}`,
    '',
    `Kind: ${rule.kind === 'disclosure' ? 'missing disclosure' : 'defect'} · Default severity: ${rule.defaultSeverity} · Regimes: ${rule.regimes.join(', ')}`,
    '',
    '## What it requires',
    '',
    rule.hover.summary,
    '',
    '## Why it matters',
    '',
    rule.hover.why,
    '',
    '## What a good disclosure contains',
    '',
    rule.hover.good,
    '',
    '## Law',
    '',
    ...rule.citations.map((c) => `- [${c.label}](${c.url})`),
    '',
    '## Example that triggers it',
    '',
    '```text',
    ex.bad,
    '```',
    '',
    '## Example that satisfies it',
    '',
    '```text',
    ex.good,
    '```',
    '',
    '## Turning it off',
    '',
    `Where the requirement does not apply, say why in the document: \`<!-- privacylint-disable ${rule.id} -- reason -->\`, or set \`"${rule.id}": "off"\` under \`rules\` in \`.privacylintrc.json\` or the \`privacylint.rules\` setting.`,
    '',
    '_Generated from the rule catalogue (server/src/rules). PrivacyLint explains the law in plain words; it is not legal advice._',
    '',
  ].join('\n');
}

export function rulesIndex(): string {
  return [
    '# PrivacyLint rules',
    '',
    '| Rule | Title | Kind | Primary source |',
    '| --- | --- | --- | --- |',
    ...catalogue.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.title} | ${r.kind} | [${r.citations[0].label}](${r.citations[0].url}) |`),
    '',
    '_Generated from the rule catalogue._',
    '',
  ].join('\n');
}

/** Every generated file: path relative to the project root → content. package.json is handled apart. */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'snippets/privacylint.code-snippets': snippets(),
    'client/schemas/privacylintrc.schema.json': configSchema(),
    'docs/rules/README.md': rulesIndex(),
  };
  for (const r of catalogue) files[`docs/rules/${r.id}.md`] = ruleDoc(r);
  files[GATE_TABLE] = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'gateTable.ts'), '--print'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return files;
}

/** package.json with contributes.configuration replaced by the generated one. */
export function generatedPackageJson(current: string): string {
  const pkg = JSON.parse(current);
  pkg.contributes = { ...(pkg.contributes ?? {}), configuration: configuration() };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (require.main === module) {
  for (const [rel, content] of Object.entries(generatedFiles())) {
    const file = path.join(ROOT, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const pkgPath = path.join(ROOT, 'package.json');
  fs.writeFileSync(pkgPath, generatedPackageJson(fs.readFileSync(pkgPath, 'utf8')));
  console.log('generated snippets, schema, rule docs, word gates and package.json settings');
}
