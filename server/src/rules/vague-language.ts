import { defineRule, type DefectReport } from '../core/rule';
import type { Section } from '../core/parse';
import { mayHold } from './sentences';

/** Qualifiers that leave the reader guessing, each with what would make it concrete. */
const VAGUE: { re: RegExp; advice: string }[] = [
  { re: /\bincluding,? but not limited to\b/gi, advice: 'list what is actually included' },
  { re: /\bfrom time to time\b/gi, advice: 'say when or on what occasion' },
  { re: /\b(?:we|us|our \w+) may (?:also )?(?:collect|use|share|disclose|transfer|sell|process|retain|keep|combine|provide|send|store)\b/gi, advice: 'say whether you do it, and when' },
  { re: /\b(?:certain|some|various|other) (?:third parties|partners|affiliates|companies|information|data|personal data|purposes)\b/gi, advice: 'name them or their categories' },
  { re: /\b(?:for )?as long as (?:is )?(?:necessary|needed|required|reasonably necessary)\b/gi, advice: 'give the period or the criteria used to set it' },
];
/**
 * The patterns without the global flag, for the word gate: a sentence that lacks every word a pattern needs is
 * skipped. The rule reads the raw prose, whose words are the sentence's (normalising only swaps punctuation and spaces).
 */
const GATES = VAGUE.map(({ re }) => new RegExp(re.source, 'i'));
/** A section that gives a period or criteria makes "as long as necessary" concrete. */
const CONCRETE_RETENTION = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety) (?:days?|weeks?|months?|years?)\b|\bcriteria\b|\buntil (?:you|your|the)\b/i;
const AS_LONG_AS = /as long as/i;

export default defineRule({
  id: 'vague-language',
  title: 'Vague wording',
  kind: 'defect',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [{ label: 'GDPR Art. 12(1)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12' }],
  defaultSeverity: 'hint',
  hover: {
    summary: 'Qualifiers such as "may", "certain third parties", "including but not limited to", "from time to time" or "as long as necessary" without criteria leave readers unable to tell what actually happens.',
    why: 'Information must be concise, transparent and intelligible (Art. 12(1)); the EDPB transparency guidelines name these phrases as examples of wording that is not clear enough.',
    good: 'Say what you do, to whom and for how long: "We share your delivery address with our courier, Parcelco" instead of "we may share your data with certain partners".',
  },
  check(ctx) {
    const prose = ctx.doc.prose;
    // Whether a section gives a retention period, read once per section.
    const concrete = new Map<Section, boolean>();
    // Pattern by pattern, over the sentences holding its words only.
    const found: { defect: DefectReport; k: number }[] = [];
    VAGUE.forEach(({ re, advice }, k) => {
      for (const s of ctx.doc.sentences) {
        if (s.heading || !mayHold(GATES[k], s)) continue;
        const raw = prose.slice(s.span.start, s.span.end);
        // exec with the global flag, not matchAll: matchAll copies the pattern on every call.
        re.lastIndex = 0;
        for (let m = re.exec(raw); m; m = re.exec(raw)) {
          if (AS_LONG_AS.test(m[0])) {
            const sec = s.section;
            let c = concrete.get(sec);
            if (c === undefined) concrete.set(sec, (c = CONCRETE_RETENTION.test(prose.slice(sec.span.start, sec.span.end))));
            if (c) continue;
          }
          const start = s.span.start + m.index;
          found.push({ defect: { span: { start, end: start + m[0].length }, message: `Vague wording "${m[0]}": ${advice}.` }, k });
        }
      }
    });
    // In text order; at one position, in the order of VAGUE.
    found.sort((a, b) => a.defect.span.start - b.defect.span.start || a.k - b.k);
    return { state: 'defects', defects: found.map((x) => x.defect) };
  },
});
