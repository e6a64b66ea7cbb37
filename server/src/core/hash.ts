/** A cheap fingerprint of a text, so that a fix computed for one text is refused on another. */
/** FNV-1a over the UTF-16 code units. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The fingerprint of `text` for its fixes: the length now, the hash on first read. Only applyFix reads the hash;
 * the language server never does (it checks document versions), so a keystroke does not pay for a pass over the text.
 * An ordinary enumerable property to JSON and to deep equality.
 */
export function textBase(text: string): { readonly length: number; readonly hash: number } {
  let hash: number | undefined;
  return Object.defineProperty({ length: text.length }, 'hash', { enumerable: true, get: () => (hash ??= textHash(text)) }) as { length: number; hash: number };
}
