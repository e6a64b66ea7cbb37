/**
 * npm run test:e2e — PrivacyLint as a shipped extension:
 *   1. installs what is missing (test/e2e/setup.sh: Debian chromium, code-server 4.100.3 and playwright-core in
 *      ~/.cache/privacylint-e2e), 2. packages privacylint.vsix (npm run package),
 *   3. GUI checks: the VSIX in code-server, driven through the workbench UI by headless chromium (gui.ts),
 *   4. API checks: mocha inside code-server's extension host with the real vscode API (api/exthost.ts),
 *      and under @vscode/test-electron when VSCODE_EXECUTABLE_PATH names a desktop VS Code (api/electron.ts).
 * Ends with "e2e: N passed, N failed"; exit code 1 on any failure. Screenshots and logs of failures go to the artifacts
 * dir ($E2E_ARTIFACTS, default <tmp>/privacylint-e2e-artifacts-<time>).
 * Options: --gui / --api run one half; E2E_VSIX=<file> skips packaging; KEEP_E2E=1 keeps the scratch dir.
 */
import { execSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSuite } from './api/common';
import { runApiInElectron } from './api/electron';
import { runApiInCodeServer } from './api/exthost';
import { guiDeps, ROOT, type Deps } from './deps';
import { runGui } from './gui';

const secs = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const doGui = !args.includes('--api');
  const doApi = !args.includes('--gui');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const artifacts = process.env.E2E_ARTIFACTS ?? path.join(os.tmpdir(), `privacylint-e2e-artifacts-${stamp}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-e2e-'));
  let passed = 0;
  let failed = 0;
  const t0 = Date.now();
  try {
    console.log('e2e: checking dependencies (first run installs code-server, chromium, playwright-core)');
    let deps: Deps;
    try {
      deps = guiDeps();
    } catch (e) {
      console.log(`e2e: dependency setup failed: ${e instanceof Error ? e.message : String(e)}`);
      failed++;
      return 1;
    }
    console.log(`e2e: dependencies ready (${secs(t0)})`);

    if (doGui) {
      let vsix = process.env.E2E_VSIX;
      if (!vsix) {
        const tp = Date.now();
        const out = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, encoding: 'utf8' });
        if (out.status !== 0) throw new Error(`npm run package failed (${out.status}):\n${out.stdout}${out.stderr}`);
        for (const l of `${out.stdout}${out.stderr}`.split('\n')) if (/Packaged|WARNING|ERROR/.test(l)) console.log(`  ${l.trim()}`); // not vsce's file tree
        vsix = path.join(ROOT, 'privacylint.vsix');
        console.log(`e2e: packaged ${path.relative(ROOT, vsix)}, ${(fs.statSync(vsix).size / 1024).toFixed(1)} KB (${secs(tp)})`);
      }
      const tg = Date.now();
      console.log('e2e: GUI checks (VSIX in code-server, chromium)');
      const gui = await runGui(deps, path.resolve(vsix), path.join(scratch, 'gui'), artifacts);
      passed += gui.passed;
      failed += gui.failed;
      console.log(`${gui.summary()} (${secs(tg)})`);
    }

    if (doApi) {
      const ta = Date.now();
      if (!doGui) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' }); // the dev extension runs from client/out + server/out
      await buildSuite();
      console.log('e2e: API checks (mocha in the code-server extension host)');
      try {
        const api = await runApiInCodeServer(deps, path.join(scratch, 'api'), artifacts);
        for (const l of api.lines) console.log(l);
        passed += api.passed;
        failed += api.failed;
        console.log(`api: ${api.passed} passed, ${api.failed} failed (${secs(ta)})`);
      } catch (e) {
        console.log(`  FAIL  API suite did not run: ${e instanceof Error ? e.message : String(e)}`);
        failed++;
      }
      const el = await runApiInElectron().catch((e: unknown) => {
        console.log(`  FAIL  @vscode/test-electron run: ${e instanceof Error ? e.message : String(e)}`);
        return { passed: 0, failed: 1, lines: [] };
      });
      if (el === 'skipped') console.log('api (test-electron): skipped, VSCODE_EXECUTABLE_PATH is not set');
      else {
        for (const l of el.lines) console.log(l);
        passed += el.passed;
        failed += el.failed;
        console.log(`api (test-electron): ${el.passed} passed, ${el.failed} failed`);
      }
    }
    return failed ? 1 : 0;
  } finally {
    if (!process.env.KEEP_E2E) fs.rmSync(scratch, { recursive: true, force: true });
    else console.log(`e2e: scratch kept in ${scratch}`);
    if (fs.existsSync(artifacts)) console.log(`e2e: screenshots and logs of failures in ${artifacts}`);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e); // the closing line was printed by main's finally
    process.exit(1);
  },
);
