/** Builds a data-subject-right rule from its data: the wording that grants the right and the clause that states it. */
import { defineRule, type HoverText, type RuleDefinition } from '../core/rule';
import type { Citation, RegimeId } from '../core/types';
import { RIGHTS_FRAME, RIGHTS_SECTION, spanOf } from './cues';

const PERSON = /\b(?:you|your|yours|data subjects?|individuals?|users?|consumers?|people|persons?|residents?|members?|visitors?)\b/i;

export interface RightSpec {
  id: string;
  title: string;
  citations: Citation[];
  /** Wording that names the right. */
  cue: RegExp;
  /** When false, the cue alone suffices (it cannot mean anything but the right). */
  needsFrame: boolean;
  /** Sentences that match the cue but do not grant the right. */
  notCue?: RegExp;
  missing: string;
  hover: HoverText;
  clause: string;
  regimes?: RegimeId[];
}

export function rightRule(spec: RightSpec): RuleDefinition {
  return defineRule({
    id: spec.id,
    title: spec.title,
    kind: 'disclosure',
    regimes: spec.regimes ?? ['gdpr', 'uk-gdpr', 'lgpd'],
    citations: spec.citations,
    defaultSeverity: 'warning',
    section: RIGHTS_SECTION,
    hover: spec.hover,
    clause: { text: spec.clause },
    check(ctx) {
      const hits = ctx.doc.sentences.filter((s) => {
        if (!spec.cue.test(s.text) || (spec.notCue && spec.notCue.test(s.text))) return false;
        const inRights = inRightsSection(s.section);
        // A right belongs to a person: the sentence names the reader or the people concerned.
        if (!inRights && !PERSON.test(s.text)) return false;
        return !spec.needsFrame || inRights || RIGHTS_FRAME.test(s.text);
      });
      if (hits.length) return { state: 'satisfied', evidence: spanOf(hits.slice(0, 5)) };
      return { state: 'missing', message: spec.missing };
    },
  });
}

function inRightsSection(sec: { heading: { text: string } | null; parent: unknown } | null): boolean {
  let s = sec as { heading: { text: string } | null; parent: unknown } | null;
  for (let depth = 0; s && depth < 4; depth++) {
    if (s.heading && RIGHTS_SECTION.heading.test(s.heading.text)) return true;
    s = s.parent as typeof s;
  }
  return false;
}
