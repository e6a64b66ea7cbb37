/** Clause wording per regime: the catalogue's clauses are written for the EU GDPR; the UK GDPR names its own. */
import type { RuleDefinition } from './rule';
import type { RegimeId } from './types';

/**
 * UK GDPR wording of the complaint right: the UK has one supervisory authority, the Information Commissioner,
 * and no "country where you live" to choose from.
 */
export const UK_COMPLAINT_CLAUSE =
  "Complaints: you have the right to lodge a complaint with the Information Commissioner's Office (ICO), the UK supervisory authority for data protection, at https://ico.org.uk/make-a-complaint/ (UK GDPR Art. 77).";

/**
 * The clause a rule inserts for the regimes checked. The catalogue has one wording per rule, written for the EU
 * GDPR; when the only regime among the rule's own that is checked is the UK GDPR, the clause names the ICO (the
 * complaint right) and cites the UK GDPR instead of the EU regulation.
 */
export function clauseForRegimes(rule: Pick<RuleDefinition, 'id' | 'regimes' | 'clause'>, regimes: readonly RegimeId[]): string | null {
  const text = rule.clause?.text;
  if (!text) return null;
  const mine = rule.regimes.filter((r) => regimes.includes(r));
  if (mine.length !== 1 || mine[0] !== 'uk-gdpr') return text;
  if (rule.id === 'right-to-complain') return UK_COMPLAINT_CLAUSE;
  return text.replace(/(?<!\bUK |\bEU )\bGDPR\b/g, 'UK GDPR');
}
