/**
 * A server started with plain `node` turns allocation-site pretenuring off itself, as the VS Code client's command
 * line does (server/src/node/noPretenuring.ts). V8's pretenuring statistics trace (printed at each collection while
 * pretenuring is on) shows it: the CLI, which leaves the flag alone, prints it over a large draft; the server, typing
 * into the same draft, prints none. Driven over node-ipc, since V8 writes its trace to stdout.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { CLI_JS, ensureBuilt, ROOT, startIpcServer } from '../helpers/lsp';

const TRACE = '--trace-pretenuring-statistics';
const SAMPLE = fs.readFileSync(path.join(ROOT, 'docs', 'sample', 'privacy-policy.md'), 'utf8');
/** A 100 KB draft: enough allocation for several young-generation collections. */
const LARGE = Array.from({ length: Math.ceil(100_000 / SAMPLE.length) }, () => SAMPLE).join('\n');
const pretenuringLines = (stdout: string) => stdout.split('\n').filter((l) => l.includes('pretenuring:')).length;

describe('allocation-site pretenuring', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('the CLI, which leaves it on: the trace shows its statistics', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-pretenuring-'));
    const file = path.join(dir, 'privacy-policy.md');
    fs.writeFileSync(file, LARGE);
    try {
      const r = spawnSync(process.execPath, [TRACE, CLI_JS, '--today', '2026-11-23', file, file, file, file, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.ok(pretenuringLines(r.stdout) > 0, 'expected pretenuring statistics from the CLI');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server, started with plain node: off, no statistics while typing', async () => {
    const server = startIpcServer([TRACE]);
    const { connection } = server;
    const versions: number[] = [];
    let seen: () => void = () => undefined;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      versions.push(p.version ?? -1);
      seen();
    });
    const published = (version: number) =>
      new Promise<void>((resolve) => {
        seen = () => versions.includes(version) && resolve();
        seen();
      });
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const uri = 'file:///tmp/pretenuring/privacy-policy.md';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: LARGE } });
      await published(1);
      for (let v = 2; v <= 30; v++) {
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: v, character: 0 }, end: { line: v, character: 0 } }, text: 'x' }] });
        await published(v);
      }
    } finally {
      await server.close();
    }
    assert.strictEqual(pretenuringLines(server.stdout()), 0);
  });
});
