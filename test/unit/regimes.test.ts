/** Regime inference, the CCPA / DPF / LGPD / UK GDPR rules, and the conditional right-to-withdraw-consent. Drafts are our own. */
import * as assert from 'assert';
import { ruleById } from '../../server/src/rules';
import { ccpaRules } from '../../server/src/rules/ccpa';
import { dpfRules } from '../../server/src/rules/dpf';
import { lgpdRules } from '../../server/src/rules/lgpd';
import { ukRules } from '../../server/src/rules/uk';
import type { CoverageState, RegimeId } from '../../server/src/core/types';
import { cov, findingsOf, none, one, run } from './helpers';
import { CCPA_SIGNAL, GDPR_SIGNAL, LGPD_SIGNAL, UK_SIGNAL, WORD_SIGNALS, caseless, wordSignalsIn } from '../../server/src/core/regimes';

const draft = (body: string) => `# Privacy Policy\n\nLast updated: 2026-10-01\n\nJuniper Lane sells hand-poured candles online.\n\n${body}\n`;

describe('regimes: inference from wording', () => {
  const cases: [string, string, RegimeId[]][] = [
    ['no signal at all', 'We use your address to deliver parcels.', ['gdpr']],
    ['GDPR wording', 'We process your data under the GDPR when you shop from the EEA.', ['gdpr']],
    ['UK wording only', 'If you live in the United Kingdom, you can complain to the ICO.', ['uk-gdpr']],
    ['UK and EU wording', 'This policy covers the UK GDPR and the EU GDPR.', ['gdpr', 'uk-gdpr']],
    ['the Data Protection Act 2018', 'We follow the Data Protection Act 2018.', ['uk-gdpr']],
    ['UK as the company address only', 'Juniper Lane Ltd is registered in the United Kingdom.', ['gdpr']],
    ['California consumers', 'California residents have extra rights under the CCPA.', ['ccpa']],
    ['the CPRA', 'This notice is written for the CPRA.', ['ccpa']],
    ['"we do not sell" is not California wording', 'We do not sell your data.', ['gdpr']],
    ['DPF participation', 'Juniper Lane Inc. complies with the EU-U.S. Data Privacy Framework.', ['dpf']],
    ['a processor certified under the DPF is not participation', 'Our payment processor is certified under the Data Privacy Framework.', ['gdpr']],
    ['"we comply with" the DPF', 'For EEA users we comply with the EU-U.S. Data Privacy Framework.', ['gdpr', 'dpf']],
    ['certified to the Department of Commerce', 'Juniper Lane has certified to the U.S. Department of Commerce that it adheres to the DPF Principles.', ['dpf']],
    ['a participating organisation', 'Juniper Lane is a participating organisation in the Data Privacy Framework.', ['dpf']],
    ['a bare "<Name> is certified" reads as a provider', 'We host on Cloudhaven. Cloudhaven is certified under the Data Privacy Framework.', ['gdpr']],
    ['a provider named before the verb', 'Our payment processor Tillpoint participates in the Data Privacy Framework.', ['gdpr']],
    ['"as <Name> is certified"', 'We rely on an adequacy decision for Tillpoint, as Tillpoint is certified under the EU-US Data Privacy Framework.', ['gdpr']],
    ['", which is certified"', 'We send order data to Tillpoint Inc., which is certified under the Data Privacy Framework.', ['gdpr']],
    ['LGPD', 'Users in Brazil have the rights granted by the LGPD.', ['lgpd']],
    ['several regimes', 'EEA users are covered by the GDPR; California residents by the CCPA.', ['gdpr', 'ccpa']],
  ];
  for (const [name, body, expected] of cases) {
    it(name, () => assert.deepStrictEqual(run(draft(body)).regimes, expected));
  }

  it('no signal: the engine falls back to gdpr and says so', () => {
    const a = run(draft('We use your address to deliver parcels.'));
    assert.deepStrictEqual([a.regimes, a.regimeSource], [['gdpr'], 'default']);
  });

  it('a CCPA-only draft is checked for the CCPA only: no GDPR finding', () => {
    const a = run(draft('California residents have rights under the CCPA. We do not sell or share personal information.'));
    assert.deepStrictEqual(a.regimes, ['ccpa']);
    for (const f of a.findings) assert.ok(ruleById(f.rule)!.regimes.includes('ccpa'), `${f.rule} is not a CCPA rule`);
    assert.strictEqual(cov(a, 'right-to-portability').state, 'not-applicable');
    assert.ok(findingsOf(a, 'ccpa-right-to-delete').length === 1);
  });

  it('front matter regimes: [ccpa] wins over EU wording', () => {
    const a = run(`---\nregimes: [ccpa]\n---\n${draft('We transfer data outside the EEA under the GDPR.')}`);
    assert.deepStrictEqual([a.regimes, a.regimeSource], [['ccpa'], 'front-matter']);
    none(a, 'right-of-access');
    assert.strictEqual(cov(a, 'ccpa-right-to-know').state, 'missing');
  });

  it('new rules are not run outside their regime', () => {
    const a = run(draft('We process your data under the GDPR.'));
    for (const r of [...ccpaRules, ...dpfRules, ...lgpdRules, ...ukRules]) assert.strictEqual(cov(a, r.id).state, 'not-applicable', r.id);
  });
});

