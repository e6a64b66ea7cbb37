import { defineRule, type DefectReport, type PassageNote } from '../core/rule';
import { holds } from './sentences';

/** Privacy Shield / Safe Harbor, with the usual qualifiers ("EU-U.S.", "Swiss-U.S.", "Framework"). */
const MECHANISM = /(?:(?:the )?(?:EU|E\.U\.|U\.S\.|US|Swiss|United States)[- \u2010-\u2014](?:U\.S\.|US|EU|E\.U\.|Swiss|United States)[- \u2010-\u2014])?(?:Privacy Shield|Safe Harbou?r)(?: (?:Framework|Principles|Program(?:me)?|List))?/gi;
/** Only the decision numbers identify the repealed clauses: "model clauses" is also a name for the 2021 clauses. */
const OLD_SCC = /\b(?:2001\/497\/EC|2004\/915\/EC|2010\/87\/EU)\b/gi;
const SAFE_HARBOR_CONTEXT = /\b(?:EU|E\.U\.|U\.S\.|Swiss|Europe\w*|Framework|Principles|Department of Commerce|self-certif\w*|certif\w*|transfer\w*|personal data)\b/i;
/** The sentence speaks of the mechanism as history, not as something relied on today. */
const HISTORIC = /invalidat\w*|\binvalid\b|struck down|no longer|\bannull?\w*|\bceased\b|\breplac\w*|\bsuccessor\b|\bformerly\b|\bpreviously\b|\bprior to\b|\bused to\b|Schrems|Court of Justice|\bCJEU\b|\bECJ\b|\bjudgment\b|\bruling\b|\bruled\b|\bterminated\b|\bsuperseded\b|\bexpired\b|\bwithdrawn\b|\brepealed\b|\bwas (?:declared )?invalid|\bdecision of the\b|\bnot (?:\w+ ){0,2}rel(?:y|ying|ies) on\b|\bno longer rel\w*/i;

const NOT_RELIED = /\b(?:not (?:\w+ ){0,2}rel(?:y|ying|ies) on|no longer (?:\w+ ){0,2}rel\w* on|do(?:es)? not (?:\w+ ){0,2}rely)\b/i;

const SHIELD_MSG = 'Privacy Shield is no longer a valid transfer mechanism: the Court of Justice invalidated it on 16 July 2020 (Schrems II, C-311/18). Rely on the EU-U.S. Data Privacy Framework (only if the recipient is certified), standard contractual clauses (Implementing Decision (EU) 2021/914) or another Art. 46 safeguard.';
const HARBOR_MSG = 'Safe Harbor is no longer a valid transfer mechanism: the Court of Justice invalidated it on 6 October 2015 (Schrems I, C-362/14). Rely on the EU-U.S. Data Privacy Framework (only if the recipient is certified), standard contractual clauses (Implementing Decision (EU) 2021/914) or another Art. 46 safeguard.';
const SCC_MSG = 'These are the pre-2021 standard contractual clauses (Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU), repealed by Implementing Decision (EU) 2021/914: not usable for new contracts since 27 September 2021 and for any transfer since 27 December 2022. Refer to the 2021 clauses.';

/** The Swiss variant of the mechanism. */
const SWISS = /swiss/i;
/** A framework's own words: "Framework", "Principles", "Program", "List". */
const FRAMEWORK_WORD = /framework|principles|program|list/i;
/** The EU-U.S. variant, named by its first word. */
const EU_US_LEAD = /^(?:the )?(?:EU|E\.U\.|U\.S\.|US|United States)/i;

/**
 * A cheap necessary condition for MECHANISM or OLD_SCC in a sentence: each name holds " Shield" or " Harbo" after a
 * space, each decision number "/497/", "/915/" or "/87/". Those start words, so the word gate (rules/sentences.ts)
 * runs this test only on the few sentences that hold such a word.
 */
const MECHANISM_HINT = / (?:shield|harbo)|\/(?:497|915|87)\//i;
/** Safe Harbor (or Harbour) rather than Privacy Shield. */
const HARBOR = /harbou?r/i;
/** A capital letter. */
const CAPITAL = /[A-Z]/;
/** A leading "the " before the mechanism's name. */
const LEADING_THE = /^the /i;
/** The mechanism's name in its proper capitals. */
const MECHANISM_NAME = /Privacy Shield|Safe Harbou?r/;

