import * as assert from 'assert';
import fc from 'fast-check';
import { parse, splitSentences, stopFinder, type PolicyDocument, type Section } from '../../server/src/core/parse';
import { findDates, findEmptyDateLabels } from '../../server/src/core/dates';
import { findAddresses, findEmails, findPhones, findPlaceholders, findUrls, matchStarts } from '../../server/src/core/entities';
import { fixture } from './helpers';

const headings = (d: PolicyDocument) => d.headings.map((h) => [h.style, h.level, h.text]);
const sentenceTexts = (d: PolicyDocument) => d.sentences.map((s) => s.text);
const pathOf = (s: Section): string[] => (s.parent && s.parent.heading ? [...pathOf(s.parent), s.heading!.text] : [s.heading!.text]);
const sectionNamed = (d: PolicyDocument, name: string) => {
  const s = d.sections.find((x) => x.heading!.text === name);
  assert.ok(s, `no section "${name}"`);
  return s;
};

describe('parse: headings', () => {
  it('ATX and setext headings in Markdown, with their levels', () => {
    const d = parse('Privacy Notice\n==============\n\nIntro.\n\nWhat we collect\n---------------\n\nNames.\n\n### Cookies ###\n\nSmall files.\n');
    assert.strictEqual(d.mode, 'markdown');
    assert.deepStrictEqual(headings(d), [
      ['setext', 1, 'Privacy Notice'],
      ['setext', 2, 'What we collect'],
      ['atx', 3, 'Cookies'],
    ]);
    assert.strictEqual(d.title?.text, 'Privacy Notice');
    // The setext underline is not a paragraph, and the closing #s are not heading text.
    assert.ok(!d.blocks.some((b) => /^[=-]+$/.test(d.text.slice(b.span.start, b.span.end).trim())));
  });

  it('a "---" under a paragraph line is not a setext heading when the line continues a paragraph', () => {
    const d = parse('# Policy\n\nFirst line of a paragraph\nsecond line\n---\n\nMore.\n');
    assert.deepStrictEqual(headings(d), [['atx', 1, 'Policy']]);
  });

  it('the seed-like plain-text layout: title, numbered, nested numbered, all-caps and bullet-caps headings', () => {
    const d = parse(fixture('seed-like.txt'));
    assert.strictEqual(d.mode, 'plain');
    assert.deepStrictEqual(headings(d), [
      ['plain', 1, 'Privacy Notice'],
      ['numbered', 2, 'Introduction'],
      ['numbered', 2, 'Information We Collect'],
      ['numbered', 3, 'Information you provide'],
      ['numbered', 3, 'Information collected automatically'],
      ['numbered', 2, 'How We Use Information'],
      ['caps', 2, 'YOUR RIGHTS'],
      ['bullet-caps', 3, 'ACCESS'],
      ['bullet-caps', 3, 'CHOICE'],
      ['numbered', 2, 'Contact Us'],
    ]);
    assert.deepStrictEqual(d.headings.filter((h) => h.number).map((h) => h.number), ['1', '2', '2.1', '2.2', '3', '4']);
    // "Last updated: ..." right under the title is body text, not a heading.
    assert.ok(d.sentences.some((s) => s.text === 'Last updated: 19 March 2026' && s.heading === null));
  });

  it('section tree: nested numbered headings and bullet-caps paragraphs sit under their parent', () => {
    const d = parse(fixture('seed-like.txt'));
    assert.deepStrictEqual(pathOf(sectionNamed(d, 'Information you provide')), ['Privacy Notice', 'Information We Collect', 'Information you provide']);
    assert.deepStrictEqual(pathOf(sectionNamed(d, 'ACCESS')), ['Privacy Notice', 'YOUR RIGHTS', 'ACCESS']);
    assert.deepStrictEqual(pathOf(sectionNamed(d, 'Contact Us')), ['Privacy Notice', 'Contact Us']);
    // The parent's span covers its children; its own span stops at the first child.
    const collect = sectionNamed(d, 'Information We Collect');
    const provide = sectionNamed(d, 'Information you provide');
    assert.ok(collect.span.start < provide.span.start && provide.span.end <= collect.span.end);
    assert.strictEqual(collect.ownSpan.end, provide.span.start);
    // The bullet-caps body text is a paragraph of its own section.
    const access = sectionNamed(d, 'ACCESS');
    assert.strictEqual(access.blocks.length, 1);
    assert.match(d.text.slice(access.blocks[0].span.start, access.blocks[0].span.end), /^You have the right to access/);
  });

  it('"13. Contact Us" and "2.1. Information you provide" are headings; a numbered sentence is not', () => {
    const d = parse('Privacy Policy\n\n12. Children\nWe do not sell to children.\n13. Contact Us\nWrite to us.\n2.1. Information you provide\nYour name.\n14. We may change this policy at any time, and we will tell you.\n');
    assert.deepStrictEqual(headings(d), [
      ['plain', 1, 'Privacy Policy'],
      ['numbered', 2, 'Children'],
      ['numbered', 2, 'Contact Us'],
      ['numbered', 3, 'Information you provide'],
    ]);
    assert.strictEqual(d.headings[2].number, '13');
  });

  it('an all-caps first line is the title; all-caps sections are its children', () => {
    const d = parse('PRIVACY STATEMENT\nWe are a bakery.\nYOUR RIGHTS\n- ACCESS. You may see your data.\nCONTACT\nbakery@example.com\n');
    assert.strictEqual(d.title?.text, 'PRIVACY STATEMENT');
    assert.strictEqual(d.title?.level, 1);
    assert.deepStrictEqual(pathOf(sectionNamed(d, 'ACCESS')), ['PRIVACY STATEMENT', 'YOUR RIGHTS', 'ACCESS']);
    assert.deepStrictEqual(pathOf(sectionNamed(d, 'CONTACT')), ['PRIVACY STATEMENT', 'CONTACT']);
  });

  it('plain title lines and question headings in plain text; short body lines are not headings', () => {
    const d = parse('Privacy Policy\n\nWhat information do we collect?\nWe collect your name and email.\n\nHow long do we keep it?\nFor two years.\n\nThanks for reading\n');
    assert.deepStrictEqual(headings(d), [
      ['plain', 1, 'Privacy Policy'],
      ['plain', 2, 'What information do we collect?'],
      ['plain', 2, 'How long do we keep it?'],
    ]);
  });

  it('a list item is never a heading, even when short and capitalised', () => {
    const d = parse('Privacy Policy\n\nWe collect:\n- Your Name\n- Your Email\n');
    assert.deepStrictEqual(headings(d), [['plain', 1, 'Privacy Policy']]);
  });
});

