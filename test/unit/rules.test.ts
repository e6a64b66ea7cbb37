import * as assert from 'assert';
import fc from 'fast-check';
import { findPlaceholders } from '../../server/src/core/entities';
import { catalogue, ruleById } from '../../server/src/rules';
import { countWords } from '../../server/src/rules/long-sentence';
import { assertAt, cov, findingsOf, fixture, lineOf, none, one, run } from './helpers';

const RIGHTS = [
  'right-of-access',
  'right-to-rectification',
  'right-to-erasure',
  'right-to-restriction',
  'right-to-portability',
  'right-to-object',
  'right-to-withdraw-consent',
] as const;

/** A Markdown draft with a "Your rights" section holding `rights`, plus whatever else is given. */
function withRights(rights: string, extra = ''): string {
  return `# Privacy Policy\n\nLast updated: 2026-10-01\n\nWe run a small bakery shop online.\n\n## Your rights\n\n${rights}\n${extra ? `\n${extra}\n` : ''}\n## Contact us\n\nWrite to hello@bakery.example.\n`;
}

describe('rules: fixtures', () => {
  it('the complete Markdown policy satisfies every rule in the catalogue', () => {
    const a = run(fixture('complete.md'));
    assert.deepStrictEqual(a.findings.map((f) => `${f.rule}: ${f.message}`), []);
    // Every rule ran and was met; transfer-safeguards is met (not merely not applicable) because the draft transfers data.
    assert.deepStrictEqual(a.coverage.map((c) => c.rule), catalogue.map((r) => r.id));
    // Rules of regimes the draft is not written for (CCPA, DPF, LGPD, UK) are not applicable; every other one is met.
    // Conditional rules whose trigger the draft does not contain (data from other sources, a controller outside the EU) do not apply either.
    const conditional = new Set(['data-categories', 'data-source', 'eu-representative']);
    for (const c of a.coverage) {
      const inRegime = ruleById(c.rule)!.regimes.some((r) => a.regimes.includes(r));
      if (inRegime && conditional.has(c.rule)) assert.ok(c.state === 'satisfied' || c.state === 'not-applicable', `${c.rule}: ${c.state} ${c.detail ?? ''}`);
      else assert.strictEqual(c.state, inRegime ? 'satisfied' : 'not-applicable', `${c.rule}: ${c.detail ?? ''}`);
    }
  });

  it('the thin draft misses every disclosure, each anchored on the title line', () => {
    const a = run(fixture('thin.md'));
    // The thin draft never relies on consent, so the withdrawal of consent does not apply.
    const expected = [
      'controller-contact', 'dpo-contact', 'last-updated', ...RIGHTS.filter((r) => r !== 'right-to-withdraw-consent'), 'right-to-complain',
      'controller-identity', 'legal-basis', 'recipients', 'retention-period', 'automated-decision-making', 'childrens-data', 'statutory-requirement',
    ];
    assert.strictEqual(cov(a, 'right-to-withdraw-consent').state, 'not-applicable');
    for (const rule of expected) assertAt(a, one(a, rule), 0, 'Privacy Policy');
    assert.strictEqual(cov(a, 'transfer-safeguards').state, 'not-applicable');
    assert.strictEqual(cov(a, 'stale-last-updated').state, 'not-applicable');
    assert.strictEqual(a.findings.length, expected.length);
  });

  it('the seed-like plain-text draft: rights stated in bullet-caps paragraphs count, the rest is reported on the YOUR RIGHTS heading', () => {
    const text = fixture('seed-like.txt');
    const a = run(text);
    assert.strictEqual(a.doc.mode, 'plain');
    // "You may also request that we correct, amend, or delete it." covers two rights at once.
    for (const rule of ['right-of-access', 'right-to-rectification', 'right-to-erasure', 'right-to-object', 'controller-contact', 'last-updated']) none(a, rule);
    const rightsLine = lineOf(text, 'YOUR RIGHTS');
    for (const rule of ['right-to-restriction', 'right-to-portability', 'right-to-complain']) assertAt(a, one(a, rule), rightsLine, 'YOUR RIGHTS');
    // The draft never relies on consent.
    assert.strictEqual(cov(a, 'right-to-withdraw-consent').state, 'not-applicable');
    // dpo-contact has no section of its own: it goes to the contact section ("4. Contact Us").
    assertAt(a, one(a, 'dpo-contact'), lineOf(text, '4. Contact Us'), 'Contact Us');
  });
});

