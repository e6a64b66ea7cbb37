import * as assert from 'assert';
import fc from 'fast-check';
import {
  applyEdits,
  applyFix,
  buildSnippet,
  escapeSnippetText,
  insertAllMissing,
  placeholderParts,
  placeholdersToSnippet,
  plainText,
  snippetEdit,
} from '../../server/src/core/fixes';
import { textHash } from '../../server/src/core/hash';
import type { Finding } from '../../server/src/core/types';
import { catalogue } from '../../server/src/rules';
import { parseSnippet, resolveSnippet } from '../helpers/snippet';
import { TODAY, findingsOf, fixture, one, run } from './helpers';

/** Applies the first fix of the rule's single finding and returns the new text. */
function fixOnce(text: string, rule: string, options = {}): string {
  const f = one(run(text, options), rule);
  assert.ok(f.fixes.length, `${rule} offers no fix`);
  const out = applyFix(text, f.fixes[0]);
  assert.ok(out !== null, 'fix refused');
  return out;
}

/** Lines of `after` that are not in `before` (as a multiset, in order). */
function addedLines(before: string, after: string): string[] {
  const b = before.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    // The one fix that edits inside a line: an empty "Last updated:" label gets its date appended.
    const dated = i < b.length && /updated:\s*$/i.test(b[i]) && line.startsWith(b[i].trimEnd()) && /\d{4}-\d{2}-\d{2}\r?$/.test(line);
    if (i < b.length && (line === b[i] || dated)) i++;
    else out.push(line);
  }
  assert.strictEqual(i, b.length, 'every original line is still there, in order');
  return out;
}

function assertOriginalLinesKept(before: string, after: string) {
  addedLines(before, after);
}

