/** Wording and links shared by the Data Privacy Framework rules. Every pattern is bounded. */
import type { SectionTarget } from '../../core/rule';
import type { Citation } from '../../core/types';

export const DPF_URL = 'https://www.dataprivacyframework.gov/framework-article/II-Principles';
export const notice = (item: string): Citation => ({ label: `DPF Principles II.1.a(${item}) (Notice)`, url: DPF_URL });

export const DPF_SECTION: SectionTarget = { heading: /Data Privacy Framework|\bDPF\b|international|transfer/i, title: 'EU-U.S. Data Privacy Framework' };
export const DPF_NAME = /Data Privacy Framework|\bDPF\b/i;
export const PARTICIPATES = /\b(?:compl(?:y|ies)|complying|participat\w{0,6}|self-certif\w{0,8}|certif(?:y|ied|ies)|adheres?|committed to|commits to)\b[^;]{0,80}(?:Data Privacy Framework|\bDPF\b)/i;
