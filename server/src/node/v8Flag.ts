/**
 * Sets a V8 flag at run time for a process started without it (plain `node`: Neovim, Helix, CI), as the VS Code
 * client's command line sets it. Left alone when the command line has it, and under Electron: an embedder that freezes
 * V8's flags aborts the process on a late change, and no exception can be caught there. Node itself keeps them
 * unfrozen so that `v8.setFlagsFromString` works.
 */
export function setV8FlagUnlessGiven(flag: string): void {
  if (process.execArgv.includes(flag) || process.versions.electron) return;
  // Loaded only when used: the module costs start-up time, and the client's command line makes it unneeded.
  (require('v8') as typeof import('v8')).setFlagsFromString(flag);
}