describe('rules: controller-contact', () => {
  it('is satisfied by a phone number alone, or by a linked privacy request form', () => {
    none(run('# Privacy Policy\n\nYou can reach our privacy team by phone on +353 1 555 0100.\n'), 'controller-contact');
    none(run('# Privacy Policy\n\nUse our [privacy request form](https://bakery.example/privacy-form) for any question.\n'), 'controller-contact');
  });

  it('is missing on a draft without any contact, on the Contact heading when there is one', () => {
    const text = '# Privacy Policy\n\nWe sell bread.\n\n## Contact\n\nOur team is friendly.\n';
    const a = run(text);
    const f = one(a, 'controller-contact');
    assertAt(a, f, 4, 'Contact');
    assert.match(f.message, /no way to contact/);
    assert.strictEqual(f.severity, 'warning');
  });

  it('"contact us" without details is still missing, and points at the vague sentence', () => {
    const text = '# Privacy Policy\n\nWe sell bread.\n\nIf you have questions, contact us.\n';
    const a = run(text);
    const f = one(a, 'controller-contact');
    assert.match(f.message, /"contact us" but gives no/);
    assert.strictEqual(f.related?.length, 1);
    assert.strictEqual(a.doc.text.slice(f.related![0].span.start, f.related![0].span.end), 'If you have questions, contact us.');
  });
});

describe('rules: dpo-contact', () => {
  it('is satisfied by "contact our Data Protection Officer at ..." inside the rights section, even with a non-dpo address', () => {
    const a = run(withRights('To use any of these rights, contact our Data Protection Officer at officer@bakery.example.'));
    none(a, 'dpo-contact');
    const c = cov(a, 'dpo-contact');
    assert.strictEqual(c.state, 'satisfied');
    assert.match(a.doc.text.slice(c.span!.start, c.span!.end), /Data Protection Officer/);
  });

  it('is satisfied by a DPO heading whose section gives a postal address', () => {
    none(run('# Privacy Policy\n\n## Data Protection Officer\n\nWrite to: Attn. DPO, 4 Mill Lane, Leeds LS1 4AB.\n'), 'dpo-contact');
  });

  it('a DPO named without contact details is partial, at the sentence that names them', () => {
    const text = fixture('near-miss.md');
    const a = run(text);
    const f = one(a, 'dpo-contact');
    // The first mention is the section heading itself.
    assertAt(a, f, lineOf(text, '## Data Protection Officer'), 'Data Protection Officer');
    assert.match(f.message, /mentioned, but no way to reach them/);
    assert.strictEqual(cov(a, 'dpo-contact').state, 'partial');
  });

  it('"we are not required to appoint a DPO" makes the rule not applicable', () => {
    const a = run('# Privacy Policy\n\nWe are a team of four, so we are not required to appoint a DPO.\n');
    none(a, 'dpo-contact');
    const c = cov(a, 'dpo-contact');
    assert.strictEqual(c.state, 'not-applicable');
    assert.match(c.detail!, /no Data Protection Officer/);
  });

  it('is not checked when only CCPA applies', () => {
    const a = run('---\nregimes: [ccpa]\n---\n# Privacy Policy\n\nWe sell bread to California residents.\n');
    none(a, 'dpo-contact');
    assert.strictEqual(cov(a, 'dpo-contact').state, 'not-applicable');
    assert.deepStrictEqual(a.regimes, ['ccpa']);
  });
});

