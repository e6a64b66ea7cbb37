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
import controllerIdentity from './controller-identity';
import processingPurposes from './processing-purposes';
import legalBasis from './legal-basis';
import recipients from './recipients';
import retentionPeriod from './retention-period';
import automatedDecisionMaking from './automated-decision-making';
import childrensData from './childrens-data';
import statutoryRequirement from './statutory-requirement';
import dataCategories from './data-categories';
import dataSource from './data-source';
import euRepresentative from './eu-representative';
import { ccpaRules } from './ccpa';
import { dpfRules } from './dpf';
import { lgpdRules } from './lgpd';
import { ukRules } from './uk';
import vagueLanguage from './vague-language';
import longSentence from './long-sentence';

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
  vagueLanguage,
  longSentence,
  controllerIdentity,
  processingPurposes,
  legalBasis,
  recipients,
  retentionPeriod,
  automatedDecisionMaking,
  childrensData,
  statutoryRequirement,
  dataCategories,
  dataSource,
  euRepresentative,
  ...ukRules,
  ...ccpaRules,
  ...dpfRules,
  ...lgpdRules,
];

const ids = new Set<string>();
for (const r of catalogue) {
  if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
  ids.add(r.id);
}

export function ruleById(id: string): RuleDefinition | undefined {
  return catalogue.find((r) => r.id === id);
}
