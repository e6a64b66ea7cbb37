/**
 * Fixtures for every regime-specific rule (CCPA/CPRA, DPF, LGPD, UK GDPR): for each, at least one draft that says it
 * in unusual wording (satisfied), one that does not say it (missing, or not-applicable where the rule is conditional),
 * and one near miss that must not count. Every draft is our own, written for a made-up bicycle workshop.
 */
import * as assert from 'assert';
import { ccpaRules } from '../../server/src/rules/ccpa';
import { dpfRules } from '../../server/src/rules/dpf';
import { lgpdRules } from '../../server/src/rules/lgpd';
import { ukRules } from '../../server/src/rules/uk';
import type { CoverageState, RegimeId } from '../../server/src/core/types';
import { cov, findingsOf, run } from './helpers';

interface Fixture {
  rule: string;
  regimes: RegimeId[];
  text: string;
  expectState: CoverageState;
  /** What the fixture is about: 'says it', 'silent', 'near miss' (any of them may add detail). */
  kind: 'says it' | 'silent' | 'near miss';
}

const doc = (body: string) => `# Privacy notice\n\nLast updated: 2026-10-01\n\nSpoke & Chain Cycles repairs and rents bicycles in Sacramento and Lisbon.\n\n${body}\n`;

const SILENT = 'We true wheels, bleed brakes and fit new chains.';
const SELLS = 'We sell the names and addresses of our customers to a cycling magazine.';

const ccpa = (rule: string, kind: Fixture['kind'], expectState: CoverageState, text: string): Fixture => ({ rule, regimes: ['ccpa'], text, expectState, kind });
const dpf = (rule: string, kind: Fixture['kind'], expectState: CoverageState, text: string): Fixture => ({ rule, regimes: ['dpf'], text, expectState, kind });
const lgpd = (rule: string, kind: Fixture['kind'], expectState: CoverageState, text: string): Fixture => ({ rule, regimes: ['lgpd'], text, expectState, kind });
const uk = (rule: string, kind: Fixture['kind'], expectState: CoverageState, text: string): Fixture => ({ rule, regimes: ['uk-gdpr'], text, expectState, kind });

