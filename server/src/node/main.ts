#!/usr/bin/env node
/** privacylint-ls: the language server for Node (stdio, node-ipc or socket, as the client chooses). */
import './nativeRegexps';
import './noPretenuring';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { findConfigFile, readConfigFile } from '../config/configFile';
import { startServer } from '../lsp/server';
import { idleYoungCollection } from './idleCollection';

if (process.argv.includes('--version')) {
  process.stdout.write('privacylint-ls 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help')) {
  process.stdout.write('Usage: privacylint-ls --stdio | --node-ipc | --socket=PORT\nThe PrivacyLint language server. Configure your editor to start it with --stdio.\n');
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

startServer(connection, {
  afterPublish: idleYoungCollection(),
  configFileSettings(uri) {
    if (!uri.startsWith('file:')) return null;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return null;
    }
    const found = findConfigFile(path.dirname(file));
    return found ? { ...readConfigFile(found), uri: pathToFileURL(found).href } : null;
  },
});