interface Case {
  regime: RegimeId;
  good: string;
  bad: string;
  badState?: CoverageState;
  near: string;
  nearState: CoverageState;
}

const NOTHING = 'We pour every candle by hand.';

const CASES: Record<string, Case> = {
  'ccpa-categories-collected': {
    regime: 'ccpa',
    good: 'In the past 12 months we collected identifiers such as your name and email, commercial information such as your orders, internet or other electronic network activity information such as pages viewed, and geolocation data such as your city.',
    bad: NOTHING,
    near: 'We collect your name, email address and order history.',
    nearState: 'partial',
  },
  'ccpa-sources': {
    regime: 'ccpa',
    good: 'We collect personal information directly from you and automatically from your device when you browse the shop.',
    bad: NOTHING,
    near: 'We collect information from you when you place an order.',
    nearState: 'partial',
  },
  'ccpa-business-purposes': {
    regime: 'ccpa',
    good: 'We use your personal information to process and ship your orders.',
    bad: NOTHING,
    near: 'We use personal information for business purposes.',
    nearState: 'partial',
  },
  'ccpa-sold-or-shared': {
    regime: 'ccpa',
    good: 'In the past 12 months we have not sold or shared any personal information.',
    bad: NOTHING,
    near: 'We do not sell your personal information.',
    nearState: 'partial',
  },
  'ccpa-disclosed-for-business-purpose': {
    regime: 'ccpa',
    good: 'In the past 12 months we disclosed identifiers and commercial information for a business purpose to our payment and hosting service providers.',
    bad: NOTHING,
    near: 'We share your details with service providers who help us run the shop.',
    nearState: 'partial',
  },
  'ccpa-right-to-know': {
    regime: 'ccpa',
    good: 'You have the right to know what personal information we collected about you, where it came from, why we use it and who we disclosed it to.',
    bad: NOTHING,
    near: 'You can request a copy of your personal information.',
    nearState: 'partial',
  },
  'ccpa-right-to-delete': {
    regime: 'ccpa',
    good: 'You can ask us to delete the personal information we collected from you.',
    bad: NOTHING,
    near: 'We delete server logs after 30 days.',
    nearState: 'missing',
  },
  'ccpa-right-to-correct': {
    regime: 'ccpa',
    good: 'You can ask us to correct inaccurate personal information.',
    bad: NOTHING,
    near: 'We work hard to keep our records accurate.',
    nearState: 'missing',
  },
  'ccpa-right-to-opt-out': {
    regime: 'ccpa',
    good: 'We share identifiers with advertising partners for cross-context behavioral advertising. You can opt out of this sharing at any time.',
    bad: 'We sell customer email lists to partner brands.',
    near: 'We do not sell your personal information.',
    nearState: 'not-applicable',
  },
  'ccpa-right-to-limit': {
    regime: 'ccpa',
    good: 'We collect precise geolocation, which is sensitive personal information. You can use the Limit the Use of My Sensitive Personal Information link to restrict its use.',
    bad: 'We collect sensitive personal information such as your precise location to suggest nearby stores.',
    near: 'We use sensitive personal information only for the purposes permitted by the regulations.',
    nearState: 'not-applicable',
  },
  'ccpa-non-discrimination': {
    regime: 'ccpa',
    good: 'We will not discriminate against you for using your privacy rights, and we will not retaliate against employees, job applicants or independent contractors who use theirs.',
    bad: NOTHING,
    near: 'We will not discriminate against you for using your privacy rights.',
    nearState: 'partial',
  },
  'ccpa-request-methods': {
    regime: 'ccpa',
    good: 'You can submit a request by calling us toll-free at 1-800-555-0199 or through our web form at https://candles.example/privacy-request.',
    bad: NOTHING,
    near: 'You can submit a request by emailing privacy@candles.example.',
    nearState: 'partial',
  },
  'ccpa-authorized-agent': {
    regime: 'ccpa',
    good: 'An authorized agent can submit a request on your behalf if they send us your signed permission.',
    bad: NOTHING,
    near: 'An authorized agent may contact us.',
    nearState: 'partial',
  },
  'ccpa-do-not-sell-link': {
    regime: 'ccpa',
    good: 'We sell customer email lists. Use the Do Not Sell or Share My Personal Information link in the footer to opt out.',
    bad: 'We sell customer email lists to partner brands.',
    near: 'We do not sell or share personal information.',
    nearState: 'not-applicable',
  },
  'ccpa-retention': {
    regime: 'ccpa',
    good: 'We keep order records for seven years to meet tax rules.',
    bad: NOTHING,
    near: 'We keep your information as long as necessary.',
    nearState: 'partial',
  },
  'ccpa-opt-out-preference-signal': {
    regime: 'ccpa',
    good: 'We treat a Global Privacy Control signal as a request to opt out of sale and sharing.',
    bad: 'We sell customer email lists to partner brands.',
    near: 'We do not respond to Do Not Track signals.',
    nearState: 'partial',
  },
  'ccpa-minors': {
    regime: 'ccpa',
    good: 'We share identifiers with advertising partners for cross-context behavioral advertising. We have no actual knowledge that we sell or share the personal information of consumers under 16 years of age.',
    bad: 'We sell customer email lists to partner brands.',
    near: 'We sell customer email lists to partner brands. We do not knowingly collect personal information from children under 13.',
    nearState: 'partial',
  },
  'ccpa-third-party-categories': {
    regime: 'ccpa',
    good: 'We disclose personal information to payment processors and delivery companies.',
    bad: NOTHING,
    near: 'We share personal information with third parties.',
    nearState: 'partial',
  },
  'ccpa-sensitive-information-use': {
    regime: 'ccpa',
    good: 'We do not use or disclose sensitive personal information for purposes other than those permitted by 11 CCR §7027(m).',
    bad: NOTHING,
    near: 'We collect sensitive personal information such as your precise location.',
    nearState: 'partial',
  },
  'ccpa-verification': {
    regime: 'ccpa',
    good: 'To verify your identity, we will ask you to provide your email address and a recent order number and match them against our records.',
    bad: NOTHING,
    near: 'We will verify your request before acting on it.',
    nearState: 'partial',
  },
  'dpf-data-types': {
    regime: 'dpf',
    good: 'Under the Framework we receive your name, email address and order history.',
    bad: NOTHING,
    near: 'We collect personal data when you use the shop.',
    nearState: 'partial',
  },
  'dpf-purposes': {
    regime: 'dpf',
    good: 'We use the data we receive to ship your orders and to answer your questions.',
    bad: NOTHING,
    near: 'We use personal data for legitimate business purposes.',
    nearState: 'partial',
  },
  'dpf-contact': {
    regime: 'dpf',
    good: 'Questions or complaints about our handling of your data can be sent to privacy@candles.example.',
    bad: NOTHING,
    near: 'If you have any concerns, please contact us.',
    nearState: 'partial',
  },
  'dpf-third-parties': {
    regime: 'dpf',
    good: 'We share your address with delivery companies so that they can bring you your parcel.',
    bad: NOTHING,
    near: 'We may share personal data with third parties.',
    nearState: 'partial',
  },
  'dpf-access': {
    regime: 'dpf',
    good: 'You can ask us for a copy of the personal data we hold about you.',
    bad: NOTHING,
    near: 'Only authorised staff can access personal data.',
    nearState: 'missing',
  },
  'dpf-choices': {
    regime: 'dpf',
    good: 'You can opt out of marketing emails using the unsubscribe link in every message.',
    bad: NOTHING,
    near: 'You may opt out of marketing emails.',
    nearState: 'partial',
  },
  'dpf-participation-and-list': {
    regime: 'dpf',
    good: 'Juniper Lane Inc. participates in the EU-U.S. Data Privacy Framework. Our certification is listed at https://www.dataprivacyframework.gov/list.',
    bad: NOTHING,
    near: 'Juniper Lane Inc. participates in the EU-U.S. Data Privacy Framework.',
    nearState: 'partial',
  },
  'dpf-commitment': {
    regime: 'dpf',
    good: 'We commit to subject all personal data received from the EU in reliance on the Data Privacy Framework to its Principles.',
    bad: NOTHING,
    near: 'We care a lot about the Data Privacy Framework.',
    nearState: 'missing',
  },
  'dpf-recourse': {
    regime: 'dpf',
    good: 'Complaints we cannot resolve can be referred free of charge to BBB National Programs, our independent recourse mechanism.',
    bad: NOTHING,
    near: 'Send Data Privacy Framework complaints to privacy@candles.example.',
    nearState: 'partial',
  },
  'dpf-enforcement': {
    regime: 'dpf',
    good: 'We are subject to the investigatory and enforcement powers of the Federal Trade Commission.',
    bad: NOTHING,
    near: 'The FTC publishes useful tips for shoppers.',
    nearState: 'partial',
  },
  'dpf-arbitration': {
    regime: 'dpf',
    good: 'Under certain conditions you may invoke binding arbitration for complaints not resolved by other means.',
    bad: NOTHING,
    near: 'All disputes with customers go to binding arbitration under our terms of sale.',
    nearState: 'partial',
  },
  'dpf-lawful-access': {
    regime: 'dpf',
    good: 'We may disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements.',
    bad: NOTHING,
    near: 'We may disclose personal data to comply with a court order.',
    nearState: 'partial',
  },
  'dpf-onward-transfer-liability': {
    regime: 'dpf',
    good: 'For onward transfers to our processors, we remain liable if they handle the data in a way that breaks the Principles.',
    bad: NOTHING,
    near: 'We limit onward transfers to vetted vendors.',
    nearState: 'partial',
  },
  'lgpd-rights': {
    regime: 'lgpd',
    good: 'You can ask us to confirm whether we process your data. You can ask us to anonymise, block or delete unnecessary data. You can ask for information about the public and private entities we have shared your data with. We tell you that you may refuse consent and explain the consequences of refusing.',
    bad: NOTHING,
    near: 'Under LGPD Art. 18 you can access, correct and delete your data.',
    nearState: 'partial',
  },
  'lgpd-complaint-anpd': {
    regime: 'lgpd',
    good: 'You can also file a complaint with the ANPD, the Brazilian data protection authority.',
    bad: NOTHING,
    near: 'You can lodge a complaint with a supervisory authority.',
    nearState: 'partial',
  },
  'lgpd-encarregado': {
    regime: 'lgpd',
    good: 'Our encarregado is Ana Souza, reachable at encarregado@candles.example.',
    bad: NOTHING,
    near: 'We have appointed an encarregado.',
    nearState: 'partial',
  },
  'lgpd-shared-use': {
    regime: 'lgpd',
    good: 'We share personal data with payment providers to process your payments.',
    bad: NOTHING,
    near: 'We share personal data with service providers.',
    nearState: 'partial',
  },
  'uk-complaint-ico': {
    regime: 'uk-gdpr',
    good: "You can complain to the Information Commissioner's Office at https://ico.org.uk.",
    bad: NOTHING,
    near: 'You can lodge a complaint with a supervisory authority.',
    nearState: 'partial',
  },
  'uk-transfer-tools': {
    regime: 'uk-gdpr',
    good: 'For transfers from the UK we use the EU standard contractual clauses with the UK Addendum.',
    bad: 'We do not transfer personal data abroad.',
    badState: 'not-applicable',
    near: 'We rely on standard contractual clauses for transfers to the US.',
    nearState: 'partial',
  },
};

