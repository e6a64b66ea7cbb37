/** The CCPA/CPRA disclosures of a privacy policy (Cal. Civ. Code §1798.100-.135, 11 CCR §7011). */
import type { RuleDefinition } from '../../core/rule';
import categoriesCollected from './categories-collected';
import sources from './sources';
import businessPurposes from './business-purposes';
import soldOrShared from './sold-or-shared';
import disclosedForBusinessPurpose from './disclosed-for-business-purpose';
import rightToKnow from './right-to-know';
import rightToDelete from './right-to-delete';
import rightToCorrect from './right-to-correct';
import rightToOptOut from './right-to-opt-out';
import rightToLimit from './right-to-limit';
import nonDiscrimination from './non-discrimination';
import requestMethods from './request-methods';
import authorizedAgent from './authorized-agent';
import doNotSellLink from './do-not-sell-link';
import retention from './retention';
import optOutPreferenceSignal from './opt-out-preference-signal';
import minors from './minors';
import sensitiveInformationUse from './sensitive-information-use';
import verification from './verification';
import thirdPartyCategories from './third-party-categories';

export const ccpaRules: RuleDefinition[] = [
  categoriesCollected,
  sources,
  businessPurposes,
  soldOrShared,
  minors,
  disclosedForBusinessPurpose,
  thirdPartyCategories,
  sensitiveInformationUse,
  rightToKnow,
  rightToDelete,
  rightToCorrect,
  rightToOptOut,
  rightToLimit,
  nonDiscrimination,
  requestMethods,
  verification,
  authorizedAgent,
  doNotSellLink,
  retention,
  optOutPreferenceSignal,
];
