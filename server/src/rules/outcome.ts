/** Small helpers for rules that decide from sentence cues: satisfied / partial / missing. Every pattern a caller passes must be bounded. */
import type { Sentence } from '../core/parse';
import type { Outcome } from '../core/rule';
import { sectionUnder } from './sentences';

export { firstSentencesWhere, holdsWithNext, sentencesWhere, withNext, type SentenceTest } from './sentences';

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

/** Does the sentence's section (or one of up to four ancestors) have a heading matching re? */
export function underHeading(s: Sentence, re: RegExp): boolean {
  return sectionUnder(s.section, re, 5);
}
