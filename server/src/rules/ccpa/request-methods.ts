import type { Sentence } from '../../core/parse';
import { defineRule, type RuleContext } from '../../core/rule';
import { entitiesIn } from '../cues';
import { sentencesWhere, underHeading, withNext } from '../outcome';
import { CCPA_RIGHTS_SECTION, ccr, civ } from './cues';
import { holds } from '../sentences';

const REQUEST = /\b(?:delete|correct|access|know|opt[- ]?out)\b[^.;]{0,80}\b(?:at|by|via|through|clicking|calling|emailing|writing)\b[^.;]{0,40}(?:https?:|www\.|[a-z0-9-]{2,40}\.(?:org|com|net)\b|here\b|toll[- ]free|\d{3}[ .-]\d{4})|\b(?:submit|make|send|exercise|file)\b[^.;]{0,60}\b(?:requests?|rights?)\b|\brequests? (?:may|can|must) be (?:made|submitted|sent)\b|\b(?:to|you can|you may) (?:make|submit) (?:a|your) request\b/i;
const REQUEST_HEADING = /\brequests?\b|\bexercis\w{0,4}\b|\bhow to\b|\bsubmit/i;
const TOLL_FREE_WORD = /\btoll[- ]free\b/i;
const TOLL_FREE_NUMBER = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}/;
/** A toll-free number spelled with letters: "1-800-FLOWERS", "1-888-ACME CO" (capitals only). */
const TOLL_FREE_VANITY = /(?:^|[^\d])(?:1[ .-])?\(?8(?:00|33|44|55|66|77|88)\)?[ .-][A-Z0-9]{3,4}[ .-]?[A-Z0-9]{3,4}\b/;
/** Leading spaces and opening parentheses of a phone number as written. */
const LEADING_SPACE_OR_PAREN = /^[\s(]+/;
/** The phone entity as written may start with "(" or a space: "(1-800-555-0199)". */
const isTollFree = (phone: string) => TOLL_FREE_NUMBER.test(phone.replace(LEADING_SPACE_OR_PAREN, ''));
const PHONE_WORD = /\b(?:call|calling|phone|telephone)\b/i;
const WEB_WORD = /\b(?:web ?form|online form|request form|form (?:on|at|available)|privacy (?:portal|center|centre|request page)|portal|online at|through our (?:web ?site|app)|account settings|click(?:ing)? here|(?:request|form|portal) here|[a-z0-9-]{2,40}\.(?:org|com|net)\b)\b/i;
const EMAIL_WORD = /\be-?mail(?:ing)? (?:us|our)\b|\bby e-?mail\b/i;
const MAIL_WORD = /\bby (?:postal )?mail\b|\b(?:write|writing) to us\b|\bpostal address\b|\bin writing to\b/i;

type Method = 'toll-free number' | 'phone number' | 'web form' | 'email' | 'postal mail';

function methodsIn(ctx: RuleContext, s: Sentence, text: string): Set<Method> {
  const out = new Set<Method>();
  const span = { start: s.span.start, end: s.span.end + (text.length - s.text.length) };
  const phones = entitiesIn(ctx.facts.phones, span);
  if (TOLL_FREE_WORD.test(text) || TOLL_FREE_VANITY.test(text) || phones.some((p) => isTollFree(p.text))) out.add('toll-free number');
  else if (phones.length || PHONE_WORD.test(text)) out.add('phone number');
  if (entitiesIn(ctx.facts.urls, span).length || WEB_WORD.test(text)) out.add('web form');
  if (entitiesIn(ctx.facts.emails, span).length || EMAIL_WORD.test(text)) out.add('email');
  if (entitiesIn(ctx.facts.addresses, span).length || MAIL_WORD.test(text)) out.add('postal mail');
  return out;
}

export default defineRule({
  id: 'ccpa-request-methods',
  title: 'CCPA: two or more methods for submitting requests',
  kind: 'disclosure',
  regimes: ['ccpa'],
  citations: [civ('1798.130', 'Cal. Civ. Code §1798.130(a)(1)'), ccr('7011(e)(3)(A)')],
  defaultSeverity: 'warning',
  section: CCPA_RIGHTS_SECTION,
  hover: {
    summary: 'Give at least two ways to submit a request to know, delete or correct, one of them a toll-free phone number. A business that operates only online and deals with consumers directly may offer just an email address.',
    why: 'People must be able to exercise their rights without hunting for a channel; the toll-free number keeps the rights open to those who do not use the web.',
    good: '"Call us toll-free at 1-800-..., or use the request form at https://...". If you rely on the online-only exception, say so and give the email address.',
  },
  clause: { text: 'How to make a request: call us toll-free at [[toll-free number]] or use our request form at [[web address of the form]].' },
  check(ctx) {
    const candidates = sentencesWhere(ctx, (s) => holds(REQUEST, s) || underHeading(s, REQUEST_HEADING));
    const found = new Set<Method>();
    const evidence: Sentence[] = [];
    for (const s of candidates) {
      const m = methodsIn(ctx, s, withNext(ctx, s));
      if (m.size) evidence.push(s);
      for (const x of m) found.add(x);
    }
    const spans = evidence.slice(0, 3).map((s) => s.span);
    const list = [...found].join(', ');
    if (found.size >= 2 && found.has('toll-free number')) return { state: 'satisfied', evidence: spans };
    if (found.size === 0) {
      return { state: 'missing', message: 'The policy does not say how to submit a privacy request. Give two or more methods, including a toll-free phone number (Cal. Civ. Code §1798.130(a)(1), 11 CCR §7011(e)(3)(A)).' };
    }
    if (found.size === 1 && found.has('email')) {
      return {
        state: 'partial',
        message: 'The policy gives only an email address for requests. That is enough only for a business that operates exclusively online and has a direct relationship with the consumer; otherwise give two or more methods, including a toll-free number (Cal. Civ. Code §1798.130(a)(1)(A)).',
        evidence: spans,
        at: evidence[0].span,
      };
    }
    const elsewhere = found.has('toll-free number') ? undefined : ctx.facts.phones.find((p) => isTollFree(p.text));
    const hint = elsewhere ? ` A toll-free number appears on line ${ctx.doc.lines.positionAt(elsewhere.span.start).line + 1}, but not as a way to make requests; if it takes requests, say so there.` : '';
    return {
      state: 'partial',
      message: `The policy gives ${found.size === 1 ? 'one method' : 'methods'} for requests (${list}) but ${found.has('toll-free number') ? 'needs at least two' : 'no toll-free number'}.${hint} Give two or more methods, including a toll-free phone number, unless you operate only online with a direct relationship to the consumer, in which case an email address is enough (Cal. Civ. Code §1798.130(a)(1)).`,
      evidence: spans,
      at: evidence[0].span,
    };
  },
});
