import { defineRule } from '../../core/rule';
import { decide, holdsWithNext, sentencesWhere } from '../outcome';
import { DPF_SECTION, notice } from './cues';

const ONWARD = /\bonward transfers?\b|\b(?:third[- ]party )?agents?\b[^.;]{0,80}\b(?:process\w{0,4}|handl\w{0,4})\b[^.;]{0,80}\binconsistent with the (?:DPF |Framework )?Principles\b/i;
const LIABLE = /\b(?:liab\w{0,6}|responsib\w{0,6}|accountab\w{0,6})\b/i;

export default defineRule({
  id: 'dpf-onward-transfer-liability',
  title: 'DPF: liability for onward transfers',
  kind: 'disclosure',
  regimes: ['dpf'],
  citations: [notice('xiii'), { label: 'DPF Principles II.3 (Accountability for Onward Transfer)', url: 'https://www.dataprivacyframework.gov/framework-article/II-Principles' }],
  defaultSeverity: 'warning',
  section: DPF_SECTION,
  hover: {
    summary: 'Say that you remain liable when a third party you pass the data to (for example a processor acting for you) handles it in a way that breaks the Principles, unless you prove you are not responsible.',
    why: 'Data rarely stays with one company; the liability statement keeps the protection attached to the data as it moves on.',
    good: '"We remain responsible if a third party that processes personal data on our behalf does so in a way that is inconsistent with the Principles, unless we prove we are not responsible for the event giving rise to the damage."',
  },
  clause: { text: 'Onward transfers: when we pass personal data received under the Data Privacy Framework to a third party that processes it for us, we remain liable if that third party handles it in a way that is inconsistent with the Principles, unless we prove that we are not responsible for the event that caused the damage.' },
  check(ctx) {
    const onward = sentencesWhere(ctx, ONWARD);
    return decide({
      hits: onward.filter((s) => holdsWithNext(ctx, LIABLE, s)),
      partial: onward,
      partialMessage: 'The policy mentions onward transfers but not your liability when a third party mishandles the data (DPF Notice Principle II.1.a(xiii)).',
      missing: 'The policy does not state your liability for onward transfers of personal data to third parties (DPF Notice Principle II.1.a(xiii), II.3).',
    });
  },
});
