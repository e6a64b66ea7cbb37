/** The GDPR Art. 13/14/27 disclosure rules: each one met in unusual words, missed, and not fooled by a near miss. */
import * as assert from 'assert';
import { cov, none, one, run } from './helpers';

/** A small Markdown draft with the given body; GDPR wording so that the GDPR rules apply. */
function draft(body: string): string {
  return `# Privacy notice\n\nThis notice follows the GDPR.\n\n${body}\n`;
}

function state(text: string, rule: string): string {
  return cov(run(text), rule).state;
}

interface Case {
  rule: string;
  meets: string;
  misses: string;
  nearMiss: string;
}

const CASES: Case[] = [
  {
    rule: 'controller-identity',
    meets: 'Quillfeather Pottery Cooperative runs the kiln-booking site and answers for everything that happens to your details there; it is the body responsible for your personal data.',
    misses: 'The developer of this app cares about your privacy.',
    nearMiss: '[Company Name] is responsible for your personal data.',
  },
  {
    rule: 'processing-purposes',
    meets: 'Your postcode is used solely to work out which of our depots delivers to you.',
    misses: 'We hold some personal data about our members.',
    nearMiss: 'The purposes of our processing are described in a separate notice on our website.',
  },
  {
    rule: 'legal-basis',
    meets: 'Sending you the parcel is something we must do under our sales contract with you, so that processing rests on contractual necessity.',
    misses: 'By using the site you agree to everything in this notice.',
    nearMiss: 'Where we rely on your consent, you may withdraw it at any time.',
  },
  {
    rule: 'recipients',
    meets: 'Your parcel label, with your name and address, is handed to the courier company that carries the parcel.',
    misses: 'We look after your details carefully.',
    nearMiss: 'You or your friends may provide information to us.',
  },
  {
    rule: 'retention-period',
    meets: 'Booking records are wiped eighteen months after your last visit.',
    misses: 'We store your data on secure servers.',
    nearMiss: 'Browsers keep cookies for two years.',
  },
  {
    rule: 'automated-decision-making',
    meets: 'No software alone ever decides whether you get a loan from us; a member of staff reviews every application.',
    misses: 'We use your data to run the shop.',
    nearMiss: 'You can update your profile picture in the settings.',
  },
  {
    rule: 'childrens-data',
    meets: 'Nobody younger than thirteen may open an account, and we erase any account we find was opened by a younger person.',
    misses: 'Anyone may browse the catalogue.',
    nearMiss: 'We report child abuse material to the police.',
  },
  {
    rule: 'statutory-requirement',
    meets: 'Should you decline to give us a delivery address, we cannot ship the order to you.',
    misses: 'We collect your name and address when you order.',
    nearMiss: 'We may be required to disclose personal data to a court.',
  },
];

