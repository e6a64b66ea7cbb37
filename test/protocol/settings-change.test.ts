/**
 * Settings that change while the server is still fetching them. The client here holds back each
 * workspace/configuration answer until the test releases it, so the order the race needs is forced: the answer
 * with the old settings arrives after the change was announced. Neither the diagnostics nor a request's answer may
 * then carry the old settings, whichever answer comes first.
 */
import * as assert from 'assert';
import { byRule, ensureBuilt, TestClient } from '../helpers/lsp';

const BODY = [
  '# Privacy Notice',
  '',
  'Last updated: 2 March 2026',
  '',
  'Quayside Bikes Ltd rents bicycles by the hour. We keep the name and phone number of each customer for the length of a rental, so that we can reach them if a bike is not returned.',
  '',
  '## Contact',
  '',
  'Quayside Bikes Ltd, 9 Harbour Row, Bristol BS1 4RN. Email: hello@quayside.example.',
  '',
].join('\n');

const OLD = { rules: { 'dpo-contact': 'info' }, regimes: ['gdpr', 'ccpa'] };
const NEW = { rules: { 'dpo-contact': 'error' }, regimes: ['gdpr'] };
const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

interface Held {
  release: (settings: unknown) => void;
}

describe('language server: settings that change while they are being fetched', function () {
  this.timeout(30_000);
  let client: TestClient;
  /** workspace/configuration requests not answered yet, oldest first. */
  let held: Held[];
  const uri = 'file:///privacylint-test/quayside/privacy.md';

  before(() => ensureBuilt());
  beforeEach(async () => {
    held = [];
    client = TestClient.start();
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      new Promise((resolve) => held.push({ release: (s) => resolve(params.items.map(() => s)) })),
    );
    await client.initialize({ capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
  });
  afterEach(() => client.stop());

  const lastFor = () => client.for(uri).at(-1);
  const dpoSeverity = () => {
    const d = byRule(lastFor()?.diagnostics ?? [], 'dpo-contact');
    return d.length ? SEVERITY[d[0].severity!] : 'none';
  };
  /** Polls: a request arriving from the server is not a notification, so it does not wake client.waitUntil. */
  const poll = async (pred: () => boolean, what: string) => {
    const end = Date.now() + 10_000;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('the old answer arriving first is neither published as final nor cached for the new settings', async () => {
    await client.open(uri, BODY, 1);
    await poll(() => held.length >= 1, 'the first settings request');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await poll(() => held.length >= 2, 'the settings request after the change');
    held[0].release(OLD);
    await client.sync();
    held[1].release(NEW);
    await client.diagnostics(uri, 1);
    await client.sync();
    await client.waitUntil(() => dpoSeverity() !== 'none', 'dpo-contact published');
    assert.strictEqual(dpoSeverity(), 'error', `published in order: ${client.for(uri).map((p) => SEVERITY[byRule(p.diagnostics, 'dpo-contact')[0]?.severity ?? 0]).join(', ')}`);
    // A request answers from the cache: it holds the new settings' results.
    const cov = await client.request<{ regimes: string[] }>('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [uri] });
    assert.deepStrictEqual(cov.regimes, NEW.regimes);
  });

  it('a request waiting on the old answer fetches the settings again and answers with the new ones', async () => {
    await client.open(uri, BODY, 1);
    await poll(() => held.length >= 1, 'the first settings request');
    const coverage = client.request<{ regimes: string[] }>('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [uri] });
    await client.sync(); // the coverage request now waits on the first, held answer
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await poll(() => held.length >= 2, 'the settings request after the change');
    held[0].release(OLD);
    await client.sync();
    held[1].release(NEW);
    assert.deepStrictEqual((await coverage).regimes, NEW.regimes);
    await client.waitUntil(() => dpoSeverity() !== 'none', 'dpo-contact published');
    assert.strictEqual(dpoSeverity(), 'error');
  });
});