describe('rules: the data-subject rights', () => {
  const positives: Record<(typeof RIGHTS)[number], string[]> = {
    'right-of-access': ['You can get a copy of everything we hold about you.', 'You can find out whether we process data about you.'],
    'right-to-rectification': ['You may request that we correct, amend, or delete it.', 'If your details are wrong, you can have us fix inaccurate entries.'],
    'right-to-erasure': ['You may request that we correct, amend, or delete it.', 'You can ask us to erase your account and everything in it.'],
    'right-to-restriction': ['You can ask us to limit how we use your information while a complaint is open.'],
    'right-to-portability': ['You can receive the data you gave us in a machine-readable file.'],
    'right-to-object': ['You may object to our use of your data for direct marketing.'],
    'right-to-withdraw-consent': ['Where you said yes to newsletters, you can revoke that consent at any time.'],
  };
  for (const rule of RIGHTS) {
    for (const sentence of positives[rule]) {
      it(`${rule} is satisfied by "${sentence}"`, () => {
        const a = run(withRights(sentence));
        none(a, rule);
        const c = cov(a, rule);
        assert.strictEqual(c.state, 'satisfied');
        assert.strictEqual(c.range!.start.line, 8, 'evidence is the sentence in the rights section');
      });
    }
  }

  it('one sentence with "correct, amend, or delete" satisfies rectification and erasure but no other right', () => {
    const a = run(withRights('You may request that we correct, amend, or delete it.'));
    none(a, 'right-to-rectification');
    none(a, 'right-to-erasure');
    for (const rule of ['right-to-restriction', 'right-to-portability']) one(a, rule);
  });

  const MISSING_WORDS: Record<(typeof RIGHTS)[number], RegExp> = {
    'right-of-access': /access their personal data/,
    'right-to-rectification': /corrected/,
    'right-to-erasure': /deleted/,
    'right-to-restriction': /restrict the processing/,
    'right-to-portability': /portability/,
    'right-to-object': /object to processing/,
    'right-to-withdraw-consent': /withdraw their consent/,
  };
  for (const rule of RIGHTS) {
    it(`${rule} missing is reported on the "Your rights" heading with the rule's message`, () => {
      // Withdrawal of consent applies only where the draft relies on consent.
      const a = run(withRights('You can contact us with any question about your data.', rule === 'right-to-withdraw-consent' ? 'We send our newsletter only with your consent.' : ''));
      const f = one(a, rule);
      assertAt(a, f, 6, 'Your rights');
      assert.strictEqual(f.kind, 'missing');
      assert.match(f.message, MISSING_WORDS[rule]);
      assert.match(f.message, /GDPR Art\. \d+/);
      assert.strictEqual(f.fixes.length, 1, 'a missing right offers its clause');
    });
  }

  it('a right outside any rights section still counts when it is addressed to the reader', () => {
    none(run('# Privacy Policy\n\nYou can ask us for a copy of your personal data at any time.\n'), 'right-of-access');
  });

  describe('near misses that are not the right', () => {
    const cases: [string, string][] = [
      ['right-to-erasure', 'We delete server logs after 30 days.'],
      ['right-of-access', 'Our support staff access your data only to answer your tickets.'],
      ['right-to-rectification', 'We correct errors in our invoices for you each month.'],
      ['right-to-restriction', 'We restrict access to your data to the staff who need it.'],
      ['right-to-portability', 'We may transfer your data to another country for hosting.'],
      ['right-to-withdraw-consent', 'We ask for your consent before we send you newsletters.'],
    ];
    for (const [rule, sentence] of cases) {
      if (!sentence) continue;
      it(`${rule}: "${sentence}" does not count`, () => {
        // Outside a rights section, so only the wording can grant the right.
        const a = run(`# Privacy Policy\n\n## How we handle data\n\n${sentence}\n`);
        assert.strictEqual(cov(a, rule).state, 'missing');
        one(a, rule);
      });
    }
  });
});

