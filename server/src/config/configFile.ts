/** Finds and reads .privacylintrc.json upward from a document (Node only: the CLI and the stdio server). */
import * as fs from 'fs';
import * as path from 'path';

export const CONFIG_FILE_NAME = '.privacylintrc.json';

export interface ConfigFileResult {
  path: string;
  data?: unknown;
  error?: string;
  /** 0-based line of a JSON syntax error, when known. */
  line?: number;
}

export function findConfigFile(fromDir: string): string | null {
  let dir = path.resolve(fromDir);
  for (let i = 0; i < 64; i++) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

export function readConfigFile(file: string): ConfigFileResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { path: file, error: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  try {
    return { path: file, data: JSON.parse(text) };
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length - 1 : 0;
    return { path: file, error: `${path.basename(file)} is not valid JSON: ${msg}`, line };
  }
}
