#!/usr/bin/env node
/** privacylint: the command-line checker over the same core and settings as the language server. */
import '../node/nativeRegexps';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../core/analyze';
import { inputProblem } from '../core/inputCheck';
import type { Finding } from '../core/types';
import { catalogue } from '../rules';
import { findConfigFile, readConfigFile } from '../config/configFile';
import { DEFAULT_SETTINGS, mergeSettings, toAnalyzeOptions, type Settings } from '../config/settings';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { toGithub, toSarif, VERSION, type FileResult } from './formats';
import { expandInputs } from './inputs';

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
  /** Inputs that could not be checked: on stderr, and in the SARIF log as tool notifications. */
  const notes: string[] = [];
  const fail = (m: string) => {
    err(`privacylint: ${m}`);
    notes.push(m);
    failed = true;
  };
  const warned = new Set<string>();
  const warn = (m: string) => {
    if (!warned.has(m)) {
      warned.add(m);
      err(`privacylint: warning: ${m}`);
    }
  };
  const configCache = new Map<string, Settings>();
  const { files, problems } = expandInputs(args.inputs, (f) => settingsFor(f, args, explicit, configCache, warn).files);
  for (const p of problems) fail(p);
  const results: FileResult[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      fail(`${file}: cannot read (${code === 'EISDIR' ? 'is a directory' : code ?? (e as Error).message})`);
      continue;
    }
    const settings = settingsFor(file, args, explicit, configCache, warn);
    const text = decode(buf);
    const problem = text === null ? 'not valid UTF-8 text: re-save it as UTF-8' : inputProblem(text, settings.maxFileSize);
    if (problem) {
      fail(`${file}: ${problem}`);
      continue;
    }
    const a = analyzeDocument(text!.replace(/^\ufeff/, ''), toAnalyzeOptions(settings, args.today));
    // Hints are gentle editor hints: shown in CI only when asked for.
    const findings = args.hints ? a.findings : a.findings.filter((f) => f.severity !== 'hint');
    results.push({ file, findings, coverage: a.coverage });
  }
  if (args.format === 'sarif') {
    out(JSON.stringify(toSarif(results, catalogue, notes), null, 2));
  } else if (args.format === 'github') {
    for (const line of toGithub(results)) out(line);
    summary(results, failed, err);
  } else if (args.format === 'json') {
    out(JSON.stringify(results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
      coverage: r.coverage.map((c) => ({ rule: c.rule, state: c.state, ...(c.range ? { range: c.range } : {}) })),
    })), null, 2));
  } else {
    for (const r of results) {
      for (const f of r.findings) out(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
    }
    summary(results, failed, err);
  }
  if (failed) return 2;
  return failsRun(results.flatMap((r) => r.findings), args.maxWarnings) ? 1 : 0;
}

function summary(results: FileResult[], failed: boolean, err: (s: string) => void) {
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  // When nothing could be checked, the error lines above are the whole story.
  if (results.length || !failed) err(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
}

/**
 * Without --max-warnings any reported finding except a hint fails the run (as before). With it, errors always fail,
 * warnings fail only when there are more than N, and info and hint findings never fail.
 */
export function failsRun(findings: Finding[], maxWarnings: number | undefined): boolean {
  if (maxWarnings === undefined) return findings.some((f) => f.severity !== 'hint');
  if (findings.some((f) => f.severity === 'error')) return true;
  return findings.filter((f) => f.severity === 'warning').length > maxWarnings;
}

if (require.main === module) {
  // `privacylint ... | head` closes the pipe early: that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const lines: string[] = [];
  const code = run(process.argv.slice(2), (s) => lines.push(s), (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  process.exitCode = code;
}
