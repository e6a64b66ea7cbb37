/**
 * A pattern's test on a sentence, skipped where the sentence lacks the words the pattern needs (core/regexGate): the
 * rules and the regime inference ask most patterns of most sentences, and nearly all of them fail.
 */
import type { Sentence } from './parse';
import { oneSet, requiredWords, type WordGate } from './regexGate';
import { hasSentence } from './wordIndex';

/**
 * Checks that every sentence `holds` skipped really fails its pattern (throws otherwise). Tests switch it on to
 * prove that skipping changes no result; it costs the time the skipping saves.
 */
export const holdsAudit = { on: false };

/** Per pattern, the words it needs (null: none known). The answers per document live with the document. */
const gates = new WeakMap<RegExp, WordGate | null>();

/**
 * `re.test(s.text)`, without running the pattern on a sentence that lacks the words the pattern needs (see
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
  const bits = s.words.gate(re, gateOf);
  return bits === null || hasSentence(bits, s.index);
}

function gateOf(re: RegExp): WordGate | null {
  let gate = gates.get(re);
  if (gate === undefined) gates.set(re, (gate = re.global || re.sticky ? null : requiredWords(re)));
  return gate;
}

/** Per pattern, one prefix set that every text it matches holds a word of (null: none known). */
const anyWordGates = new WeakMap<RegExp, readonly string[] | null>();

/**
 * False when `re` cannot match a text made of the words of two sentences of one document (`a` and `b` joined): a
 * gate of one prefix set, as the words the pattern needs may be split between the two.
 */
function mayHoldEither(re: RegExp, a: Sentence, b: Sentence): boolean {
  let set = anyWordGates.get(re);
  if (set === undefined) {
    const gate = gateOf(re);
    anyWordGates.set(re, (set = gate ? oneSet(gate) : null));
  }
  if (set === null) return true;
  const bits = a.words.holding(set);
  return hasSentence(bits, a.index) || hasSentence(bits, b.index);
}

/** `re.test(text)` for a text made of the words of sentences `a` and `b` (joined), skipped where they lack the words `re` needs. */
export function holdsPair(re: RegExp, a: Sentence, b: Sentence, text: string): boolean {
  if (!mayHoldEither(re, a, b)) {
    if (holdsAudit.on && re.test(text)) throw new Error(`holdsPair(${re}) skipped a matching passage: ${text}`);
    return false;
  }
  return re.test(text);
}
