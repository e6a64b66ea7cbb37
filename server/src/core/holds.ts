/**
 * A pattern's test on a sentence, skipped where the sentence lacks the words the pattern needs (core/regexGate): the
 * rules and the regime inference ask most patterns of most sentences, and nearly all of them fail.
 */
import type { Sentence } from './parse';
import { requiredPrefixes } from './regexGate';

/**
 * Checks that every sentence `holds` skipped really fails its pattern (throws otherwise). Tests switch it on to
 * prove that skipping changes no result; it costs the time the skipping saves.
 */
export const holdsAudit = { on: false };

/** Per pattern, the word prefixes it needs (null: none known). The answers per document live with the document. */
const gates = new WeakMap<RegExp, readonly string[] | null>();

/**
 * `re.test(s.text)`, without running the pattern on a sentence that lacks every word the pattern needs (see
 * core/regexGate): most sentences of a policy fail most cues, and a word lookup is far cheaper than a failed match.
 * A pattern with the g or y flag keeps state between calls, so it is always run.
 */
export function holds(re: RegExp, s: Sentence): boolean {
  if (!mayHold(re, s)) {
    if (holdsAudit.on && re.test(s.text)) throw new Error(`holds(${re}) skipped a matching sentence: ${s.text}`);
    return false;
  }
  return re.test(s.text);
}

/**
 * False when `re` cannot match the sentence's text, nor any text made from it by deleting whole words or blanking
 * characters (its words are the sentence's words): a rule can then skip its own rewriting of the sentence.
 */
export function mayHold(re: RegExp, s: Sentence): boolean {
  const flags = s.words.gate(re, prefixesOf);
  return flags === null || flags[s.index] === 1;
}

function prefixesOf(re: RegExp): readonly string[] | null {
  let prefixes = gates.get(re);
  if (prefixes === undefined) gates.set(re, (prefixes = re.global || re.sticky ? null : requiredPrefixes(re)));
  return prefixes;
}

