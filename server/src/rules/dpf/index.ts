/** The EU-U.S. Data Privacy Framework notice elements, checked when the policy claims participation. */
import type { RuleDefinition } from '../../core/rule';
import participationAndList from './participation-and-list';
import commitment from './commitment';
import recourse from './recourse';
import enforcement from './enforcement';
import arbitration from './arbitration';
import lawfulAccess from './lawful-access';
import onwardTransferLiability from './onward-transfer-liability';
import dataTypes from './data-types';
import purposes from './purposes';
import contact from './contact';
import thirdParties from './third-parties';
import access from './access';
import choices from './choices';

/** In the order of the Notice Principle's elements (i) to (xiii). */
export const dpfRules: RuleDefinition[] = [
  participationAndList,
  dataTypes,
  commitment,
  purposes,
  contact,
  thirdParties,
  access,
  choices,
  recourse,
  enforcement,
  arbitration,
  lawfulAccess,
  onwardTransferLiability,
];
