/**
 * The language server over the real protocol: `node server/out/server.js --stdio`, driven by a JSON-RPC client.
 * Every wait is on a notification or a response, bounded by a timeout; nothing sleeps.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { catalogue, ruleById } from '../../server/src/core';
import { byRule, ensureBuilt, TestClient } from '../helpers/lsp';

function localIsoDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A draft for a cycling club: no DPO, no erasure right, and a present-tense reliance on Privacy Shield. */
const POLICY = [
  '# Privacy Policy',
  '',
  `Last updated: ${localIsoDate()}`,
  '',
  'Birchwood Cycling Club keeps a small amount of information about its members. This notice explains what we keep and why.',
  '',
  '## What we keep',
  '',
  'We keep your name, your email address and the rides you sign up for.',
  '',
  '## Sharing abroad',
  '',
  'Our booking tool is run by a company whose servers are located in the United States. We rely on the EU-U.S. Privacy Shield to protect those transfers.',
  '',
  '## Your rights',
  '',
  'You can ask us for a copy of the data we hold about you. You can also ask us to correct anything that is wrong.',
  '',
  '## Contact',
  '',
  'Write to the club secretary at secretary@birchwood.example or at 4 Station Road, Leeds LS1 2AB.',
  '',
].join('\n');

function tempDir(prefix: string): string {
  // A space in the path: URIs must be encoded the way a client encodes them.
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix} `));
}

function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

function isSubsequence(lines: string[], of: string[]): boolean {
  let j = 0;
  for (const l of of) {
    while (j < lines.length && lines[j] !== l) j++;
    if (j === lines.length) return false;
    j++;
  }
  return true;
}

function applyWorkspaceEdit(doc: TextDocument, action: CodeAction): { text: string; edit: TextDocumentEdit } {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `expected one documentChange, got ${JSON.stringify(action.edit)}`);
  const edit = changes[0] as TextDocumentEdit;
  assert.ok('textDocument' in edit && 'edits' in edit, 'expected a TextDocumentEdit');
  return { text: TextDocument.applyEdits(doc, edit.edits as TextEdit[]), edit };
}

describe('language server over stdio', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = tempDir('privacylint-proto');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    client = TestClient.start();
    const init = await client.initialize();
    assert.strictEqual(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.executeCommandProvider?.commands.includes('privacylint.server.checkDocument'));
  });
  afterEach(async () => {
    await client.stop();
  });

  it('publishes findings, explains them on hover, and applies quick fixes through versioned edits', async () => {
    const file = path.join(dir, 'privacy.md');
    fs.writeFileSync(file, POLICY);
    const uri = uriOf(file);
    await client.open(uri, POLICY, 1);
    const first = await client.diagnostics(uri, 1);
    const diags = first.diagnostics;
    assert.ok(diags.length > 0, 'a draft with gaps has findings');
    for (const d of diags) {
      assert.strictEqual(d.source, 'privacylint');
      assert.ok(typeof d.code === 'string' && ruleById(d.code), `code is a rule id: ${d.code}`);
      assert.ok(d.codeDescription?.href.startsWith('https://'), `codeDescription for ${d.code}`);
      const data = d.data as { rule: string; fixes: unknown[]; version: number };
      assert.strictEqual(data.rule, d.code);
      assert.ok(Array.isArray(data.fixes));
    }
    const lines = POLICY.split('\n');

    // A missing disclosure sits on one line: the title or the heading of the section where it belongs.
    const [dpo] = byRule(diags, 'dpo-contact');
    assert.ok(dpo, 'dpo-contact reported');
    assert.strictEqual(dpo.range.start.line, dpo.range.end.line);
    assert.match(lines[dpo.range.start.line], /^#{1,6} /);
    assert.ok(dpo.range.end.character > dpo.range.start.character);

    // A defect sits on the offending words.
    const [shield] = byRule(diags, 'obsolete-transfer-mechanism');
    assert.ok(shield, 'Privacy Shield reported');
    assert.strictEqual(shield.range.start.line, shield.range.end.line);
    const words = lines[shield.range.start.line].slice(shield.range.start.character, shield.range.end.character);
    assert.match(words, /Privacy Shield$/);
    assert.ok(!/\brely\b/.test(words), `range covers only the mechanism: "${words}"`);

    // Hover on the diagnostic explains it, with the citation.
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: dpo.range.start });
    assert.ok(hover, 'hover on a finding');
    const md = hover.contents as { kind: string; value: string };
    assert.strictEqual(md.kind, 'markdown');
    const rule = ruleById('dpo-contact')!;
    assert.ok(md.value.includes(rule.citations[0].label), 'hover names the citation');
    assert.ok(md.value.includes(dpo.codeDescription!.href));

    // Quick fix for a missing disclosure: a versioned TextDocumentEdit that only inserts.
    let doc = TextDocument.create(uri, 'markdown', 1, POLICY);
    const [erasure] = byRule(diags, 'right-to-erasure');
    assert.ok(erasure, 'right-to-erasure reported');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: erasure.range, context: { diagnostics: [erasure] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(fix.diagnostics?.map((d) => d.code), ['right-to-erasure']);
    const applied = applyWorkspaceEdit(doc, fix);
    assert.strictEqual(applied.edit.textDocument.uri, uri);
    assert.strictEqual(applied.edit.textDocument.version, 1);
    assert.notStrictEqual(applied.text, POLICY);
    doc = TextDocument.update(doc, [{ text: applied.text }], 2);
    await client.change(uri, 2, applied.text);
    const second = await client.diagnostics(uri, 2);
    assert.deepStrictEqual(byRule(second.diagnostics, 'right-to-erasure'), [], 'fixed rule is gone');
    assert.ok(isSubsequence(applied.text.split('\n'), lines), 'every original line is still there, in order');
    assert.ok(byRule(second.diagnostics, 'dpo-contact').length === 1, 'other findings remain');

    // Quick fix for a defect: replaces the offending words.
    const [shield2] = byRule(second.diagnostics, 'obsolete-transfer-mechanism');
    const actions2 = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shield2.range, context: { diagnostics: [shield2], only: ['quickfix'] } });
    const replace = actions2.find((a) => a.isPreferred);
    assert.ok(replace, 'a replacement fix for Privacy Shield');
    const applied2 = applyWorkspaceEdit(doc, replace);
    assert.strictEqual(applied2.edit.textDocument.version, 2);
    assert.ok(!applied2.text.includes('Privacy Shield'));
    await client.change(uri, 3, applied2.text);
    const third = await client.diagnostics(uri, 3);
    assert.deepStrictEqual(byRule(third.diagnostics, 'obsolete-transfer-mechanism'), []);

    // The suppression action for a missing disclosure inserts a comment and silences the rule.
    doc = TextDocument.update(doc, [{ text: applied2.text }], 3);
    const [dpo3] = byRule(third.diagnostics, 'dpo-contact');
    const actions3 = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: dpo3.range, context: { diagnostics: [dpo3] } });
    const suppress = actions3.find((a) => /not applicable/.test(a.title));
    assert.ok(suppress, 'a suppression action');
    const applied3 = applyWorkspaceEdit(doc, suppress);
    await client.change(uri, 4, applied3.text);
    const fourth = await client.diagnostics(uri, 4);
    assert.deepStrictEqual(byRule(fourth.diagnostics, 'dpo-contact'), []);
    assert.ok(isSubsequence(applied3.text.split('\n'), applied2.text.split('\n')));
  });

  it('publishes the version it analysed and never an older version after a newer one', async () => {
    const uri = uriOf(path.join(dir, 'privacy-versions.md'));
    await client.open(uri, POLICY, 1);
    await client.diagnostics(uri, 1);
    let text = POLICY;
    for (let v = 2; v <= 8; v++) {
      text += `\nA note added in edit ${v}.\n`;
      await client.change(uri, v, text);
    }
    await client.diagnostics(uri, 8);
    await client.sync();
    const versions = client.for(uri).map((p) => p.version);
    assert.ok(versions.every((v) => typeof v === 'number'), `every notification carries a version: ${versions}`);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `versions in order: ${versions}`);
    assert.strictEqual(versions[versions.length - 1], 8);
  });

  it('gives no fix for a diagnostic computed for an older version', async () => {
    const uri = uriOf(path.join(dir, 'privacy-stale.md'));
    await client.open(uri, POLICY, 1);
    const v1 = await client.diagnostics(uri, 1);
    const [shield] = byRule(v1.diagnostics, 'obsolete-transfer-mechanism');
    assert.ok(shield);
    // An edit far below the finding: the finding keeps its range, but the diagnostic is from version 1.
    const text2 = `${POLICY}\nWe review this notice every year.\n`;
    await client.change(uri, 2, text2);
    const v2 = await client.diagnostics(uri, 2);
    const [shield2] = byRule(v2.diagnostics, 'obsolete-transfer-mechanism');
    assert.deepStrictEqual(shield2.range, shield.range);
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shield.range, context: { diagnostics: [shield] } });
    assert.deepStrictEqual(stale.filter((a) => a.diagnostics?.some((d) => d.code === shield.code)), [], 'no action for the stale diagnostic');
    const fresh = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shield2.range, context: { diagnostics: [shield2] } });
    assert.ok(fresh.length > 0, 'the current diagnostic still gets its fixes');
    // An edit above the finding moves it: the old range matches nothing.
    const text3 = `# Privacy Policy\n\nAn introduction added later.\n${POLICY.slice(POLICY.indexOf('\n'))}`;
    await client.change(uri, 3, text3);
    await client.diagnostics(uri, 3);
    const moved = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: shield2.range, context: { diagnostics: [shield2] } });
    assert.deepStrictEqual(moved, []);
  });

  it('decides which documents to check: README no, untitled privacy notice yes, notes only on request', async () => {
    const readme = uriOf(path.join(dir, 'README.md'));
    await client.open(readme, '# Birchwood tools\n\nScripts for the club website. We collect nothing.\n', 1);
    const r = await client.diagnostics(readme);
    assert.deepStrictEqual(r.diagnostics, []);

    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, '# Privacy Notice\n\nWe keep the email address you give us to send the club newsletter.\n', 1);
    const u = await client.diagnostics(untitled, 1);
    assert.ok(byRule(u.diagnostics, 'dpo-contact').length === 1, 'untitled privacy notice is checked');

    const notes = uriOf(path.join(dir, 'notes.md'));
    const notesText = '# Committee notes\n\nWe keep members\' emails. We rely on the Privacy Shield for the booking tool.\n';
    await client.open(notes, notesText, 1);
    const n1 = await client.diagnostics(notes, 1);
    assert.deepStrictEqual(n1.diagnostics, [], 'notes.md is not a policy');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: notes } });
    assert.deepStrictEqual(symbols, []);
    const before = client.published.length;
    const res = await client.request<unknown>('workspace/executeCommand', { command: 'privacylint.server.checkDocument', arguments: [notes] });
    assert.deepStrictEqual(res, { checked: true });
    const n2 = await client.diagnostics(notes, 1, before);
    assert.ok(byRule(n2.diagnostics, 'obsolete-transfer-mechanism').length === 1, 'checked once asked');
    // It stays checked after an edit.
    await client.change(notes, 2, `${notesText}\nMore notes.\n`);
    const n3 = await client.diagnostics(notes, 2);
    assert.ok(n3.diagnostics.length > 0);
  });

  it('keeps ranges and fixes right with CRLF line ends and characters outside the BMP', async () => {
    const text = POLICY.replace('Our booking tool', '\u{1F6B2}\u{1F6B2} Our booking tool').replace(/\n/g, '\r\n');
    const uri = uriOf(path.join(dir, 'privacy-crlf.md'));
    await client.open(uri, text, 1);
    const d = await client.diagnostics(uri, 1);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const [shield] = byRule(d.diagnostics, 'obsolete-transfer-mechanism');
    assert.match(doc.getText(shield.range), /^(?:EU-U\.S\. )?Privacy Shield$/);
    const [dpo] = byRule(d.diagnostics, 'dpo-contact');
    assert.match(doc.getText(dpo.range), /^[A-Z][^\r\n]*[a-z]$/, 'heading words, no line end');
    const [erasure] = byRule(d.diagnostics, 'right-to-erasure');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: erasure.range, context: { diagnostics: [erasure] } });
    const fix = actions.find((a) => a.isPreferred)!;
    const { text: fixed } = applyWorkspaceEdit(doc, fix);
    assert.ok(!/[^\r]\n/.test(fixed), 'inserted text uses the document\'s CRLF');
    await client.change(uri, 2, fixed);
    const d2 = await client.diagnostics(uri, 2);
    assert.deepStrictEqual(byRule(d2.diagnostics, 'right-to-erasure'), []);
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = uriOf(path.join(dir, 'privacy-close.md'));
    await client.open(uri, POLICY, 1);
    const d = await client.diagnostics(uri, 1);
    assert.ok(d.diagnostics.length > 0);
    const mark = client.published.length;
    await client.close(uri);
    await client.waitUntil(() => client.published.slice(mark).some((p) => p.uri === uri && p.diagnostics.length === 0), 'empty diagnostics after close');
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: d.diagnostics[0].range.start }), null);
  });

  it('stays up after bad requests', async () => {
    const uri = uriOf(path.join(dir, 'privacy-robust.md'));
    await client.open(uri, POLICY, 1);
    const d = await client.diagnostics(uri, 1);
    const [dpo] = byRule(d.diagnostics, 'dpo-contact');

    await assert.rejects(client.request('privacylint/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, 'never-opened-privacy.md')) }, position: { line: 0, character: 0 } }), null);
    const far = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } });
    assert.ok(far === null || typeof far === 'object');
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 5000, character: 0 }, end: { line: 5001, character: 3 } }, context: { diagnostics: [] } });
    await assert.rejects(client.request('workspace/executeCommand', { command: 'privacylint.server.checkDocument', arguments: [42] }));
    await assert.rejects(client.request('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [] }));
    await assert.rejects(client.request('workspace/executeCommand', { command: 'privacylint.coverage', arguments: ['file:///nowhere/privacy.md'] }));
    await assert.rejects(client.request('workspace/executeCommand', { command: 'privacylint.noSuchCommand', arguments: [uri] }));

    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: dpo.range.start });
    assert.ok(hover, 'still serving hovers');
    assert.ok(client.alive);
  });

  it('answers the outline of the current version while typing, whether or not the last tree was kept', async () => {
    // The server keeps an analysis's tree only after an outline or folding request (lsp/treeKeeper): both paths,
    // the kept tree and a fresh parse, must give the current text's sections.
    const uri = uriOf(path.join(dir, 'privacy-typing.md'));
    const names = async () => (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }))[0].children?.map((c) => c.name);
    await client.open(uri, POLICY, 1);
    await client.diagnostics(uri, 1);
    const before = await names();
    let text = POLICY + '\n## Cookies\n\nWe use cookies.\n';
    await client.change(uri, 2, text);
    await client.diagnostics(uri, 2);
    assert.deepStrictEqual(await names(), [...before!, 'Cookies'], 'after a request: the analysis kept its tree');
    for (const [v, heading] of [[3, 'Children'], [4, 'Changes']] as const) {
      text += `\n## ${heading}\n\nSome words.\n`;
      await client.change(uri, v, text);
      await client.diagnostics(uri, v);
    }
    assert.deepStrictEqual(await names(), [...before!, 'Cookies', 'Children', 'Changes'], 'no request in between: parsed again');
  });

  it('returns the section tree, folding ranges and coverage', async () => {
    const uri = uriOf(path.join(dir, 'privacy-tree.md'));
    await client.open(uri, POLICY, 1);
    await client.diagnostics(uri, 1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, 'Privacy Policy');
    assert.deepStrictEqual(symbols[0].children?.map((c) => c.name), ['What we keep', 'Sharing abroad', 'Your rights', 'Contact']);
    const lines = POLICY.split('\n');
    for (const c of symbols[0].children!) {
      assert.strictEqual(lines[c.selectionRange.start.line].slice(c.selectionRange.start.character, c.selectionRange.end.character), c.name);
      assert.ok(c.range.start.line <= c.selectionRange.start.line && c.range.end.line >= c.selectionRange.end.line);
    }
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => lines[f.startLine] === '## Sharing abroad' && f.endLine > f.startLine));

    const cov = await client.request<{ regimes: string[]; coverage: { rule: string; state: string }[] }>('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [uri] });
    assert.deepStrictEqual(cov.coverage.map((c) => c.rule), catalogue.map((r) => r.id));
    for (const c of cov.coverage) assert.ok(['satisfied', 'partial', 'missing', 'not-applicable'].includes(c.state), c.state);
    const state = (id: string) => cov.coverage.find((c) => c.rule === id)!.state;
    assert.strictEqual(state('dpo-contact'), 'missing');
    assert.strictEqual(state('right-of-access'), 'satisfied');
    assert.strictEqual(state('controller-contact'), 'satisfied');
    assert.strictEqual(state('obsolete-transfer-mechanism'), 'partial');

    const all = await client.request<{ inserted: string[]; edit: { documentChanges: TextDocumentEdit[] } }>('workspace/executeCommand', { command: 'privacylint.computeInsertAllMissing', arguments: [uri] });
    assert.ok(all.inserted.includes('dpo-contact') && all.inserted.includes('right-to-erasure'));
    const newText = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, POLICY), all.edit.documentChanges[0].edits as TextEdit[]);
    assert.ok(isSubsequence(newText.split('\n'), lines));
  });

  it('honours .privacylintrc.json found upward and reports a broken one on its own URI', async () => {
    const good = tempDir('privacylint-rc');
    const broken = tempDir('privacylint-rc-broken');
    try {
      fs.writeFileSync(path.join(good, '.privacylintrc.json'), JSON.stringify({ rules: { 'dpo-contact': 'off' } }));
      fs.mkdirSync(path.join(good, 'legal'));
      const goodUri = uriOf(path.join(good, 'legal', 'privacy.md'));
      await client.open(goodUri, POLICY, 1);
      const g = await client.diagnostics(goodUri, 1);
      assert.deepStrictEqual(byRule(g.diagnostics, 'dpo-contact'), [], 'rule turned off by the config file');
      assert.strictEqual(byRule(g.diagnostics, 'obsolete-transfer-mechanism').length, 1, 'other rules still run');

      const rc = path.join(broken, '.privacylintrc.json');
      fs.writeFileSync(rc, '{\n  "rules": {\n    "dpo-contact": "off",\n  }\n');
      const brokenUri = uriOf(path.join(broken, 'privacy.md'));
      await client.open(brokenUri, POLICY, 1);
      const b = await client.diagnostics(brokenUri, 1);
      assert.strictEqual(byRule(b.diagnostics, 'dpo-contact').length, 1, 'defaults apply while the config is broken');
      const c = await client.diagnostics(uriOf(rc));
      assert.strictEqual(c.diagnostics.length, 1);
      assert.match(String(c.diagnostics[0].message), /not valid JSON/);
      assert.strictEqual(c.diagnostics[0].source, 'privacylint');
      assert.strictEqual(c.diagnostics[0].range.start.line, 3, 'on the line of the syntax error');
      // A second policy under the same broken config does not repeat the config diagnostic.
      const second = uriOf(path.join(broken, 'privacy-2.md'));
      await client.open(second, POLICY, 1);
      await client.diagnostics(second, 1);
      await client.sync();
      assert.strictEqual(client.for(uriOf(rc)).length, 1);

      // Once the file is repaired and the client reports the change, the config diagnostic clears and the setting applies.
      fs.writeFileSync(rc, JSON.stringify({ rules: { 'dpo-contact': 'off' } }));
      const mark = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      await client.waitUntil(() => client.published.slice(mark).some((p) => p.uri === uriOf(rc) && p.diagnostics.length === 0), 'config diagnostic cleared');
      const again = await client.diagnostics(brokenUri, 1, mark);
      assert.deepStrictEqual(byRule(again.diagnostics, 'dpo-contact'), []);

      // Broken again, then deleted: the diagnostic on the deleted file must not linger.
      fs.writeFileSync(rc, '{ "rules": ');
      const mark2 = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      await client.diagnostics(brokenUri, 1, mark2);
      await client.waitUntil(() => client.published.slice(mark2).some((p) => p.uri === uriOf(rc) && p.diagnostics.length === 1), 'config diagnostic again');
      fs.rmSync(rc);
      const mark3 = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 3 }] });
      await client.diagnostics(brokenUri, 1, mark3);
      await client.sync();
      const last = client.for(uriOf(rc)).at(-1)!;
      assert.deepStrictEqual(last.diagnostics, [], 'no diagnostic left on a deleted config file');
    } finally {
      fs.rmSync(good, { recursive: true, force: true });
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('language server with initializationOptions.settings', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = tempDir('privacylint-init');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    client = TestClient.start();
    await client.initialize({
      capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
      initializationOptions: { settings: { maxFileSize: 2000, rules: { 'right-to-object': 'error' } } },
    });
  });
  afterEach(() => client.stop());

  it('applies the settings to findings', async () => {
    const uri = uriOf(path.join(dir, 'privacy.md'));
    await client.open(uri, POLICY, 1);
    const d = await client.diagnostics(uri, 1);
    const [obj] = byRule(d.diagnostics, 'right-to-object');
    assert.ok(obj);
    assert.strictEqual(obj.severity, 1);
  });

  it('gives a document over maxFileSize one information diagnostic instead of findings', async () => {
    const uri = uriOf(path.join(dir, 'privacy-long.md'));
    const long = `${POLICY}\n${'We keep only what we need for club rides. '.repeat(60)}\n`;
    assert.ok(long.length > 2000);
    await client.open(uri, long, 1);
    const d = await client.diagnostics(uri, 1);
    assert.strictEqual(d.diagnostics.length, 1);
    const only: Diagnostic = d.diagnostics[0];
    assert.strictEqual(only.severity, 3);
    assert.match(String(only.message), /maxFileSize/);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
  });

  it('gives a document with NUL bytes one information diagnostic instead of findings', async () => {
    const uri = uriOf(path.join(dir, 'privacy-binary.md'));
    await client.open(uri, `# Privacy Policy\n\nWe keep\u0000\u0000 data.\n`, 1);
    const d = await client.diagnostics(uri, 1);
    assert.strictEqual(d.diagnostics.length, 1);
    assert.strictEqual(d.diagnostics[0].severity, 3);
    assert.match(String(d.diagnostics[0].message), /NUL/);
  });
});
