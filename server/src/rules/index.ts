/** The catalogue: one file per requirement. Order here is the order of the coverage view. */
import type { RuleDefinition } from '../core/rule';
import controllerContact from './controller-contact';
import dpoContact from './dpo-contact';
import rightOfAccess from './right-of-access';
import rightToRectification from './right-to-rectification';
import rightToErasure from './right-to-erasure';
import rightToRestriction from './right-to-restriction';
import rightToPortability from './right-to-portability';
import rightToObject from './right-to-object';
import rightToWithdrawConsent from './right-to-withdraw-consent';
import rightToComplain from './right-to-complain';
import transferSafeguards from './transfer-safeguards';
import obsoleteTransferMechanism from './obsolete-transfer-mechanism';
import lastUpdated from './last-updated';
import staleLastUpdated from './stale-last-updated';
import unfilledPlaceholder from './unfilled-placeholder';

export const catalogue: readonly RuleDefinition[] = [
  controllerContact,
  dpoContact,
  rightOfAccess,
  rightToRectification,
  rightToErasure,
  rightToRestriction,
  rightToPortability,
  rightToObject,
  rightToWithdrawConsent,
  rightToComplain,
  transferSafeguards,
  obsoleteTransferMechanism,
  lastUpdated,
  staleLastUpdated,
  unfilledPlaceholder,
];

const ids = new Set<string>();
for (const r of catalogue) {
  if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
  ids.add(r.id);
}

export function ruleById(id: string): RuleDefinition | undefined {
  return catalogue.find((r) => r.id === id);
}
