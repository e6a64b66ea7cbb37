// Bundles the client, the language server, the CLI and the importable core with esbuild.
// Usage: node server/tools/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' },
  { entryPoints: ['server/src/core/index.ts'], outfile: 'server/out/core.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching...');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  for (const f of ['server/out/server.js', 'server/out/cli.js']) chmodSync(f, 0o755);
}