describe('fixes: where a clause goes', () => {
  it('a missing right goes into the rights list as a list item with the same marker', () => {
    const text = '# Privacy Policy\n\nLast updated: 2026-10-01\n\n## Your rights\n\n* You can ask for a copy of your data.\n* You can ask us to delete your data.\n\n## Contact us\n\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-to-portability');
    const added = addedLines(text, out);
    assert.deepStrictEqual(added.length, 1);
    assert.match(added[0], /^\* Portability: you can ask to receive/);
    assert.ok(out.indexOf(added[0]) > out.indexOf('delete your data') && out.indexOf(added[0]) < out.indexOf('## Contact us'));
  });

  it('a numbered rights list continues its numbering', () => {
    const text = '# Privacy Policy\n\n## Your rights\n\n1. You can ask for a copy of your data.\n2. You can ask us to delete your data.\n';
    const added = addedLines(text, fixOnce(text, 'right-to-restriction'));
    assert.deepStrictEqual(added.map((l) => l.slice(0, 15)), ['3. Restriction:']);
  });

  it('a rights section that ends in a paragraph gets a new paragraph after it', () => {
    const text = '# Privacy Policy\n\n## Your rights\n\nYou can ask for a copy of your data.\n\n## Contact us\n\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-to-object');
    assert.match(out, /copy of your data\.\n\nObjection: where we rely/);
    assert.match(out, /GDPR Art\. 21\)\.\n\n## Contact us/);
  });

  it('Markdown without a rights section: a new section at the draft\'s heading level, before "Changes" and "Contact"', () => {
    const text = '# Privacy Policy\n\n### What we collect\n\nYour name.\n\n### Changes to this policy\n\nWe post changes here.\n\n### Contact us\n\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-of-access');
    const added = addedLines(text, out).filter((l) => l !== '');
    assert.strictEqual(added[0], '### Your rights');
    assert.ok(out.indexOf('### Your rights') < out.indexOf('### Changes to this policy'));
    assert.ok(out.indexOf('### Your rights') > out.indexOf('Your name.'));
  });

  it('Markdown without a closing section: the new section goes at the end', () => {
    const text = '# Privacy Policy\n\n## What we collect\n\nYour name, hi@bakery.example.\n';
    const out = fixOnce(text, 'right-to-erasure');
    assert.match(out, /Your name, hi@bakery\.example\.\n\n## Your rights\n\nDeletion: you can ask us/);
    assert.ok(out.endsWith('\n') && !out.endsWith('\n\n'));
  });

  it('numbered plain text: the new section takes the next number', () => {
    const text = 'Privacy Policy\n1. Introduction\nWe bake bread.\n2. What We Collect\nYour name.\n3. Contact Us\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-of-access');
    const added = addedLines(text, out).filter((l) => l !== '');
    assert.strictEqual(added[0], '4. Your rights');
    assert.match(added[1], /^Access: /);
    // The new section is a real section of the draft now: the next right goes into it.
    const again = fixOnce(out, 'right-to-erasure');
    assert.strictEqual(again.split('4. Your rights').length, 2);
    assert.ok(again.indexOf('Deletion:') > again.indexOf('4. Your rights'));
  });

  it('unnumbered plain text: a plain title line before the contact section', () => {
    const text = 'Privacy Policy\n\nWhat we collect\nYour name and email.\n\nContact us\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-to-object');
    const added = addedLines(text, out).filter((l) => l !== '');
    assert.strictEqual(added[0], 'Your rights');
    assert.ok(out.indexOf('Your rights') < out.indexOf('Contact us'));
  });

  it('"Last updated: <today>" goes right after the title', () => {
    const out = fixOnce(fixture('thin.md'), 'last-updated');
    assert.ok(out.startsWith(`# Privacy Policy\n\nLast updated: ${TODAY}\n\nWe collect`));
    const plain = fixOnce('Privacy Notice\nWe bake bread. Write to hi@bakery.example.\n', 'last-updated');
    assert.ok(plain.startsWith(`Privacy Notice\n\nLast updated: ${TODAY}\nWe bake bread.`));
  });

  it('an empty "Last updated:" label gets today\'s date', () => {
    const out = fixOnce('# Privacy Policy\n\nLast updated:\n\nWe bake bread.\n', 'last-updated');
    assert.match(out, new RegExp(`\\nLast updated: ${TODAY}\\n`));
  });

  const staleForms: [string, string][] = [
    ['Last updated: May 20, 2024', 'Last updated: November 23, 2026'],
    ['Last updated: 19 March 2018', 'Last updated: 23 November 2026'],
    ['Last updated: 2019-10-28', `Last updated: ${TODAY}`],
    ['Last updated: 01.01.2022', 'Last updated: 23.11.2026'],
    ['Last updated: 12/31/2023', 'Last updated: 11/23/2026'],
    ['Last updated: 31/12/2023', 'Last updated: 23/11/2026'],
    ['Updated June 2024', 'Updated November 2026'],
    ['Last updated 2021', 'Last updated 2026'],
  ];
  for (const [before, after] of staleForms) {
    it(`a stale date is replaced in its own format: "${before}"`, () => {
      const text = `# Privacy Policy\n\n${before}\n\nWe bake bread.\n`;
      const out = fixOnce(text, 'stale-last-updated');
      assert.strictEqual(out, text.replace(before, after));
      assert.deepStrictEqual(findingsOf(run(out), 'stale-last-updated'), []);
    });
  }

  it('a future date is replaced by today', () => {
    const out = fixOnce('# Privacy Policy\n\nLast updated: 2027-05-01\n', 'stale-last-updated');
    assert.strictEqual(out, `# Privacy Policy\n\nLast updated: ${TODAY}\n`);
  });

  it('an obsolete mechanism is replaced with current wording', () => {
    const text = '# Privacy Policy\n\nWe rely on the Swiss-U.S. Privacy Shield for transfers. Our processor also used Safe Harbor certification for EU data transfers.\n';
    let out = fixOnce(text, 'obsolete-transfer-mechanism', {});
    assert.ok(out.includes('We rely on the Swiss-U.S. Data Privacy Framework for transfers.'), out);
    // One finding per paragraph: the Safe Harbor mention in the same paragraph is covered by the rewrite of the first.
    assert.deepStrictEqual(findingsOf(run(out), 'obsolete-transfer-mechanism').map((f) => out.slice(f.span.start, f.span.end)), ['Safe Harbor']);
    out = fixOnce(out, 'obsolete-transfer-mechanism');
    assert.deepStrictEqual(findingsOf(run(out), 'obsolete-transfer-mechanism'), []);
  });
});

