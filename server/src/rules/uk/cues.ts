/** Links shared by the UK GDPR rules. */
import type { Citation } from '../../core/types';

export const UK_GDPR_URL = 'https://www.legislation.gov.uk/eur/2016/679/contents';
export const ukGdpr = (article: string): Citation => ({ label: `UK GDPR Art. ${article}`, url: UK_GDPR_URL });
