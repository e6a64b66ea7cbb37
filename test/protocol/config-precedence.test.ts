/**
 * Configuration precedence, every layer in one place, in the language server (over the protocol) and in the CLI:
 *   defaults < editor settings (`privacylint.*`, via workspace/configuration) < .privacylintrc.json (the nearest one
 *   found upward from the document; a file further up is not merged with it) < the document's front matter
 *   (`regimes`, `not-applicable`) ; suppression comments silence as well.
 * One rule (dpo-contact) gets a severity at every layer that has severities; front matter has none, so at that
 * layer it marks the rule not applicable. Regimes follow the same ladder. Whenever no editor setting is involved,
 * the CLI reports the same findings and coverage as the server.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { byRule, CLI_JS, ensureBuilt, TestClient } from '../helpers/lsp';

function localIsoDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A repair café's notice: no DPO, no restriction right. */
const BODY = [
  '# Privacy Notice',
  '',
  `Last updated: ${localIsoDate()}`,
  '',
  'Mendwell Repair Café Ltd fixes small appliances on Saturdays. We keep the name and phone number of each visitor who leaves an item with us, so that we can call when it is ready.',
  '',
  '## Your rights',
  '',
  '- You can ask us for a copy of your details.',
  '- You can ask us to correct or delete them.',
  '',
  '## Contact',
  '',
  'Mendwell Repair Café Ltd, 3 Forge Yard, Norwich NR1 1AA. Email: hello@mendwell.example.',
  '',
].join('\n');

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

interface CliFinding {
  rule: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
}

function key(f: CliFinding): string {
  const r = f.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${f.severity} ${f.rule} ${f.message}`;
}

function fromServer(diags: Diagnostic[]): string[] {
  return diags.map((d) => key({ rule: String(d.code), severity: SEVERITY[d.severity!], message: String(d.message), range: d.range })).sort();
}

function cli(file: string, extra: string[] = []): { findings: string[]; coverage: Map<string, string>; raw: CliFinding[] } {
  const r = spawnSync(process.execPath, [CLI_JS, '--format', 'json', '--hints', ...extra, file], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `cli exit ${r.status}: ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as { findings: CliFinding[]; coverage: { rule: string; state: string }[] }[];
  return { findings: result.findings.map(key).sort(), coverage: new Map(result.coverage.map((c) => [c.rule, c.state])), raw: result.findings };
}