describe('fixes: properties', () => {
  const drafts = ['thin.md', 'near-miss.md', 'seed-like.txt', 'crlf.md', 'complete.md'];
  const extra: Record<string, string> = {
    'stale-and-obsolete.md': '# Privacy Policy\n\nLast updated: March 3, 2021\n\n## Transfers\n\nWe send data to our host in the United States under the EU-U.S. Privacy Shield.\n\n## Contact\n\nhi@bakery.example\n',
    'plain-unnumbered.txt': 'Privacy Policy\n\nWhat we collect\nYour name and email.\n\nContact us\nAsk us anything.\n',
    'empty-label.md': 'Privacy Policy\n=============\n\nLast updated:\n\nWe bake bread.\n',
  };
  const load = (name: string) => extra[name] ?? fixture(name);

  for (const name of [...drafts, ...Object.keys(extra)]) {
    it(`${name}: every offered fix, applied one at a time, keeps every original line and clears its finding`, () => {
      const original = load(name);
      let text = original;
      const tried = new Set<string>();
      for (let round = 0; round < 40; round++) {
        const a = run(text);
        const f: Finding | undefined = a.findings.find((x) => x.fixes.length && !tried.has(x.rule));
        if (!f) break;
        tried.add(f.rule);
        const before = text;
        const out = applyFix(text, f.fixes[0]);
        assert.ok(out !== null, `${f.rule}: fix refused on fresh text`);
        text = out;
        // Clause insertions only add lines; rewrites (dates, mechanisms) change the words they point at.
        if (f.kind === 'missing') assertOriginalLinesKept(before, text);
        const after = run(text);
        assert.deepStrictEqual(
          after.findings.filter((x) => x.rule === f.rule && x.kind === f.kind && (x.kind === 'missing' || x.span.start === f.span.start)).map((x) => x.message),
          [],
          `${f.rule} is still reported after its fix`,
        );
      }
      if (name !== 'complete.md') assert.ok(tried.size > 0, 'the draft had something to fix');
      // Words changed by rewrites aside, the original lines survive in order.
      const rewritten = new Set(['stale-last-updated', 'obsolete-transfer-mechanism']);
      if (![...tried].some((r) => rewritten.has(r))) assertOriginalLinesKept(original, text);
      // Nothing fixable is left.
      assert.deepStrictEqual(run(text).findings.filter((x) => x.fixes.length).map((x) => x.rule), []);
    });
  }

  it('insertAllMissing puts all eight rights into one "Your rights" section', () => {
    const { text, inserted } = insertAllMissing(fixture('thin.md'), { today: TODAY });
    assert.strictEqual(text.split('## Your rights').length, 2, text);
    const headings = text.match(/^## .*$/gm) ?? [];
    assert.strictEqual(new Set(headings).size, headings.length, `no section is inserted twice: ${headings.join(' | ')}`);
    for (const word of ['Access:', 'Correction:', 'Deletion:', 'Restriction:', 'Portability:', 'Objection:', 'Complaints:']) {
      const at = text.indexOf(word);
      const rights = text.indexOf('## Your rights');
      const next = text.indexOf('\n## ', rights + 1);
      assert.ok(at > rights && (next < 0 || at < next), `${word} in the rights section`);
    }
    assertOriginalLinesKept(fixture('thin.md'), text);
    // Nothing is inserted twice, and nothing is missing any more.
    assert.strictEqual(new Set(inserted).size, inserted.length);
    const after = run(text);
    assert.deepStrictEqual(after.findings.filter((f) => f.kind === 'missing').map((f) => f.rule), []);
    for (const rule of ['right-of-access', 'right-to-erasure', 'right-to-complain']) {
      assert.strictEqual(after.coverage.find((c) => c.rule === rule)!.state, 'satisfied');
    }
    // The thin draft never relied on consent; once the inserted legal-basis clause names consent, withdrawal is covered too.
    assert.notStrictEqual(after.coverage.find((c) => c.rule === 'right-to-withdraw-consent')!.state, 'missing');
  });

  it('insertAllMissing on the plain-text seed-like draft adds to YOUR RIGHTS and appends no duplicate section', () => {
    const original = fixture('seed-like.txt');
    const { text } = insertAllMissing(original, { today: TODAY });
    assertOriginalLinesKept(original, text);
    assert.strictEqual(text.split('YOUR RIGHTS').length, 2);
    assert.ok(!/^Your rights$/m.test(text) && !/^\d+\.? Your rights$/m.test(text), text);
    // The section is a run of "- ACCESS." items: the new rights are items of the same kind, after the last one.
    const lines = text.split('\n');
    const choice = lines.findIndex((l) => l.startsWith('- CHOICE.'));
    assert.match(lines[choice + 1], /^- [A-Z ]+\. [A-Z]/);
    assert.ok(lines.some((l) => l.startsWith('- RESTRICTION. You can ask us to restrict')));
    assert.ok(lines.findIndex((l) => l.startsWith('- RESTRICTION.')) < lines.findIndex((l) => l.startsWith('4. Contact Us')));
    assert.deepStrictEqual(run(text).findings.filter((f) => f.kind === 'missing').map((f) => f.rule), []);
  });

  it('insertAllMissing leaves a complete draft unchanged', () => {
    const text = fixture('complete.md');
    assert.deepStrictEqual(insertAllMissing(text, { today: TODAY }), { text, inserted: [] });
  });

  it('a stale fix is refused once the text it was computed for has changed', () => {
    const text = '# Privacy Policy\n\nLast updated: 2019-10-28\n';
    const f = one(run(text), 'stale-last-updated');
    assert.strictEqual(applyFix(text.replace('2019-10-28', '2019-11-30'), f.fixes[0]), null);
    const clauseFix = one(run(fixture('thin.md')), 'right-of-access').fixes[0];
    assert.strictEqual(applyFix('short', clauseFix), null, 'an edit beyond the end of the text is refused');
    // ...and applied to the text it was computed for.
    assert.ok(applyFix(text, f.fixes[0])!.includes(TODAY));
  });

  it('a fix read back from JSON keeps its fingerprint: still applies to its text and refuses a changed one', () => {
    const text = '# Privacy Policy\n\nLast updated: 2019-10-28\n';
    const copy = JSON.parse(JSON.stringify(one(run(text), 'stale-last-updated').fixes[0]));
    assert.deepStrictEqual(copy.base, { length: text.length, hash: textHash(text) });
    assert.strictEqual(applyFix(text.replace('2019-10-28', '2019-11-30'), copy), null);
    assert.ok(applyFix(text, copy)!.includes(TODAY));
  });

  it('applyEdits applies several edits in any order', () => {
    const edits = [
      { span: { start: 0, end: 1 }, newText: 'X' },
      { span: { start: 4, end: 4 }, newText: '!' },
      { span: { start: 2, end: 3 }, newText: '' },
    ];
    assert.strictEqual(applyEdits('abcd', edits), 'Xbd!');
  });

  it('Windows line endings: inserted text uses \\r\\n and no bare \\n appears', () => {
    const original = fixture('crlf.md');
    assert.ok(original.includes('\r\n'));
    const { text, inserted } = insertAllMissing(original, { today: TODAY });
    assert.ok(inserted.length >= 5);
    assert.ok(!/[^\r]\n/.test(text), 'every line break is \\r\\n');
    // The rights list got new items in its own marker style.
    assert.match(text, /- You can ask for a copy of your data\.\r\n- [A-Z][a-z]+: /);
    const stale = '# Privacy Policy\r\n\r\nWe bake bread.\r\n';
    const out = fixOnce(stale, 'last-updated');
    assert.strictEqual(out, `# Privacy Policy\r\n\r\nLast updated: ${TODAY}\r\n\r\nWe bake bread.\r\n`);
  });
});

describe('fixes: placement in the draft\'s own heading style', () => {
  it('numbered Markdown headings ("## 3. Your rights"): a new section takes the next number, at the end', () => {
    const text = '# Privacy Policy\n\n## 1. Who we are\n\nWe bake bread. Write to hi@bakery.example.\n\n## 2. Contact\n\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-of-access');
    const added = addedLines(text, out).filter((l) => l !== '');
    assert.strictEqual(added[0], '## 3. Your rights');
    assert.ok(out.indexOf('## 3. Your rights') > out.indexOf('## 2. Contact'), 'after the last numbered section');
    // The next right goes into the new section.
    const again = fixOnce(out, 'right-to-erasure');
    assert.strictEqual(again.split('Your rights').length, 2);
  });

  it('Markdown headings that merely start with a year are not numbering', () => {
    const text = '# Privacy Policy\n\n## 2024 changes\n\nNone.\n\n## 2025 changes\n\nNone.\n\n## Contact us\n\nWrite to hi@bakery.example.\n';
    const added = addedLines(text, fixOnce(text, 'right-of-access')).filter((l) => l !== '');
    assert.strictEqual(added[0], '## Your rights');
  });

  it('all-caps headings win over a stray title-like line, and the draft\'s spacing is kept', () => {
    // "Last updated: ..." between blank lines reads as a plain heading; the real headings are in capitals.
    const text = 'PRIVACY NOTICE\n\nLast updated: 2026-10-01\n\nWHAT WE KEEP\nYour name and email address.\n\nCONTACT US\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-to-object');
    assert.match(out, /\n\nYOUR RIGHTS\nObjection: [^\n]+\n\nCONTACT US\n/);
  });

  it('numbered plain text without blank lines gets none either', () => {
    const text = 'Privacy Policy\n1. Introduction\nWe bake bread.\n2. What We Collect\nYour name.\n3. Contact Us\nWrite to hi@bakery.example.\n';
    const out = fixOnce(text, 'right-of-access');
    assert.match(out, /Write to hi@bakery\.example\.\n4\. Your rights\nAccess: [^\n]+\n$/);
  });
});