function replacementFor(words: string): string {
  if (SWISS.test(words)) return 'Swiss-U.S. Data Privacy Framework';
  if (FRAMEWORK_WORD.test(words) || EU_US_LEAD.test(words)) return 'EU-U.S. Data Privacy Framework';
  return 'Data Privacy Framework';
}

export default defineRule({
  id: 'obsolete-transfer-mechanism',
  title: 'Obsolete transfer mechanism',
  kind: 'defect',
  regimes: ['gdpr', 'uk-gdpr', 'ccpa', 'dpf', 'lgpd'],
  citations: [
    { label: 'CJEU C-311/18 (Schrems II), 16 Jul 2020', url: 'https://curia.europa.eu/juris/liste.jsf?num=C-311/18' },
    { label: 'CJEU C-362/14 (Schrems I), 6 Oct 2015', url: 'https://curia.europa.eu/juris/liste.jsf?num=C-362/14' },
    { label: 'Implementing Decision (EU) 2021/914', url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj' },
    { label: 'Implementing Decision (EU) 2023/1795 (DPF)', url: 'https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj' },
  ],
  defaultSeverity: 'error',
  hover: {
    summary: 'The policy relies on a transfer mechanism that no longer exists: Safe Harbor (invalid since 6 Oct 2015, C-362/14), Privacy Shield (invalid since 16 Jul 2020, C-311/18) or the pre-2021 standard contractual clauses (repealed by Decision (EU) 2021/914).',
    why: 'A transfer based on an invalid mechanism has no legal basis, and the notice misinforms people about how their data is protected abroad.',
    good: 'Name a current mechanism: the EU-U.S. Data Privacy Framework (valid since 10 July 2023, Decision (EU) 2023/1795; only for certified recipients; an appeal is pending), the 2021 standard contractual clauses, binding corporate rules, or an Art. 49 derogation. A sentence that says Privacy Shield was invalidated is fine.',
  },
  check(ctx) {
    const defects: DefectReport[] = [];
    const notes: PassageNote[] = [];
    const text = ctx.doc.prose;
    // One finding per paragraph: a draft built around Privacy Shield needs one rewrite per passage, not one per mention.
    const reportedIn = new Set<unknown>();
    // A section that says the mechanism is not relied on any more covers every mention in it.
    const notRelied = new Set<unknown>();
    for (const s of ctx.doc.sentences) if (holds(NOT_RELIED, s)) notRelied.add(s.section);
    for (const s of ctx.doc.sentences) {
      if (!holds(MECHANISM_HINT, s)) continue;
      // A heading names a topic; the sentences under it say whether the mechanism is relied on.
      if (s.heading) continue;
      const raw = text.slice(s.span.start, s.span.end);
      const historic = holds(HISTORIC, s) || notRelied.has(s.section);
      const unit = s.block ?? s.heading;
      let reported = reportedIn.has(unit);
      for (const m of raw.matchAll(MECHANISM)) {
        const span = { start: s.span.start + m.index!, end: s.span.start + m.index! + m[0].length };
        const harbor = HARBOR.test(m[0]);
        if (!CAPITAL.test(m[0].replace(LEADING_THE, '')[0]) && !MECHANISM_NAME.test(m[0])) continue;
        if (harbor && !holds(SAFE_HARBOR_CONTEXT, s)) continue;
        if (historic) {
          notes.push({ span, note: `Mentioned as history, so not a finding. ${harbor ? 'Safe Harbor was invalidated on 6 October 2015 (C-362/14).' : 'Privacy Shield was invalidated on 16 July 2020 (C-311/18).'}` });
          continue;
        }
        if (reported) continue;
        reported = true;
        reportedIn.add(unit);
        const words = m[0].replace(LEADING_THE, '');
        const at = { start: span.start + (m[0].length - words.length), end: span.end };
        const newText = replacementFor(words);
        defects.push({ span: at, message: harbor ? HARBOR_MSG : SHIELD_MSG, replacement: { title: `Replace with "${newText}"`, newText } });
      }
      for (const m of raw.matchAll(OLD_SCC)) {
        const span = { start: s.span.start + m.index!, end: s.span.start + m.index! + m[0].length };
        if (historic) {
          notes.push({ span, note: 'Pre-2021 standard contractual clauses, mentioned as history: not a finding.' });
          continue;
        }
        defects.push({ span, message: SCC_MSG, replacement: { title: 'Refer to the 2021 standard contractual clauses', newText: 'standard contractual clauses adopted by the European Commission in Implementing Decision (EU) 2021/914' } });
      }
    }
    return { state: 'defects', defects, notes };
  },
});