describe('the regime-specific rules: satisfied, missing and a near miss for each', () => {
  const all = [...ccpaRules, ...dpfRules, ...lgpdRules, ...ukRules];

  it('every new rule has cases, its own regime only, a primary-text citation and a warning severity', () => {
    const primary: Record<string, RegExp> = {
      ccpa: /^https:\/\/(?:leginfo\.legislature\.ca\.gov\/faces\/codes_displaySection\.xhtml\?lawCode=CIV&sectionNum=1798\.\d{3}|cppa\.ca\.gov\/regulations\/pdf\/cppa_regs\.pdf)$/,
      dpf: /^https:\/\/www\.dataprivacyframework\.gov\/framework-article\/II-Principles$/,
      lgpd: /^https:\/\/www\.planalto\.gov\.br\/ccivil_03\/_ato2015-2018\/2018\/lei\/l13709\.htm$/,
      'uk-gdpr': /^https:\/\/www\.legislation\.gov\.uk\/eur\/2016\/679\/contents$/,
    };
    for (const r of all) {
      assert.ok(CASES[r.id], `no test cases for ${r.id}`);
      assert.deepStrictEqual(r.regimes, [CASES[r.id].regime], r.id);
      assert.match(r.citations[0].url, primary[CASES[r.id].regime], r.id);
      assert.strictEqual(r.defaultSeverity, 'warning');
      assert.ok(r.section && r.clause, `${r.id}: section and clause`);
    }
    assert.strictEqual(Object.keys(CASES).length, all.length);
  });

  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      const go = (body: string) => run(draft(body), { regimes: [c.regime] });
      it('is satisfied by a draft that says it', () => {
        const a = go(c.good);
        assert.strictEqual(cov(a, id).state, 'satisfied', cov(a, id).detail);
        none(a, id);
      });
      it(`is ${c.badState ?? 'missing'} when the draft says nothing`, () => {
        const a = go(c.bad);
        assert.strictEqual(cov(a, id).state, c.badState ?? 'missing', cov(a, id).detail);
        if ((c.badState ?? 'missing') === 'missing') assert.strictEqual(one(a, id).severity, 'warning');
      });
      it(`a near miss is ${c.nearState}`, () => {
        const a = go(c.near);
        assert.strictEqual(cov(a, id).state, c.nearState, cov(a, id).detail);
      });
      it('its own clause, inserted, meets it (placeholders aside)', () => {
        const a = go(ruleById(id)!.clause!.text);
        const e = cov(a, id);
        assert.ok(e.state === 'satisfied' || (e.state === 'partial' && /placeholders to fill in/.test(e.detail ?? '')), `${e.state}: ${e.detail}`);
      });
    });
  }

  it('the pre-CPRA link title is a defect with a rename fix', () => {
    const text = draft('We sell customer email lists. Use the Do Not Sell My Personal Information link in the footer.');
    const a = run(text, { regimes: ['ccpa'] });
    const f = one(a, 'ccpa-do-not-sell-link');
    assert.strictEqual(f.kind, 'defect');
    assert.strictEqual(text.slice(f.span.start, f.span.end), 'Do Not Sell My Personal Information');
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Do Not Sell or Share My Personal Information');
  });

  it('a prose "we do not sell my data" is not a link title', () => {
    const a = run(draft('We do not sell my personal information, says our founder.'), { regimes: ['ccpa'] });
    assert.strictEqual(cov(a, 'ccpa-do-not-sell-link').state, 'not-applicable');
  });

  it('request methods: two methods without a toll-free number is partial and explains the online-only exception', () => {
    const a = run(draft('You can submit a request by emailing privacy@candles.example or through our web form at https://candles.example/form.'), { regimes: ['ccpa'] });
    assert.strictEqual(cov(a, 'ccpa-request-methods').state, 'partial');
    assert.match(one(a, 'ccpa-request-methods').message, /toll-free.*only online/);
  });
});

