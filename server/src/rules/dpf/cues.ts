/** Wording and links shared by the Data Privacy Framework rules. Every pattern is bounded. */
import type { Sentence } from '../../core/parse';
import type { RuleContext, SectionTarget } from '../../core/rule';
import type { Citation } from '../../core/types';
import { nextSentence } from '../sentences';

export const DPF_URL = 'https://www.dataprivacyframework.gov/framework-article/II-Principles';
export const notice = (item: string): Citation => ({ label: `DPF Principles II.1.a(${item}) (Notice)`, url: DPF_URL });

export const DPF_SECTION: SectionTarget = { heading: /Data Privacy Framework|\bDPF\b|international|transfer/i, title: 'EU-U.S. Data Privacy Framework' };
export const DPF_NAME = /Data Privacy Framework|\bDPF\b/i;
export const PARTICIPATES = /\b(?:compl(?:y|ies)|complying|participat\w{0,6}|self-certif\w{0,8}|certif(?:y|ied|ies)|adheres?|committed to|commits to)\b[^;]{0,80}(?:Data Privacy Framework|\bDPF\b)/i;

/** The sentence and, when it continues in the same block, the next one: their joint span. */
export function spanWithNext(ctx: RuleContext, s: Sentence): { start: number; end: number } {
  const n = nextSentence(ctx.doc.sentences, s);
  return { start: s.span.start, end: n && n.block && n.block === s.block ? n.span.end : s.span.end };
}

/** Bodies other than the organisation: the recourse mechanism, regulators, the DPF website. Their addresses are not the organisation's. */
export const OTHER_BODY =
  /\bindependent (?:recourse|dispute)|\bdispute resolution\b|\barbitrat\w{0,5}\b|\bJAMS\b|\bBBB\b|\bICDR\b|\bAmerican Arbitration\b|\bTrustArc\b|\bdata protection authorit\w{0,4}\b|\bsupervisory authorit\w{0,4}\b|\bFederal Trade Commission\b|\bFTC\b|\bDepartment of (?:Transportation|Commerce)\b|dataprivacyframework\.gov/i;
/** A URL counts as a way to reach us when the sentence calls it a form or a page of ours. */
const OWN_FORM = /\b(?:contact|web|online|request|privacy|support|inquiry|enquiry|complaint)[- ](?:form|page|portal)\b|\bour (?:form|portal|website|site)\b/i;

/** The organisation's own email, phone or postal address (or its contact form) within the span, not a third body's. */
export function ownContactIn(ctx: RuleContext, span: { start: number; end: number }): boolean {
  const text = ctx.doc.prose.slice(span.start, span.end);
  if (OTHER_BODY.test(text)) return false;
  const f = ctx.facts;
  const inSpan = (l: { span: { start: number; end: number } }[]) => hasEntityIn(l, span);
  return inSpan(f.emails) || inSpan(f.phones) || inSpan(f.addresses) || (OWN_FORM.test(text) && inSpan(f.urls));
}

/** Is an entity of the list (sorted by start, as the entity finders return them) inside the span? Binary search: documents can hold thousands. */
export function hasEntityIn(list: { span: { start: number; end: number } }[], span: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].span.start < span.end; i++) if (list[i].span.end <= span.end) return true;
  return false;
}

/** A concrete way to reach the organisation in the sentence or the one after it. */
export function contactNear(ctx: RuleContext, s: Sentence): boolean {
  return ownContactIn(ctx, spanWithNext(ctx, s));
}

/** A specific use of the data (the same reading as the CCPA rule ccpa-business-purposes). What is used: personal information, not goods ("we use bubble wrap to protect your bike" states no purpose of processing). */
export const GENERIC_PURPOSE = /\b(?:legitimate |internal |general |our )?business purposes?\b|\bcommercial purposes?\b|\bpurposes? (?:described|set out|listed|stated|explained)\b|\bvarious purposes\b/i;
