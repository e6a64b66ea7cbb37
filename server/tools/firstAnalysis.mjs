// Analyses one file twice in this fresh process and prints both times (ms) as JSON: the first analysis pays for
// compiling the patterns it meets and for running the rules' code before the optimiser has seen it, as the first
// analysis in a newly started server or CLI does. Run by bench.mjs, one process per document.
// Usage: node server/tools/firstAnalysis.mjs FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up'); // as the server and the CLI do (server/src/node/nativeRegexps.ts)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyze } = createRequire(import.meta.url)(join(root, 'server/out/core.js'));
const text = readFileSync(process.argv[2], 'utf8');
const times = [];
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  analyze(text, { today: '2026-11-23' });
  times.push(performance.now() - t0);
}
process.stdout.write(`${JSON.stringify({ first: times[0], second: times[1] })}\n`);
