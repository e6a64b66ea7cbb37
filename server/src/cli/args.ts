/** Command-line parsing for privacylint. */
import { ALL_REGIMES, type RegimeId } from '../core/types';

export type Format = 'text' | 'json' | 'sarif' | 'github';

export interface CliArgs {
  format: Format;
  regimes?: RegimeId[];
  today?: string;
  config?: string;
  inputs: string[];
  /** Fail (exit 1) only when there are more warnings than this; errors always fail. */
  maxWarnings?: number;
  /** Print findings of severity 'hint' too (they are gentle editor hints, hidden by default). */
  hints: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS: Format[] = ['text', 'json', 'sarif', 'github'];

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { format: 'text', inputs: [], hints: false, help: false, version: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    const eq = /^(--[a-z-]+)=(.*)$/.exec(arg);
    if (eq) {
      arg = eq[1];
      inline = eq[2];
    }
    const take = (flag: string) => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '-v':
      case '--version':
        a.version = true;
        break;
      case '-f':
      case '--format': {
        const f = take('--format');
        if (!FORMATS.includes(f as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${f}")`);
        a.format = f as Format;
        break;
      }
      case '--regime':
      case '--regimes': {
        const list = take('--regime').split(',').map((s) => s.trim()).filter(Boolean);
        const bad = list.filter((r) => !ALL_REGIMES.includes(r as RegimeId));
        if (bad.length || !list.length) throw new UsageError(`--regime takes a comma-separated list of ${ALL_REGIMES.join(', ')} (got "${bad.join(',') || ''}")`);
        a.regimes = list as RegimeId[];
        break;
      }
      case '--today': {
        const t = take('--today');
        // Date.parse rolls 2026-02-31 over to March: accept only days that exist.
        const d = new Date(`${t}T00:00:00Z`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) throw new UsageError(`--today must be a date YYYY-MM-DD (got "${t}")`);
        a.today = t;
        break;
      }
      case '--config':
        a.config = take('--config');
        break;
      case '--max-warnings': {
        const n = take('--max-warnings');
        if (!/^\d{1,9}$/.test(n)) throw new UsageError(`--max-warnings must be a whole number, 0 or more (got "${n}")`);
        a.maxWarnings = Number(n);
        break;
      }
      case '--hints':
        if (inline !== undefined) throw new UsageError('--hints takes no value');
        a.hints = true;
        break;
      case '--':
        a.inputs.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        a.inputs.push(arg);
    }
  }
  return a;
}

export const HELP = `Usage: privacylint [options] FILE|DIR|GLOB...

Checks privacy-policy drafts (Markdown or plain text) for missing and defective disclosures.

Options:
  -f, --format FORMAT      output format (default text):
                             text    file:line:col severity rule message (1-based)
                             json    an array of { file, findings, coverage } (0-based ranges)
                             sarif   SARIF 2.1.0, for GitHub code scanning (upload-sarif) and other tools
                             github  GitHub Actions workflow commands (::error / ::warning / ::notice)
      --max-warnings N     exit 1 only when there are more than N warnings; errors always fail,
                           info and hint findings never do (default: any error, warning or
                           info finding fails)
      --hints              also report findings of severity "hint" (hidden by default: they are
                           gentle editor hints; they never make the run fail)
      --regime LIST        regimes to check, comma-separated: ${ALL_REGIMES.join(', ')}
                           (default: from front matter, else inferred from the text)
      --today YYYY-MM-DD   reference date for stale "last updated" dates (default: today)
      --config FILE        settings file (default: .privacylintrc.json found upward from each file)
  -h, --help               show this help
  -v, --version            show the version

Directories are searched for privacy policies (*privacy*, PRIVACY*, *.policy.md, or a privacy-policy title).
Exit status: 0 nothing that fails the run, 1 findings that fail it (see --max-warnings),
2 bad usage or unreadable input.`;
