/** Sentence helpers shared by every rule: filtering, the next sentence, headings above, evidence spans. */
import type { Section, Sentence } from '../core/parse';
import type { RuleContext } from '../core/rule';
import type { Span } from '../core/types';
import { holds, holdsPair } from '../core/holds';

export { holds, holdsAudit, holdsPair, mayHold } from '../core/holds';

export type SentenceTest = RegExp | ((s: Sentence) => boolean);

const asTest = (t: SentenceTest) => (typeof t === 'function' ? t : (s: Sentence) => holds(t, s));

/** Sentences (headings excluded unless `headings` is true) that pass the test. */
export function sentencesWhere(ctx: RuleContext, test: SentenceTest, headings = false): Sentence[] {
  const f = asTest(test);
  return ctx.doc.sentences.filter((s) => (headings || !s.heading) && f(s));
}

/** The first `n` sentences in document order (headings excluded unless `headings` is true) that pass the test: the search stops there. */
export function firstSentencesWhere(ctx: RuleContext, test: SentenceTest, n: number, headings = false): Sentence[] {
  const f = asTest(test);
  const out: Sentence[] = [];
  for (const s of ctx.doc.sentences) {
    if (out.length >= n) break;
    if ((headings || !s.heading) && f(s)) out.push(s);
  }
  return out;
}

/**
 * Body sentences that state a thing or list it under its heading, merged in document order (a sentence that does
 * both counts twice, as in a merge of the two lists); the search stops at `n`.
 */
export function statedOrListed(ctx: RuleContext, stated: (s: Sentence) => boolean, listed: (s: Sentence) => boolean, n: number): Sentence[] {
  const all: Sentence[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    if (stated(s)) all.push(s);
    if (all.length < n && listed(s)) all.push(s);
    if (all.length >= n) break;
  }
  return all;
}

const positions = new WeakMap<Sentence[], Map<Sentence, number>>();

/** The sentence after `s` in document order (constant time after the first call per document). */
export function nextSentence(ss: Sentence[], s: Sentence): Sentence | undefined {
  let m = positions.get(ss);
  if (!m) {
    m = new Map(ss.map((x, i) => [x, i]));
    positions.set(ss, m);
  }
  const i = m.get(s);
  return i === undefined ? undefined : ss[i + 1];
}

/** The sentence and the next one of the same block, joined: a statement often runs over two sentences. */
export function withNext(ctx: RuleContext, s: Sentence): string {
  const n = nextSentence(ctx.doc.sentences, s);
  return n && n.block && n.block === s.block ? `${s.text} ${n.text}` : s.text;
}

/**
 * `re.test(withNext(ctx, s))`, skipped where the two sentences together lack the words the pattern needs (the joined
 * text's words are theirs).
 */
export function holdsWithNext(ctx: RuleContext, re: RegExp, s: Sentence): boolean {
  const n = nextSentence(ctx.doc.sentences, s);
  const next = n && n.block && n.block === s.block ? n : undefined;
  return next ? holdsPair(re, s, next, `${s.text} ${next.text}`) : holds(re, s);
}

type SectionLike = Pick<Section, 'heading' | 'parent'>;

/** The section, or one of its ancestors (up to `depth` sections in all), has a heading matching `re`. */
export function sectionUnder(section: SectionLike | null, re: RegExp, depth = 4): boolean {
  let s: SectionLike | null = section;
  for (let d = 0; s && d < depth; d++) {
    if (s.heading && re.test(s.heading.text)) return true;
    s = s.parent;
  }
  return false;
}

/** How many passages a satisfied disclosure keeps as evidence: rules may stop searching once they have these. */
export const EVIDENCE = 3;

/** Up to `n` evidence spans. */
export function evidence(ss: Sentence[], n = EVIDENCE): Span[] {
  return ss.slice(0, n).map((s) => s.span);
}
