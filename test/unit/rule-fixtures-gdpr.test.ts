/**
 * Data-driven fixtures for every top-level (GDPR) rule: for each rule a short draft that meets it in unusual words,
 * one that misses it, and a near miss that must not count as meeting it. All wording is our own.
 *
 * Each case names the coverage state the rule must reach on the draft. Disclosure rules are `satisfied`, `partial`,
 * `missing` or `not-applicable`; defect rules are `satisfied` without a defect and `partial` with one.
 */
import * as assert from 'assert';
import type { CoverageState } from '../../server/src/core/types';
import { cov, run } from './helpers';

type Kind = 'meets' | 'misses' | 'near-miss' | 'not-applicable';

interface Fixture {
  rule: string;
  kind: Kind;
  text: string;
  expectState: CoverageState;
}

/** A short Markdown draft with the given body. The GDPR is asked for explicitly, so regime inference plays no part. */
function draft(body: string): string {
  return `# Privacy notice\n\n${body}\n`;
}

/** A US organisation whose notice also addresses people in the EEA (the Art. 27 trigger). */
const US_COMPANY = 'Pinecrest Atlas, Inc. is a Delaware corporation. Visitors in the EEA can use the atlas too.';

/** Forty-eight words in one sentence, and exactly forty (the limit, still fine). */
const LONG = 'When you book a table we note your name, the number of guests, the time you expect to arrive, any allergies you mention, the phone number you give us and any remarks for the kitchen, and we keep that note until the evening of the booking has passed.';
const FORTY = 'When you book a table we note your name, the number of guests, the time you expect to arrive, any allergies you mention and the phone number you give us, and we throw that note away early the next morning.';

