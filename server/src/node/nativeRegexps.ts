/**
 * Compiles every regular expression straight to native code, as `--no-regexp-tier-up` on the command line does, for
 * whoever starts the server or the CLI with plain `node` (Neovim, Helix, CI). By default V8 first runs a pattern in
 * its bytecode interpreter and compiles it later, on whatever text it meets then; in a run over the corpus some
 * whole-document scans stayed 20 to 50 times slower than compiled (docs/performance.md, ninth session).
 * Imported first by each entry point, so that it runs before any pattern is used. V8 reads the flag when it compiles
 * a pattern, so setting it at run time takes effect.
 */
import { setV8FlagUnlessGiven } from './v8Flag';

setV8FlagUnlessGiven('--no-regexp-tier-up');
