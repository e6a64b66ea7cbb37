/**
 * The one parse tree the server keeps between requests: the last one parsed, for the outline, folding and
 * suppression requests that follow an edit, dropped once the editor has been quiet for a while.
 *
 * An analysis offers its tree, but the keeper takes it only for a document whose tree a request has asked for since
 * its previous analysis. While the author types, clients ask for the outline and folding after a pause, not after
 * every keystroke; a tree kept through the next keystroke's analysis lives long enough to be promoted to the old
 * generation, and those promotions (about 1 MB per keystroke on a 100 KB draft) set the pace of the full garbage
 * collections that make the slowest edits slow. A request that finds no tree parses the text again (about 1 ms per
 * 100 KB).
 */
import type { PolicyDocument } from '../core/parse';

/** How long the last tree is kept without a request that uses it. */
export const TREE_IDLE_MS = 5000;

export class TreeKeeper {
  private last: { uri: string; version: number; tree: PolicyDocument } | null = null;
  private drop: ReturnType<typeof setTimeout> | undefined;
  /** Documents whose tree a request asked for since their last analysis. */
  private readonly asked = new Set<string>();

  constructor(
    private readonly parse: (text: string) => PolicyDocument,
    private readonly idleMs = TREE_IDLE_MS,
  ) {}

  /** An analysis of this version is done: its tree is kept if requests have been asking for this document's. */
  analysed(uri: string, version: number, tree: PolicyDocument): void {
    if (this.asked.delete(uri)) this.keep(uri, version, tree);
  }

  /** The tree of this version of the document: the kept one, or one parsed now (and kept). */
  treeFor(uri: string, version: number, text: () => string): PolicyDocument {
    this.asked.add(uri);
    const last = this.last;
    return this.keep(uri, version, last && last.uri === uri && last.version === version ? last.tree : this.parse(text()));
  }

  /** Forget the document's tree (closed, or its settings changed); all trees when no URI is given. */
  forget(uri?: string): void {
    if (uri === undefined || this.last?.uri === uri) this.last = null;
    if (uri === undefined) this.asked.clear();
    else this.asked.delete(uri);
  }

  /** Whether a tree is kept for this version (for tests). */
  keeps(uri: string, version: number): boolean {
    return this.last !== null && this.last.uri === uri && this.last.version === version;
  }

  private keep(uri: string, version: number, tree: PolicyDocument): PolicyDocument {
    this.last = { uri, version, tree };
    if (this.drop) clearTimeout(this.drop);
    this.drop = setTimeout(() => (this.last = null), this.idleMs);
    this.drop.unref?.();
    return tree;
  }
}
