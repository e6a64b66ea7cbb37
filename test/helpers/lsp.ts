/** A minimal LSP client over stdio for the protocol tests: spawns the bundled server and records what it pushes. */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(ROOT, 'server', 'out', 'server.js');
export const CLI_JS = path.join(ROOT, 'server', 'out', 'cli.js');

/** Builds the bundles when they are missing (e.g. `npx mocha` without `npm run build`). */
export function ensureBuilt(): void {
  if (fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'server', 'tools', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

type Waiter = { pred: () => boolean; resolve: () => void };

export class TestClient {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  private readonly waiters: Waiter[] = [];
  private exited = false;

  private constructor(readonly proc: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.poke();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    // Answer the server-to-client requests a server may send without failing.
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) this.connection.onRequest(method, () => null);
    proc.stderr!.on('data', (d) => this.logs.push(String(d)));
    proc.on('exit', () => {
      this.exited = true;
      this.poke();
    });
    this.connection.listen();
  }

  /** Starts the bundled server, or another entry point given as node arguments (e.g. `['--import', 'tsx', file, '--stdio']`). */
  static start(nodeArgs: string[] = [SERVER_JS, '--stdio']): TestClient {
    const proc = spawn(process.execPath, nodeArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
    return new TestClient(proc);
  }

  get alive(): boolean {
    return !this.exited;
  }

  async initialize(opts: { capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = opts.capabilities ?? {
      workspace: { workspaceEdit: { documentChanges: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
    };
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions: opts.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Full-text change (a range-less content change is valid for incremental sync too). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  private poke() {
    for (const w of [...this.waiters]) {
      if (w.pred()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when pred holds (checked now and after every notification); rejects after a bounded time. */
  waitUntil(pred: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`timed out waiting for ${what}; published: ${JSON.stringify(this.published.map((p) => ({ uri: p.uri, version: p.version, n: p.diagnostics.length })))}`));
      }, timeoutMs);
      const w: Waiter = {
        pred: () => {
          if (!this.exited && !pred()) return false;
          clearTimeout(timer);
          if (this.exited && !pred()) reject(new Error(`server exited while waiting for ${what}\n${this.logs.join('')}`));
          return true;
        },
        resolve,
      };
      this.waiters.push(w);
    });
  }

  /** All notifications for a URI, in order. */
  for(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** Waits for a publishDiagnostics for uri (with the given version, when given) after `after` notifications. */
  async diagnostics(uri: string, version?: number, after = 0): Promise<PublishDiagnosticsParams> {
    const match = () => this.published.slice(after).find((p) => p.uri === uri && (version === undefined || p.version === version));
    await this.waitUntil(() => !!match(), `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`);
    return match()!;
  }

  /**
   * A round trip through the server: every notification sent before it has been processed, and any
   * diagnostics that do not wait for a timer have been pushed.
   */
  async sync(): Promise<void> {
    await this.request('textDocument/hover', { textDocument: { uri: 'file:///privacylint-test/never-opened.md' }, position: { line: 0, character: 0 } });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([
        (async () => {
          await this.request('shutdown', null);
          await this.connection.sendNotification('exit');
        })(),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/**
 * The bundled server over node-ipc, for tests that read what V8 writes to stdout (its traces): node flags first, the
 * stdout collected, the usual server-to-client requests answered. `close` (once, however often called) shuts the server down and waits for its exit.
 */
export function startIpcServer(nodeArgs: string[]): { connection: ProtocolConnection; stdout: () => string; close: () => Promise<void> } {
  const proc = spawn(process.execPath, [...nodeArgs, SERVER_JS, '--node-ipc'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stdout = '';
  proc.stdout!.on('data', (d) => (stdout += d));
  const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  for (const method of ['client/registerCapability', 'window/workDoneProgress/create']) connection.onRequest(method, () => null);
  connection.listen();
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await new Promise((resolve) => (proc.exitCode === null ? proc.on('exit', resolve) : resolve(null)));
      } catch {
        // Already gone: nothing left to shut down.
      } finally {
        connection.dispose();
        proc.kill();
      }
    })());
  return { connection, stdout: () => stdout, close };
}

export function byRule(diags: Diagnostic[], rule: string): Diagnostic[] {
  return diags.filter((d) => d.code === rule);
}
