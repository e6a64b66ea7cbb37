/** UK GDPR specifics: where the UK regime differs from the EU GDPR in what the notice must say. */
import type { RuleDefinition } from '../../core/rule';
import complaintIco from './complaint-ico';
import transferTools from './transfer-tools';

export const ukRules: RuleDefinition[] = [complaintIco, transferTools];