describe('rules: right-to-complain', () => {
  it('is satisfied by a complaint to a named authority', () => {
    none(run('# Privacy Policy\n\nYou may also raise a concern with the Information Commissioner\'s Office (ICO).\n'), 'right-to-complain');
  });

  it('a complaint only "to us" is partial', () => {
    const text = fixture('near-miss.md');
    const a = run(text);
    const f = one(a, 'right-to-complain');
    assert.strictEqual(cov(a, 'right-to-complain').state, 'partial');
    assert.match(f.message, /complain to you, but not to a supervisory authority/);
    // No rights section in this draft: the finding sits on the title.
    assertAt(a, f, 0, 'Privacy Policy');
    // The evidence is the complaint sentence.
    const c = cov(a, 'right-to-complain');
    assert.strictEqual(c.range!.start.line, lineOf(text, 'send a complaint to us'));
  });

  it('is missing without any complaint wording', () => {
    const a = run(withRights('You can ask us for a copy of your data.'));
    const f = one(a, 'right-to-complain');
    assertAt(a, f, 6, 'Your rights');
    assert.match(f.message, /supervisory authority/);
  });
});

describe('rules: transfer-safeguards', () => {
  it('is satisfied when a transfer names standard contractual clauses', () => {
    none(run('# Privacy Policy\n\nWe store backups in the United States under standard contractual clauses.\n'), 'transfer-safeguards');
  });

  it('a transfer without safeguard is missing, on the transfers heading, naming the line of the transfer', () => {
    const text = '# Privacy Policy\n\nWe sell bread.\n\n## Where we store your data\n\nOur servers are located in the United States.\n';
    const a = run(text);
    const f = one(a, 'transfer-safeguards');
    assertAt(a, f, 4, 'Where we store your data');
    assert.match(f.message, /\(line 7\)/);
    assert.strictEqual(f.related?.[0].range.start.line, 6);
  });

  it('"we do not transfer data outside the EEA" is not a transfer', () => {
    const a = run('# Privacy Policy\n\nWe do not transfer your personal data outside the EEA.\n');
    none(a, 'transfer-safeguards');
    assert.strictEqual(cov(a, 'transfer-safeguards').state, 'not-applicable');
  });

  it('is not checked when only CCPA applies', () => {
    const a = run('# Privacy Policy\n\nOur servers are located in the United States.\n', { regimes: ['ccpa'] });
    none(a, 'transfer-safeguards');
  });
});

describe('rules: obsolete-transfer-mechanism', () => {
  it('the Data Privacy Framework is current: no finding', () => {
    const a = run('# Privacy Policy\n\nOur US processor is certified under the EU-U.S. Data Privacy Framework.\n');
    none(a, 'obsolete-transfer-mechanism');
  });

  it('relying on Privacy Shield is an error on the words, with a rewrite', () => {
    const text = '# Privacy Policy\n\nWe sell bread.\n\nWe rely on the EU-U.S. Privacy Shield Framework for transfers to our US host.\n';
    const a = run(text);
    const f = one(a, 'obsolete-transfer-mechanism');
    assertAt(a, f, 4, 'EU-U.S. Privacy Shield Framework');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.kind, 'defect');
    assert.match(f.message, /16 July 2020/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'EU-U.S. Data Privacy Framework');
  });

  it('"Privacy Shield was invalidated in 2020" is history, not a finding', () => {
    const a = run(fixture('near-miss.md'));
    none(a, 'obsolete-transfer-mechanism');
    assert.ok(a.passages.some((p) => p.rule === 'obsolete-transfer-mechanism' && /history/.test(p.note)), 'explained as history on hover');
  });

  it('a harbour that is not Safe Harbor is not a finding, the 2010 clauses are', () => {
    none(run('# Privacy Policy\n\nOur bakery sits by a safe harbour on the coast.\n'), 'obsolete-transfer-mechanism');
    const a = run('# Privacy Policy\n\nTransfers use the clauses of Decision 2010/87/EU.\n');
    const f = one(a, 'obsolete-transfer-mechanism');
    assert.strictEqual(a.doc.text.slice(f.span.start, f.span.end), '2010/87/EU');
  });
});

describe('rules: last-updated', () => {
  it('is satisfied by a labelled date, missing without one (on the title)', () => {
    none(run('# Privacy Policy\n\nEffective as of 3 May 2026.\n'), 'last-updated');
    const a = run('# Privacy Policy\n\nWe opened in March 2019.\n');
    const f = one(a, 'last-updated');
    assertAt(a, f, 0, 'Privacy Policy');
    assert.match(f.message, /no last-updated or effective date/);
  });

  it('an empty "Last updated:" label is partial, on the label', () => {
    const text = '# Privacy Policy\n\nLast updated:\n\nWe sell bread.\n';
    const a = run(text);
    const f = one(a, 'last-updated');
    assert.strictEqual(cov(a, 'last-updated').state, 'partial');
    assertAt(a, f, 2);
    // The empty label is also template residue.
    assertAt(a, one(a, 'unfilled-placeholder'), 2, 'Last updated:');
  });
});

