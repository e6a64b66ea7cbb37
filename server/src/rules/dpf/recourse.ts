import { defineRule } from '../../core/rule';
import { decide, sentencesWhere } from '../outcome';
import { DPF_SECTION, notice } from './cues';
import { holds } from '../sentences';

const IRM = /\bindependent (?:recourse|dispute resolution)\b|\balternative dispute resolution\b|\bJAMS\b|\bBBB National Programs\b|\bICDR\b|\bInternational Centre for Dispute Resolution\b|\bAmerican Arbitration Association\b|\bTrustArc\b|\bpanel (?:established by|of) (?:the )?(?:EU )?data protection authorities\b|\b(?:EU )?data protection authorities'? panel\b|\bDPA panel\b|\bcooperate with (?:the )?(?:panel|EU data protection authorities)/i;
const COMPLAINT = /\b(?:complain\w{0,3}|complaints?|inquir(?:y|ies)|disputes?)\b/i;
/** The Data Privacy Framework by name. */
const DPF_NAME = /\b(?:Data Privacy Framework|DPF)\b/i;

export default defineRule({
  id: 'dpf-recourse',
  title: 'DPF: independent recourse mechanism',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('ix')],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Name the independent body that handles complaints you cannot resolve (the EU data protection authorities\' panel, or a dispute resolution provider in the EU or the U.S.), free of charge to the individual, with a link to it.',
    why: 'An individual in Europe needs an impartial place to take an unresolved complaint without paying for it.',
    good: '"If we do not resolve your complaint, you can refer it free of charge to [[body]] at [[link]]."',
  },
  clause: { text: 'If we do not resolve a complaint about our handling of personal data under the Data Privacy Framework, you can refer it, free of charge, to our independent recourse mechanism, [[name of the dispute resolution body or the EU data protection authorities\' panel]], at [[link to its complaint form]].' },
  check(ctx) {
    const irm = sentencesWhere(ctx, IRM);
    return decide({
      hits: irm,
      partial: sentencesWhere(ctx, (s) => holds(COMPLAINT, s) && holds(DPF_NAME, s)),
      partialMessage: 'The policy invites Data Privacy Framework complaints but does not name the independent recourse mechanism that handles unresolved ones free of charge (DPF Notice Principle II.1.a(ix)).',
      missing: 'The policy does not name the independent recourse mechanism for complaints under the Data Privacy Framework (DPF Notice Principle II.1.a(ix)).',
    });
  },
});
