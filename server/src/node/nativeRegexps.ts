/**
 * Compiles every regular expression straight to native code, as `--no-regexp-tier-up` on the command line does, for
 * whoever starts the server or the CLI with plain `node` (Neovim, Helix, CI). By default V8 first runs a pattern in
 * its bytecode interpreter and compiles it later, on whatever text it meets then; in a run over the corpus some
 * whole-document scans stayed 20 to 50 times slower than compiled (docs/performance.md, ninth session).
 * Imported first by each entry point, so that it runs before any pattern is used. V8 reads the flag when it compiles
 * a pattern, so setting it at run time takes effect.
 *
 * Left alone when the flag is already on the command line (the VS Code client passes it) and under Electron: an
 * embedder that freezes V8's flags aborts the process on a late change, and no exception can be caught there.
 * Node itself keeps them unfrozen so that `v8.setFlagsFromString` works.
 */
const FLAG = '--no-regexp-tier-up';

// Loaded only when used: the module costs start-up time in every process, and the client's command line makes it unneeded.
if (!process.execArgv.includes(FLAG) && !process.versions.electron) (require('v8') as typeof import('v8')).setFlagsFromString(FLAG);

// A module (its names are its own), imported for its effect.
export {};
