/**
 * The same API suite under @vscode/test-electron, for machines that have a desktop VS Code: set VSCODE_EXECUTABLE_PATH
 * to its binary. Nothing is downloaded. Without the variable it says it skipped.
 *   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npx tsx test/e2e/api/electron.ts
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXT_DIR, makeWorkspace } from '../deps';
import { buildSuite, readResult, TESTS_PATH, type ApiResult } from './common';

export async function runApiInElectron(): Promise<ApiResult | 'skipped'> {
  const exe = process.env.VSCODE_EXECUTABLE_PATH;
  if (!exe) return 'skipped';
  const { runTests } = await import('@vscode/test-electron');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-electron-'));
  const ws = makeWorkspace(scratch);
  const resultFile = path.join(scratch, 'api-result.json');
  try {
    await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: EXT_DIR,
      extensionTestsPath: TESTS_PATH,
      extensionTestsEnv: { PRIVACYLINT_API_RESULT: resultFile },
      launchArgs: [ws, '--user-data-dir', path.join(scratch, 'data'), '--extensions-dir', path.join(scratch, 'extensions'), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    }).catch((e: unknown) => {
      if (!fs.existsSync(resultFile)) throw e; // failures are in the report; only a run that produced none is an error
    });
    return readResult(resultFile);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  (async () => {
    await buildSuite();
    const r = await runApiInElectron();
    if (r === 'skipped') {
      console.log('e2e-electron: skipped (set VSCODE_EXECUTABLE_PATH to a desktop VS Code binary to run the API suite under @vscode/test-electron)');
      return;
    }
    for (const l of r.lines) console.log(l);
    console.log(`e2e-electron: ${r.passed} passed, ${r.failed} failed`);
    if (r.failed) process.exitCode = 1;
  })().catch((e) => {
    console.error(e);
    console.log('e2e-electron: 0 passed, 1 failed');
    process.exitCode = 1;
  });
}