describe('rules: stale-last-updated', () => {
  const forms: [string, string, boolean][] = [
    ['Last updated: May 20, 2024', 'May 20, 2024', true],
    ['Effective: 19 March 2018', '19 March 2018', true],
    ['Last modified: 2019-10-28', '2019-10-28', true],
    ['Version of 01.01.2022', '01.01.2022', true],
    ['Effective date: September 2, 2016', 'September 2, 2016', true],
    ['Updated June 2026', 'June 2026', false],
    ['Last updated: 2026-01-15', '2026-01-15', false],
  ];
  for (const [line, date, stale] of forms) {
    it(`"${line}" is ${stale ? '' : 'not '}stale on ${'2026-11-23'}`, () => {
      const a = run(`# Privacy Policy\n\n${line}\n\nWe sell bread.\n`);
      none(a, 'last-updated');
      if (!stale) return none(a, 'stale-last-updated');
      const f = one(a, 'stale-last-updated');
      assertAt(a, f, 2, date);
      assert.match(f.message, new RegExp(`last updated ${date.replace(/\./g, '\\.')}, about \\d+ months ago \\(limit: 12\\)`));
    });
  }

  it('staleAfterMonths is respected', () => {
    const text = '# Privacy Policy\n\nLast updated: 2026-01-15\n';
    none(run(text, { staleAfterMonths: 12 }), 'stale-last-updated');
    const f = one(run(text, { staleAfterMonths: 6 }), 'stale-last-updated');
    assert.match(f.message, /about 10 months ago \(limit: 6\)/);
  });

  it('a month-precision date counts from the end of its month', () => {
    // November 2025 ends on the 30th: on 2026-11-23 it is not yet 12 months old.
    none(run('# Privacy Policy\n\nUpdated November 2025\n'), 'stale-last-updated');
    one(run('# Privacy Policy\n\nUpdated October 2025\n'), 'stale-last-updated');
  });

  it('a future date is a finding too, and the newest labelled date is the one judged', () => {
    const a = run('# Privacy Policy\n\nLast updated: March 1, 2027\n');
    const f = one(a, 'stale-last-updated');
    assert.match(f.message, /March 1, 2027 lies in the future/);
    // An old "previous version" date does not make a current policy stale.
    none(run('# Privacy Policy\n\nLast updated: 2026-10-01\n\nThe previous version was last updated on 2019-10-28.\n'), 'stale-last-updated');
  });

  it('an unlabelled old date is not a last-updated date', () => {
    const a = run('# Privacy Policy\n\nLast updated: 2026-10-01\n\nWe opened the shop on 4 June 2012.\n');
    none(a, 'stale-last-updated');
  });
});

