/** The VS Code client: starts the language server and contributes commands and a status item. Nothing clever. */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type WorkspaceEdit } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
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
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('privacylint.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: 'privacylint.checkDocument', arguments: [editor.document.uri.toString()] });
      updateStatus();
    }),
    vscode.commands.registerCommand('privacylint.insertAllMissing', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const result = (await client.sendRequest('workspace/executeCommand', { command: 'privacylint.computeInsertAllMissing', arguments: [editor.document.uri.toString()] })) as { inserted: string[]; edit: WorkspaceEdit } | null;
      if (!result || !result.inserted.length) {
        void vscode.window.showInformationMessage('PrivacyLint: nothing to insert.');
        return;
      }
      const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
      const choice = await vscode.window.showInformationMessage(`PrivacyLint will insert ${result.inserted.length} clause(s): ${result.inserted.join(', ')}.`, { modal: true }, 'Insert');
      if (choice === 'Insert') await vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand('privacylint.showOutput', () => client?.outputChannel.show()),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
  );

  await client.start();
  updateStatus();
}

function updateStatus(): void {
  if (!status) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    status.hide();
    return;
  }
  const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'privacylint');
  const lang = editor.document.languageId;
  if (!ours.length && lang !== 'markdown' && lang !== 'plaintext') {
    status.hide();
    return;
  }
  status.text = ours.length ? `$(law) PrivacyLint: ${ours.length}` : '$(law) PrivacyLint';
  status.tooltip = ours.length ? `${ours.length} privacy-policy finding(s) in this document` : 'PrivacyLint: no findings in this document';
  status.show();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
