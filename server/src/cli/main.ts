#!/usr/bin/env node
/** privacylint: the command-line checker over the same core and settings as the language server. */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../core/analyze';
import { inputProblem } from '../core/inputCheck';
import type { CoverageEntry, Finding } from '../core/types';
import { findConfigFile, readConfigFile } from '../config/configFile';
import { DEFAULT_SETTINGS, mergeSettings, toAnalyzeOptions, type Settings } from '../config/settings';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { expandInputs } from './inputs';

interface FileResult {
  file: string;
  findings: Finding[];
  coverage: CoverageEntry[];
}

const VERSION = '0.1.0';

/** Settings of the .privacylintrc.json that applies to a directory, read once per config file. */
function fileSettings(dir: string, cache: Map<string, Settings>, warn: (m: string) => void): Settings {
  const found = findConfigFile(dir);
  if (!found) return DEFAULT_SETTINGS;
  let s = cache.get(found);
  if (!s) {
    s = DEFAULT_SETTINGS;
    const r = readConfigFile(found);
    if (r.error) warn(`${r.error} (using defaults)`);
    else {
      const m = mergeSettings(s, r.data, found);
      m.problems.forEach(warn);
      s = m.settings;
    }
    cache.set(found, s);
  }
  return s;
}

function settingsFor(file: string, args: CliArgs, explicit: Settings | null, cache: Map<string, Settings>, warn: (m: string) => void): Settings {
  let s = explicit ?? fileSettings(path.dirname(path.resolve(file)), cache, warn);
  if (args.regimes) s = { ...s, regimes: args.regimes };
  return s;
}

function decode(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`privacylint: ${e.message} (see privacylint --help)`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    out(HELP);
    return 0;
  }
  if (args.version) {
    out(`privacylint ${VERSION}`);
    return 0;
  }
  if (!args.inputs.length) {
    err('privacylint: no input files (see privacylint --help)');
    return 2;
  }
  let explicit: Settings | null = null;
  if (args.config) {
    const r = readConfigFile(args.config);
    if (r.error) {
      err(`privacylint: ${r.error}`);
      return 2;
    }
    const m = mergeSettings(DEFAULT_SETTINGS, r.data, args.config);
    if (m.problems.length) {
      err(`privacylint: ${m.problems.join('\nprivacylint: ')}`);
      return 2;
    }
    explicit = m.settings;
  }
  let failed = false;
  const warned = new Set<string>();
  const warn = (m: string) => {
    if (!warned.has(m)) {
      warned.add(m);
      err(`privacylint: warning: ${m}`);
    }
  };
  const configCache = new Map<string, Settings>();
  const { files, problems } = expandInputs(args.inputs, (f) => settingsFor(f, args, explicit, configCache, warn).files);
  for (const p of problems) {
    err(`privacylint: ${p}`);
    failed = true;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`privacylint: ${file}: cannot read (${code === 'EISDIR' ? 'is a directory' : code ?? (e as Error).message})`);
      failed = true;
      continue;
    }
    const settings = settingsFor(file, args, explicit, configCache, warn);
    const text = decode(buf);
    const problem = text === null ? 'not valid UTF-8 text: re-save it as UTF-8' : inputProblem(text, settings.maxFileSize);
    if (problem) {
      err(`privacylint: ${file}: ${problem}`);
      failed = true;
      continue;
    }
    const a = analyzeDocument(text!.replace(/^\ufeff/, ''), toAnalyzeOptions(settings, args.today));
    results.push({ file, findings: a.findings, coverage: a.coverage });
  }
  if (args.format === 'json') {
    out(JSON.stringify(results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
      coverage: r.coverage.map((c) => ({ rule: c.rule, state: c.state, ...(c.range ? { range: c.range } : {}) })),
    })), null, 2));
  } else {
    for (const r of results) {
      for (const f of r.findings) out(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    // When nothing could be checked, the error lines above are the whole story.
    if (results.length || !failed) err(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
  }
  if (failed) return 2;
  return results.some((r) => r.findings.length) ? 1 : 0;
}

if (require.main === module) {
  const lines: string[] = [];
  const code = run(process.argv.slice(2), (s) => lines.push(s), (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  process.exitCode = code;
}