describe('right-to-withdraw-consent applies only when the policy relies on consent', () => {
  const rights = '## Your rights\n\nYou can ask for a copy of your data.';
  it('is not applicable, with a reason, when consent is never relied on', () => {
    const a = run(draft(rights));
    none(a, 'right-to-withdraw-consent');
    const c = cov(a, 'right-to-withdraw-consent');
    assert.strictEqual(c.state, 'not-applicable');
    assert.match(c.detail!, /does not rely on consent/);
  });
  for (const reliance of [
    'We send our newsletter only with your consent.',
    'Consent is the legal basis for our marketing emails.',
    'We ask for your consent before setting analytics cookies.',
    'Our cookie banner lets you accept or refuse analytics.',
    'By subscribing, you consent to receiving our newsletter.',
  ]) {
    it(`is missing when the draft relies on consent: "${reliance}"`, () => {
      const a = run(draft(`${reliance}\n\n${rights}`));
      const f = one(a, 'right-to-withdraw-consent');
      assert.match(f.message, /relies on consent/);
      assert.strictEqual(f.related?.length, 1);
    });
  }
  it('is satisfied when withdrawal is stated', () => {
    const a = run(draft(`We send our newsletter only with your consent.\n\n${rights} You can withdraw your consent at any time.`));
    assert.strictEqual(cov(a, 'right-to-withdraw-consent').state, 'satisfied');
  });
  it('"without your knowledge" about others is not reliance on consent', () => {
    const a = run(draft(`Other people may forward your messages without your knowledge.\n\n${rights}`));
    assert.strictEqual(cov(a, 'right-to-withdraw-consent').state, 'not-applicable');
  });
});

