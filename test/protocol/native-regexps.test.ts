/**
 * The server and the CLI compile their patterns straight to native code even when started with plain `node` (as
 * Neovim, Helix and CI do): V8's tier-up trace, which names each pattern compiled to bytecode or marked for tier-up,
 * must show none of ours. The server is driven over node-ipc here, since V8 writes its trace to stdout.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { CLI_JS, ensureBuilt, ROOT, startIpcServer } from '../helpers/lsp';

const SAMPLE = path.join(ROOT, 'docs', 'sample', 'privacy-policy.md');

/** Counts of the trace's kinds of line: patterns compiled to native code, to bytecode, and marked for tier-up. */
function traceCounts(stdout: string) {
  const lines = stdout.split('\n');
  const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
  return { native: count(/^JSRegExp object \S+ native code size/), bytecode: count(/^JSRegExp object \S+ bytecode size/), tierUp: count(/needs tier-up compilation/) };
}

/**
 * Node compiles one pattern of its own while starting, before our first line runs: that one may be bytecode.
 * Ours are a hundred or more, so a server or CLI that interprets them shows dozens of bytecode lines.
 */
const NODE_OWN = 2;

describe('patterns compiled straight to native code', function () {
  this.timeout(30_000);
  before(ensureBuilt);

  it('the CLI: no pattern is interpreted or tiered up', () => {
    const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', CLI_JS, '--today', '2026-11-23', SAMPLE], { encoding: 'utf8' });
    const c = traceCounts(r.stdout);
    assert.ok(c.native > 50, `expected the trace to list the patterns compiled, got ${JSON.stringify(c)}`);
    assert.ok(c.bytecode <= NODE_OWN && c.tierUp === 0, `patterns interpreted first: ${JSON.stringify(c)}`);
  });

  it('the server, started with plain node: no pattern is interpreted or tiered up', async () => {
    const server = startIpcServer(['--trace-regexp-tier-up']);
    const { connection } = server;
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
      try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const uri = 'file:///tmp/native-regexps/privacy-policy.md';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(SAMPLE, 'utf8') } });
      const p = await published;
      assert.strictEqual(p.uri, uri);
      assert.ok(p.diagnostics.length > 0, 'the sample policy has findings');
    } finally {
      await server.close();
    }
    const stdout = server.stdout();
    const c = traceCounts(stdout);
    assert.ok(c.native > 50, `expected the trace to list the patterns compiled, got ${JSON.stringify(c)}`);
    assert.ok(c.bytecode <= NODE_OWN && c.tierUp === 0, `patterns interpreted first: ${JSON.stringify(c)}`);
  });
});
