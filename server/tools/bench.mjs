// Benchmarks (numbers printed, never asserted): core analysis over the corpus (with the part spent outside the
// rules, and the costliest rules), markdownlint on the same files for comparison, linear scaling on synthetic
// drafts, a one-pass scan as the floor, and the language server's round trip and memory over stdio.
// Usage: npm run bench   (reads ../shared/corpus when present; synthetic parts always run)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The core runs here as it runs in the server and the CLI, which set this flag first (server/src/node/nativeRegexps.ts):
// without it, some whole-document scans run many times slower than compiled (docs/performance.md, ninth session).
setFlagsFromString('--no-regexp-tier-up');

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { analyze, analyzeDocument, catalogue, FACT_NAMES } = require(join(root, 'server/out/core.js'));
const rpc = require('vscode-languageserver-protocol/node');

const TODAY = '2026-11-23';
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x) => `${x.toFixed(2)} ms`;
function time(fn, reps = 1) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / reps;
}
/** The floor: one pass over the characters, counting line breaks. */
function scan(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const sampleDraft = readFileSync(join(root, 'docs/sample/privacy-policy.md'), 'utf8');

console.log('# PrivacyLint benchmarks');
console.log(`node ${process.version}, ${new Date().toISOString()}, patterns compiled natively (--no-regexp-tier-up) as in the server and CLI\n`);

// 1. Corpus.
const corpus = resolve(root, '..', 'shared', 'corpus');
if (existsSync(corpus)) {
  const files = ['seeds', 'policies'].flatMap((d) => readdirSync(join(corpus, d)).map((f) => join(corpus, d, f)));
  const times = [];
  let bytes = 0;
  let biggest = { file: '', size: 0, ms: 0, scanMs: 0 };
  for (const f of files) analyze(readFileSync(f, 'utf8'), { today: TODAY }); // warm-up
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const t = time(() => analyze(text, { today: TODAY }), 5);
    times.push(t);
    bytes += Buffer.byteLength(text);
    if (text.length > biggest.size) biggest = { file: f.slice(corpus.length + 1), size: text.length, ms: t, scanMs: time(() => scan(text), 20) };
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`## Core over the corpus (${files.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${catalogue.length} rules)`);
  console.log(`median ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}, throughput ${(bytes / 1e6 / (total / 1000)).toFixed(1)} MB/s`);
  // Mean of 5 above, as for every document; the best of 10 is printed too, as the least disturbed by this machine's noise.
  const bigText = readFileSync(join(corpus, biggest.file), 'utf8');
  const bigBest = Math.min(...Array.from({ length: 10 }, () => time(() => analyze(bigText, { today: TODAY }))));
  console.log(`largest: ${biggest.file} (${(biggest.size / 1000).toFixed(0)} KB) ${ms(biggest.ms)} (best of 10: ${ms(bigBest)}); one-pass scan ${ms(biggest.scanMs)} (ratio ${(biggest.ms / biggest.scanMs).toFixed(0)}x)`);

  // The engine without any rule (parse, entity and date scanners, suppressions): what the core itself costs.
  const engine = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    engine.push(time(() => analyzeDocument(text, { today: TODAY }, []), 5));
  }
  const bigEngine = time(() => analyzeDocument(bigText, { today: TODAY }, []), 10);
  console.log(`without rules (parse + scanners + engine): median ${ms(pct(engine, 50))}, largest ${ms(bigEngine)}; the rules take the rest`);

  // Right after a full garbage collection: what the CLI or any loop over documents meets when the collector ran since
  // the last analysis. Needs node --expose-gc, which `npm run bench` passes.
  if (typeof globalThis.gc === 'function') {
    const after = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      globalThis.gc();
      after.push(time(() => analyze(text, { today: TODAY })));
    }
    const big = [];
    for (let i = 0; i < 5; i++) {
      globalThis.gc();
      big.push(time(() => analyze(bigText, { today: TODAY })));
    }
    console.log(`right after a full garbage collection: median ${ms(pct(after, 50))}, p95 ${ms(pct(after, 95))}, largest ${ms(pct(big, 50))} (median of 5)`);
  }

  // The costliest rules on the largest policy with every regime switched on, timed where they run: all rules in one
  // analysis, each check timed in place, so that each pays what it adds to the real mix (run alone, a rule would
  // also pay for word-gate answers the others share). What rules share (the scanners' facts and the sentence word
  // index, built on first use) is paid first by a pseudo-rule and printed apart. Medians of 15 analyses.
  const all = { today: TODAY, regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'] };
  const spent = new Map();
  const timed = (r) => ({
    ...r,
    check(ctx) {
      const t0 = performance.now();
      try {
        return r.check(ctx);
      } finally {
        spent.get(r.id).push(performance.now() - t0);
      }
    },
  });
  const shared = {
    ...catalogue[0],
    id: 'shared',
    check(ctx) {
      for (const k of FACT_NAMES) void ctx.facts[k];
      ctx.doc.sentences[0]?.words.holding(['shared']);
      return { state: 'not-applicable', reason: 'benchmark' };
    },
  };
  const rules = [shared, ...catalogue].map(timed);
  for (const r of rules) spent.set(r.id, []);
  for (let i = 0; i < 20; i++) analyzeDocument(bigText, all, rules);
  for (const xs of spent.values()) xs.length = 0;
  for (let i = 0; i < 15; i++) analyzeDocument(bigText, all, rules);
  const perRule = catalogue.map((r) => ({ id: r.id, ms: pct(spent.get(r.id), 50) }));
  perRule.sort((a, b) => b.ms - a.ms);
  const ruleTotal = perRule.reduce((n, r) => n + r.ms, 0);
  console.log(`shared by the rules on the largest policy (scanners' facts, word index): ${ms(pct(spent.get('shared'), 50))}`);
  console.log(`rules on the largest policy, all regimes: ${ms(ruleTotal)} in total; costliest: ${perRule.slice(0, 8).map((r) => `${r.id} ${r.ms.toFixed(1)}`).join(', ')}`);

  // markdownlint (sync API, default rules) on the same files.
  try {
    const { lint } = await import('markdownlint/sync');
    const mdFiles = files.filter((f) => /\.md$/i.test(f));
    const texts = mdFiles.map((f) => readFileSync(f, 'utf8'));
    for (const t of texts) lint({ strings: { a: t } }); // warm-up
    let ml = 0;
    let pl = 0;
    for (const t of texts) {
      ml += time(() => lint({ strings: { a: t } }), 3);
      pl += time(() => analyze(t, { today: TODAY }), 3);
    }
    const mlBig = time(() => lint({ strings: { a: bigText } }), 5);
    console.log(`markdownlint ${JSON.parse(readFileSync(join(root, 'node_modules/markdownlint/package.json'), 'utf8')).version} on the ${mdFiles.length} Markdown files: ${ms(ml)} in total vs PrivacyLint ${ms(pl)} (PrivacyLint ${(ml / pl).toFixed(2)}x as fast); largest: markdownlint ${ms(mlBig)} vs ${ms(biggest.ms)}`);
  } catch (e) {
    console.log(`markdownlint comparison skipped (${e.message})`);
  }

  // The first analysis in a fresh process, as a newly started server or CLI runs it: 15 policies spread over the
  // corpus by size, one process each. The difference from the second analysis is compiling the patterns the document
  // meets and running code the optimiser has not seen yet.
  const bySize = files.map((f) => ({ f, n: statSync(f).size })).sort((a, b) => a.n - b.n);
  const picks = Array.from({ length: 15 }, (_, i) => bySize[Math.round((i * (bySize.length - 1)) / 14)].f);
  const firsts = picks.map((f) => JSON.parse(execFileSync(process.execPath, [join(root, 'server/tools/firstAnalysis.mjs'), f], { encoding: 'utf8' })));
  const first = firsts.map((x) => x.first);
  const second = firsts.map((x) => x.second);
  console.log(`first analysis in a fresh process (15 policies spread by size): median ${ms(pct(first, 50))}, max ${ms(Math.max(...first))}; the same documents' second analysis: median ${ms(pct(second, 50))}`);
  console.log('');
} else {
  console.log(`## Core over the corpus: skipped (no corpus at ${corpus})\n`);
}

