/**
 * PrivacyLint through the real vscode API, inside an extension host: code-server's (see exthost.ts) or a desktop
 * VS Code's through @vscode/test-electron (see electron.ts). The same file runs unchanged in both. The workspace holds
 * test/e2e/fixtures (privacy-policy.md without a DPO contact or the right to restriction, relying on Privacy Shield; README.md).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXT_ID = 'privacylint.privacylint';
const ws = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder open');
  return f.uri;
};
const policyUri = () => vscode.Uri.joinPath(ws(), 'privacy-policy.md');
const readmeUri = () => vscode.Uri.joinPath(ws(), 'README.md');
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'privacylint');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, fn: () => T | undefined | false | null, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('PrivacyLint through the vscode API', function () {
  this.timeout(60_000);
  let policy: vscode.TextDocument;

  before(async () => {
    policy = await vscode.workspace.openTextDocument(policyUri());
    await vscode.window.showTextDocument(policy);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the extension is installed and activates on a Markdown policy', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not loaded`);
    await ext.activate(); // rejects with the activation error when activate() threw
    assert.ok(ext.isActive);
    assert.equal(policy.languageId, 'markdown');
  });

  it('reports the missing DPO contact, the missing right to restriction and Privacy Shield, with rule ids', async () => {
    const diags = await waitFor('diagnostics for privacy-policy.md', () => {
      const d = ours(policyUri());
      return d.length >= 3 && d;
    }, 30_000);
    const codes = diags.map(codeOf);
    for (const rule of ['dpo-contact', 'right-to-restriction', 'obsolete-transfer-mechanism']) assert.ok(codes.includes(rule), `${rule} missing from ${codes.join(', ')}`);
    const shield = diags.find((d) => codeOf(d) === 'obsolete-transfer-mechanism')!;
    assert.equal(shield.severity, vscode.DiagnosticSeverity.Error);
    assert.match(policy.getText(shield.range), /Privacy Shield/);
    assert.equal(diags.find((d) => codeOf(d) === 'dpo-contact')!.range.start.line, 0, 'dpo-contact is anchored at the title');
  });

  it('hovering the title explains the missing DPO contact', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', policyUri(), new vscode.Position(0, 4));
    const text = hoverText(hovers);
    assert.match(text, /dpo-contact/);
    assert.match(text, /Why it matters/);
    assert.match(text, /Art\. 13\(1\)\(b\)/);
  });

  it('the quick fix inserts the restriction clause and the finding disappears', async () => {
    // The lightbulb asks again whenever the diagnostics change; so does this, for a few seconds, recording each
    // answer with what it asked about, so that a failure says which side was wrong.
    const seen: string[] = [];
    let fix: vscode.CodeAction | undefined;
    for (const end = Date.now() + 5000; !fix?.edit && Date.now() < end; await sleep(250)) {
      const diag = ours(policyUri()).find((d) => codeOf(d) === 'right-to-restriction');
      assert.ok(diag, `right-to-restriction is no longer reported: ${ours(policyUri()).map(codeOf).join(', ')}`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', policyUri(), diag.range, vscode.CodeActionKind.QuickFix.value);
      fix = actions.find((a) => a.title.startsWith('Insert clause: Right to restriction'));
      const r = diag.range;
      seen.push(`doc v${policy.version}, diagnostic ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} data ${JSON.stringify((diag as { data?: unknown }).data)} -> [${actions.map((a) => a.title).join(' | ')}]`);
    }
    assert.ok(fix?.edit, `no insert action; asked ${seen.length} times:\n${seen.join('\n')}\nall ours: ${ours(policyUri()).map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ')}`);
    if (seen.length > 1) console.log(`the restriction clause was offered at attempt ${seen.length}:\n${seen.join('\n')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(policy.getText(), /restrict the processing/i);
    await waitFor('right-to-restriction to disappear', () => !ours(policyUri()).some((d) => codeOf(d) === 'right-to-restriction'));
    const codes = ours(policyUri()).map(codeOf);
    assert.ok(codes.includes('dpo-contact') && codes.includes('obsolete-transfer-mechanism'), `others must stay: ${codes.join(', ')}`);
  });

  it('README.md gets no findings', async () => {
    assert.ok(ours(policyUri()).length > 0, 'the server reports nothing at all, so silence on README.md proves nothing');
    const readme = await vscode.workspace.openTextDocument(readmeUri());
    await vscode.window.showTextDocument(readme);
    assert.equal(readme.languageId, 'markdown');
    await sleep(2000); // the server is up (the policy has findings); give it time to (not) publish
    assert.deepEqual(ours(readmeUri()).map(codeOf), []);
  });

  it('offers the pl-right-to-restriction snippet in an untitled Markdown file', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'pl-right-to-restr' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 17));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'pl-right-to-restriction');
    assert.ok(item, `not among ${list.items.length} completions`);
    const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
    assert.match(body, /restrict the processing of your personal data/);
  });

  it('a clause with placeholders arrives as a snippet edit: inserted as written, with its first placeholder selected', async () => {
    const editor = await vscode.window.showTextDocument(policy);
    const diag = await waitFor('dpo-contact', () => ours(policyUri()).find((d) => codeOf(d) === 'dpo-contact'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', policyUri(), diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Insert clause: Contact details of the Data Protection Officer'));
    assert.ok(fix?.edit, `no DPO clause action among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = policy.getText().split('\n');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const clause = 'We have appointed a Data Protection Officer (DPO). You can contact our DPO by email at [[DPO email]] or by post at [[DPO postal address]].';
    const after = policy.getText().split('\n');
    // As written: the clause line (under a new heading here), nothing re-indented, every other line as it was.
    const added = after.filter((l) => l.trim() && !before.includes(l));
    assert.ok(added.includes(clause), `added: ${added.join(' | ')}`);
    for (const l of added) assert.doesNotMatch(l, /^\s/, 'no added indentation');
    let i = 0;
    for (const l of after) if (i < before.length && l === before[i]) i++;
    assert.equal(i, before.length, 'every original line is still there, in order');
    // A snippet edit in the active editor leaves the first tab stop selected.
    assert.equal(editor.document.getText(editor.selection), '[[DPO email]]');
  });
});