describe('parse: blocks and sentences', () => {
  it('list items keep their marker and indent; paragraphs join their lines', () => {
    const d = parse('# Policy\n\nWe collect\ntwo things:\n\n1. your name\n2) your email\n   * nested detail\n');
    assert.deepStrictEqual(d.blocks.map((b) => [b.kind, b.marker ?? '', b.indent]), [
      ['paragraph', '', ''],
      ['list-item', '1.', ''],
      ['list-item', '2)', ''],
      ['list-item', '*', '   '],
    ]);
    assert.strictEqual(d.blocks[0].firstLine, 2);
    assert.strictEqual(d.blocks[0].lastLine, 3);
  });

  it('abbreviations and initials do not end a sentence; "?" and "!" do', () => {
    const d = parse('# Policy\n\nWe use tools, e.g. analytics from Acme Inc. and Foo Ltd. in the U.S. for stats. Is that fine? Yes! See Art. 6 GDPR and J. Smith for details.\n');
    assert.deepStrictEqual(sentenceTexts(d).slice(1), [
      'We use tools, e.g. analytics from Acme Inc. and Foo Ltd. in the U.S. for stats.',
      'Is that fine?',
      'Yes!',
      'See Art. 6 GDPR and J. Smith for details.',
    ]);
  });

  it('sentence text is normalised without moving offsets', () => {
    const d = parse('# Policy\n\nWe \u201csell\u201d nothing \u2013 ever.\n');
    const s = d.sentences[1];
    assert.strictEqual(s.text, 'We "sell" nothing - ever.');
    assert.strictEqual(s.span.end - s.span.start, s.text.length);
  });

  it('sentences know their section and heading sentences know their heading', () => {
    const d = parse(fixture('complete.md'));
    const s = d.sentences.find((x) => /withdraw your consent/.test(x.text))!;
    assert.strictEqual(s.section.heading?.text, 'Your rights');
    assert.strictEqual(s.block?.kind, 'list-item');
    const h = d.sentences.find((x) => x.text === 'Your rights')!;
    assert.strictEqual(h.heading?.style, 'atx');
  });
});