describe('regimes: the anchored signal tests agree with the plain patterns', () => {
  // Each signal is tried only near its literal words (a speed-up); it must answer exactly as the pattern would.
  const pieces = ['GDPR', 'UK ', 'U.K. ', 'United Kingdom ', 'General Data Protection Regulation', 'Regulation (EU) 2016/679', 'EEA', 'EU', 'EU-US', 'European Union', 'European users', 'Member State', 'across Europe', 'in Europe', 'ICO', 'ico.org.uk', 'Information Commissioner', 'IDTA', 'UK Addendum', 'UK privacy law', 'CCPA', 'CPRA', 'California residents', 'resident in California', 'located in California', 'Cal. Civ. Code', 'Do Not Sell', 'DO NOT SELL', 'LGPD', 'lgpd', 'Lei Geral de Proteção', 'ANPD', 'Law No. 13.709', 'Lei nº 13.709', 'lei n.º 13,709', 'in Brazil', 'from brazil', 'Brazilian residents', ' ', 'x', 'a', '.', 'in ', 'from ', '13', '709', 'the '];
  // The entries of WORD_SIGNALS, in order, and the plain pattern each must answer as.
  const pairs: [string, RegExp, (t: string) => boolean][] = [
    ['gdpr', GDPR_SIGNAL, (t) => wordSignalsIn(t)[0]],
    ['uk-gdpr', UK_SIGNAL, (t) => wordSignalsIn(t)[1]],
    ['ccpa', CCPA_SIGNAL, (t) => wordSignalsIn(t)[2]],
    ['lgpd', LGPD_SIGNAL, (t) => wordSignalsIn(t)[3]],
  ];
  it('list the signals in the order the checks below assume', () => {
    assert.deepStrictEqual(WORD_SIGNALS.map((w) => w.signal), pairs.map(([, re]) => re));
  });
  it('share one scan: no two signals have words that can match at the same offset', () => {
    // Every signal's words are plain alternatives of literals; two match at one offset only if one is a prefix of
    // the other (compared in lower case, which also covers the case-insensitive signal).
    const sources = WORD_SIGNALS.flatMap((w) => w.words.source.split('|'));
    for (const alt of sources) assert.doesNotMatch(alt.replace(/\\./g, ''), /[()[\]?*+{}.^$]/, `a plain literal: ${alt}`);
    const literals = WORD_SIGNALS.map((w) => w.words.source.split('|').map((alt) => alt.replace(/\\(.)/g, '$1').toLowerCase()));
    for (let i = 0; i < literals.length; i++) {
      for (let j = i + 1; j < literals.length; j++) {
        for (const a of literals[i]) for (const b of literals[j]) assert.ok(!a.startsWith(b) && !b.startsWith(a), `${a} / ${b}`);
      }
    }
  });
  it('spell a case-insensitive signal out letter by letter', () => {
    const re = new RegExp(`^(?:${caseless('Lei Geral|\\.709')})$`);
    for (const t of ['Lei Geral', 'LEI GERAL', 'lei geral', '.709']) assert.match(t, re);
    for (const t of ['Lei  Geral', 'x709']) assert.doesNotMatch(t, re);
  });
  it('on 20,000 random joins of signal words and near misses', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let k = 1 + rand(8); k > 0; k--) t += pieces[rand(pieces.length)];
      for (const [name, re, anchored] of pairs) assert.strictEqual(anchored(t), re.test(t), `${name}: ${JSON.stringify(t)}`);
    }
  });
});