describe('rules: unfilled-placeholder', () => {
  // The scans were rewritten for speed; these compare them, on texts built to hit every edge, with the plain forms.
  it('finds template domains exactly where a scan of the whole text would', () => {
    const plainScan = /\b(?:https?:\/\/)?(?:www\.)?(?:your-?(?:website|site|domain|company|app)|website|yourcompanyname|companyname|mywebsite|domainname)\.(?:com|net|org)\b/gi;
    const tokens = ['https://', 'http://', 'www.', 'WWW.', 'yourwebsite', 'your-site', 'YourCompanyName', 'website', 'domainname', 'mywebsite', '.com', '.net', '.ORG', '.co', ' ', '\n', 'x', '.', '-', 'a'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), (parts) => {
        const text = `# Policy\n\n${parts.join('')}\n`;
        const a = run(text);
        const got = findingsOf(a, 'unfilled-placeholder').filter((f) => f.message.includes("template's sample address")).map((f) => f.span.start);
        const placeholderStarts = new Set(a.findings.filter((f) => f.rule === 'unfilled-placeholder' && !f.message.includes("template's sample address")).map((f) => f.span.start));
        const want = [...a.doc.prose.matchAll(plainScan)].map((m) => m.index!).filter((i) => !placeholderStarts.has(i));
        assert.deepStrictEqual(got, want, JSON.stringify(text));
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });
  it('reads TODO, TBD, TBC, FIXME in capitals only, and XXX and lorem ipsum in any case, as the one /i pattern did', () => {
    const earlier = (text: string) =>
      [...text.matchAll(/\b(?:TODO|TBD|TBC|FIXME|XXX+)\b|\blorem ipsum\b/gi)].filter((m) => !(/^(todo|tbd|tbc|fixme)$/i.test(m[0]) && m[0] !== m[0].toUpperCase())).map((m) => `${m.index}:${m[0]}`);
    const tokens = ['TODO', 'todo', 'Todo', 'TBD', 'tbc', 'TBC', 'FIXME', 'FixMe', 'XXX', 'xxxx', 'xX', 'XxXx', 'lorem', 'LOREM', ' ', 'ipsum', 'Ipsum', 's', '_', '.', '\n', 'TODOS'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const now = findPlaceholders(text).filter((e) => !/^[[{<]/.test(e.text)).map((e) => `${e.span.start}:${e.text}`);
        assert.deepStrictEqual(now, earlier(text), JSON.stringify(text));
      }),
      { seed: 20261123, numRuns: 1000 },
    );
  });

  it('finds template residue, one finding each', () => {
    const text = '# Privacy Policy\n\n[Company Name] processes your data.\n\nWrite to {{privacy_email}}. TODO: add the DPO.\n';
    const a = run(text);
    const fs = findingsOf(a, 'unfilled-placeholder');
    assert.deepStrictEqual(fs.map((f) => a.doc.text.slice(f.span.start, f.span.end)), ['[Company Name]', '{{privacy_email}}', 'TODO']);
    assertAt(a, fs[0], 2);
    assert.match(fs[0].message, /\[Company Name\]/);
  });

  it('Markdown links, footnote numbers, checkboxes and lower-case "todo" are not placeholders', () => {
    const a = run('# Privacy Policy\n\nSee [our cookie page](https://bakery.example/cookies) and note [1].\n\n- [x] reviewed\n\nOur todo app stores your lists.\n');
    none(a, 'unfilled-placeholder');
  });

  it('placeholders inside comments and code are not reported', () => {
    none(run('# Privacy Policy\n\n<!-- TODO: [Company Name] -->\n\n```\n{{template}}\n```\n\nWe sell bread.\n'), 'unfilled-placeholder');
  });
});

describe('long-sentence: counting words without a match per word', () => {
  it('counts exactly the runs /\\S+/ finds, for every kind of space', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', 'x', 'é', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        assert.strictEqual(countWords(t), t.split(/\s+/).filter(Boolean).length, JSON.stringify(t));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });
  it('flags exactly the sentences of more than 40 words, whatever spaces separate them', () => {
    // The rule first asks a pattern whether a sentence has more than 40 words; only those are counted.
    const gaps = [' ', '  ', '\t', '\u00a0', '\u2003', ' - '];
    const sentence = fc.tuple(fc.integer({ min: 36, max: 44 }), fc.constantFrom(...gaps)).map(([n, gap]) => Array.from({ length: n }, (_, k) => `w${k}`).join(gap) + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (ss) => {
        const a = run(`# Privacy Policy\n\n${ss.join('\n\n')}\n`);
        const flagged = findingsOf(a, 'long-sentence').map((f) => a.doc.text.slice(f.span.start, f.span.end));
        const want = a.doc.sentences.filter((x) => !x.heading && countWords(x.text) > 40).map((x) => a.doc.text.slice(x.span.start, x.span.end));
        assert.deepStrictEqual(flagged, want);
        assert.ok(findingsOf(a, 'long-sentence').every((f) => /has (\d+) words/.exec(f.message)![1] === String(countWords(a.doc.text.slice(f.span.start, f.span.end)))));
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
