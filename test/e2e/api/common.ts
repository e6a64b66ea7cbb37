/** Bundles the API suite for an extension host and reads mocha's JSON report back. */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../deps';

export const OUT_DIR = path.join(ROOT, 'test', 'out', 'e2e-api');
export const TESTS_PATH = path.join(OUT_DIR, 'index.js');

/** test/e2e/api/{index,suite}.ts → test/out/e2e-api/{index,suite}.js (CommonJS; vscode and mocha stay external). */
export async function buildSuite(): Promise<void> {
  await esbuild.build({
    entryPoints: { index: path.join(__dirname, 'index.ts'), suite: path.join(__dirname, 'suite.ts') },
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    sourcemap: 'inline',
  });
}

export interface ApiResult {
  passed: number;
  failed: number;
  lines: string[];
}

/** Parses mocha's JSON reporter output into printable lines and counts. */
export function readResult(file: string): ApiResult {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    tests: { fullTitle: string; duration?: number; err: { message?: string; stack?: string } }[];
    failures: { fullTitle: string; err: { message?: string; stack?: string } }[];
    passes: unknown[];
  };
  const failedTitles = new Set(json.failures.map((t) => t.fullTitle));
  const lines = json.tests.map((t) =>
    failedTitles.has(t.fullTitle)
      ? `  FAIL  ${t.fullTitle}\n        ${(t.err.stack ?? t.err.message ?? '').split('\n').slice(0, 6).join('\n        ')}`
      : `  ok    ${t.fullTitle}${t.duration !== undefined ? ` (${t.duration} ms)` : ''}`,
  );
  // hook failures ("before all" hook) are failures without a test entry
  for (const f of json.failures) if (!json.tests.some((t) => t.fullTitle === f.fullTitle)) lines.push(`  FAIL  ${f.fullTitle}\n        ${f.err.message ?? ''}`);
  return { passed: json.passes.length, failed: json.failures.length, lines };
}
