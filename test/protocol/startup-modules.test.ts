/**
 * Start-up loads only the Node modules the server uses. The language server library requires crypto and
 * child_process as it loads, for functions the server never calls; the build makes both load on first use, and the
 * flags' own modules (v8, vm) load only when the flags must be set at run time (docs/performance.md, twelfth session).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, ROOT, SERVER_JS, TestClient } from '../helpers/lsp';

const PRELOAD = path.join(__dirname, 'startup-modules.fixture.cjs');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'docs', 'sample', 'privacy-policy.md'), 'utf8');
const CLIENT_FLAGS: string[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'src', 'node', 'execArgv.json'), 'utf8'));

/** The built-in modules a server loaded from start to exit, having published the sample's diagnostics. */
async function modulesLoaded(nodeFlags: string[]): Promise<string[]> {
  const client = TestClient.start([...nodeFlags, '--require', PRELOAD, SERVER_JS, '--stdio']);
  try {
    await client.initialize();
    const uri = 'file:///tmp/startup-modules/privacy-policy.md';
    await client.open(uri, SAMPLE);
    const published = await client.diagnostics(uri, 1);
    assert.ok(published.diagnostics.length > 0, 'the sample policy has findings');
  } finally {
    await client.stop();
  }
  const line = client.logs.join('').split('\n').find((l) => l.startsWith('LOADED-MODULES '));
  assert.ok(line, `the preload reported no modules; stderr: ${client.logs.join('')}`);
  return (JSON.parse(line.slice('LOADED-MODULES '.length)) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

describe('modules loaded at start-up', function () {
  this.timeout(30_000);
  before(ensureBuilt);

  it('started with plain node: neither crypto nor child_process', async () => {
    const loaded = await modulesLoaded([]);
    assert.ok(loaded.includes('net') && loaded.includes('fs'), `expected the list of built-in modules, got ${loaded.join(', ')}`);
    assert.deepStrictEqual(loaded.filter((m) => m === 'crypto' || m === 'child_process'), []);
  });

  it("with the VS Code client's flags: neither v8 nor vm either", async () => {
    const loaded = await modulesLoaded(CLIENT_FLAGS);
    assert.deepStrictEqual(loaded.filter((m) => ['crypto', 'child_process', 'v8', 'vm'].includes(m)), []);
  });
});