describe('configuration precedence: defaults < editor settings < .privacylintrc.json (nearest) < front matter', function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;
  /** What the client answers to workspace/configuration for section privacylint. */
  let editorSettings: Record<string, unknown> = {};

  before(() => {
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-precedence '));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  beforeEach(async () => {
    editorSettings = {};
    client = TestClient.start();
    client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'privacylint' ? editorSettings : null)),
    );
    await client.initialize({ capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
  });
  afterEach(() => client.stop());

  it('sets dpo-contact\'s severity at every layer; the highest layer wins, in the server and in the CLI', async () => {
    const team = path.join(root, 'legal', 'team');
    fs.mkdirSync(team, { recursive: true });
    const parentRc = path.join(root, 'legal', '.privacylintrc.json');
    const nearestRc = path.join(team, '.privacylintrc.json');
    const file = path.join(team, 'privacy.md');
    fs.writeFileSync(file, BODY);
    const uri = pathToFileURL(file).href;

    let version = 1;
    await client.open(uri, BODY, version);
    let diags = (await client.diagnostics(uri, version)).diagnostics;
    /** Waits for the diagnostics the server publishes after `trigger`. */
    const republished = async (trigger: () => Promise<void>) => {
      const mark = client.published.length;
      await trigger();
      diags = (await client.diagnostics(uri, version, mark)).diagnostics;
    };
    const settingsChanged = () => republished(() => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
    const filesChanged = (changed: string) => republished(() => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(changed).href, type: 1 }] }));
    const dpo = () => {
      const d = byRule(diags, 'dpo-contact');
      return d.length ? SEVERITY[d[0].severity!] : 'none';
    };
    const coverage = () =>
      client.request<{ regimes: string[]; regimeSource: string; coverage: { rule: string; state: string; detail?: string }[] }>('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [uri] });
    /** The CLI on the file as it is on disk: the same findings and coverage states as the server. */
    const sameInCli = async (extra: string[] = []) => {
      const c = cli(file, extra);
      assert.deepStrictEqual(c.findings, fromServer(diags), 'the CLI reports what the server reports');
      const cov = await coverage();
      assert.deepStrictEqual(c.coverage, new Map(cov.coverage.map((e) => [e.rule, e.state])), 'the same coverage');
      return c;
    };

    // 0. Defaults: the catalogue's severity, regimes inferred from the text.
    assert.strictEqual(dpo(), 'warning');
    assert.strictEqual(SEVERITY[byRule(diags, 'right-to-restriction')[0].severity!], 'warning');
    assert.notStrictEqual((await coverage()).regimeSource, 'options');
    await sameInCli();

    // 1. Editor settings beat the defaults.
    editorSettings = { rules: { 'dpo-contact': 'info' }, regimes: ['gdpr'] };
    await settingsChanged();
    assert.strictEqual(dpo(), 'info');
    assert.deepStrictEqual(await coverage().then((c) => [c.regimes, c.regimeSource]), [['gdpr'], 'options']);
    // The CLI does not read editor settings: it still has the default.
    assert.strictEqual(cli(file).raw.find((f) => f.rule === 'dpo-contact')?.severity, 'warning');

    // 2. A .privacylintrc.json above the document beats the editor settings (rule by rule: what it does not set
    //    keeps the editor's value).
    fs.writeFileSync(parentRc, JSON.stringify({ rules: { 'dpo-contact': 'error', 'right-to-restriction': 'hint' }, regimes: ['gdpr', 'ccpa'] }));
    await filesChanged(parentRc);
    assert.strictEqual(dpo(), 'error');
    assert.strictEqual(SEVERITY[byRule(diags, 'right-to-restriction')[0].severity!], 'hint');
    assert.deepStrictEqual((await coverage()).regimes, ['gdpr', 'ccpa']);
    await sameInCli();

    // 3. The nearest .privacylintrc.json wins over the one further up, which then does not apply at all.
    fs.writeFileSync(nearestRc, JSON.stringify({ rules: { 'dpo-contact': 'hint' }, regimes: ['gdpr', 'uk-gdpr'] }));
    await filesChanged(nearestRc);
    assert.strictEqual(dpo(), 'hint');
    assert.strictEqual(SEVERITY[byRule(diags, 'right-to-restriction')[0].severity!], 'warning', 'the parent file is not merged');
    assert.deepStrictEqual((await coverage()).regimes, ['gdpr', 'uk-gdpr']);
    assert.ok(byRule(diags, 'uk-complaint-ico').length === 1, 'the UK rule runs under the nearest file\'s regimes');
    await sameInCli();
    // The CLI's --regime overrides the file's regimes; an explicit --config replaces the upward search.
    assert.strictEqual(cli(file, ['--regime', 'gdpr']).coverage.get('uk-complaint-ico'), 'not-applicable');
    assert.strictEqual(cli(file).coverage.get('uk-complaint-ico'), 'missing');
    assert.strictEqual(cli(file, ['--config', parentRc]).raw.find((f) => f.rule === 'dpo-contact')?.severity, 'error');

    // 4. Front matter beats every file and setting: regimes, and not-applicable (front matter sets no severities).
    const reason = 'fewer than 250 staff and no large-scale monitoring';
    const withFront = `---\nregimes: [gdpr]\nnot-applicable:\n  dpo-contact: "${reason}"\n---\n${BODY}`;
    fs.writeFileSync(file, withFront);
    await client.change(uri, ++version, withFront);
    diags = (await client.diagnostics(uri, version)).diagnostics;
    assert.strictEqual(dpo(), 'none');
    let cov = await coverage();
    assert.deepStrictEqual([cov.regimes, cov.regimeSource], [['gdpr'], 'front-matter']);
    const entry = cov.coverage.find((c) => c.rule === 'dpo-contact');
    assert.deepStrictEqual([entry?.state, entry?.detail], ['not-applicable', reason]);
    assert.deepStrictEqual(byRule(diags, 'uk-complaint-ico'), [], 'front-matter regimes beat the file\'s');
    await sameInCli();
    // Front matter beats the CLI's --regime flag too.
    assert.strictEqual(cli(file, ['--regime', 'uk-gdpr']).coverage.get('uk-complaint-ico'), 'not-applicable');

    // 5. A suppression comment silences as well; with both, the coverage keeps the front matter's reason.
    const withComment = withFront.replace('# Privacy Notice\n', '# Privacy Notice\n\n<!-- privacylint-disable dpo-contact -- reason in a comment -->\n');
    fs.writeFileSync(file, withComment);
    await client.change(uri, ++version, withComment);
    diags = (await client.diagnostics(uri, version)).diagnostics;
    assert.strictEqual(dpo(), 'none');
    cov = await coverage();
    assert.strictEqual(cov.coverage.find((c) => c.rule === 'dpo-contact')?.detail, reason);
    await sameInCli();
    // Without the front-matter entry, the comment's reason shows.
    const commentOnly = withComment.replace(`not-applicable:\n  dpo-contact: "${reason}"\n`, '');
    fs.writeFileSync(file, commentOnly);
    await client.change(uri, ++version, commentOnly);
    diags = (await client.diagnostics(uri, version)).diagnostics;
    assert.strictEqual(dpo(), 'none');
    assert.strictEqual((await coverage()).coverage.find((c) => c.rule === 'dpo-contact')?.detail, 'reason in a comment');
    await sameInCli();

    // Taking the layers away again steps back down the ladder.
    fs.writeFileSync(file, BODY);
    await client.change(uri, ++version, BODY);
    diags = (await client.diagnostics(uri, version)).diagnostics;
    assert.strictEqual(dpo(), 'hint');
    fs.rmSync(nearestRc);
    await filesChanged(nearestRc);
    assert.strictEqual(dpo(), 'error');
    fs.rmSync(parentRc);
    await filesChanged(parentRc);
    assert.strictEqual(dpo(), 'info');
    editorSettings = {};
    await settingsChanged();
    assert.strictEqual(dpo(), 'warning');
    await sameInCli();
  });
});
