/** The VS Code client: starts the language server and contributes commands and a status item. Nothing clever. */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type WorkspaceEdit } from 'vscode-languageclient/node';
import { CoverageProvider, coverageSummary, type CoverageReport } from './coverageView';
// V8 flags for the server process: a smaller young generation and heap limit (measured: 114 -> 89 MB resident with
// 21 large documents open, same edit latency), and --expose-gc for a young-generation collection in the pause after
// each publication (server/src/node/idleCollection.ts; see docs/performance.md). One V8 worker thread instead of
// Node's four: the server's own work is on one thread, and on a 2-core machine four workers compiling and marking
// beside it slowed its cold start by about 70 ms (median of 9, interleaved) and its slowest edits.
import serverExecArgv from '../../server/src/node/execArgv.json';
// glibc malloc gives freed memory at the top of an arena back to the system past 128 KB. Measured with 21 documents of
// 100 KB open, once idle, with the one worker thread above: 58-61 MB without, 56-59 MB with it. The mapping bound that
// went with it (MALLOC_MMAP_THRESHOLD_) saved nothing more once V8 had one worker, and cost about 10 ms of cold start
// (docs/performance.md, twelfth session). Other allocators ignore the variable.
import serverEnv from '../../server/src/node/env.json';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
const coverage = new CoverageProvider();
let refreshTimer: NodeJS.Timeout | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: serverExecArgv, env: serverEnv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'privacylint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.privacylintrc.json'),
    },
  };
  client = new LanguageClient('privacylint', 'PrivacyLint', serverOptions, clientOptions);

  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'PrivacyLint';
  status.command = 'privacylint.showCoverage';
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('privacylint.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: 'privacylint.server.checkDocument', arguments: [editor.document.uri.toString()] });
      scheduleRefresh();
    }),
    vscode.commands.registerCommand('privacylint.insertAllMissing', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const result = (await client.sendRequest('workspace/executeCommand', { command: 'privacylint.computeInsertAllMissing', arguments: [editor.document.uri.toString()] })) as { inserted: string[]; edit: WorkspaceEdit } | null;
      if (!result || !result.inserted.length) {
        void vscode.window.showInformationMessage('PrivacyLint: no missing disclosure to insert.');
        return;
      }
      // Every change needs confirmation, so VS Code shows its refactor preview before anything is applied.
      const proposed = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
      const edit = new vscode.WorkspaceEdit();
      const label = `Insert ${result.inserted.length} missing disclosure(s): ${result.inserted.join(', ')}`;
      for (const [uri, edits] of proposed.entries()) {
        for (const e of edits) edit.replace(uri, e.range, e.newText, { needsConfirmation: true, label });
      }
      await vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand('privacylint.showCoverage', () => vscode.commands.executeCommand('privacylint.coverage.focus')),
    vscode.window.registerTreeDataProvider('privacylint.coverage', coverage),
    vscode.commands.registerCommand('privacylint.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('privacylint.openSample', async () => {
      // An untitled copy: the author can edit and fix it without touching the bundled file.
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'docs', 'sample', 'privacy-policy.md'));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(doc);
    }),
    vscode.languages.onDidChangeDiagnostics(() => scheduleRefresh()),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleRefresh()),
  );

  await client.start();
  await vscode.commands.executeCommand('setContext', 'privacylint.active', true);
  scheduleRefresh();
}

function scheduleRefresh(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 150);
}

/** Asks the server for the active document's coverage and updates the status item and the view. */
async function refresh(): Promise<void> {
  if (!status || !client) return;
  const editor = vscode.window.activeTextEditor;
  const lang = editor?.document.languageId;
  if (!editor || (lang !== 'markdown' && lang !== 'plaintext')) {
    status.hide();
    return;
  }
  let report: CoverageReport | null = null;
  try {
    report = (await client.sendRequest('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [editor.document.uri.toString()] })) as CoverageReport | null;
  } catch {
    report = null;
  }
  coverage.update(report ? editor.document.uri : null, report);
  if (!report) {
    status.hide();
    return;
  }
  const { satisfied, applicable } = coverageSummary(report);
  const findings = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'privacylint').length;
  status.text = `$(law) PrivacyLint ${satisfied}/${applicable}`;
  status.tooltip = `${satisfied} of ${applicable} requirements satisfied (${report.regimes.join(', ')}, ${report.regimeSource}); ${findings} finding(s). Click for the coverage view.`;
  status.show();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
