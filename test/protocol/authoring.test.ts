/**
 * Authoring workflow over the real protocol: quick fixes as snippet edits with tab stops for clients that take them
 * (LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`), plain edits exactly as before for the others, "mark as
 * not applicable" in front matter, and clause wording that follows the regimes checked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { analyzeDocument } from '../../server/src/core/analyze';
import { parse } from '../../server/src/core/parse';
import { byRule, ensureBuilt, ROOT, TestClient } from '../helpers/lsp';
import { parseSnippet, resolveSnippet } from '../helpers/snippet';

type SnippetEdit = { range: TextEdit['range']; snippet: { kind: string; value: string } };
type AnyEdit = TextEdit | SnippetEdit;

const PLAIN: ClientCapabilities = { workspace: { workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } };
const SNIPPETS: ClientCapabilities = { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } };

function localIsoDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A pottery studio's draft: no DPO (a clause with placeholders), no erasure right (one without), Privacy Shield. */
const DRAFT = [
  '# Privacy Policy',
  '',
  `Last updated: ${localIsoDate()}`,
  '',
  'Kilnworks Studio runs pottery classes. We keep the details of the people who book a class.',
  '',
  '## What we keep',
  '',
  'Your name, your email address and the classes you book.',
  '',
  '## Transfers',
  '',
  'Our booking system is hosted in the United States. We rely on the EU-U.S. Privacy Shield for these transfers.',
  '',
  '## Your rights',
  '',
  '  - You can ask us for a copy of the data we hold about you.',
  '  - You can ask us to correct it.',
  '',
  '## Contact',
  '',
  'Kilnworks Studio, 9 Clay Lane, Stoke-on-Trent ST1 2AB. Email: hello@kilnworks.example.',
  '',
].join('\n');

function isSnippet(e: AnyEdit): e is SnippetEdit {
  return 'snippet' in e;
}

function editsOf(action: CodeAction): AnyEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `one documentChange: ${JSON.stringify(action.edit)}`);
  const tde = changes[0] as TextDocumentEdit;
  assert.ok('edits' in tde);
  return tde.edits as AnyEdit[];
}

/** Applies an action as a client does; snippet tab stops take `typed` text, or keep their placeholder. */
function applyAction(doc: TextDocument, action: CodeAction, typed: Record<number, string> = {}): string {
  const edits = editsOf(action).map((e) => (isSnippet(e) ? { range: e.range, newText: resolveSnippet(e.snippet.value, typed) } : e));
  return TextDocument.applyEdits(doc, edits);
}

async function actionsFor(client: TestClient, uri: string, diag: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
}

