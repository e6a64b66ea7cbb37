/**
 * extensionTestsPath entry (what @vscode/test-electron and code-server's "payload" load): runs suite.js with mocha inside
 * the extension host and writes mocha's JSON report to $PRIVACYLINT_API_RESULT, because code-server does not pass the
 * extension host's exit code on.
 */
import Mocha from 'mocha';
import * as path from 'node:path';

export function run(): Promise<void> {
  const output = process.env.PRIVACYLINT_API_RESULT;
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    ...(output ? { reporter: 'json', reporterOptions: { output } } : { reporter: 'spec' }),
  });
  mocha.addFile(path.join(__dirname, 'suite.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} API test(s) failed`)) : resolve()));
  });
}