const FIXTURES: Fixture[] = [
  // --- Who we are, how to reach us ---------------------------------------------------------------------------------
  { rule: 'controller-identity', kind: 'meets', text: 'Tidewater Seed Exchange e.V. answers for the details you leave with us.', expectState: 'satisfied' },
  { rule: 'controller-identity', kind: 'meets', text: 'This booking system is the property of Harbourside Rowing Club. It records who reserves a boat.', expectState: 'satisfied' },
  { rule: 'controller-identity', kind: 'meets', text: 'Like all our members, you choose what your profile shows. Every Dropbox member can download their files.', expectState: 'satisfied' },
  { rule: 'controller-identity', kind: 'near-miss', text: 'Our members can sign in with their Google account.', expectState: 'missing' },
  { rule: 'controller-identity', kind: 'near-miss', text: 'Trademarks shown here are the property of their owners.', expectState: 'missing' },
  { rule: 'controller-identity', kind: 'misses', text: 'This website cares about your privacy and treats your details with respect.', expectState: 'missing' },
  { rule: 'controller-identity', kind: 'near-miss', text: 'Card payments go through Adyen N.V., which handles them for us.', expectState: 'missing' },

  { rule: 'controller-contact', kind: 'meets', text: 'Letters reach us at P.O. Box 4471, Tarnwick.', expectState: 'satisfied' },
  { rule: 'controller-contact', kind: 'meets', text: 'Drop a line to privacy (at) lanternbooks.example and we will answer.', expectState: 'satisfied' },
  { rule: 'controller-contact', kind: 'misses', text: 'We are always happy to hear from readers.', expectState: 'missing' },
  { rule: 'controller-contact', kind: 'near-miss', text: 'Questions? Just contact us any time.', expectState: 'missing' },
  { rule: 'controller-contact', kind: 'near-miss', text: 'You may also contact the data protection authority at https://edpb.europa.eu.', expectState: 'missing' },

  { rule: 'dpo-contact', kind: 'meets', text: 'The person we appointed as data protection officer reads everything sent to officer-desk@lanternbooks.example.', expectState: 'satisfied' },
  { rule: 'dpo-contact', kind: 'misses', text: 'Our team looks after privacy questions.', expectState: 'missing' },
  { rule: 'dpo-contact', kind: 'near-miss', text: 'We have a Data Protection Officer.', expectState: 'partial' },
  { rule: 'dpo-contact', kind: 'not-applicable', text: 'We are not required to appoint a data protection officer.', expectState: 'not-applicable' },

  // --- The rights of the people concerned ---------------------------------------------------------------------------
  { rule: 'right-of-access', kind: 'meets', text: 'Write to us and we will send you an archive of the records we keep on you.', expectState: 'satisfied' },
  { rule: 'right-of-access', kind: 'misses', text: 'We sell garden tools and seeds.', expectState: 'missing' },
  { rule: 'right-of-access', kind: 'near-miss', text: 'You cannot access our offices without an appointment.', expectState: 'missing' },
  { rule: 'right-of-access', kind: 'near-miss', text: 'Our moderators may view your posts if someone reports them.', expectState: 'missing' },
  { rule: 'right-of-access', kind: 'near-miss', text: 'Other companies offer budgeting apps that let you see all your bank information in one place.', expectState: 'missing' },

  { rule: 'right-to-rectification', kind: 'meets', text: 'If a detail we hold about you is wrong, tell us and we will put it right.', expectState: 'satisfied' },
  { rule: 'right-to-rectification', kind: 'misses', text: 'We ship orders within two days.', expectState: 'missing' },
  { rule: 'right-to-rectification', kind: 'near-miss', text: 'We may update this policy when our shop changes.', expectState: 'missing' },

  { rule: 'right-to-erasure', kind: 'meets', text: 'You can ask us to wipe your details from our systems.', expectState: 'satisfied' },
  { rule: 'right-to-erasure', kind: 'misses', text: 'We keep a list of our stockists.', expectState: 'missing' },
  { rule: 'right-to-erasure', kind: 'near-miss', text: 'You can delete cookies in your browser settings.', expectState: 'missing' },

  { rule: 'right-to-restriction', kind: 'meets', text: 'While we check whether your address is accurate, you can ask us to pause any use of your data.', expectState: 'satisfied' },
  { rule: 'right-to-restriction', kind: 'misses', text: 'Our bakery opens at seven.', expectState: 'missing' },
  { rule: 'right-to-restriction', kind: 'near-miss', text: 'Some features of your account are subject to certain restrictions.', expectState: 'missing' },

  { rule: 'right-to-portability', kind: 'meets', text: 'Ask us and we will move the data you gave us straight to another provider of your choice.', expectState: 'satisfied' },
  { rule: 'right-to-portability', kind: 'misses', text: 'We bake bread every morning.', expectState: 'missing' },
  { rule: 'right-to-portability', kind: 'near-miss', text: 'If we sell our business, your data will be transferred to another company.', expectState: 'missing' },

  { rule: 'right-to-object', kind: 'meets', text: 'You can tell us to stop using your details for marketing at any time.', expectState: 'satisfied' },
  { rule: 'right-to-object', kind: 'misses', text: 'We send a newsletter once a month.', expectState: 'missing' },
  { rule: 'right-to-object', kind: 'near-miss', text: 'You can unsubscribe from our newsletter with the link in every email.', expectState: 'missing' },

  { rule: 'right-to-withdraw-consent', kind: 'meets', text: 'We send offers only to people who opt in. You can take your consent back whenever you like.', expectState: 'satisfied' },
  { rule: 'right-to-withdraw-consent', kind: 'meets', text: 'With your permission we text you when your order is ready; you may revoke that permission in your account.', expectState: 'satisfied' },
  { rule: 'right-to-withdraw-consent', kind: 'misses', text: 'We send offers only to people who opt in.', expectState: 'missing' },
  { rule: 'right-to-withdraw-consent', kind: 'misses', text: 'We will not pass your phone number to the florist without your permission.', expectState: 'missing' },
  { rule: 'right-to-withdraw-consent', kind: 'misses', text: 'By installing the app you agree to the collection and use of your location.', expectState: 'missing' },
  { rule: 'right-to-withdraw-consent', kind: 'near-miss', text: 'You may withdraw from the raffle at any time. We send offers only with your consent.', expectState: 'missing' },
  { rule: 'right-to-withdraw-consent', kind: 'not-applicable', text: 'We sell garden tools. By using the shop you agree to these terms.', expectState: 'not-applicable' },
  { rule: 'right-to-withdraw-consent', kind: 'not-applicable', text: 'An authorized agent needs your written permission to make a request for you.', expectState: 'not-applicable' },
  { rule: 'right-to-withdraw-consent', kind: 'not-applicable', text: 'If you agree with these terms, keep using the site. Copying our photos without permission is forbidden.', expectState: 'not-applicable' },
  { rule: 'right-to-withdraw-consent', kind: 'misses', text: 'Your address goes to the bakery next door only if you agree.', expectState: 'missing' },
  { rule: 'right-to-withdraw-consent', kind: 'misses', text: 'The app asks you for permission before it reads your contacts.', expectState: 'missing' },

  { rule: 'right-to-complain', kind: 'meets', text: 'Unhappy with how we handled your data? You are free to take the matter to the data protection regulator where you live.', expectState: 'satisfied' },
  { rule: 'right-to-complain', kind: 'misses', text: 'We value your feedback.', expectState: 'missing' },
  { rule: 'right-to-complain', kind: 'near-miss', text: 'If you have a complaint, write to our support team.', expectState: 'partial' },

  // --- International transfers --------------------------------------------------------------------------------------
  { rule: 'transfer-safeguards', kind: 'meets', text: 'Our mail host keeps backups in Canada, which the European Commission has found to offer adequate protection.', expectState: 'satisfied' },
  { rule: 'transfer-safeguards', kind: 'misses', text: 'Support tickets are stored on servers in India.', expectState: 'missing' },
  { rule: 'transfer-safeguards', kind: 'near-miss', text: 'Our host is located in the United States; data sent there is protected by strong encryption.', expectState: 'missing' },
  { rule: 'transfer-safeguards', kind: 'not-applicable', text: 'We never transfer your data outside the EEA.', expectState: 'not-applicable' },

  { rule: 'obsolete-transfer-mechanism', kind: 'meets', text: 'Transfers to our US payment provider rely on the EU-U.S. Data Privacy Framework.', expectState: 'satisfied' },
  { rule: 'obsolete-transfer-mechanism', kind: 'misses', text: 'We comply with the Privacy Shield framework for data we receive from Europe.', expectState: 'partial' },
  { rule: 'obsolete-transfer-mechanism', kind: 'near-miss', text: 'Safe Harbor was struck down in 2015; we now use standard contractual clauses.', expectState: 'satisfied' },
  { rule: 'obsolete-transfer-mechanism', kind: 'near-miss', text: 'Our reading room is a safe harbour for anyone who loves books.', expectState: 'satisfied' },

  // --- Dates and template residue -----------------------------------------------------------------------------------
  { rule: 'last-updated', kind: 'meets', text: 'In force since 14 February 2026.', expectState: 'satisfied' },
  { rule: 'last-updated', kind: 'misses', text: 'We sell lamps.', expectState: 'missing' },
  { rule: 'last-updated', kind: 'near-miss', text: '© 2024 Lantern Books. All rights reserved.', expectState: 'missing' },
  { rule: 'last-updated', kind: 'near-miss', text: 'Last updated:', expectState: 'partial' },

  { rule: 'stale-last-updated', kind: 'meets', text: 'Last updated: 2026-10-01', expectState: 'satisfied' },
  { rule: 'stale-last-updated', kind: 'misses', text: 'Last updated: 3 January 2023', expectState: 'partial' },
  { rule: 'stale-last-updated', kind: 'misses', text: 'Last updated: 2027-06-01', expectState: 'partial' },
  { rule: 'stale-last-updated', kind: 'near-miss', text: 'Our shop was founded in January 2001.', expectState: 'not-applicable' },

  { rule: 'unfilled-placeholder', kind: 'meets', text: 'Write to hello@lanternbooks.example with any question.', expectState: 'satisfied' },
  { rule: 'unfilled-placeholder', kind: 'misses', text: 'Write to {{company_email}} with any question.', expectState: 'partial' },
  { rule: 'unfilled-placeholder', kind: 'misses', text: 'Our shop lives at www.yourwebsite.com.', expectState: 'partial' },
  { rule: 'unfilled-placeholder', kind: 'near-miss', text: 'See [our cookie page](https://lanternbooks.example/cookies) for details.', expectState: 'satisfied' },

  // --- Art. 13/14 disclosures ---------------------------------------------------------------------------------------
  { rule: 'processing-purposes', kind: 'meets', text: 'We need your phone number so the courier can ring when the parcel arrives.', expectState: 'satisfied' },
  { rule: 'processing-purposes', kind: 'meets', text: 'You may receive automatic emails about changes to your booking.', expectState: 'satisfied' },
  { rule: 'processing-purposes', kind: 'misses', text: 'Personal data is kept on paper in a locked cabinet.', expectState: 'missing' },
  { rule: 'processing-purposes', kind: 'near-miss', text: 'We only process data for purposes compatible with those for which it was collected.', expectState: 'missing' },
  { rule: 'processing-purposes', kind: 'near-miss', text: 'Our main website notice describes the purposes for which we use your data. Our contractors process your data in accordance with our instructions and to stop misuse.', expectState: 'missing' },
  { rule: 'processing-purposes', kind: 'near-miss', text: 'Our general privacy notice explains the purposes for which we use your data. We may be required to disclose data to meet court orders.', expectState: 'missing' },

  { rule: 'legal-basis', kind: 'meets', text: 'Processing your booking is necessary to carry out the contract you made with us.', expectState: 'satisfied' },
  { rule: 'legal-basis', kind: 'misses', text: 'Using our app means you accept how we handle data.', expectState: 'missing' },
  { rule: 'legal-basis', kind: 'near-miss', text: 'If you think we lack a legal basis, you can object.', expectState: 'missing' },
  { rule: 'legal-basis', kind: 'near-miss', text: 'Some processing is based on our legitimate interests.', expectState: 'partial' },

  { rule: 'recipients', kind: 'meets', text: 'Your invoices can be seen by our accountant; nobody else outside the shop gets them.', expectState: 'satisfied' },
  { rule: 'recipients', kind: 'misses', text: 'Your details are stored safely.', expectState: 'missing' },
  { rule: 'recipients', kind: 'near-miss', text: 'Partners can send their questions to us by email.', expectState: 'missing' },

  { rule: 'retention-period', kind: 'meets', text: 'Once your membership lapses, we shred the paper form within a fortnight.', expectState: 'satisfied' },
  { rule: 'retention-period', kind: 'meets', text: 'We delete your email address from our mailing list within 30 days of your request.', expectState: 'satisfied' },
  { rule: 'retention-period', kind: 'misses', text: 'Your data sits on a server in Frankfurt.', expectState: 'missing' },
  { rule: 'retention-period', kind: 'near-miss', text: 'You may continue to get our mailings for up to ten days after you unsubscribe.', expectState: 'missing' },
  { rule: 'retention-period', kind: 'near-miss', text: 'Our privacy team takes you off the mailing list within five days of your request.', expectState: 'missing' },

  { rule: 'automated-decision-making', kind: 'meets', text: 'No algorithm alone decides whether your insurance claim is paid; a person always looks at it.', expectState: 'satisfied' },
  { rule: 'automated-decision-making', kind: 'misses', text: 'We use your data to run the shop.', expectState: 'missing' },
  { rule: 'automated-decision-making', kind: 'near-miss', text: 'Other networks build profiles of their own users; see their policies.', expectState: 'missing' },

  { rule: 'childrens-data', kind: 'meets', text: 'Pupils may only join the reading club with a parent or guardian signing the form.', expectState: 'satisfied' },
  { rule: 'childrens-data', kind: 'misses', text: 'Anyone may browse the catalogue.', expectState: 'missing' },
  { rule: 'childrens-data', kind: 'near-miss', text: 'Our child company in Oslo handles the invoices.', expectState: 'missing' },

  { rule: 'statutory-requirement', kind: 'meets', text: 'Telling us your birthday is entirely optional.', expectState: 'satisfied' },
  { rule: 'statutory-requirement', kind: 'misses', text: 'Our form asks for your name and street.', expectState: 'missing' },
  { rule: 'statutory-requirement', kind: 'near-miss', text: 'Our staff are required to keep your details confidential.', expectState: 'missing' },

  { rule: 'data-categories', kind: 'meets', text: 'The sign-up form records your full name, your mobile number and your date of birth.', expectState: 'satisfied' },
  { rule: 'data-categories', kind: 'misses', text: 'Details about you also come to us from the letting agencies we work with.', expectState: 'missing' },
  { rule: 'data-categories', kind: 'near-miss', text: 'Details about you come to us from letting agencies. We receive several types of requests from them.', expectState: 'missing' },
  { rule: 'data-categories', kind: 'not-applicable', text: 'We answer letters.', expectState: 'not-applicable' },

  { rule: 'data-source', kind: 'meets', text: 'Your membership number comes to us from the rowing association you belong to.', expectState: 'satisfied' },
  { rule: 'data-source', kind: 'misses', text: 'Some information about you is obtained from other sources.', expectState: 'missing' },
  { rule: 'data-source', kind: 'near-miss', text: 'Information about you may also come from other parties.', expectState: 'missing' },
  { rule: 'data-source', kind: 'not-applicable', text: 'We do not buy data about you from anyone.', expectState: 'not-applicable' },

  { rule: 'eu-representative', kind: 'meets', text: `${US_COMPANY} People in the EU can address the agent we appointed under Art. 27 GDPR, Kestrel Rep B.V., Amsterdam.`, expectState: 'satisfied' },
  { rule: 'eu-representative', kind: 'misses', text: US_COMPANY, expectState: 'missing' },
  { rule: 'eu-representative', kind: 'near-miss', text: `${US_COMPANY} They can ask a customer service representative for help.`, expectState: 'missing' },
  { rule: 'eu-representative', kind: 'not-applicable', text: 'Brightwater GmbH, Lindenweg 2, 10115 Berlin, serves users in the EU.', expectState: 'not-applicable' },

  // --- Plain language -----------------------------------------------------------------------------------------------
  { rule: 'vague-language', kind: 'meets', text: 'We give your delivery address to our courier, Parcelco.', expectState: 'satisfied' },
  { rule: 'vague-language', kind: 'misses', text: 'We may share data with certain partners from time to time.', expectState: 'partial' },
  { rule: 'vague-language', kind: 'near-miss', text: 'We keep invoices as long as necessary: ten years, as tax law requires.', expectState: 'satisfied' },

  { rule: 'long-sentence', kind: 'meets', text: 'We note your name. We keep the note for one evening.', expectState: 'satisfied' },
  { rule: 'long-sentence', kind: 'misses', text: LONG, expectState: 'partial' },
  { rule: 'long-sentence', kind: 'near-miss', text: FORTY, expectState: 'satisfied' },
];

