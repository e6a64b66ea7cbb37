/**
 * The server keeps full results for the few most recently used documents only (KEEP_RESULTS) and computes the
 * others' again when a request needs them. Over the real protocol, started with the V8 flags and environment the
 * VS Code client uses: a document whose results were dropped answers hover, code actions, coverage, symbols and
 * folding exactly as before, for the date its diagnostics were computed for (the test moves the server's clock),
 * and still refuses a fix computed for an older version.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { KEEP_RESULTS } from '../../server/src/lsp/server';
import serverEnv from '../../server/src/node/env.json';
import execArgv from '../../server/src/node/execArgv.json';
import { byRule, ensureBuilt, ROOT, SERVER_JS, TestClient } from '../helpers/lsp';

/** A draft last updated long ago (stale: the message counts the months up to today), without a DPO or erasure right. */
function policy(club: string): string {
  return [
    '# Privacy Policy',
    '',
    'Last updated: March 3, 2024',
    '',
    `${club} keeps a small amount of information about its members. This notice explains what we keep and why.`,
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
    `Write to the secretary of ${club} at secretary@club.example or at 4 Station Road, Leeds LS1 2AB.`,
    '',
  ].join('\n');
}

describe('language server: results dropped for documents not recently used', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  let clock: string;
  const setToday = (isoLocal: string) => fs.writeFileSync(clock, isoLocal);

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-cache '));
    clock = path.join(dir, 'clock.txt');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    setToday('2026-03-10T12:00:00');
    // The server inherits this environment: the clock file and what the VS Code client adds.
    const added: Record<string, string> = { ...serverEnv, PRIVACYLINT_TEST_CLOCK: clock };
    const saved = Object.keys(added).map((k) => [k, process.env[k]] as const);
    Object.assign(process.env, added);
    try {
      client = TestClient.start([...execArgv, '--require', path.join(ROOT, 'test', 'protocol', 'fakeClock.cjs'), SERVER_JS, '--stdio']);
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
  });

  const uri = (name: string) => `file:///privacylint-cache/${name}/privacy.md`;

  /** Opens more documents than the server keeps results for, so that every earlier one is dropped. */
  async function openOthers(): Promise<void> {
    const waits: Promise<PublishDiagnosticsParams>[] = [];
    for (let k = 0; k < KEEP_RESULTS + 2; k++) {
      const u = uri(`other-${k}`);
      await client.open(u, policy(`Club ${k}`));
      waits.push(client.diagnostics(u, 1));
    }
    await Promise.all(waits);
  }

  function codeActions(u: string, diags: Diagnostic[]): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diags[0].range, context: { diagnostics: diags } });
  }

  async function answers(u: string, diags: Diagnostic[]) {
    const at = (d: Diagnostic) => client.request('textDocument/hover', { textDocument: { uri: u }, position: d.range.start });
    const [stale] = byRule(diags, 'stale-last-updated');
    const [dpo] = byRule(diags, 'dpo-contact');
    assert.ok(stale && dpo, 'the draft has a stale date and no DPO');
    return {
      hoverStale: await at(stale),
      hoverDpo: await at(dpo),
      // A recognised passage (the rights sentence) and a heading: hovers that read passages and the parse tree.
      hoverPassage: await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 16, character: 10 } }),
      hoverHeading: await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 14, character: 5 } }),
      actions: await Promise.all(diags.map((d) => codeActions(u, [d]))),
      coverage: await client.request('workspace/executeCommand', { command: 'privacylint.coverage', arguments: [u] }),
      symbols: await client.request('textDocument/documentSymbol', { textDocument: { uri: u } }),
      folds: await client.request('textDocument/foldingRange', { textDocument: { uri: u } }),
    };
  }

  it('answers a dropped document exactly as before, for the date its diagnostics were computed for', async () => {
    const u = uri('first');
    const text = policy('Birchwood Cycling Club');
    await client.open(u, text);
    const v1 = await client.diagnostics(u, 1);
    const before = await answers(u, v1.diagnostics);
    assert.ok(before.hoverPassage && before.hoverHeading, 'the passage and the heading are explained');
    assert.ok(before.actions.every((a) => a.length > 0), 'every finding has actions');

    // Two months later: the document was not edited, its diagnostics still say what they said.
    setToday('2026-05-12T09:00:00');
    await openOthers();
    assert.deepStrictEqual(await answers(u, v1.diagnostics), before);

    // An edit is analysed for the new date: the stale message changes, so the comparison above could fail.
    await client.change(u, 2, `${text}\nWe review this notice every year.\n`);
    const v2 = await client.diagnostics(u, 2);
    const message = (p: PublishDiagnosticsParams) => byRule(p.diagnostics, 'stale-last-updated')[0].message;
    assert.notStrictEqual(message(v2), message(v1));
    assert.ok(client.alive);
  });

  it('still refuses a fix computed for an older version of a dropped document', async () => {
    const u = uri('stale');
    const text = policy('Birchwood Cycling Club');
    await client.open(u, text);
    const v1 = await client.diagnostics(u, 1);
    await client.change(u, 2, `${text}\nWe review this notice every year.\n`);
    const v2 = await client.diagnostics(u, 2);
    const [old] = byRule(v1.diagnostics, 'obsolete-transfer-mechanism');
    const [current] = byRule(v2.diagnostics, 'obsolete-transfer-mechanism');
    assert.deepStrictEqual(current.range, old.range, 'the edit is below the finding');
    const fresh = await codeActions(u, [current]);
    assert.ok(fresh.some((a) => a.isPreferred), 'the current diagnostic gets its fix');

    await openOthers();
    assert.deepStrictEqual(await codeActions(u, [old]), [], 'no action for the version 1 diagnostic');
    assert.deepStrictEqual(await codeActions(u, [current]), fresh);
  });
});
