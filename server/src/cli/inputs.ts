/** Expands FILE | DIR | GLOB arguments into files to check. */
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp } from '../core/glob';
import { detectPolicy } from '../core/policyDetect';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const TEXT_EXT = /\.(?:md|markdown|txt)$/i;
const MAX_FILES = 100_000;

export interface Expanded {
  files: string[];
  problems: string[];
}

function walk(dir: string, visit: (file: string) => void, problems: string[], budget = { n: 0 }) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(`${dir}: cannot read directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (budget.n++ > MAX_FILES) return;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, visit, problems, budget);
    } else if (e.isFile()) visit(p);
  }
}

function isPolicyFile(file: string, globs: readonly string[]): boolean {
  if (!TEXT_EXT.test(file)) return false;
  let head = '';
  try {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, 4096, 0);
    fs.closeSync(fd);
    head = buf.subarray(0, n).toString('utf8');
  } catch {
    return false;
  }
  return detectPolicy(file, head, globs).isPolicy;
}

/**
 * @param globs the file-name globs that make a file a policy when a directory is searched; a function
 *   gets the file, so that each file is judged by the settings (.privacylintrc.json) that apply to it.
 */
export function expandInputs(inputs: string[], globs: readonly string[] | ((file: string) => readonly string[])): Expanded {
  const globsFor = typeof globs === 'function' ? globs : () => globs;
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (/[*?{[]/.test(input)) {
      const norm = input.replace(/\\/g, '/');
      const firstMagic = norm.search(/[*?{[]/);
      const baseDir = norm.slice(0, norm.lastIndexOf('/', firstMagic) + 1) || '.';
      const re = globToRegExp(norm.replace(/^\.\//, ''), false);
      const before = files.length;
      if (!fs.existsSync(baseDir)) {
        problems.push(`${input}: no files match`);
        continue;
      }
      walk(baseDir, (f) => {
        const rel = f.replace(/\\/g, '/').replace(/^\.\//, '');
        if (re.test(rel)) add(f);
      }, problems);
      if (files.length === before) problems.push(`${input}: no files match`);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (err) {
      problems.push(`${input}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(input, (f) => {
        if (isPolicyFile(f, globsFor(f))) add(f);
      }, problems);
      if (files.length === before) problems.push(`${input}: no privacy policy found in this directory`);
    } else add(input);
  }
  return { files, problems };
}
