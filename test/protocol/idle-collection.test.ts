/**
 * After publishing diagnostics the server collects its young generation in the pause before the next keystroke
 * (server/src/node/idleCollection.ts), so that an analysis does not stop halfway for a collection. Over the real
 * protocol, read off V8's GC trace (on stdout, so the server is driven over node-ipc): a collection asked for by the
 * program is traced with the reason "testing", and each publication must be followed by one, whether the server got
 * `--expose-gc` from the VS Code client's flags or was started with plain `node`. The scheduling is unit-tested below.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { idleYoungCollection } from '../../server/src/node/idleCollection';
import execArgv from '../../server/src/node/execArgv.json';
import { ensureBuilt, ROOT, startIpcServer } from '../helpers/lsp';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'docs', 'sample', 'privacy-policy.md'), 'utf8');

/** Opens the sample, edits it `edits` times (waiting for each version's diagnostics), and returns the GC trace. */
async function traceWhileEditing(nodeArgs: string[], edits: number): Promise<string> {
  const server = startIpcServer(['--trace-gc', ...nodeArgs]);
  const { connection } = server;
  const waiters = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => waiters.get(p.version!)?.());
  const published = (version: number) => new Promise<void>((resolve) => waiters.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const uri = 'file:///tmp/idle-collection/privacy-policy.md';
    let next = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: SAMPLE } });
    await next;
    for (let v = 2; v <= edits + 1; v++) {
      next = published(v);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }] });
      await next;
      // The collection is scheduled for when the publication is done: let it run before the next edit.
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    await server.close();
  }
  return server.stdout();
}

/** Young-generation collections the program asked for (V8 traces them with the reason "testing"). */
const askedFor = (trace: string) => trace.split('\n').filter((l) => /Scavenge.*\btesting\b/.test(l)).length;

describe('young-generation collection after each publication', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it("with the VS Code client's flags (--expose-gc): one collection per publication", async () => {
    assert.ok(execArgv.includes('--expose-gc'), 'the client passes --expose-gc');
    const trace = await traceWhileEditing(execArgv, 4);
    assert.ok(/Scavenge/.test(trace), 'the trace lists collections');
    assert.strictEqual(askedFor(trace), 5, `open + 4 edits; trace:\n${trace}`);
  });

  it('started with plain node: the server exposes the collector itself', async () => {
    const trace = await traceWhileEditing([], 3);
    assert.strictEqual(askedFor(trace), 4, `open + 3 edits; trace:\n${trace}`);
  });
});

describe('idleYoungCollection', () => {
  it('schedules one collection for the calls made before it runs, then one again', async () => {
    const calls: string[] = [];
    const afterPublish = idleYoungCollection((o) => calls.push(o.type))!;
    afterPublish();
    afterPublish();
    afterPublish();
    assert.deepStrictEqual(calls, [], 'not during the work that published');
    await new Promise((r) => setImmediate(r));
    assert.deepStrictEqual(calls, ['minor']);
    afterPublish();
    await new Promise((r) => setImmediate(r));
    assert.deepStrictEqual(calls, ['minor', 'minor']);
  });
});
