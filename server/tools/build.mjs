// Bundles the client, the language server, the CLI and the importable core with esbuild.
// Usage: node server/tools/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Bundles hold only ASCII. esbuild escapes non-ASCII characters in strings but leaves them in regular expression
 * literals (our patterns have ’ and “): one character above U+00FF makes V8 keep the whole source, which it
 * holds for the life of the process, as a two-byte string (the server's 0.5 MB bundle took 1 MB of heap). A \uXXXX
 * escape means the same character in a string, a template, a pattern (with or without the u flag) and an identifier.
 * A backslash before such a character would turn the escape into a literal backslash: the build stops instead.
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      const escaped = /\\[^\0-\x7f]/.exec(text);
      if (escaped) throw new Error(`${file}: a backslash before a non-ASCII character at offset ${escaped.index}; write it as \\uXXXX in the source`);
      const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (ascii !== text) writeFileSync(file, ascii);
    });
  },
};

/**
 * Node modules the language server library requires as it loads, for functions the server never calls (crypto for
 * random pipe names, child_process to find global npm and yarn folders): each is loaded on first use instead, which
 * takes 4-7 ms off every start (crypto 3-5 ms, child_process 1-2 ms, each timed alone; docs/performance.md, twelfth
 * session).
 */
const LAZY_BUILTINS = /^(?:node:)?(crypto|child_process)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: LAZY_BUILTINS.exec(args.path)[1], namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });\n`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [lazyBuiltins, asciiOnly],
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