describe('parse: sentence splitting jumps from stop to stop', () => {
  // splitSentences jumps to the next line break or terminal found by a pattern. Given a finder that answers every
  // offset with itself, the same loop looks at every character: the two must always split alike.
  const everyCharacter = (i: number) => i;
  const tokens = ['We collect data', ' ', '.', '!', '?', '\n', '\n\n', ':', ';', '"', ')', 'e.g.', 'Inc.', 'J.', '1.2', '\u00a0', 'x'.repeat(700), ' y'.repeat(400)];
  const spansOf = (text: string) => {
    // Blocks in document order, as parse() hands them over: split at blank lines.
    const out: { start: number; end: number }[] = [];
    let start = 0;
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) {
      out.push({ start, end: i });
      start = i + 2;
    }
    out.push({ start, end: text.length });
    return out;
  };
  it('the same sentences as a look at every character, across blocks sharing one finder', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const spans = spansOf(text);
        const finder = stopFinder(text);
        const shared = spans.flatMap((sp) => splitSentences(text, sp, finder));
        const plain = spans.flatMap((sp) => splitSentences(text, sp, everyCharacter));
        assert.deepStrictEqual(shared, plain, JSON.stringify(text));
        // Asked out of order, the finder forgets its last answer instead of giving a stale one.
        const backwards = stopFinder(text);
        const reversed = [...spans].reverse().map((sp) => splitSentences(text, sp, backwards)).reverse().flat();
        assert.deepStrictEqual(reversed, plain, JSON.stringify(text));
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
  it('a run of 1,500 characters without a terminal is split at the next space', () => {
    const run = 'word '.repeat(400);
    const got = splitSentences(run, { start: 0, end: run.length });
    assert.ok(got.length >= 2, 'a long run is split');
    for (const sp of got.slice(0, -1)) assert.ok(sp.end - sp.start >= 1500 && sp.end - sp.start < 1505, `${sp.start}-${sp.end}`);
  });
});

describe('entities: whole-text scans', () => {
  it('matchStarts gives the starts matchAll gives, empty matches included', () => {
    const text = 'a 1 22 b3 4, 55';
    for (const re of [/ \d/g, /\b\d/g, /x*/g]) assert.deepStrictEqual(matchStarts(text, re), [...text.matchAll(re)].map((m) => m.index));
  });
  it('empty "Last updated:" labels, found from the colon, are those of one multiline pattern', () => {
    const plain = /^[ \t*_#>-]{0,8}(?:last[ -]?(?:updated|modified|revised)|effective(?: date)?|updated)[ \t]*:[ \t*_]*$/gim;
    const tokens = ['Last updated', 'last-modified', 'LAST REVISED', 'Effective date', 'effective', 'Updated', 'updated on', ':', ': ', '**', '_', '#', '> ', '-', ' ', '\t', '\n', '\r\n', '\r', '\u2028', 'May 2024', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const want = [...text.matchAll(plain)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
        assert.deepStrictEqual(findEmptyDateLabels(text), want, JSON.stringify(text));
      }),
      { seed: 20261202, numRuns: 1000 },
    );
  });
});

