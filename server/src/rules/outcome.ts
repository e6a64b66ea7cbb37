/** Small helpers for rules that decide from sentence cues: satisfied / partial / missing. Every pattern a caller passes must be bounded. */
import type { Sentence } from '../core/parse';
import type { Outcome, RuleContext } from '../core/rule';

export type SentenceTest = RegExp | ((s: Sentence) => boolean);

const asTest = (t: SentenceTest) => (typeof t === 'function' ? t : (s: Sentence) => t.test(s.text));

/** Sentences (headings excluded unless `headings` is true) that pass the test. */
export function sentencesWhere(ctx: RuleContext, test: SentenceTest, headings = false): Sentence[] {
  const f = asTest(test);
  return ctx.doc.sentences.filter((s) => (headings || !s.heading) && f(s));
}

export interface CueDecision {
  /** Sentences that satisfy the requirement. */
  hits: Sentence[];
  /** Sentences that go part of the way; used only when there is no hit. */
  partial?: Sentence[];
  partialMessage?: string;
  missing: string;
}

export function decide(d: CueDecision): Outcome {
  if (d.hits.length) return { state: 'satisfied', evidence: d.hits.slice(0, 3).map((s) => s.span) };
  if (d.partial && d.partial.length) {
    return { state: 'partial', message: d.partialMessage ?? d.missing, evidence: d.partial.slice(0, 3).map((s) => s.span), at: d.partial[0].span };
  }
  return { state: 'missing', message: d.missing };
}

/** The sentence and the one after it in the same block, joined: for cues that often span two sentences. */
const indexCache = new WeakMap<Sentence[], Map<Sentence, number>>();
export function withNext(ctx: RuleContext, s: Sentence): string {
  const ss = ctx.doc.sentences;
  let idx = indexCache.get(ss);
  if (!idx) {
    idx = new Map(ss.map((x, k) => [x, k]));
    indexCache.set(ss, idx);
  }
  const i = idx.get(s) ?? -1;
  const next = i >= 0 && i + 1 < ss.length && ss[i + 1].block && ss[i + 1].block === s.block ? ss[i + 1].text : '';
  return next ? `${s.text} ${next}` : s.text;
}

/** Does the section (or one of up to four ancestors) have a heading matching re? */
export function underHeading(s: Sentence, re: RegExp): boolean {
  let sec: Sentence['section'] | null = s.section;
  for (let depth = 0; sec && depth < 5; depth++) {
    if (sec.heading && re.test(sec.heading.text)) return true;
    sec = sec.parent;
  }
  return false;
}
