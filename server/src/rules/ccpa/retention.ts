import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { ccr, civ } from './cues';
import { holds } from '../sentences';

const KEEP = /\b(?:retain|retains|retained|retention|keep|keeps|kept|store|stores|stored|hold|holds|delete|deleted|erase|erased)\b/i;
const PERIOD = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)(?:\s|-)(?:\(\d{1,3}\)\s)?(?:days?|weeks?|months?|years?)\b/i;
const CRITERIA = /\bcriteri(?:a|on)\b|\bfor (?:as long as|the (?:duration|life|length) of) (?:your|the) (?:account|contract|relationship|subscription)|\buntil (?:you|your account)\b[^.;]{0,40}\b(?:delete|close|cancel|ask)|\b(?:statute of limitations|limitation periods?|legal (?:retention )?(?:obligations|requirements))\b/i;
/** What is kept is personal information (records, files, it), not goods: "we store bikes for two weeks". */
const DATA = /\b(?:information|data|details|records?|files?|logs?|footage|recordings?|tickets?|agreements?|contracts?|accounts?|profiles?|copies|messages|emails?|history|backups?|it|them|this|these)\b/i;
const VAGUE = /\b(?:as long as (?:\w+ ){0,3}(?:necessary|needed|required|reasonably)|for (?:a|the) (?:reasonable|necessary|limited) (?:period|time))\b/i;

export default defineRule({
  id: 'ccpa-retention',
  title: 'CCPA: how long each category is kept',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.100', 'Cal. Civ. Code §1798.100(a)(3)'), ccr('7012(e)(4)')],
  defaultSeverity: 'warning',
  section: { heading: /\bretention\b|\bretain|\bhow long\b|\bkeep|\bstorage\b/i, title: 'How long we keep personal information' },
  hover: {
    summary: 'Say how long you keep each category of personal information (including sensitive personal information), or, where a fixed period is impossible, the criteria you use to decide.',
    why: 'Data kept forever is exposed forever; a stated period lets people and regulators hold you to it.',
    good: 'A period per category ("order records: 7 years for tax law"; "support chats: 12 months"), or concrete criteria such as the life of the account plus a stated time.',
  },
  clause: { text: 'How long we keep it: we keep [[category]] for [[period, e.g. 24 months after your last activity]], and [[another category]] for [[period]]. Where no fixed period applies we decide using these criteria: [[criteria, e.g. the life of your account and legal retention duties]].' },
  check(ctx) {
    const keep = sentencesWhere(ctx, (s) => holds(KEEP, s) && holds(DATA, s));
    return decide({
      hits: keep.filter((s) => holds(PERIOD, s) || holds(CRITERIA, s)),
      partial: keep.filter((s) => holds(VAGUE, s)),
      partialMessage: 'The policy keeps personal information "as long as necessary" without a period or criteria. Give the retention period for each category, or the criteria used to set it (Cal. Civ. Code §1798.100(a)(3), 11 CCR §7012(e)(4)).',
      missing: 'The policy does not say how long personal information is kept. Give the retention period for each category, or the criteria used to set it (Cal. Civ. Code §1798.100(a)(3), 11 CCR §7012(e)(4)).',
    });
  },
});
