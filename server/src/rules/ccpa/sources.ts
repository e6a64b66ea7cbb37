import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { CATEGORIES_SECTION, ccr, civ } from './cues';

const SOURCES_WORD = /\b(?:categories of sources|sources? (?:of|from which) (?:\w+ ){0,3}(?:personal )?(?:information|data)|(?:personal )?(?:information|data) (?:\w+ ){0,3}(?:comes?|obtained|collected|received|gathered) from (?:the following|these|several|various|a number of) (?:sources|places)|\bsources?:)/i;
const SOURCE_NOUN = /\bfrom (?:you\b|your (?:device|browser|use)|directly|(?:our )?(?:service providers|business partners|partners|advertising networks|data brokers|public (?:records|sources)|publicly available sources|social (?:media|networks)|third part(?:y|ies)|affiliates|other users|analytics providers))/gi;
/** "from", "from your", "from our" before a source noun: the rest names the source. */
const FROM_LEAD = /^from (?:your |our )?/;
const FROM =
  /\b(?:collect|collects|collected|obtain|obtains|obtained|receive|receives|received|gather|gathers|gathered|get|gets|come|comes|came|arrive|arrives|arrived)\b[^.;]{0,80}\bfrom (?:you\b|your (?:device|browser|use)|directly|(?:our )?(?:service providers|business partners|partners|advertising networks|data brokers|public (?:records|sources)|publicly available sources|social (?:media|networks)|third part(?:y|ies)|affiliates|other users|analytics providers))/i;

export default defineRule({
  id: 'ccpa-sources',
  title: 'CCPA: categories of sources',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.110', 'Cal. Civ. Code §1798.110(c)(2)'), civ('1798.130', 'Cal. Civ. Code §1798.130(a)(5)(B)(ii)'), ccr('7011(e)(1)(B)')],
  defaultSeverity: 'warning',
  section: CATEGORIES_SECTION,
  hover: {
    summary: 'Say where the personal information comes from: the person directly, their device, service providers, partners, data brokers, public records and so on.',
    why: 'People can only judge (and challenge) what you hold about them if they know which doors it came in through, especially data they never handed over themselves.',
    good: 'The categories of sources, ideally next to each category of information: "directly from you", "automatically from your device", "from advertising partners".',
  },
  clause: { text: 'Where the information comes from: we collect personal information directly from you, automatically from your device when you use our services, and from [[other categories of sources, e.g. payment processors or business partners]].' },
  check(ctx) {
    const named = sentencesWhere(ctx, SOURCES_WORD, true);
    const froms = sentencesWhere(ctx, FROM);
    const distinct = new Set<string>();
    for (const s of froms) for (const m of s.text.matchAll(SOURCE_NOUN)) distinct.add(m[0].toLowerCase().replace(FROM_LEAD, ''));
    const hits = named.length ? named : distinct.size >= 2 ? froms : [];
    return decide({
      hits,
      partial: froms,
      partialMessage: 'The policy names only one source of personal information. List every category of sources (directly from the consumer, from devices, from third parties, ...) (Cal. Civ. Code §1798.110(c)(2), 11 CCR §7011(e)(1)(B)).',
      missing: 'The policy does not say where the personal information comes from. List the categories of sources (Cal. Civ. Code §1798.110(c)(2), 11 CCR §7011(e)(1)(B)).',
    });
  },
});