describe('catalogue: GDPR disclosures (Art. 13, 14, 27)', () => {
  for (const c of CASES) {
    describe(c.rule, () => {
      it('is met by unusual wording', () => {
        const a = run(draft(c.meets));
        none(a, c.rule);
        assert.strictEqual(cov(a, c.rule).state, 'satisfied');
      });
      it('is missing when the draft does not say it, with a clause to insert', () => {
        const a = run(draft(c.misses));
        const f = one(a, c.rule);
        assert.strictEqual(f.kind, 'missing');
        assert.strictEqual(f.severity, 'warning');
        assert.match(f.message, /GDPR Art\. \d+/);
        assert.strictEqual(f.fixes.length, 1);
      });
      it(`a near miss does not count: "${c.nearMiss}"`, () => {
        const a = run(draft(c.nearMiss));
        assert.notStrictEqual(cov(a, c.rule).state, 'satisfied');
        one(a, c.rule);
      });
    });
  }

  describe('controller-identity', () => {
    it('counts a brand defined as "we", and a legal entity next to a controller role', () => {
      none(run(draft('Tidewater Maps ("we", "us") makes offline hiking maps.')), 'controller-identity');
      none(run(draft('The controller is Hollin & Rowe GmbH, Gartenweg 3, 10115 Berlin.')), 'controller-identity');
    });
    it('a vendor named as a third party is not the controller', () => {
      one(run(draft('We measure visits with an analytics tool made by Google LLC.')), 'controller-identity');
    });
  });

  describe('legal-basis', () => {
    it('a bare "legitimate interests" is partial, on the sentence that relies on it', () => {
      const text = draft('Some processing is based on our legitimate interests.');
      const a = run(text);
      const f = one(a, 'legal-basis');
      assert.strictEqual(cov(a, 'legal-basis').state, 'partial');
      assert.match(f.message, /does not say what those interests are/);
      assert.strictEqual(a.doc.text.slice(f.span.start, f.span.end), 'Some processing is based on our legitimate interests.');
    });
    it('legitimate interests with the interest described are met', () => {
      none(run(draft('We rely on our legitimate interest in keeping the booking system free of fraud.')), 'legal-basis');
    });
  });

  describe('recipients', () => {
    it('an explicit "we give it to nobody" is a disclosure', () => {
      none(run(draft('Your details never leave our office: we do not share them with anyone.')), 'recipients');
    });
  });

  describe('retention-period', () => {
    it('criteria count as well as periods', () => {
      none(run(draft('We keep your profile for as long as your membership lasts.')), 'retention-period');
    });
    it('the finding goes to the retention heading when there is one', () => {
      const text = draft('## How long we keep data\n\nWe keep it safe.');
      const a = run(text);
      const f = one(a, 'retention-period');
      assert.strictEqual(a.doc.text.slice(f.span.start, f.span.end), 'How long we keep data');
    });
  });

  describe('automated-decision-making', () => {
    it('a plain negative statement is enough', () => {
      none(run(draft('We do not use automated decision-making.')), 'automated-decision-making');
    });
  });

  describe('data-categories', () => {
    it('is not applicable when all data comes from the person and no categories are listed', () => {
      const a = run(draft('We answer letters.'));
      none(a, 'data-categories');
      assert.strictEqual(cov(a, 'data-categories').state, 'not-applicable');
    });
    it('is met by a list of the kinds of data held', () => {
      none(run(draft('When you sign up we ask for your name, your phone number and your date of birth.')), 'data-categories');
    });
    it('is missing when data comes from others and no kinds are named', () => {
      const a = run(draft('We also obtain information about you from trade fair organisers.'));
      const f = one(a, 'data-categories');
      assert.match(f.message, /Art\. 14\(1\)\(d\)/);
    });
  });

  describe('data-source', () => {
    it('is not applicable when the draft never says data comes from elsewhere', () => {
      const a = run(draft('You give us your email address when you subscribe.'));
      none(a, 'data-source');
      assert.strictEqual(state(draft('You give us your email address when you subscribe.'), 'data-source'), 'not-applicable');
    });
    it('is met when the source is named', () => {
      none(run(draft('We receive your contact details from the trade fair organisers when you register for our stand.')), 'data-source');
    });
    it('"from third parties" alone names no source: missing, pointing at that sentence', () => {
      const text = draft('We may receive information about you from third parties.');
      const a = run(text);
      const f = one(a, 'data-source');
      assert.match(f.message, /does not name the sources/);
      assert.strictEqual(a.doc.text.slice(f.related![0].span.start, f.related![0].span.end), 'We may receive information about you from third parties.');
    });
    it('"we do not receive data from third parties" is not a trigger', () => {
      assert.strictEqual(state(draft('We do not receive any data about you from third parties.'), 'data-source'), 'not-applicable');
    });
  });

  describe('eu-representative', () => {
    const usCompany = 'Pinecone Labs, Inc. is incorporated in Delaware. Contact: 400 Alder Street, Portland, OR 97204.';
    it('is not applicable for a draft that does not address the EU', () => {
      const text = `# Privacy notice\n\n${usCompany}\n`;
      assert.strictEqual(state(text, 'eu-representative'), 'not-applicable');
    });
    it('is not applicable for an organisation established in the EU', () => {
      assert.strictEqual(state(draft('Brightwater GmbH, Lindenweg 2, 10115 Berlin, is the controller. We serve users in the EU.'), 'eu-representative'), 'not-applicable');
    });
    it('is missing for a US company that addresses people in the EEA', () => {
      const a = run(draft(`${usCompany} Users in the EEA have rights under the GDPR.`));
      const f = one(a, 'eu-representative');
      assert.match(f.message, /established outside the EU/);
      assert.ok(f.related && f.related.length === 1);
    });
    it('is met when the representative is named', () => {
      none(run(draft(`${usCompany} Users in the EEA may write to our representative in the Union, Kestrel Rep B.V., Keizersgracht 1, Amsterdam.`)), 'eu-representative');
    });
    it('a sales representative is not an Art. 27 representative', () => {
      one(run(draft(`${usCompany} Users in the EEA can talk to a sales representative.`)), 'eu-representative');
    });
  });

  it('the new rules apply to GDPR and UK GDPR drafts, and stay quiet for a CCPA-only draft', () => {
    const ids = ['controller-identity', 'processing-purposes', 'legal-basis', 'recipients', 'retention-period', 'automated-decision-making', 'childrens-data', 'statutory-requirement', 'data-categories', 'data-source', 'eu-representative'];
    const a = run('# Privacy Policy\n\nWe sell lamps.\n', { regimes: ['ccpa'] });
    for (const id of ids) none(a, id);
    const b = run('# Privacy Policy\n\nWe sell lamps.\n', { regimes: ['uk-gdpr'] });
    for (const id of ['processing-purposes', 'legal-basis', 'retention-period']) one(b, id);
  });

  it('stays linear on a megabyte of adversarial text', () => {
    const lines = [
      'we '.repeat(60000),
      'legitimate interests '.repeat(20000),
      'from '.repeat(60000) + 'third parties',
      'A'.repeat(200000) + ' Ltd',
      'Aa '.repeat(60000) + 'Inc.',
      'profiles '.repeat(40000),
      'keep '.repeat(40000) + 'for',
    ];
    const t0 = Date.now();
    run(`# Privacy notice\n\nGDPR\n\n${lines.join('\n\n')}\n`);
    assert.ok(Date.now() - t0 < 8000, `took ${Date.now() - t0} ms`);
  });
});