const FIXTURES: Fixture[] = [
  // ---- CCPA / CPRA ----
  ccpa('ccpa-categories-collected', 'says it', 'satisfied', '## Categories of personal information\n\n| Category | What it covers here |\n|---|---|\n| Identifiers | name, phone, customer number |\n| Commercial information | repairs booked, parts bought |'),
  ccpa('ccpa-categories-collected', 'says it', 'satisfied', 'Over the last twelve months we gathered identifiers (your name and phone number), geolocation data (the workshop you picked your bike up from) and inferences drawn about the kind of riding you do.'),
  ccpa('ccpa-categories-collected', 'silent', 'missing', SILENT),
  ccpa('ccpa-categories-collected', 'near miss', 'partial', 'We collect your name, phone number and the bikes you bring in.'),
  ccpa('ccpa-categories-collected', 'near miss', 'partial', 'Identifiers such as frame numbers are engraved on every bike we sell.'),

  ccpa('ccpa-sources', 'says it', 'satisfied', 'Most of what we know comes straight from you at the counter; the rest arrives automatically from your device when you open our app.'),
  ccpa('ccpa-sources', 'silent', 'missing', SILENT),
  ccpa('ccpa-sources', 'near miss', 'partial', 'We collect information from you when you book a repair.'),
  ccpa('ccpa-sources', 'near miss', 'missing', 'Our spare parts come from trusted suppliers in Taiwan.'),

  ccpa('ccpa-business-purposes', 'says it', 'satisfied', 'Your phone number is used so we can text you when the bike is ready.'),
  ccpa('ccpa-business-purposes', 'says it', 'satisfied', 'We keep your frame number in order to trace a stolen bike if you report it.'),
  ccpa('ccpa-business-purposes', 'silent', 'missing', SILENT),
  ccpa('ccpa-business-purposes', 'near miss', 'partial', 'We use personal information for business purposes.'),
  ccpa('ccpa-business-purposes', 'near miss', 'missing', 'We use bubble wrap to protect your bike in transit.'),

  ccpa('ccpa-sold-or-shared', 'says it', 'satisfied', 'In the 12 months before this notice we neither sold personal information nor shared it for cross-context behavioural advertising.'),
  ccpa('ccpa-sold-or-shared', 'says it', 'satisfied', 'Over the past year we sold identifiers to a cycling magazine and shared device data with an ad network for cross-context behavioral advertising.'),
  ccpa('ccpa-sold-or-shared', 'silent', 'missing', SILENT),
  ccpa('ccpa-sold-or-shared', 'near miss', 'partial', 'We do not sell your personal information.'),
  ccpa('ccpa-sold-or-shared', 'near miss', 'missing', 'Our founders sold their first company in 2019 and shared the proceeds with the staff.'),

  ccpa('ccpa-minors', 'says it', 'satisfied', `${SELLS} Minors: we have no actual knowledge of selling or sharing personal information about anyone under 16.`),
  ccpa('ccpa-minors', 'says it', 'satisfied', `${SELLS}\n\n## Teenagers\n\nWe never sell or share the data of teenagers.`),
  ccpa('ccpa-minors', 'says it', 'satisfied', `${SELLS} For consumers younger than 16 we sell their information only after an opt-in, given by a parent or guardian for a child under 13.`),
  ccpa('ccpa-minors', 'silent', 'missing', SELLS),
  ccpa('ccpa-minors', 'says it', 'satisfied', `${SELLS} We do not knowingly collect personal information from anyone under the age of 16.`),
  ccpa('ccpa-minors', 'silent', 'missing', 'You can opt out of our sale of your personal information at any time.'),
  ccpa('ccpa-minors', 'silent', 'not-applicable', 'You have the right to know what personal information we collect, disclose and sell about you.'),
  ccpa('ccpa-minors', 'silent', 'not-applicable', 'One day we may buy or sell assets of other workshops.'),
  ccpa('ccpa-minors', 'silent', 'not-applicable', 'We do not sell or share personal information.'),
  ccpa('ccpa-minors', 'near miss', 'partial', `${SELLS} Our app is not meant for children under 13.`),
  ccpa('ccpa-minors', 'near miss', 'partial', `${SELLS} We do not sell e-bikes to anyone under 18.`),
  ccpa('ccpa-minors', 'near miss', 'missing', `${SELLS} We made minor changes to this notice in May.`),

  ccpa('ccpa-disclosed-for-business-purpose', 'says it', 'satisfied', 'During the past year, identifiers and commercial information were made available to our payment processor for a business purpose.'),
  ccpa('ccpa-disclosed-for-business-purpose', 'says it', 'satisfied', 'We have not disclosed any personal information for a business purpose in the past 12 months.'),
  ccpa('ccpa-disclosed-for-business-purpose', 'silent', 'missing', SILENT),
  ccpa('ccpa-disclosed-for-business-purpose', 'near miss', 'partial', 'We provide your details to contractors who rebuild e-bike batteries.'),
  ccpa('ccpa-disclosed-for-business-purpose', 'near miss', 'missing', 'We disclose our trade prices for business customers on request.'),

  ccpa('ccpa-third-party-categories', 'says it', 'satisfied', '## Who receives personal information\n\n- Payment processors\n- Advertising networks\n- Government entities, when a court orders it'),
  ccpa('ccpa-third-party-categories', 'says it', 'satisfied', 'Your booking details travel to two kinds of recipients only: our cloud provider and the courier that returns the bike.'),
  ccpa('ccpa-third-party-categories', 'says it', 'satisfied', 'We do not disclose personal information to third parties.'),
  ccpa('ccpa-third-party-categories', 'silent', 'missing', SILENT),
  ccpa('ccpa-third-party-categories', 'near miss', 'partial', 'We may share your information with third parties and partners.'),
  ccpa('ccpa-third-party-categories', 'near miss', 'missing', 'Our suppliers provide us with spare parts from three countries.'),

  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', "Sensitive personal information (the driver's licence number we copy when you rent a cargo bike) is used only to check who has the bike, as the regulations allow."),
  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', 'We collect no sensitive personal information.'),
  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', 'We use your precise location, which counts as sensitive personal information, to infer characteristics about your riding habits.'),
  ccpa('ccpa-sensitive-information-use', 'silent', 'missing', SILENT),
  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', 'Information that state law treats as sensitive, such as the ID you show when renting, is used only for the permitted purposes listed above.'),
  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', "We don't collect, use or disclose sensitive personal information."),
  ccpa('ccpa-sensitive-information-use', 'says it', 'satisfied', 'We do not use your sensitive personal information for purposes that would require a right to limit.'),
  ccpa('ccpa-sensitive-information-use', 'near miss', 'partial', 'We collect sensitive personal information such as your precise location.'),
  ccpa('ccpa-sensitive-information-use', 'near miss', 'missing', 'Keep sensitive documents, like your passport, out of the pannier bags.'),

  ccpa('ccpa-right-to-know', 'says it', 'satisfied', 'You may ask us to tell you the categories of personal information we collected about you, where they came from, why, who got them, and the specific pieces we hold.'),
  ccpa('ccpa-right-to-know', 'silent', 'missing', SILENT),
  ccpa('ccpa-right-to-know', 'near miss', 'partial', 'You can request a copy of your personal information.'),
  ccpa('ccpa-right-to-know', 'near miss', 'missing', 'Our mechanics know what your bike needs.'),

  ccpa('ccpa-right-to-delete', 'says it', 'satisfied', 'Want us to wipe your file? Send a request and we will remove your data unless the law makes us keep it.'),
  ccpa('ccpa-right-to-delete', 'silent', 'missing', SILENT),
  ccpa('ccpa-right-to-delete', 'near miss', 'missing', 'We delete workshop camera footage after 30 days.'),
  ccpa('ccpa-right-to-delete', 'near miss', 'missing', 'You can delete cookies in your browser settings.'),

  ccpa('ccpa-right-to-correct', 'says it', 'satisfied', 'Spotted a mistake in your customer record? You can have inaccurate details fixed by asking at the counter.'),
  ccpa('ccpa-right-to-correct', 'silent', 'missing', SILENT),
  ccpa('ccpa-right-to-correct', 'near miss', 'missing', 'We correct the wheel alignment of every bike we service.'),

  ccpa('ccpa-right-to-opt-out', 'says it', 'satisfied', `${SELLS} You can tell us to stop selling your information by writing to optout@spokechain.example.`),
  ccpa('ccpa-right-to-opt-out', 'silent', 'missing', SELLS),
  ccpa('ccpa-right-to-opt-out', 'silent', 'not-applicable', 'We do not sell or share personal information.'),
  ccpa('ccpa-right-to-opt-out', 'near miss', 'missing', `${SELLS} You can opt out of our newsletter at any time.`),

  ccpa('ccpa-right-to-limit', 'says it', 'satisfied', 'We collect precise geolocation, which is sensitive personal information. You can restrict our use of that sensitive personal information to what is needed to rent you a bike.'),
  ccpa('ccpa-right-to-limit', 'silent', 'missing', 'We collect sensitive personal information such as your precise location to suggest nearby workshops.'),
  ccpa('ccpa-right-to-limit', 'silent', 'not-applicable', SILENT),
  ccpa('ccpa-right-to-limit', 'near miss', 'not-applicable', 'We use sensitive personal information solely for the purposes the regulations permit.'),

  ccpa('ccpa-non-discrimination', 'says it', 'satisfied', 'Using your privacy rights will never cost you a worse price or slower service, and no employee, job applicant or independent contractor will face retaliation for using theirs.'),
  ccpa('ccpa-non-discrimination', 'silent', 'missing', SILENT),
  ccpa('ccpa-non-discrimination', 'near miss', 'missing', 'We do not discriminate in hiring on the basis of race, sex or age.'),
  ccpa('ccpa-non-discrimination', 'near miss', 'partial', 'We will not discriminate against you for using your privacy rights.'),
  ccpa('ccpa-non-discrimination', 'near miss', 'partial', 'Exercising a CCPA right never earns you discriminatory treatment. Employees and contractors receive a separate notice.'),

  ccpa('ccpa-request-methods', 'says it', 'satisfied', 'To make a request, ring us free on 1-888-555-0142 or fill in the form at https://spokechain.example/privacy-request.'),
  ccpa('ccpa-request-methods', 'says it', 'satisfied', 'You can submit a request by calling (1-800-555-0117) or by writing to privacy@spokechain.example.'),
  ccpa('ccpa-request-methods', 'silent', 'missing', SILENT),
  ccpa('ccpa-request-methods', 'near miss', 'partial', 'You can submit a request by emailing privacy@spokechain.example.'),
  ccpa('ccpa-request-methods', 'near miss', 'partial', 'You can submit a request through the form at https://spokechain.example/privacy-request or by post.\n\nWorkshop line (toll-free): 1-877-555-0190.'),

  ccpa('ccpa-verification', 'says it', 'satisfied', 'Before we hand over or erase anything, we confirm your identity by matching the phone number you give us with the one on your repair tickets.'),
  ccpa('ccpa-verification', 'says it', 'satisfied', '## How we verify requests\n\nIf you have an account, signing in to it is enough to prove who you are.'),
  ccpa('ccpa-verification', 'silent', 'missing', SILENT),
  ccpa('ccpa-verification', 'says it', 'satisfied', 'We may ask for more details to verify that you are entitled to make a data rights request.'),
  ccpa('ccpa-verification', 'near miss', 'partial', 'We will verify your request before acting on it.'),
  ccpa('ccpa-verification', 'near miss', 'missing', 'We verify that every rental bike is roadworthy before it leaves the shop.'),
  ccpa('ccpa-verification', 'near miss', 'partial', 'We will verify your request as required by law before providing your data.'),

  ccpa('ccpa-authorized-agent', 'says it', 'satisfied', 'A person you trust may act on your behalf; they will need a power of attorney or a note you have signed.'),
  ccpa('ccpa-authorized-agent', 'silent', 'missing', SILENT),
  ccpa('ccpa-authorized-agent', 'near miss', 'partial', 'An authorized agent may contact us.'),
  ccpa('ccpa-authorized-agent', 'near miss', 'missing', 'We are an authorized dealer for two e-bike brands.'),

  ccpa('ccpa-do-not-sell-link', 'says it', 'satisfied', `${SELLS} The Your Privacy Choices link at the foot of every page stops it.`),
  ccpa('ccpa-do-not-sell-link', 'silent', 'missing', SELLS),
  ccpa('ccpa-do-not-sell-link', 'silent', 'not-applicable', 'We do not sell or share personal information.'),
  ccpa('ccpa-do-not-sell-link', 'near miss', 'partial', `${SELLS} Use the Do Not Sell My Personal Information link to stop it.`),

  ccpa('ccpa-retention', 'says it', 'satisfied', 'Repair tickets stay on file for six years after the job; rental agreements are erased 18 months after the bike comes back.'),
  ccpa('ccpa-retention', 'silent', 'missing', SILENT),
  ccpa('ccpa-retention', 'near miss', 'partial', 'We keep your information as long as necessary.'),
  ccpa('ccpa-retention', 'near miss', 'missing', 'We store bikes for up to two weeks after a repair.'),

  ccpa('ccpa-opt-out-preference-signal', 'says it', 'satisfied', `${SELLS} If your browser sends the Global Privacy Control, we treat that browser as opted out of sale and sharing.`),
  ccpa('ccpa-opt-out-preference-signal', 'silent', 'missing', SELLS),
  ccpa('ccpa-opt-out-preference-signal', 'silent', 'not-applicable', 'We do not sell or share personal information.'),
  ccpa('ccpa-opt-out-preference-signal', 'near miss', 'partial', `${SELLS} Our website ignores Do Not Track requests.`),

  // ---- EU-U.S. Data Privacy Framework (Notice Principle II.1.a) ----
  dpf('dpf-participation-and-list', 'says it', 'satisfied', 'Spoke & Chain Inc. has self-certified to the EU-U.S. Data Privacy Framework; see our entry on the DPF List at https://www.dataprivacyframework.gov/list.'),
  dpf('dpf-participation-and-list', 'silent', 'missing', SILENT),
  dpf('dpf-participation-and-list', 'near miss', 'partial', 'Spoke & Chain Inc. participates in the EU-U.S. Data Privacy Framework.'),

  dpf('dpf-data-types', 'says it', 'satisfied', 'From our European rental desk we receive your name, your phone number and your booking dates.'),
  dpf('dpf-data-types', 'says it', 'satisfied', '## What we collect\n\n- Contact details\n- Payment card numbers'),
  dpf('dpf-data-types', 'silent', 'missing', SILENT),
  dpf('dpf-data-types', 'near miss', 'partial', 'We collect personal data when you rent a bike.'),

  dpf('dpf-commitment', 'says it', 'satisfied', 'All personal data we receive from the EU in reliance on the Data Privacy Framework is handled in conformity with the Framework Principles.'),
  dpf('dpf-commitment', 'silent', 'missing', SILENT),
  dpf('dpf-commitment', 'near miss', 'missing', 'We follow the principles of good workmanship.'),

  dpf('dpf-purposes', 'says it', 'satisfied', 'Booking data is used so we can have your bike ready when you land.'),
  dpf('dpf-purposes', 'says it', 'satisfied', '## Purposes\n\n- To schedule your repair\n- To invoice you'),
  dpf('dpf-purposes', 'silent', 'missing', SILENT),
  dpf('dpf-purposes', 'near miss', 'partial', 'We use personal data for legitimate business purposes.'),
  dpf('dpf-purposes', 'near miss', 'missing', 'We use bubble wrap to protect your bike in transit.'),

  dpf('dpf-contact', 'says it', 'satisfied', 'Unhappy with how we treated your data? Tell us at dpf@spokechain.example, or at our Lisbon office, Rua das Flores 12, 1200-195 Lisboa.'),
  dpf('dpf-contact', 'says it', 'satisfied', '## Contact\n\nprivacy@spokechain.example'),
  dpf('dpf-contact', 'silent', 'missing', SILENT),
  dpf('dpf-contact', 'near miss', 'partial', 'If you have any concerns, please contact us.'),
  dpf('dpf-contact', 'near miss', 'missing', 'You may refer an unresolved complaint to BBB National Programs at https://recourse.example/dpf.'),

  dpf('dpf-third-parties', 'says it', 'satisfied', 'Couriers receive your address so that they can bring the repaired bike back to you.'),
  dpf('dpf-third-parties', 'says it', 'satisfied', 'We pass booking data to our hosting provider, which stores it on our behalf.'),
  dpf('dpf-third-parties', 'silent', 'missing', SILENT),
  dpf('dpf-third-parties', 'says it', 'satisfied', 'For card payments we use a payment provider, which processes the card details on our behalf.'),
  dpf('dpf-third-parties', 'near miss', 'partial', 'We may share personal data with third parties.'),
  dpf('dpf-third-parties', 'near miss', 'missing', 'Send your questions to us and we will answer within a week.'),

  dpf('dpf-access', 'says it', 'satisfied', 'Whenever you like, you may see the personal data we keep about you.'),
  dpf('dpf-access', 'silent', 'missing', SILENT),
  dpf('dpf-access', 'near miss', 'missing', 'Only authorised staff can access personal data.'),
  dpf('dpf-access', 'near miss', 'partial', 'You can ask us to correct your personal data.'),

  dpf('dpf-choices', 'says it', 'satisfied', 'If you would rather we did not pass your details to our partner workshops, switch it off in your account settings.'),
  dpf('dpf-choices', 'says it', 'satisfied', 'You can tell us not to use your data for any purpose materially different from the original one by writing to choices@spokechain.example.'),
  dpf('dpf-choices', 'silent', 'missing', SILENT),
  dpf('dpf-choices', 'near miss', 'partial', 'You may opt out of marketing emails.'),
  dpf('dpf-choices', 'near miss', 'missing', 'We limit access to personal data to the staff who need it.'),

  dpf('dpf-recourse', 'says it', 'satisfied', 'Complaints we cannot settle may go, at no cost to you, to JAMS, the independent recourse mechanism we have chosen.'),
  dpf('dpf-recourse', 'silent', 'missing', SILENT),
  dpf('dpf-recourse', 'near miss', 'partial', 'Send Data Privacy Framework complaints to dpf@spokechain.example.'),

  dpf('dpf-enforcement', 'says it', 'satisfied', 'The Federal Trade Commission has jurisdiction over our compliance with the Framework.'),
  dpf('dpf-enforcement', 'silent', 'missing', SILENT),
  dpf('dpf-enforcement', 'near miss', 'partial', 'The FTC publishes useful advice about online shopping.'),

  dpf('dpf-arbitration', 'says it', 'satisfied', 'If every other route fails, you may in some cases invoke binding arbitration before the Data Privacy Framework Panel.'),
  dpf('dpf-arbitration', 'silent', 'missing', SILENT),
  dpf('dpf-arbitration', 'near miss', 'partial', 'Disputes about rental fees are settled by binding arbitration in Sacramento.'),

  dpf('dpf-lawful-access', 'says it', 'satisfied', 'Public authorities may lawfully require us to hand over personal data, including for national security or law enforcement purposes.'),
  dpf('dpf-lawful-access', 'silent', 'missing', SILENT),
  dpf('dpf-lawful-access', 'near miss', 'partial', 'We will disclose personal data if a court order requires it.'),

  dpf('dpf-onward-transfer-liability', 'says it', 'satisfied', 'We stay liable under the Principles for onward transfers to the agents that handle data for us.'),
  dpf('dpf-onward-transfer-liability', 'silent', 'missing', SILENT),
  dpf('dpf-onward-transfer-liability', 'near miss', 'partial', 'Onward transfers go only to carefully chosen vendors.'),

  // ---- LGPD ----
  lgpd('lgpd-rights', 'says it', 'satisfied', 'You may ask us to confirm whether we process your data. You may have unnecessary data anonymised, blocked or deleted. You may ask which public and private entities we shared your data with. You may refuse consent, and we will explain the consequences of refusing it.'),
  lgpd('lgpd-rights', 'silent', 'missing', SILENT),
  lgpd('lgpd-rights', 'near miss', 'partial', 'Under LGPD Art. 18 you may access, correct and delete your data.'),

  lgpd('lgpd-complaint-anpd', 'says it', 'satisfied', 'Riders in Brazil may also petition the Autoridade Nacional de Proteção de Dados about our processing.'),
  lgpd('lgpd-complaint-anpd', 'silent', 'missing', SILENT),
  lgpd('lgpd-complaint-anpd', 'near miss', 'partial', 'You may lodge complaints before the competent data protection regulators.'),
  lgpd('lgpd-complaint-anpd', 'near miss', 'partial', 'You can lodge a complaint with a supervisory authority.'),
  lgpd('lgpd-complaint-anpd', 'near miss', 'missing', 'The ANPD published new guidance in 2024.'),

  lgpd('lgpd-encarregado', 'says it', 'satisfied', '## Encarregado\n\nMarta Lima handles data protection for us: marta.lima@spokechain.example.'),
  lgpd('lgpd-encarregado', 'silent', 'missing', SILENT),
  lgpd('lgpd-encarregado', 'near miss', 'partial', 'We have appointed an encarregado.'),

  lgpd('lgpd-shared-use', 'says it', 'satisfied', 'Your card number goes to our payment provider in order to charge the rental.'),
  lgpd('lgpd-shared-use', 'says it', 'satisfied', 'We never share personal data with anyone.'),
  lgpd('lgpd-shared-use', 'silent', 'missing', SILENT),
  lgpd('lgpd-shared-use', 'near miss', 'partial', 'We share personal data with service providers.'),

  // ---- UK GDPR ----
  uk('uk-complaint-ico', 'says it', 'satisfied', 'UK customers who are unhappy with us can report it to the Information Commissioner (ico.org.uk).'),
  uk('uk-complaint-ico', 'silent', 'missing', SILENT),
  uk('uk-complaint-ico', 'near miss', 'partial', 'You may complain to the data protection regulator.'),

  uk('uk-transfer-tools', 'says it', 'satisfied', 'Transfers out of the UK rely on the International Data Transfer Agreement.'),
  uk('uk-transfer-tools', 'silent', 'not-applicable', SILENT),
  uk('uk-transfer-tools', 'near miss', 'partial', 'Data sent to our US booking platform is covered by standard contractual clauses.'),
];

