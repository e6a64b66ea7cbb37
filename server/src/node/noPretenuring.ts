/**
 * Allocation-site pretenuring off, as `--no-allocation-site-pretenuring` on the command line does, for whoever starts
 * the server with plain `node` (Neovim, Helix, Emacs). With it on, V8 learns that the objects of an analysis's parse
 * tree outlive a young-generation collection and allocates them straight into the old generation, which then fills
 * on every few keystrokes and is collected in full (docs/performance.md, eighth session). V8 reads the flag when it
 * decides, so setting it at run time takes effect: 200 edits of a 100 KB draft under plain `node`, p95 26.0-28.9 ->
 * 17.3-23.1 ms (three runs each, interleaved; twelfth session).
 */
import { setV8FlagUnlessGiven } from './v8Flag';

setV8FlagUnlessGiven('--no-allocation-site-pretenuring');