// 2. Scaling on synthetic drafts.
console.log('## Scaling (synthetic drafts built from the bundled sample)');
let prev = null;
for (const size of [10e3, 100e3, 1e6, 10e6]) {
  let text = '';
  let i = 0;
  while (text.length < size) text += sampleDraft.replace(/^# /m, `## Part ${i++} `) + '\n';
  const reps = size >= 1e6 ? 1 : 5;
  const t = time(() => analyze(text, { today: TODAY }), reps);
  const note = prev ? `, x${(t / prev.t).toFixed(1)} for x${(text.length / prev.n).toFixed(1)} size` : '';
  console.log(`${(text.length / 1e3).toFixed(0).padStart(6)} KB: ${ms(t)} (${(text.length / 1e6 / (t / 1000)).toFixed(1)} MB/s${note})`);
  prev = { t, n: text.length };
}
console.log('');

// 3. Language server over stdio.
// What the VS Code client starts the server with: V8 flags (an 8 MB young generation, no pretenuring, a heap limit)
// and glibc malloc thresholds in the environment (freed compiler memory goes back to the system).
const serverExecArgv = JSON.parse(readFileSync(join(root, 'server/src/node/execArgv.json'), 'utf8'));
const serverEnv = JSON.parse(readFileSync(join(root, 'server/src/node/env.json'), 'utf8'));

/** Spawn to first diagnostics of the 100 KB draft, in a fresh server process; the server is then left running. */
async function startServer(execArgv, env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...execArgv, join(root, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of [...waiters]) if (w.uri === p.uri && w.version === p.version) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  conn.listen();
  const waitFor = (uri, version) => new Promise((res) => waiters.push({ uri, version, resolve: res }));
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  conn.sendNotification('initialized', {});
  const uri = 'file:///bench/privacy-policy.md';
  let text = '';
  while (text.length < 100e3) text += sampleDraft + '\n';
  const first = waitFor(uri, 1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  return { child, conn, waitFor, uri, text, cold: performance.now() - t0 };
}

/**
 * Cold starts of every configuration, taken in turn (one of each per round, seven rounds), each in a fresh process
 * started after this process has collected its own garbage and paused. One start on this shared 2-core machine
 * varies by 100 ms and more, and the machine's speed changes for minutes at a time: five starts of one configuration
 * in a row once read 327-446 ms while the other's, a minute later, read 289-323 ms (twelfth session). Taken in turn,
 * both see the same spells. A start made right after the core benchmarks above came out 100-150 ms slower than
 * starts made on their own (eleventh session).
 */
async function coldStarts(configs) {
  const times = configs.map(() => []);
  for (let round = 0; round < 7; round++) {
    for (const [k, { execArgv, env }] of configs.entries()) {
      globalThis.gc?.();
      await new Promise((r) => setTimeout(r, 300));
      const s = await startServer(execArgv, env);
      times[k].push(s.cold);
      s.child.kill();
      s.conn.dispose();
    }
  }
  return times.map((xs) => xs.sort((a, b) => a - b));
}

async function lspBench(execArgv, env, colds) {
  const { child, conn, waitFor, uri, text } = await startServer(execArgv, env);
  const lines = text.split('\n').length;
  const rt = [];
  for (let v = 2; v < 202; v++) {
    const line = (v * 37) % lines;
    const p = waitFor(uri, v);
    const s = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] });
    await p;
    rt.push(performance.now() - s);
  }
  // Memory with 20 large policies open: right after the burst of opens, and once idle (V8's memory reducer
  // collects and compacts from about 8 s after the last analysis). File-backed pages are mostly the node binary's.
  const big = [];
  for (let k = 0; k < 20; k++) {
    const u = `file:///bench/privacy-${k}.md`;
    const p = waitFor(u, 1);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: text + `\n<!-- ${k} -->\n` } });
    big.push(p);
  }
  await Promise.all(big);
  const mem = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const mb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;
    return `${mb('VmRSS').toFixed(0)} MB (${mb('RssFile').toFixed(0)} MB file-backed)`;
  };
  const burst = mem();
  await new Promise((r) => setTimeout(r, 2000));
  const idle2 = mem();
  await new Promise((r) => setTimeout(r, 10000));
  const idle12 = mem();
  // The young generation that grew to 8 MB while typing was shrunk 12-22 s after the last analysis in our runs.
  await new Promise((r) => setTimeout(r, 18000));
  const idle30 = mem();
  child.kill();
  const debounce = 120;
  const how = [...execArgv, ...Object.entries(env).map(([k, v]) => `${k}=${v}`)].join(' ');
  console.log(`## Language server over stdio (100 KB draft; node ${how || 'without the client\'s flags and environment'})`);
  console.log(`cold start to first diagnostics: median ${ms(pct(colds, 50))} of ${colds.length} fresh processes (${colds.map((c) => c.toFixed(0)).join(', ')} ms)`);
  console.log(`didChange -> diagnostics over 200 edits: p50 ${ms(pct(rt, 50))}, p95 ${ms(pct(rt, 95))} (includes the ${debounce} ms debounce; without it: p50 ${ms(pct(rt, 50) - debounce)}, p95 ${ms(pct(rt, 95) - debounce)})`);
  console.log(`resident memory with 21 documents of 100 KB open: ${burst} right after opening them, ${idle2} after 2 s idle, ${idle12} after 12 s idle, ${idle30} after 30 s idle`);
}
const [clientColds, plainColds] = await coldStarts([
  { execArgv: serverExecArgv, env: serverEnv },
  { execArgv: [], env: {} },
]);
await lspBench(serverExecArgv, serverEnv, clientColds);
console.log('');
await lspBench([], {}, plainColds);

console.log('\n## Bundle sizes');
for (const f of ['client/out/extension.js', 'server/out/server.js', 'server/out/cli.js', 'server/out/core.js']) {
  const p = join(root, f);
  if (existsSync(p)) console.log(`${f}: ${(statSync(p).size / 1024).toFixed(0)} KB`);
}
