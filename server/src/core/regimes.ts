/** Infers which privacy regimes a draft is written for, from its wording. */
import type { PolicyDocument } from './parse';
import type { RegimeId } from './types';

const SIGNALS: { regime: RegimeId; re: RegExp }[] = [
  { regime: 'gdpr', re: /\bGDPR\b|General Data Protection Regulation|\bEEA\b|European Economic Area|European Union|\bEU\b|supervisory authority|data controller|Regulation \(EU\) 2016\/679/ },
  { regime: 'uk-gdpr', re: /\bUK GDPR\b|Information Commissioner|\bICO\b|Data Protection Act 2018|United Kingdom|\bIDTA\b/ },
  { regime: 'ccpa', re: /\bCCPA\b|\bCPRA\b|California Consumer Privacy Act|California residents?|Cal\. Civ\. Code|Do Not Sell/ },
  { regime: 'dpf', re: /Data Privacy Framework|\bDPF\b/ },
  { regime: 'lgpd', re: /\bLGPD\b|Lei Geral de Prote|\bANPD\b/ },
];

export function inferRegimes(doc: PolicyDocument): RegimeId[] {
  const text = doc.prose.length > 400_000 ? doc.prose.slice(0, 400_000) : doc.prose;
  const out: RegimeId[] = [];
  for (const s of SIGNALS) if (s.re.test(text)) out.push(s.regime);
  // The GDPR disclosures are the baseline this checker is built on: keep them unless the draft is
  // explicitly written for another regime only (set regimes in front matter or settings to narrow).
  if (!out.includes('gdpr')) out.unshift('gdpr');
  return out;
}
