/** The Brazilian LGPD disclosures (Lei 13.709/2018, Art. 9, 18 and 41). */
import type { RuleDefinition } from '../../core/rule';
import rights from './rights';
import encarregado from './encarregado';
import sharedUse from './shared-use';

export const lgpdRules: RuleDefinition[] = [rights, encarregado, sharedUse];