describe('parse: front matter, comments and code', () => {
  const text = '---\nprivacylint: true\nregimes: [gdpr, ccpa]\nnot-applicable: {dpo-contact: "we have five employees"}\n---\n# Policy\n\nVisible words <!-- hidden words --> more words.\n\n<!--\nA whole hidden paragraph.\n-->\n\n```\nsecret code sentence.\n```\n\nLast words.\n';

  it('reads the front matter keys', () => {
    const d = parse(text);
    assert.deepStrictEqual(d.frontMatter?.data, { privacylint: true, regimes: ['gdpr', 'ccpa'], 'not-applicable': { 'dpo-contact': 'we have five employees' } });
    assert.deepStrictEqual(d.frontMatter?.errors, []);
    assert.strictEqual(d.frontMatter?.endLine, 4);
    assert.strictEqual(d.title?.text, 'Policy');
  });

  it('reads the block forms of lists and mappings', () => {
    const d = parse('---\nregimes:\n  - gdpr\n  - uk-gdpr\nnot-applicable:\n  dpo-contact: small team\n---\n# Policy\n');
    assert.deepStrictEqual(d.frontMatter?.data, { regimes: ['gdpr', 'uk-gdpr'], 'not-applicable': { 'dpo-contact': 'small team' } });
  });

  it('front matter, comments and code are not prose, with offsets unchanged', () => {
    const d = parse(text);
    assert.strictEqual(d.prose.length, d.text.length);
    const all = sentenceTexts(d).join(' | ');
    for (const hidden of ['privacylint', 'hidden words', 'hidden paragraph', 'secret code']) assert.ok(!all.includes(hidden), `${hidden} leaked into sentences: ${all}`);
    assert.ok(!d.prose.includes('hidden'));
    assert.ok(all.includes('Last words.'));
    assert.match(all, /Visible words\s+more words\./);
    assert.deepStrictEqual(d.comments.map((c) => c.body.trim()), ['hidden words', 'A whole hidden paragraph.']);
  });

  it('a comment shown inside a code block is not a comment (so never a directive)', () => {
    const d = parse('# Policy\n\n```md\n<!-- privacylint-disable-file -->\n```\n\nText.\n');
    assert.deepStrictEqual(d.comments, []);
  });

  it('an unterminated "<!--" is ordinary text', () => {
    const d = parse('# Policy\n\nArrows <!-- like this stay visible.\n');
    assert.deepStrictEqual(d.comments, []);
    assert.ok(sentenceTexts(d).some((s) => s.includes('stay visible')));
  });

  it('a heading inside a code fence is not a heading', () => {
    const d = parse('# Policy\n\n```\n# not a heading\n```\n');
    assert.deepStrictEqual(headings(d), [['atx', 1, 'Policy']]);
  });
});

