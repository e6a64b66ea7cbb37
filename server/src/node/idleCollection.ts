/**
 * A young-generation collection in the pause after diagnostics are published.
 *
 * An analysis of a 100 KB draft allocates about 3 MB, nearly all of it garbage once its results are sent. Left alone,
 * V8 collects the young generation when it fills: every second keystroke or so, in the middle of an analysis, where
 * it must copy that analysis's live objects (2-8 ms added to that keystroke's round trip), and what it copies is
 * promoted, so full collections come sooner. Collected in the pause after publishing (1.5-2 ms, off the keystroke's
 * path), the young generation is empty when the next analysis starts and an analysis runs without a collection
 * (docs/performance.md, eleventh session).
 *
 * V8 collects on demand only through the `gc` function of `--expose-gc`: the global one when the flag is on the
 * command line (the VS Code client passes it), otherwise the flag is set here and the function read from a new
 * context, as V8 installs it in contexts made after the flag is set. Not under Electron without the flag: its
 * embedder may freeze V8's flags, and a late change to frozen flags aborts the process (see v8Flag.ts).
 */

import { setV8FlagUnlessGiven } from './v8Flag';

type Collect = (options: { type: 'minor' | 'major' }) => void;

function exposedCollector(): Collect | undefined {
  const global = (globalThis as { gc?: Collect }).gc;
  if (typeof global === 'function') return global;
  if (process.versions.electron) return undefined;
  setV8FlagUnlessGiven('--expose-gc');
  // Loaded only here: with the flag on the command line (the VS Code client) the module is not needed at start-up.
  const fromContext: unknown = (require('vm') as typeof import('vm')).runInNewContext('typeof gc === "function" ? gc : undefined');
  return typeof fromContext === 'function' ? (fromContext as Collect) : undefined;
}

/**
 * A function to call after each publication: it schedules one young-generation collection for when the current
 * work is done (calls before it runs share it). Undefined when this process cannot collect on demand.
 */
export function idleYoungCollection(collect: Collect | undefined = exposedCollector()): (() => void) | undefined {
  if (!collect) return undefined;
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      collect({ type: 'minor' });
    });
  };
}
