/** The Brazilian LGPD disclosures (Lei 13.709/2018, Art. 9, 18 and 41). */
import type { RuleDefinition } from '../../core/rule';
import rights from './rights';
import encarregado from './encarregado';
import sharedUse from './shared-use';
import complaintAnpd from './complaint-anpd';

export const lgpdRules: RuleDefinition[] = [rights, complaintAnpd, encarregado, sharedUse];
