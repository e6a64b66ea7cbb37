/**
 * Neovim as a second LSP client: headless Debian neovim drives `node server/out/server.js --stdio` through
 * vim.lsp.start_client (lsp-check.lua) on the e2e fixtures. Prints "nvim: N passed, N failed"; exit code 1 on failure.
 *   npx tsx test/nvim/run.ts         (installs neovim from Debian when missing; builds the server first unless NVIM_NO_BUILD=1)
 */
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');

function main(): number {
  let passed = 0;
  let failed = 0;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-nvim-'));
  try {
    execFileSync('bash', [path.join(ROOT, 'test', 'e2e', 'setup.sh'), 'nvim'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (!process.env.NVIM_NO_BUILD) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    console.log(`nvim: ${version}, server/out/server.js over stdio`);
    for (const f of ['privacy-policy.md', 'README.md']) fs.copyFileSync(path.join(FIXTURES, f), path.join(scratch, f));
    const result = path.join(scratch, 'result.json');
    const t0 = Date.now();
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, 'lsp-check.lua')}`], {
      env: {
        ...process.env,
        SERVER_JS: path.join(ROOT, 'server', 'out', 'server.js'),
        POLICY_FILE: path.join(scratch, 'privacy-policy.md'),
        README_FILE: path.join(scratch, 'README.md'),
        RESULT_JSON: result,
        XDG_STATE_HOME: path.join(scratch, 'state'), // keep nvim's lsp.log out of ~/.local
        XDG_CACHE_HOME: path.join(scratch, 'cache'),
      },
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    if (!fs.existsSync(result)) {
      console.log(`  FAIL  nvim wrote no result (status ${r.status}, signal ${r.signal}): ${(r.stderr || r.stdout || String(r.error ?? '')).slice(0, 1000)}`);
      failed++;
      return 1;
    }
    const { checks } = JSON.parse(fs.readFileSync(result, 'utf8')) as { checks: { name: string; ok: boolean; error: string | null }[] };
    for (const c of checks) {
      console.log(c.ok ? `  ok    ${c.name}` : `  FAIL  ${c.name}\n        ${String(c.error).split('\n').slice(0, 8).join('\n        ')}`);
      if (c.ok) passed++;
      else failed++;
    }
    if (checks.length < 4) {
      console.log(`  FAIL  only ${checks.length} of 4 checks ran`);
      failed++;
    }
    console.log(`nvim: checks took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return failed ? 1 : 0;
  } catch (e) {
    console.log(`  FAIL  ${e instanceof Error ? e.message : String(e)}`);
    failed++;
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    console.log(`nvim: ${passed} passed, ${failed} failed`);
  }
}

process.exitCode = main();
