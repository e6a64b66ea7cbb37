/**
 * The word gates (core/regexGate) of every pattern the rules ask about while checking the project's own drafts
 * (the bundled sample and the test fixtures, with the inferred regimes and with all five), read ahead of time so
 * that a server's first check does not spend its start-up reading them: server/src/core/gates.generated.json.
 *
 * Run it in a process of its own (`npm run gen` does): the patterns a process has already asked about would
 * otherwise leak into the table. `--print` writes the table to stdout instead of the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../src/core/analyze';
import { encodeGate, patternKey, patternsAsked, readGate } from '../src/core/regexGate';
import { ALL_REGIMES } from '../src/core/types';

const ROOT = path.resolve(__dirname, '..', '..');
export const GATE_TABLE = 'server/src/core/gates.generated.json';

function drafts(): string[] {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const files = fs
    .readdirSync(fixtures, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|txt)$/.test(f) && !f.includes('.expected.'))
    .sort()
    .map((f) => path.join(fixtures, f));
  return [path.join(ROOT, 'docs', 'sample', 'privacy-policy.md'), ...files].map((f) => fs.readFileSync(f, 'utf8'));
}

export function gateTable(): string {
  for (const text of drafts()) {
    analyzeDocument(text, { today: '2026-01-01' });
    analyzeDocument(text, { today: '2026-01-01', regimes: [...ALL_REGIMES] });
  }
  const table = new Map<string, string | null>();
  for (const re of patternsAsked()) {
    const key = patternKey(re);
    if (table.has(key)) throw new Error(`two patterns share the key ${key}: ${re}`);
    const gate = readGate(re);
    table.set(key, gate && encodeGate(gate));
  }
  const lines = [...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (require.main === module) {
  const out = gateTable();
  if (process.argv.includes('--print')) process.stdout.write(out);
  else fs.writeFileSync(path.join(ROOT, GATE_TABLE), out);
}
