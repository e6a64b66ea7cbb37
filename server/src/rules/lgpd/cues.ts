/** Links shared by the LGPD rules. */
import type { Citation } from '../../core/types';

export const LGPD_URL = 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm';
export const lgpd = (article: string): Citation => ({ label: `LGPD Art. ${article}`, url: LGPD_URL });