describe('regime rule fixtures: our own drafts, one table', () => {
  const all = [...ccpaRules, ...dpfRules, ...lgpdRules, ...ukRules];

  it('every regime rule has a draft that says it, one that is silent, and a near miss', () => {
    for (const r of all) {
      const kinds = new Set(FIXTURES.filter((f) => f.rule === r.id).map((f) => f.kind));
      for (const k of ['says it', 'silent', 'near miss'] as const) assert.ok(kinds.has(k), `${r.id}: no "${k}" fixture`);
    }
    const ids = new Set(all.map((r) => r.id));
    for (const f of FIXTURES) assert.ok(ids.has(f.rule), `fixture for unknown rule ${f.rule}`);
  });

  for (const f of FIXTURES) {
    it(`${f.rule} [${f.kind}] is ${f.expectState}: ${f.text.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
      const a = run(doc(f.text), { regimes: f.regimes });
      const c = cov(a, f.rule);
      assert.strictEqual(c.state, f.expectState, `${f.rule}: ${c.state}${c.detail ? ` (${c.detail})` : ''}`);
      const findings = findingsOf(a, f.rule);
      if (f.expectState === 'satisfied' || f.expectState === 'not-applicable') assert.strictEqual(findings.length, 0);
      else assert.ok(findings.length >= 1, `${f.rule}: a ${f.expectState} outcome reports a finding`);
    });
  }
});
