/** Builds a data-subject-right rule from its data: the wording that grants the right and the clause that states it. */
import { defineRule, type HoverText, type RuleDefinition } from '../core/rule';
import type { Citation, RegimeId } from '../core/types';
import { RIGHTS_FRAME, RIGHTS_SECTION } from './cues';
import { evidence, holds, holdsPair, sectionUnder } from './sentences';
import type { Section, Sentence } from '../core/parse';

/** The sentence names the reader or the people concerned, or addresses the reader directly (imperative). */
const PERSON = /\b(?:you|your|yours|data subjects?|individuals?|users?|consumers?|people|persons?|residents?|members?|visitors?|parents?|guardians?|please|contact us|let us know|write to us|e-?mail us|ask us|tell us|requests? (?:for|to|from)|by (?:calling|contacting|e-?mailing|writing to|visiting|logging in|signing in))\b/i;

/** A citation can only name a GDPR article where the law itself is named: one test per sentence, shared by every rule. */
const NAMES_GDPR = /GDPR|DSGVO|RGPD|General Data Protection Regulation/i;
const gdprNamed = new WeakMap<Sentence[], Uint8Array>();

/** Per sentence (by index), whether it names the GDPR: computed once per document. */
export function sentencesNamingGdpr(ss: Sentence[]): Uint8Array {
  let flags = gdprNamed.get(ss);
  if (!flags) {
    flags = new Uint8Array(ss.length);
    for (let i = 0; i < ss.length; i++) flags[i] = NAMES_GDPR.test(ss[i].text) ? 1 : 0;
    gdprNamed.set(ss, flags);
  }
  return flags;
}

/** "Article 15 GDPR", "Art. 15(1) of the GDPR", "GDPR Art. 15": a citation names the right on its own. */
export function gdprArticle(nums: string): RegExp {
  const n = `(?:${nums})(?!\\d)(?:\\s?\\(\\d{1,2}\\))?(?:\\s?\\(?[a-f]\\))?`;
  const law = '(?:EU |UK )?(?:GDPR|DSGVO|RGPD|General Data Protection Regulation)';
  return new RegExp(`\\b(?:Art(?:icle|s?\\.)?|§)\\s?${n}\\s?(?:of (?:the )?)?${law}|\\b${law},? (?:Art(?:icle|s?\\.)?|§)\\s?${n}`, 'i');
}

export interface RightSpec {
  id: string;
  title: string;
  citations: Citation[];
  /** Wording that names the right. */
  cue: RegExp;
  /** When false, the cue alone suffices (it cannot mean anything but the right). */
  needsFrame: boolean;
  /** The GDPR article(s) granting the right, as a pattern ('15', '7\\s?\\(3\\)'): a citation names the right without a frame. */
  article?: string;
  /** Other wording that names the right without a frame even when needsFrame is true. */
  strongCue?: RegExp;
  /** Sentences that match the cue but do not grant the right. */
  notCue?: RegExp;
  /** A test over the whole sentence for what a pattern cannot say (e.g. a cue without some other word). */
  reject?: (text: string, isHeading: boolean) => boolean;
  /** Wording that grants the right across two consecutive sentences of one paragraph (e.g. "You can close your account. Your data is then deleted."). */
  pairCue?: RegExp;
  missing: string;
  hover: HoverText;
  clause: string;
  regimes?: RegimeId[];
}

export function rightRule(spec: RightSpec): RuleDefinition {
  const article = spec.article ? gdprArticle(spec.article) : undefined;
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
      // The cheap cue tests come first: `reject` (often a rewrite of the sentence) only runs on a sentence that
      // could count. Five pieces of evidence are all the outcome keeps, so the search stops there.
      const hits: Sentence[] = [];
      const ss = ctx.doc.sentences;
      const namesGdpr = article ? sentencesNamingGdpr(ss) : undefined;
      for (let i = 0; i < ss.length; i++) {
        const s = ss[i];
        const strong =
          !s.heading && ((!!namesGdpr && namesGdpr[i] === 1 && article!.test(s.text)) || (!!spec.strongCue && holds(spec.strongCue, s)));
        if (!strong && !holds(spec.cue, s)) continue;
        if (spec.reject && spec.reject(s.text, s.heading !== null)) continue;
        if (!strong && !cueCounts(spec, s)) continue;
        hits.push(s);
        if (hits.length === EVIDENCE) break;
      }
      if (!hits.length && spec.pairCue) {
        for (let i = 0; i + 1 < ss.length; i++) {
          if (ss[i].block && ss[i].block === ss[i + 1].block && holdsPair(spec.pairCue, ss[i], ss[i + 1], `${ss[i].text.replace(SENTENCE_END, '')}; ${ss[i + 1].text}`)) {
            hits.push(ss[i]);
            break;
          }
        }
      }
      if (hits.length) return { state: 'satisfied', evidence: evidence(hits, EVIDENCE) };
      return { state: 'missing', message: spec.missing };
    },
  });
}

const EVIDENCE = 5;
/** A sentence's closing punctuation, dropped when two sentences are joined with a semicolon. */
const SENTENCE_END = /[.!?]\s*$/;

/** A sentence whose cue matched (and was not rejected) grants the right when it also passes these tests. */
function cueCounts(spec: RightSpec, s: Sentence): boolean {
  if (spec.notCue && holds(spec.notCue, s)) return false;
  const inRights = inRightsSection(s.section);
  // A right belongs to a person: the sentence names the reader or the people concerned.
  if (!inRights && !holds(PERSON, s)) return false;
  return !spec.needsFrame || inRights || holds(RIGHTS_FRAME, s);
}

function inRightsSection(sec: Section | null): boolean {
  return sectionUnder(sec, RIGHTS_SECTION.heading, 4);
}