describe('entities', () => {
  const texts = (xs: { text: string }[]) => xs.map((x) => x.text);

  it('emails: trailing punctuation dropped; no domain, no TLD, no match', () => {
    assert.deepStrictEqual(texts(findEmails('Write to privacy@bakery.example. Or first.last@mail.bakery.co.uk, please.')), ['privacy@bakery.example', 'first.last@mail.bakery.co.uk']);
    assert.deepStrictEqual(texts(findEmails('user at bakery dot com; me@localhost; @handle')), []);
  });

  it('URLs: http(s) and www., without closing punctuation', () => {
    assert.deepStrictEqual(texts(findUrls('See https://bakery.example/privacy. Or www.bakery.example, or (https://x.example/a).')), ['https://bakery.example/privacy', 'www.bakery.example', 'https://x.example/a']);
    assert.deepStrictEqual(texts(findUrls('Our site is bakery dot example.')), []);
  });

  it('phones: international or cued numbers, not years, counts or dates', () => {
    assert.deepStrictEqual(texts(findPhones('Call +44 20 7946 0958 or phone (555) 123-4567.')), ['+44 20 7946 0958', '(555) 123-4567']);
    assert.deepStrictEqual(texts(findPhones('Founded in 2015, we have 1200000 users; order 12345678 shipped on 01.01.2022.')), []);
  });

  it('postal addresses: street lines, Strasse, PO boxes and postcodes, spans starting at the address', () => {
    assert.deepStrictEqual(texts(findAddresses('Bakery Ltd, 221B Baker Street, London NW1 6XE.')), ['221B Baker Street', 'NW1 6XE']);
    assert.deepStrictEqual(texts(findAddresses('Harrow GmbH, Lindenstrasse 14, 10969 Berlin.')), ['Lindenstrasse 14', '10969 Berlin']);
    assert.deepStrictEqual(texts(findAddresses('Bakery Inc., 500 Market Street, San Francisco, CA 94105.')), ['500 Market Street', 'CA 94105']);
    assert.deepStrictEqual(texts(findAddresses('Send it to PO Box 1234.')), ['PO Box 1234']);
    // A year after a comma is not a postcode; prose has no address.
    assert.deepStrictEqual(texts(findAddresses('Since then, 2019 Berlin was our home. We bake bread.')), []);
  });

  it('placeholders: brackets, doubled brackets, braces, <INSERT>, TODO; not links, numbers or lower-case words', () => {
    assert.deepStrictEqual(texts(findPlaceholders('Contact [Company Name] at [[email]] or {{dpo_email}} or <INSERT ADDRESS>. TODO fill. [POSTAL ADDRESS].')), ['[Company Name]', '[[email]]', '{{dpo_email}}', '<INSERT ADDRESS>', 'TODO', '[POSTAL ADDRESS]']);
    assert.deepStrictEqual(texts(findPlaceholders('A [link](https://x.example), a note [1], a box [x], a [see above] aside, our todo list and lorem.')), []);
  });
});

describe('dates', () => {
  const forms: [string, string, [number, number, number], string][] = [
    ['Last updated: May 20, 2024', 'May 20, 2024', [2024, 5, 20], 'mdy-long'],
    ['Effective 19 March 2018', '19 March 2018', [2018, 3, 19], 'dmy-long'],
    ['Last modified 2019-10-28', '2019-10-28', [2019, 10, 28], 'iso'],
    ['Version: 01.01.2022', '01.01.2022', [2022, 1, 1], 'dotted'],
    ['Effective date: September 2, 2016', 'September 2, 2016', [2016, 9, 2], 'mdy-long'],
    ['Updated June 2026', 'June 2026', [2026, 6, 1], 'month-year'],
    ['Last updated: 12/31/2023', '12/31/2023', [2023, 12, 31], 'slash'],
    ['Last updated: 31/12/2023', '31/12/2023', [2023, 12, 31], 'slash-dmy'],
    ['Revised on 3rd of April, 2020', '3rd of April, 2020', [2020, 4, 3], 'dmy-long'],
    ['Last updated 2021', '2021', [2021, 1, 1], 'year'],
  ];
  for (const [line, text, [y, m, d], format] of forms) {
    it(`"${line}"`, () => {
      const found = findDates(line);
      assert.strictEqual(found.length, 1);
      assert.deepStrictEqual([found[0].text, found[0].year, found[0].month, found[0].day, found[0].format, found[0].labelled], [text, y, m, d, format, true]);
    });
  }

  it('a label alone on the previous line counts; an unlabelled date or bare year does not', () => {
    assert.strictEqual(findDates('Last updated:\nMarch 3, 2021')[0].labelled, true);
    assert.strictEqual(findDates('We opened in March 2019.')[0].labelled, false);
    assert.deepStrictEqual(findDates('We opened in 2019.'), []);
  });

  it('impossible days are not dates', () => {
    assert.deepStrictEqual(findDates('Last updated: February 30, 2024'), []);
    assert.deepStrictEqual(findDates('Last updated: 2023-02-29'), []);
    assert.strictEqual(findDates('Last updated: 2024-02-29').length, 1);
  });
});
