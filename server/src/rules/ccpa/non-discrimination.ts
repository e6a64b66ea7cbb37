import { defineRule } from '../../core/rule';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

const DISCRIMINATE = /\bdiscriminat\w{0,6}\b|\bretaliat\w{0,6}\b|\b(?:deny|charge|provide|offer) (?:you )?(?:\w+ ){0,3}(?:different prices?|different rates?|a different (?:level|quality))/i;
/** The treatment is tied to using privacy rights: "we do not discriminate in hiring" is another promise. */
const FOR_RIGHTS = /\brights?\b|\bprivacy\b|\bCCPA\b|\bCPRA\b|\bexercis\w{0,4}\b|\brequests?\b|\bopt(?:s|ed|ing)?(?:-| )?out\b/i;
/** "Employees receive a separate notice": a pointer, not the statement the policy itself must make. */
const SEPARATE_NOTICE = /\b(?:separate|different|other|own|dedicated)\b[^.;]{0,20}\b(?:notices?|statements?|polic(?:y|ies))\b/i;
/** Retaliation, the word the workforce protection uses. */
const RETALIATE = /\bretaliat/i;
const WORKERS = /\bemployees?\b|\b(?:job )?applicants?\b|\bindependent contractors?\b|\bworkers?\b|\bstaff\b|\bcandidates?\b/i;

export default defineRule({
  id: 'ccpa-non-discrimination',
  title: 'CCPA: right to non-discrimination and non-retaliation',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.125'), ccr('7011(e)(2)(F)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'Say that you will not treat people worse (deny service, charge more, lower quality) because they used their privacy rights, and that you will not retaliate against employees, job applicants or independent contractors who use theirs.',
    why: 'Rights that cost you something are not used. Since the CPRA the protection covers the workforce too, and the regulations ask the policy to say so.',
    good: 'One sentence on non-discrimination for consumers and one on non-retaliation for employees, applicants and independent contractors.',
  },
  clause: { text: 'No discrimination: we will not treat you differently, for example by denying you services or charging you a different price, because you used your privacy rights, and we will not retaliate against employees, job applicants or independent contractors who use theirs.' },
  check(ctx) {
    const separate = sentencesWhere(ctx, (s) => holds(WORKERS, s) && holds(SEPARATE_NOTICE, s));
    const disc = sentencesWhere(ctx, (s) => holds(DISCRIMINATE, s) && holdsWithNext(ctx, FOR_RIGHTS, s));
    return decide({
      hits: disc.filter((s) => holdsWithNext(ctx, RETALIATE, s) && holdsWithNext(ctx, WORKERS, s)),
      partial: disc,
      partialMessage: `The policy promises not to discriminate against consumers who use their rights, but does not say that employees, job applicants and independent contractors will not be retaliated against.${separate.length ? ` It refers the workforce to a separate notice (line ${ctx.doc.lines.positionAt(separate[0].span.start).line + 1}), but the regulations ask the privacy policy itself to state their right.` : ''} Add it (Cal. Civ. Code §1798.125, 11 CCR §7011(e)(2)(F)).`,
      missing: 'The policy does not say that people will not be discriminated or retaliated against for using their privacy rights (Cal. Civ. Code §1798.125, 11 CCR §7011(e)(2)(F)).',
    });
  },
});