/** The top-level rules this file covers: each needs a draft that meets it, one that misses it and a near miss. */
const RULES = [
  'controller-identity', 'controller-contact', 'dpo-contact',
  'right-of-access', 'right-to-rectification', 'right-to-erasure', 'right-to-restriction', 'right-to-portability', 'right-to-object', 'right-to-withdraw-consent', 'right-to-complain',
  'transfer-safeguards', 'obsolete-transfer-mechanism', 'last-updated', 'stale-last-updated', 'unfilled-placeholder',
  'processing-purposes', 'legal-basis', 'recipients', 'retention-period', 'automated-decision-making', 'childrens-data', 'statutory-requirement',
  'data-categories', 'data-source', 'eu-representative', 'vague-language', 'long-sentence',
];

describe('rule fixtures: GDPR rules, data-driven', () => {
  it('every top-level rule has a draft that meets it, one that misses it and a near miss', () => {
    for (const rule of RULES) {
      for (const kind of ['meets', 'misses', 'near-miss'] as const) {
        assert.ok(FIXTURES.some((f) => f.rule === rule && f.kind === kind), `${rule}: no "${kind}" fixture`);
      }
    }
  });

  it('the two counted line lengths are what the long-sentence cases say', () => {
    assert.strictEqual(LONG.split(/\s+/).length, 48);
    assert.strictEqual(FORTY.split(/\s+/).length, 40);
  });

  for (const f of FIXTURES) {
    it(`${f.rule} [${f.kind}] is ${f.expectState}: "${f.text.length > 90 ? `${f.text.slice(0, 87)}...` : f.text}"`, () => {
      const c = cov(run(draft(f.text), { regimes: ['gdpr'] }), f.rule);
      assert.strictEqual(c.state, f.expectState, `${f.rule} on "${f.text}": ${c.detail ?? ''}`);
    });
  }
});