function find(actions: CodeAction[], title: RegExp): CodeAction {
  const a = actions.find((x) => title.test(x.title));
  assert.ok(a, `no action ${title} among: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

async function coverageOf(client: TestClient, uri: string): Promise<Map<string, { state: string; detail?: string }>> {
  const r = await client.request<{ coverage: { rule: string; state: string; detail?: string }[] }>('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [uri] });
  return new Map(r.coverage.map((c) => [c.rule, c]));
}

describe('authoring workflow over stdio', function () {
  this.timeout(60_000);
  let dir: string;
  const clients: TestClient[] = [];
  async function start(capabilities: ClientCapabilities, opts: { initializationOptions?: unknown; nodeArgs?: string[] } = {}): Promise<TestClient> {
    const c = TestClient.start(opts.nodeArgs);
    clients.push(c);
    await c.initialize({ capabilities, initializationOptions: opts.initializationOptions });
    return c;
  }

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-authoring '));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });

  let n = 0;
  async function openDraft(client: TestClient, text = DRAFT): Promise<{ uri: string; doc: TextDocument; diags: Diagnostic[] }> {
    const uri = pathToFileURL(path.join(dir, `privacy-${++n}.md`)).href;
    await client.open(uri, text, 1);
    const d = await client.diagnostics(uri, 1);
    return { uri, doc: TextDocument.create(uri, 'markdown', 1, text), diags: d.diagnostics };
  }

  describe('snippet edits', () => {
    it('with snippetEditSupport, a clause\'s [[placeholders]] are numbered tab stops that insert what a plain client gets', async () => {
      const snippetClient = await start(SNIPPETS);
      const plainClient = await start(PLAIN);
      const s = await openDraft(snippetClient);
      const p = await openDraft(plainClient);

      const [dpoS] = byRule(s.diags, 'dpo-contact');
      const [dpoP] = byRule(p.diags, 'dpo-contact');
      const viaSnippet = find(await actionsFor(snippetClient, s.uri, dpoS), /^Insert clause/);
      const viaPlain = find(await actionsFor(plainClient, p.uri, dpoP), /^Insert clause/);
      const [se] = editsOf(viaSnippet);
      assert.ok(isSnippet(se), `a SnippetTextEdit: ${JSON.stringify(se)}`);
      assert.strictEqual(se.snippet.kind, 'snippet');
      assert.ok(!('newText' in se));
      const { tabStops } = parseSnippet(se.snippet.value);
      assert.deepStrictEqual(tabStops.map((t) => [t.index, t.text]), [[1, '[[DPO email]]'], [2, '[[DPO postal address]]']]);
      assert.match(se.snippet.value, /\$\{1:\[\[DPO email\]\]\}.*\$\{2:\[\[DPO postal address\]\]\}/);
      // Left as they are, the tab stops give exactly the plain client's text.
      const [pe] = editsOf(viaPlain);
      assert.ok(!isSnippet(pe));
      assert.strictEqual(applyAction(s.doc, viaSnippet), applyAction(p.doc, viaPlain));

      // Typed into, the clause is filled in and the finding is gone, without an unfilled placeholder.
      const filled = applyAction(s.doc, viaSnippet, { 1: 'dpo@kilnworks.example', 2: '9 Clay Lane, Stoke-on-Trent ST1 2AB' });
      await snippetClient.change(s.uri, 2, filled);
      const after = await snippetClient.diagnostics(s.uri, 2);
      assert.deepStrictEqual(byRule(after.diagnostics, 'dpo-contact'), []);
      assert.deepStrictEqual(byRule(after.diagnostics, 'unfilled-placeholder'), []);
      assert.match(filled, /You can contact our DPO by email at dpo@kilnworks\.example or by post at 9 Clay Lane/);
    });

    it('an indented rights list still gets exactly the plain text (the snippet starts on the next line)', async () => {
      const snippetClient = await start(SNIPPETS);
      const plainClient = await start(PLAIN);
      // The withdrawal clause has a placeholder; the rights list is indented by two spaces.
      const text = DRAFT.replace('Your name, your email address', 'With your consent we send a newsletter. Your name, your email address');
      const s = await openDraft(snippetClient, text);
      const p = await openDraft(plainClient, text);
      const [wS] = byRule(s.diags, 'right-to-withdraw-consent');
      const [wP] = byRule(p.diags, 'right-to-withdraw-consent');
      assert.ok(wS && wP, 'withdrawal of consent reported');
      const viaSnippet = find(await actionsFor(snippetClient, s.uri, wS), /^Insert clause/);
      const viaPlain = find(await actionsFor(plainClient, p.uri, wP), /^Insert clause/);
      const [se] = editsOf(viaSnippet);
      const [pe] = editsOf(viaPlain) as TextEdit[];
      assert.ok(isSnippet(se));
      assert.match(pe.newText, /^\n {2}- Withdrawing consent: /, 'plain: a line break, then the item');
      assert.strictEqual(se.range.start.character, 0, 'the snippet starts at the beginning of a line');
      assert.match(se.snippet.value, /^ {2}- Withdrawing consent: [^\n]*\$\{1:\[\[how to withdraw/);
      assert.strictEqual(applyAction(s.doc, viaSnippet), applyAction(p.doc, viaPlain));
    });

    it('a clause without placeholders, and a rewrite, stay plain text edits', async () => {
      const client = await start(SNIPPETS);
      const { uri, diags } = await openDraft(client);
      const erasure = find(await actionsFor(client, uri, byRule(diags, 'right-to-erasure')[0]), /^Insert clause/);
      assert.ok(editsOf(erasure).every((e) => !isSnippet(e)));
      const shield = find(await actionsFor(client, uri, byRule(diags, 'obsolete-transfer-mechanism')[0]), /Data Privacy Framework|Replace|Refer/);
      assert.ok(editsOf(shield).every((e) => !isSnippet(e)));
    });

    it('without snippetEditSupport, the plain edit is the core\'s fix, unchanged', async () => {
      const client = await start(PLAIN);
      const { uri, diags, doc } = await openDraft(client);
      const core = analyzeDocument(DRAFT);
      for (const rule of ['dpo-contact', 'right-to-erasure', 'obsolete-transfer-mechanism']) {
        const [diag] = byRule(diags, rule);
        const fix = core.findings.find((f) => f.rule === rule)!.fixes[0];
        const action = find(await actionsFor(client, uri, diag), new RegExp(`^${fix.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        assert.deepStrictEqual(editsOf(action), fix.edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText })), rule);
      }
      // The suppression comment too.
      const comment = find(await actionsFor(client, uri, byRule(diags, 'dpo-contact')[0]), /suppression comment/);
      assert.deepStrictEqual(editsOf(comment), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- privacylint-disable dpo-contact -- not applicable: explain why -->\n' }]);
    });

    it('snippetEditSupport without documentChanges gets plain edits (snippets exist only in TextDocumentEdit)', async () => {
      const client = await start({ workspace: { workspaceEdit: { snippetEditSupport: true } } });
      const { uri, diags } = await openDraft(client);
      const action = find(await actionsFor(client, uri, byRule(diags, 'dpo-contact')[0]), /^Insert clause/);
      const edits = Object.values(action.edit!.changes!)[0];
      assert.strictEqual(edits.length, 1);
      assert.match(edits[0].newText, /\[\[DPO email\]\]/);
      assert.ok(!('snippet' in edits[0]));
    });

    it('escapes $, } and \\ of the clause text, inside and outside tab stops', async () => {
      // A server from source with one extra rule whose clause has the reserved characters (none in the catalogue does).
      const nodeArgs = ['--import', 'tsx', path.join(ROOT, 'test', 'protocol', 'serverWithTestRule.ts'), '--stdio'];
      const clause = 'Fees: a paper copy costs $5 {per request}, booked to C:\\Accounts\\$FEES; [[amount in $ or {EUR}]] and [[who pays]].';
      const text = '# Privacy Policy\n\nTEST-FEES: Kilnworks Studio. Email hello@kilnworks.example.\n\n## Fees\n\n- Copies by email are free.\n';
      const snippetClient = await start(SNIPPETS, { nodeArgs });
      const plainClient = await start(PLAIN, { nodeArgs });
      const s = await openDraft(snippetClient, text);
      const p = await openDraft(plainClient, text);
      const [dS] = byRule(s.diags, 'test-reserved-characters');
      const [dP] = byRule(p.diags, 'test-reserved-characters');
      assert.ok(dS && dP, `the test rule reports: ${s.diags.map((d) => d.code).join(', ')}`);
      const [se] = editsOf(find(await actionsFor(snippetClient, s.uri, dS), /^Insert clause/));
      const [pe] = editsOf(find(await actionsFor(plainClient, p.uri, dP), /^Insert clause/)) as TextEdit[];
      assert.ok(isSnippet(se));
      assert.strictEqual(pe.newText, `\n- ${clause}`, 'the plain client gets the clause as written');
      assert.strictEqual(
        se.snippet.value,
        '- Fees: a paper copy costs \\$5 {per request\\}, booked to C:\\\\Accounts\\\\\\$FEES; ${1:[[amount in \\$ or {EUR\\}]]} and ${2:[[who pays]]}.\n',
      );
      assert.strictEqual(resolveSnippet(se.snippet.value), `- ${clause}\n`);
      assert.deepStrictEqual(parseSnippet(se.snippet.value).tabStops.map((t) => t.text), ['[[amount in $ or {EUR}]]', '[[who pays]]']);
      assert.strictEqual(applyAction(s.doc, { title: '', edit: { documentChanges: [{ textDocument: { uri: s.uri, version: 1 }, edits: [se] }] } } as CodeAction), TextDocument.applyEdits(p.doc, [pe]));
    });
  });

  describe('mark as not applicable in front matter', () => {
    const REASON = 'reason why this does not apply';

    it('creates the front matter, then adds to it; the rules show as not applicable with the reason', async () => {
      const client = await start(PLAIN);
      const { uri, diags, doc } = await openDraft(client);
      const actions = await actionsFor(client, uri, byRule(diags, 'dpo-contact')[0]);
      // The comment is still offered (first), and the front-matter variant next to it.
      const titles = actions.map((a) => a.title);
      assert.ok(titles.indexOf('Mark dpo-contact as not applicable (suppression comment)') >= 0);
      const fm = find(actions, /^Mark dpo-contact as not applicable \(front matter/);
      assert.ok(titles.indexOf(fm.title) > titles.indexOf('Mark dpo-contact as not applicable (suppression comment)'));
      const text2 = applyAction(doc, fm);
      assert.strictEqual(text2, `---\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n\n${DRAFT}`);
      await client.change(uri, 2, text2);
      const d2 = await client.diagnostics(uri, 2);
      assert.deepStrictEqual(byRule(d2.diagnostics, 'dpo-contact'), []);
      assert.deepStrictEqual(d2.diagnostics.filter((d) => d.range.start.line < 4), [], 'nothing is reported on the front matter');
      let cov = await coverageOf(client, uri);
      assert.deepStrictEqual(cov.get('dpo-contact'), { ...cov.get('dpo-contact'), state: 'not-applicable', detail: REASON });

      // A second rule goes into the same map.
      const doc2 = TextDocument.create(uri, 'markdown', 2, text2);
      const fm2 = find(await actionsFor(client, uri, byRule(d2.diagnostics, 'right-to-erasure')[0]), /front matter/);
      const text3 = applyAction(doc2, fm2);
      assert.ok(text3.startsWith(`---\nnot-applicable:\n  dpo-contact: "${REASON}"\n  right-to-erasure: "${REASON}"\n---\n\n# Privacy Policy`), text3);
      assert.strictEqual(text3.slice(text3.indexOf('# Privacy Policy')), DRAFT, 'the draft itself is untouched');
      await client.change(uri, 3, text3);
      const d3 = await client.diagnostics(uri, 3);
      assert.deepStrictEqual(byRule(d3.diagnostics, 'right-to-erasure'), []);
      cov = await coverageOf(client, uri);
      for (const rule of ['dpo-contact', 'right-to-erasure']) assert.strictEqual(cov.get(rule)?.detail, REASON, rule);
      assert.strictEqual(cov.get('right-to-erasure')?.state, 'not-applicable');
    });

    it('adds the key to front matter that has none, and offers nothing of the kind for a defect', async () => {
      const client = await start(PLAIN);
      const text = `---\ntitle: Kilnworks privacy\nlayout: legal\n---\n${DRAFT}`;
      const { uri, diags, doc } = await openDraft(client, text);
      const fm = find(await actionsFor(client, uri, byRule(diags, 'dpo-contact')[0]), /front matter/);
      const out = applyAction(doc, fm);
      assert.strictEqual(out, `---\ntitle: Kilnworks privacy\nlayout: legal\nnot-applicable:\n  dpo-contact: "${REASON}"\n---\n${DRAFT}`);
      assert.deepStrictEqual(parse(out).frontMatter?.errors, []);
      assert.deepStrictEqual(parse(out).frontMatter?.data.title, 'Kilnworks privacy');
      // A defect is silenced on its line; front matter does not apply to it.
      const shield = await actionsFor(client, uri, byRule(diags, 'obsolete-transfer-mechanism')[0]);
      assert.ok(shield.some((a) => /next line/.test(a.title)));
      assert.ok(!shield.some((a) => /front matter/.test(a.title)), shield.map((a) => a.title).join(' | '));
    });

    it('with snippetEditSupport, the reason is a tab stop; what the author types is the reason shown', async () => {
      const client = await start(SNIPPETS);
      const text = `---\nnot-applicable: {eu-representative: "we are established in the EU"}\n---\n${DRAFT}`;
      const { uri, diags, doc } = await openDraft(client, text);
      const fm = find(await actionsFor(client, uri, byRule(diags, 'dpo-contact')[0]), /front matter/);
      const [e] = editsOf(fm);
      assert.ok(isSnippet(e));
      assert.strictEqual(e.snippet.value, `, dpo-contact: "\${1:${REASON}}"`);
      const typed = 'we are a studio of four people and process no special category data at scale';
      const out = applyAction(doc, fm, { 1: typed });
      assert.ok(out.startsWith(`---\nnot-applicable: {eu-representative: "we are established in the EU", dpo-contact: "${typed}"}\n---\n`), out);
      await client.change(uri, 2, out);
      const d2 = await client.diagnostics(uri, 2);
      assert.deepStrictEqual(byRule(d2.diagnostics, 'dpo-contact'), []);
      const cov = await coverageOf(client, uri);
      assert.strictEqual(cov.get('dpo-contact')?.state, 'not-applicable');
      assert.strictEqual(cov.get('dpo-contact')?.detail, typed);
      // The suppression comment's reason is a tab stop too.
      const comment = find(await actionsFor(client, uri, byRule(d2.diagnostics, 'right-to-erasure')[0]), /suppression comment/);
      const [c] = editsOf(comment);
      assert.ok(isSnippet(c));
      assert.strictEqual(c.snippet.value, '<!-- privacylint-disable right-to-erasure -- not applicable: ${1:explain why} -->\n');
    });
  });

  describe('clause wording per regime', () => {
    it('under the UK GDPR alone, the complaint right names the ICO; under the GDPR, a supervisory authority', async () => {
      const uk = await start(PLAIN, { initializationOptions: { settings: { regimes: ['uk-gdpr'] } } });
      const eu = await start(PLAIN, { initializationOptions: { settings: { regimes: ['gdpr'] } } });
      const u = await openDraft(uk);
      const e = await openDraft(eu);
      const ukEdit = editsOf(find(await actionsFor(uk, u.uri, byRule(u.diags, 'right-to-complain')[0]), /^Insert clause/))[0] as TextEdit;
      const euEdit = editsOf(find(await actionsFor(eu, e.uri, byRule(e.diags, 'right-to-complain')[0]), /^Insert clause/))[0] as TextEdit;
      assert.match(ukEdit.newText, /^\n {2}- Complaints: you have the right to lodge a complaint with the Information Commissioner's Office \(ICO\)/);
      assert.match(ukEdit.newText, /ico\.org\.uk.*\(UK GDPR Art\. 77\)/);
      assert.doesNotMatch(ukEdit.newText, /country where you live/);
      assert.match(euEdit.newText, /supervisory authority, in particular in the country where you live/);
      assert.doesNotMatch(euEdit.newText, /ICO|Information Commissioner/);
      // The UK wording also satisfies the UK rule that asks for the ICO.
      await uk.change(u.uri, 2, TextDocument.applyEdits(u.doc, [ukEdit]));
      const after = await uk.diagnostics(u.uri, 2);
      assert.deepStrictEqual(byRule(after.diagnostics, 'right-to-complain'), []);
      assert.deepStrictEqual(byRule(after.diagnostics, 'uk-complaint-ico'), []);
    });
  });
});
