/** The EU-U.S. Data Privacy Framework notice elements, checked when the policy claims participation. */
import type { RuleDefinition } from '../../core/rule';
import participationAndList from './participation-and-list';
import commitment from './commitment';
import recourse from './recourse';
import enforcement from './enforcement';
import arbitration from './arbitration';
import lawfulAccess from './lawful-access';
import onwardTransferLiability from './onward-transfer-liability';

export const dpfRules: RuleDefinition[] = [participationAndList, commitment, recourse, enforcement, arbitration, lawfulAccess, onwardTransferLiability];
