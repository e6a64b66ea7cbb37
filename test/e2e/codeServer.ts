/** Starts an isolated code-server on 127.0.0.1 (own user-data, extensions, XDG and TMP dirs, no gallery) and stops its whole process group. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface CodeServer {
  url: string;
  root: string;
  proc: ChildProcess;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-p.pid!, signal);
  } catch {
    /* already gone */
  }
}
// Whatever happens (exception, Ctrl+C, CI timeout), no code-server, exthost or language server is left behind.
process.on('exit', () => {
  for (const p of live) killGroup(p, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    for (const p of live) killGroup(p, 'SIGKILL');
    process.exit(130);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(opts: {
  bin: string;
  node: string;
  root: string; // private scratch dir for this instance
  workspace: string;
  vsix?: string;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  /** code-server's --log: its own level and every output channel's, the language client's trace included. */
  logLevel?: 'trace' | 'debug' | 'info';
}): Promise<CodeServer> {
  const { root } = opts;
  for (const d of ['tmp', 'xdg/config', 'xdg/data', 'xdg/cache', 'data/User', 'extensions']) fs.mkdirSync(path.join(root, d), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(root, 'xdg/config'),
    XDG_DATA_HOME: path.join(root, 'xdg/data'),
    XDG_CACHE_HOME: path.join(root, 'xdg/cache'),
    TMPDIR: path.join(root, 'tmp'),
    EXTENSIONS_GALLERY: '{}',
    ...opts.env,
  };
  fs.writeFileSync(
    path.join(root, 'data/User/settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'window.restoreWindows': 'none',
        'editor.hover.delay': 100,
        ...opts.settings,
      },
      null,
      2,
    ),
  );
  const dirs = ['--user-data-dir', path.join(root, 'data'), '--extensions-dir', path.join(root, 'extensions')];
  if (opts.vsix) {
    const r = spawnSync(opts.node, [opts.bin, ...dirs, '--install-extension', opts.vsix, '--force'], { env, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}): ${r.stdout}${r.stderr}`);
    if (!/successfully installed/i.test(r.stdout + r.stderr)) throw new Error(`--install-extension said: ${r.stdout}${r.stderr}`);
  }
  const port = await freePort();
  const logFile = path.join(root, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const proc = spawn(
    opts.node,
    [opts.bin, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', ...(opts.logLevel ? ['--log', opts.logLevel] : []), ...dirs, opts.workspace],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  live.add(proc);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      killGroup(proc, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    killGroup(proc, 'SIGKILL'); // stragglers in the group (file watcher, exthost, language server)
    live.delete(proc);
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (proc.exitCode !== null) {
      await stop();
      throw new Error(`code-server exited with ${proc.exitCode}: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, root, proc, env, stop };
}

/** Copies code-server's logs (exthost, language client output) into an artifacts dir. */
export function collectLogs(cs: { root: string }, dest: string): void {
  fs.mkdirSync(dest, { recursive: true });
  const src = path.join(cs.root, 'code-server.log');
  if (fs.existsSync(src)) fs.copyFileSync(src, path.join(dest, 'code-server.log'));
  const logs = path.join(cs.root, 'data', 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'logs'), { recursive: true });
}

/**
 * The last lines of an output channel's log (the language client's, with its trace when tracing is on), for the
 * console: a CI log outlives the artifacts dir on the machine that ran it.
 */
export function outputChannelTail(cs: { root: string }, channel: string, lines = 80): string {
  const logs = path.join(cs.root, 'data', 'logs');
  if (!fs.existsSync(logs)) return '';
  const found = (fs.readdirSync(logs, { recursive: true }) as string[]).filter((f) => path.basename(f) === `${channel}.log`);
  return found.map((f) => {
    const text = fs.readFileSync(path.join(logs, f), 'utf8').trimEnd().split('\n');
    return `--- ${f} (last ${Math.min(lines, text.length)} of ${text.length} lines)\n${text.slice(-lines).join('\n')}`;
  }).join('\n');
}
