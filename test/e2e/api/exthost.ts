/**
 * Runs the API suite inside code-server's Node extension host: the workbench URL's "payload" carries
 * extensionDevelopmentPath (the project root, i.e. the built client/out + server/out) and extensionTestsPath, the way
 * VS Code's own test runner passes them. Verified with code-server 4.100.3 (on 4.139 the dev extension is not loaded).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectLogs, outputChannelTail, startCodeServer, type CodeServer } from '../codeServer';
import { EXT_DIR, launchBrowser, makeWorkspace, type BrowserContext, type Deps } from '../deps';
import { readResult, TESTS_PATH, type ApiResult } from './common';

export async function runApiInCodeServer(deps: Deps, scratch: string, artifacts: string): Promise<ApiResult> {
  const ws = makeWorkspace(scratch);
  const resultFile = path.join(scratch, 'api-result.json');
  let cs: CodeServer | undefined;
  let ctx: BrowserContext | undefined;
  let ok = false;
  try {
    cs = await startCodeServer({
      bin: deps.codeServerBin,
      node: deps.codeServerNode,
      root: path.join(scratch, 'code-server'),
      workspace: ws,
      env: { PRIVACYLINT_API_RESULT: resultFile },
      // The client's output channel then holds every LSP message (the client logs its trace at level trace):
      // what a failure needs to be understood.
      settings: { 'privacylint.trace.server': 'verbose' },
      logLevel: 'trace',
    });
    const html = await (await fetch(`${cs.url}/?folder=${encodeURIComponent(ws)}`)).text();
    const auth = /&quot;remoteAuthority&quot;:&quot;([^&]*)&quot;/.exec(html)?.[1];
    if (!auth) throw new Error('remoteAuthority not found in the workbench page');
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${auth}${EXT_DIR}`],
      ['extensionTestsPath', `vscode-remote://${auth}${TESTS_PATH}`],
    ];
    const browser = await launchBrowser(deps, path.join(scratch, 'chrome'));
    ctx = browser.ctx;
    await browser.page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const end = Date.now() + 120_000;
    while (!fs.existsSync(resultFile) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    if (!fs.existsSync(resultFile)) {
      fs.mkdirSync(artifacts, { recursive: true });
      await browser.page.screenshot({ path: path.join(artifacts, 'FAILED-api-no-result.png') }).catch(() => undefined);
      throw new Error('the extension host wrote no test result within 120 s (is the dev extension loaded? see the exthost log)');
    }
    await new Promise((r) => setTimeout(r, 300)); // the reporter writes the file in one go; let it finish
    const result = readResult(resultFile);
    ok = result.failed === 0;
    return result;
  } finally {
    if (!ok && cs) {
      collectLogs(cs, path.join(artifacts, 'api-code-server'));
      console.log(outputChannelTail(cs, 'PrivacyLint', 120) || '  (no PrivacyLint output channel log)');
    }
    await ctx?.close().catch(() => undefined);
    await cs?.stop();
  }
}
