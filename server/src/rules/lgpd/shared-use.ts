import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { lgpd } from './cues';
import { holds } from '../sentences';

const SHARE = /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|transfer|transfers|transferred|provide|provides|pass|passes|passed|send|sends|sent|go|goes|went|give|gives|given|hand|hands|handed|forward|forwards|forwarded)\b/i;
const WHOM = /\b(?:with|to)\b[^.;]{0,60}\b(?:service providers|processors|partners|affiliates|group companies|authorit(?:y|ies)|third parties|suppliers|vendors|advertis\w{0,4}|banks|payment|carriers|companies|entities)\b/i;
const PURPOSE = /\b(?:in order to|so that|so we can|for (?:the )?purposes?|for (?:the provision|payment|delivery|hosting|analytics|marketing|support|fraud)|to (?:process|provide|deliver|run|host|operate|help|support|send|prevent|detect|comply|analy[sz]e|improve|market|show|ship|pay|verify|perform|fulfil|fulfill|manage|store|handle|carry out|measure|protect))\b/i;
const NONE = /\b(?:not|never|no)\b[^.;]{0,40}\b(?:share|shared|disclose|disclosed)\b[^.;]{0,40}\b(?:personal )?(?:data|information)\b/i;

export default defineRule({
  id: 'lgpd-shared-use',
  title: 'LGPD: shared use of data and its purpose',
  kind: 'disclosure',
  regimes: ['lgpd'],
  citations: [lgpd('9, V')],
  defaultSeverity: 'warning',
  section: { heading: /\bshar|disclos|recipients|third parties|who (?:we|do we)/i, title: 'Who we share personal data with' },
  hover: {
    summary: 'Say with whom the controller shares the personal data and for what purpose.',
    why: 'The LGPD treats shared use as something the data subject must be able to find and understand before it happens.',
    good: 'For each kind of recipient (service providers, partners, authorities), what is shared and why: "with payment providers, to process your payments".',
  },
  clause: { text: 'Shared use of data: we share personal data with [[kinds of recipients, e.g. payment and hosting providers]] in order to [[purpose, e.g. process payments and run our service]].' },
  check(ctx) {
    const shared = sentencesWhere(ctx, (s) => holds(SHARE, s) && holds(WHOM, s));
    return decide({
      hits: [...shared.filter((s) => holds(PURPOSE, s)), ...sentencesWhere(ctx, NONE)],
      partial: shared,
      partialMessage: 'The policy says with whom personal data is shared but not why. Give the purpose of each shared use (LGPD Art. 9, V).',
      missing: 'The policy does not say whether and with whom personal data is shared, or for what purpose (LGPD Art. 9, V).',
    });
  },
});
