/**
 * Allocation-site pretenuring off, as `--no-allocation-site-pretenuring` on the command line does, for whoever starts
 * the server with plain `node` (Neovim, Helix, Emacs). With it on, V8 learns that the objects of an analysis's parse
 * tree outlive a young-generation collection and allocates them straight into the old generation, which then fills
 * on every few keystrokes and is collected in full (docs/performance.md, eighth session). V8 reads the flag when it
 * decides, so setting it at run time takes effect: 200 edits of a 100 KB draft under plain `node`, p95 26.0-28.9 ->
 * 17.3-23.1 ms (three runs each, interleaved; twelfth session).
 *
 * Left alone when the flag is on the command line (the VS Code client passes it) and under Electron, for the reason
 * given in nativeRegexps.ts.
 */
const FLAG = '--no-allocation-site-pretenuring';

// Loaded only when used, as in nativeRegexps.ts.
if (!process.execArgv.includes(FLAG) && !process.versions.electron) (require('v8') as typeof import('v8')).setFlagsFromString(FLAG);

// A module (its names are its own), imported for its effect.
export {};