describe('fixes: snippets with tab stops', () => {
  it('turns each [[placeholder]] into a numbered tab stop, brackets included, in order', () => {
    const s = placeholdersToSnippet('Email [[DPO email]] or write to [[DPO postal address]]; again [[DPO email]].');
    assert.strictEqual(s.value, 'Email ${1:[[DPO email]]} or write to ${2:[[DPO postal address]]}; again ${3:[[DPO email]]}.');
    assert.strictEqual(s.tabStops, 3);
    assert.deepStrictEqual(parseSnippet(s.value).tabStops.map((t) => t.index), [1, 2, 3]);
  });

  it('escapes $, } and \\ in the text and inside placeholders', () => {
    assert.strictEqual(escapeSnippetText('costs $5 {a} C:\\path'), 'costs \\$5 {a\\} C:\\\\path');
    const s = placeholdersToSnippet('Fee: $10 per {request} \\ [[amount in $ or {EUR}]] $HOME ${1:x}');
    assert.strictEqual(s.value, 'Fee: \\$10 per {request\\} \\\\ ${1:[[amount in \\$ or {EUR\\}]]} \\$HOME \\${1:x\\}');
    assert.strictEqual(s.tabStops, 1);
    assert.strictEqual(resolveSnippet(s.value), 'Fee: $10 per {request} \\ [[amount in $ or {EUR}]] $HOME ${1:x}');
    assert.strictEqual(resolveSnippet(s.value, { 1: '25 euros' }), 'Fee: $10 per {request} \\ 25 euros $HOME ${1:x}');
  });

  it('text without placeholders is one literal part; brackets that are not a placeholder stay text', () => {
    assert.deepStrictEqual(placeholderParts('No placeholder here.'), ['No placeholder here.']);
    assert.deepStrictEqual(placeholderParts(''), ['']);
    assert.deepStrictEqual(placeholderParts('[[a]][[b]]'), [{ placeholder: '[[a]]' }, { placeholder: '[[b]]' }]);
    assert.deepStrictEqual(placeholderParts('[not one] [[\n]] [[x]'), ['[not one] [[\n]] [[x]']);
    assert.strictEqual(buildSnippet(['a', { placeholder: 'b' }, 'c', { placeholder: 'd' }]).value, 'a${1:b}c${2:d}');
  });

  it('any text: the snippet inserts exactly the text when no tab stop is edited', () => {
    const piece = fc.oneof(fc.constantFrom('$', '}', '{', '\\', '$1', '${1:x}', '[[', ']]', '[[p]]', '[[a $ b } c \\ d]]', '\n', '\r\n', ' '), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        const parts = placeholderParts(text);
        assert.strictEqual(plainText(parts), text);
        const s = buildSnippet(parts);
        assert.strictEqual(resolveSnippet(s.value), text);
        assert.strictEqual(parseSnippet(s.value).tabStops.length, parts.filter((p) => typeof p !== 'string').length);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it('every clause in the catalogue converts and resolves back to itself', () => {
    for (const rule of catalogue) {
      const text = rule.clause?.text;
      if (!text) continue;
      const s = placeholdersToSnippet(text);
      assert.strictEqual(resolveSnippet(s.value), text, rule.id);
      assert.strictEqual(s.tabStops, (text.match(/\[\[[^\]]*\]\]/g) ?? []).length, rule.id);
    }
  });

  it('an insertion that starts with a line break moves to the start of the next line (no re-indentation in VS Code)', () => {
    const text = '## Your rights\n\n  - You can ask for a copy.\n\n## Contact\n';
    const at = text.indexOf('copy.') + 'copy.'.length;
    const parts = placeholderParts('\n  - Ask [[whom]] to delete it.');
    const e = snippetEdit(text, { start: at, end: at }, parts)!;
    assert.ok(e, 'a snippet edit');
    assert.deepStrictEqual(e.span, { start: at + 1, end: at + 1 });
    assert.strictEqual(e.snippet, '  - Ask ${1:[[whom]]} to delete it.\n');
    const viaSnippet = text.slice(0, e.span.start) + resolveSnippet(e.snippet) + text.slice(e.span.end);
    assert.strictEqual(viaSnippet, applyEdits(text, [{ span: { start: at, end: at }, newText: plainText(parts) }]));
    // CRLF too.
    const crlf = text.replace(/\n/g, '\r\n');
    const at2 = crlf.indexOf('copy.') + 5;
    const e2 = snippetEdit(crlf, { start: at2, end: at2 }, placeholderParts('\r\n  - Ask [[whom]].'))!;
    assert.deepStrictEqual(e2.span, { start: at2 + 2, end: at2 + 2 });
    assert.strictEqual(e2.snippet, '  - Ask ${1:[[whom]]}.\r\n');
  });

  it('no snippet when it would be re-indented or has no tab stop', () => {
    // At the end of an indented last line without a line break after it: the client would indent the new line twice.
    const text = '## Your rights\n\n  - You can ask for a copy.';
    assert.strictEqual(snippetEdit(text, { start: text.length, end: text.length }, placeholderParts('\n  - Ask [[whom]].')), null);
    // One line from an indented position is fine.
    assert.ok(snippetEdit(text, { start: text.length, end: text.length }, placeholderParts(' Ask [[whom]].')));
    assert.strictEqual(snippetEdit('abc\n', { start: 3, end: 3 }, ['\nno placeholders']), null);
  });
});

describe('fixes: snippet edits of the real fixes', () => {
  const drafts: Record<string, string> = {
    'thin.md': fixture('thin.md'),
    'seed-like.txt': fixture('seed-like.txt'),
    'crlf.md': fixture('crlf.md'),
    'near-miss.md': fixture('near-miss.md'),
    'indented-list.md': '# Privacy Policy\n\n## Your rights\n\n  * You can ask for a copy of your data.\n\n## Contact\n\nhi@bakery.example\n',
    'no-final-newline.md': '# Privacy Policy\n\n## Your rights\n\n- You can ask for a copy of your data.',
    'indented-last-line.md': '# Privacy Policy\n\n## Your rights\n\n   - You can ask for a copy of your data.',
  };
  for (const [name, text] of Object.entries(drafts)) {
    it(`${name}: each snippet edit inserts exactly the plain text, from where a client will not re-indent it`, () => {
      let snippets = 0;
      for (const f of run(text).findings) {
        for (const fix of f.fixes) {
          for (const e of fix.edits) {
            const s = snippetEdit(text, e.span, placeholderParts(e.newText));
            if (!s) continue;
            snippets++;
            const viaSnippet = text.slice(0, s.span.start) + resolveSnippet(s.snippet) + text.slice(s.span.end);
            assert.strictEqual(viaSnippet, applyEdits(text, [e]), `${f.rule}`);
            // VS Code indents the snippet's later lines like the line it starts on: that must be no indentation.
            const lineStart = Math.max(text.lastIndexOf('\n', s.span.start - 1), text.lastIndexOf('\r', s.span.start - 1)) + 1;
            if (/[\r\n]/.test(resolveSnippet(s.snippet))) assert.doesNotMatch(text.slice(lineStart, s.span.start), /^[ \t]/, `${f.rule}: starts on an indented line`);
          }
        }
      }
      if (!name.startsWith('indented-last')) assert.ok(snippets > 0, 'some fixes have placeholders');
    });
  }
});
