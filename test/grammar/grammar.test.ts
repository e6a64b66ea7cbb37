/**
 * The TextMate grammars in syntaxes/, tokenized with the same engine VS Code uses
 * (vscode-textmate + vscode-oniguruma). Markdown is a small stand-in grammar
 * (markdown-standin.tmLanguage.json) with the real grammar's scope names, so the test checks how the
 * injections combine with fenced code, inline code, HTML comments, links and emphasis.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
const syntaxes = path.join(root, 'syntaxes');

const FILES = {
  'privacylint.markdown.injection': path.join(syntaxes, 'privacylint.markdown-injection.tmLanguage.json'),
  'privacylint.markdown.comment-injection': path.join(syntaxes, 'privacylint.markdown-comment-injection.tmLanguage.json'),
  'text.privacy-policy': path.join(syntaxes, 'privacy-policy.tmLanguage.json'),
  'text.html.markdown': path.join(__dirname, 'markdown-standin.tmLanguage.json'),
} as const;

const MARKDOWN_INJECTIONS = ['privacylint.markdown.injection', 'privacylint.markdown.comment-injection'];

interface Tok {
  text: string;
  scopes: string[];
}

let markdown: IGrammar;
let plain: IGrammar;

async function loadGrammars(): Promise<void> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = (FILES as Record<string, string>)[scopeName];
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? MARKDOWN_INJECTIONS : undefined),
  });
  const md = await registry.loadGrammar('text.html.markdown');
  const txt = await registry.loadGrammar('text.privacy-policy');
  assert.ok(md && txt, 'grammars load');
  markdown = md;
  plain = txt;
}

/** Tokenize a document (lines separated by \n); returns the tokens of every line. */
function tokenize(grammar: IGrammar, text: string): Tok[][] {
  let state: StateStack = INITIAL;
  const out: Tok[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return out;
}

const flat = (lines: Tok[][]) => lines.flat();
const ours = (t: Tok) => t.scopes.filter((s) => s.endsWith('.privacylint'));

/** The tokens that make up `needle` (which must start and end on token boundaries unless `overlapping`). */
function tokensFor(lines: Tok[][], needle: string, overlapping = false): Tok[] {
  for (const toks of lines) {
    const line = toks.map((t) => t.text).join('');
    const at = line.indexOf(needle);
    if (at < 0) continue;
    let pos = 0;
    const hit: Tok[] = [];
    for (const t of toks) {
      const end = pos + t.text.length;
      if ((pos >= at && end <= at + needle.length) || (overlapping && pos < at + needle.length && end > at)) hit.push(t);
      else if (pos < at + needle.length && end > at) {
        assert.fail(`"${needle}" is not on token boundaries: token "${t.text}" [${t.scopes.join(' ')}] crosses it in: ${line}`);
      }
      pos = end;
    }
    return hit;
  }
  return assert.fail(`"${needle}" not found`);
}

/**
 * Assert that every token of `needle` carries `scope` and that the scope does not spill onto the
 * tokens right before and after it (wrapping comment scopes excepted).
 */
function expectScope(lines: Tok[][], needle: string, scope: string): void {
  const toks = tokensFor(lines, needle);
  for (const t of toks) {
    assert.ok(t.scopes.includes(scope), `expected "${t.text}" (in "${needle}") to have ${scope}, got [${t.scopes.join(' ')}]`);
  }
  if (scope.startsWith('comment.')) return;
  const line = lines.find((l) => l.includes(toks[0]))!;
  const i = line.indexOf(toks[0]);
  const j = line.indexOf(toks[toks.length - 1]);
  for (const n of [line[i - 1], line[j + 1]]) {
    if (n) assert.ok(!n.scopes.includes(scope), `${scope} spills from "${needle}" onto "${n.text}"`);
  }
}

function expectNone(lines: Tok[][], needle: string): void {
  for (const t of tokensFor(lines, needle, true)) {
    assert.deepStrictEqual(ours(t), [], `expected no PrivacyLint scope on "${t.text}", got [${t.scopes.join(' ')}]`);
  }
}

// Each construct, a sample line, the exact text that must carry the scope.
const CASES: { line: string; text: string; scope: string }[] = [
  // dates
  { line: 'Last updated: May 20, 2024', text: 'May 20, 2024', scope: 'constant.numeric.date.long.privacylint' },
  { line: 'Last updated: May 20, 2024', text: 'Last updated', scope: 'keyword.other.date-label.privacylint' },
  { line: 'This notice took effect on 19 March 2018.', text: '19 March 2018', scope: 'constant.numeric.date.long.privacylint' },
  { line: 'Effective date: 2019-10-28', text: '2019-10-28', scope: 'constant.numeric.date.iso.privacylint' },
  { line: 'Effective date: 2019-10-28', text: 'Effective date', scope: 'keyword.other.date-label.privacylint' },
  { line: 'Stand: 01.01.2022', text: '01.01.2022', scope: 'constant.numeric.date.numeric.privacylint' },
  { line: 'Updated June 2026', text: 'June 2026', scope: 'constant.numeric.date.month-year.privacylint' },
  { line: 'Updated June 2026', text: 'Updated', scope: 'keyword.other.date-label.privacylint' },
  { line: 'Last revised: 2024', text: '2024', scope: 'constant.numeric.date.year.privacylint' },
  { line: 'Last updated:', text: 'Last updated', scope: 'keyword.other.date-label.privacylint' },
  { line: 'Version of 01.01.2022', text: 'Version of', scope: 'keyword.other.date-label.privacylint' },
  { line: 'Signed on Sept. 1st 2020 in Dublin.', text: 'Sept. 1st 2020', scope: 'constant.numeric.date.long.privacylint' },
  // contact details
  { line: 'Write to dpo@example.org.', text: 'dpo@example.org', scope: 'markup.underline.link.email.privacylint' },
  { line: 'Email privacy+eu@mail.example.co.uk today', text: 'privacy+eu@mail.example.co.uk', scope: 'markup.underline.link.email.privacylint' },
  { line: 'See https://example.com/privacy?lang=en.', text: 'https://example.com/privacy?lang=en', scope: 'markup.underline.link.url.privacylint' },
  { line: 'Visit www.example.com/choices, then', text: 'www.example.com/choices', scope: 'markup.underline.link.url.privacylint' },
  // citations
  { line: 'We rely on Art. 13(1)(b) GDPR here.', text: 'Art. 13(1)(b) GDPR', scope: 'support.type.citation.article.privacylint' },
  { line: 'You may complain (Article 77).', text: 'Article 77', scope: 'support.type.citation.article.privacylint' },
  { line: 'Your rights under Arts. 15-22 apply.', text: 'Arts. 15-22', scope: 'support.type.citation.article.privacylint' },
  { line: 'See Articles 15 to 22 of the UK GDPR.', text: 'Articles 15 to 22 of the UK GDPR', scope: 'support.type.citation.article.privacylint' },
  { line: 'Gem. Art. 6 para. 1 lit. f DSGVO', text: 'Art. 6 para. 1 lit. f DSGVO', scope: 'support.type.citation.article.privacylint' },
  { line: 'Under § 1798.100 you may ask', text: '§ 1798.100', scope: 'support.type.citation.section.privacylint' },
  { line: 'as required by Cal. Civ. Code 1798.130.', text: 'Cal. Civ. Code 1798.130', scope: 'support.type.citation.code.privacylint' },
  { line: 'See 11 CCR §7011 for details', text: '11 CCR §7011', scope: 'support.type.citation.code.privacylint' },
  { line: 'as explained in Recital 60.', text: 'Recital 60', scope: 'support.type.citation.recital.privacylint' },
  { line: 'After Schrems II (C-311/18), transfers', text: 'C-311/18', scope: 'support.type.citation.case.privacylint' },
  { line: 'Case C-131/12 (Google Spain)', text: 'Case C-131/12', scope: 'support.type.citation.case.privacylint' },
  { line: 'ECLI:EU:C:2020:559 is the judgment', text: 'ECLI:EU:C:2020:559', scope: 'support.type.citation.case.privacylint' },
  { line: 'under Regulation (EU) 2016/679 and', text: 'Regulation (EU) 2016/679', scope: 'support.type.citation.act.privacylint' },
  { line: 'the ePrivacy rules (Directive 2002/58/EC)', text: 'Directive 2002/58/EC', scope: 'support.type.citation.act.privacylint' },
  // placeholders
  { line: '[Company Name] is the controller.', text: '[Company Name]', scope: 'string.other.placeholder.bracket.privacylint' },
  { line: 'Controller: [COMPANY LEGAL NAME].', text: '[COMPANY LEGAL NAME]', scope: 'string.other.placeholder.bracket.privacylint' },
  { line: 'Contact our DPO at [[DPO email]].', text: '[[DPO email]]', scope: 'string.other.placeholder.double-bracket.privacylint' },
  { line: 'Hello from {{company}}!', text: '{{company}}', scope: 'string.other.placeholder.mustache.privacylint' },
  { line: 'Our address is <INSERT ADDRESS>.', text: '<INSERT ADDRESS>', scope: 'string.other.placeholder.angle.privacylint' },
  { line: 'Retention: TODO', text: 'TODO', scope: 'string.other.placeholder.marker.privacylint' },
  { line: 'We keep data for TBD months.', text: 'TBD', scope: 'string.other.placeholder.marker.privacylint' },
  { line: 'Call XXX-XXX-XXXX', text: 'XXX', scope: 'string.other.placeholder.marker.privacylint' },
  // obsolete mechanisms
  { line: 'We participate in the EU-U.S. Privacy Shield Framework.', text: 'EU-U.S. Privacy Shield Framework', scope: 'invalid.deprecated.transfer-mechanism.privacylint' },
  { line: 'We comply with Privacy Shield.', text: 'Privacy Shield', scope: 'invalid.deprecated.transfer-mechanism.privacylint' },
  { line: 'certified under the Safe Harbor principles', text: 'Safe Harbor', scope: 'invalid.deprecated.transfer-mechanism.privacylint' },
  { line: 'the US-EU Safe Harbour Framework', text: 'US-EU Safe Harbour Framework', scope: 'invalid.deprecated.transfer-mechanism.privacylint' },
];

// Lines where nothing may be highlighted.
const ORDINARY = [
  'We collect your email address and use it to send receipts.',
  'You may contact us at any time; we will respond within one month.',
  'Tick [x] or [ ] and see footnote [1] [sic].',
  'Version 1.2.3 of the app, build 2019-2019-2019.',
  'We use the HIPAA Safe Harbor method to de-identify records.',
  'See Section 3 below; Art galleries and articles are not citations.',
  'March forward; may 5 people join?',
  'user@localhost and a@b are not addresses.',
];

describe('TextMate grammars (syntaxes/)', function () {
  before(loadGrammars);

  describe('grammar files', () => {
    it('parse as JSON and declare the scope names and selectors the manifest uses', () => {
      const md = JSON.parse(fs.readFileSync(FILES['privacylint.markdown.injection'], 'utf8'));
      assert.strictEqual(md.scopeName, 'privacylint.markdown.injection');
      assert.match(md.injectionSelector, /^L:text\.html\.markdown /);
      for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-comment']) {
        assert.ok(md.injectionSelector.includes(excluded), `injection selector excludes ${excluded}`);
      }
      const mc = JSON.parse(fs.readFileSync(FILES['privacylint.markdown.comment-injection'], 'utf8'));
      assert.strictEqual(mc.scopeName, 'privacylint.markdown.comment-injection');
      assert.match(mc.injectionSelector, /^L:text\.html\.markdown comment\.block\.html /);
      const txt = JSON.parse(fs.readFileSync(FILES['text.privacy-policy'], 'utf8'));
      assert.strictEqual(txt.scopeName, 'text.privacy-policy');
      assert.strictEqual(txt.injectionSelector, undefined);
    });

    it('are up to date with syntaxes/src/build.mjs', () => {
      const r = spawnSync(process.execPath, [path.join(syntaxes, 'src', 'build.mjs'), '--check'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr || r.stdout);
    });

    it('suffix every scope they assign with .privacylint', () => {
      const names: string[] = [];
      const walk = (v: unknown, key?: string) => {
        if (Array.isArray(v)) v.forEach((x) => walk(x));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
        else if ((key === 'name' || key === 'contentName') && typeof v === 'string') names.push(v);
      };
      for (const file of Object.values(FILES).slice(0, 3)) {
        const g = JSON.parse(fs.readFileSync(file, 'utf8'));
        walk(g.patterns);
        walk(g.repository);
      }
      assert.ok(names.length > 20);
      for (const n of names) assert.match(n, /^[a-z]+(\.[a-z0-9-]+)+\.privacylint$/, n);
    });
  });

  for (const [label, grammar] of [
    ['Markdown (injection)', () => markdown],
    ['plain text (text.privacy-policy)', () => plain],
  ] as const) {
    describe(label, () => {
      for (const c of CASES) {
        it(`${c.scope.replace(/\.privacylint$/, '')}: ${c.text}`, () => {
          expectScope(tokenize(grammar(), c.line), c.text, c.scope);
        });
      }

      it('leaves ordinary prose alone', () => {
        for (const line of ORDINARY) {
          const toks = flat(tokenize(grammar(), line));
          const marked = toks.filter((t) => ours(t).length);
          assert.deepStrictEqual(
            marked.map((t) => `${t.text} [${ours(t).join(' ')}]`),
            [],
            `in: ${line}`,
          );
        }
      });

      it('scopes a suppression comment: keyword, rule ids and reason', () => {
        const line = '<!-- privacylint-disable dpo-contact, retention-period -- we are not required to appoint a DPO (Art. 37) -->';
        const lines = tokenize(grammar(), line);
        expectScope(lines, '<!--', 'punctuation.definition.comment.begin.privacylint');
        expectScope(lines, 'privacylint-disable', 'keyword.other.directive.privacylint');
        expectScope(lines, 'dpo-contact', 'entity.name.tag.rule-id.privacylint');
        expectScope(lines, 'retention-period', 'entity.name.tag.rule-id.privacylint');
        expectScope(lines, ' we are not required to appoint a DPO (Art. 37) ', 'string.unquoted.reason.privacylint');
        expectScope(lines, '-->', 'punctuation.definition.comment.end.privacylint');
        for (const t of flat(lines)) assert.ok(t.scopes.includes('comment.block.directive.privacylint'), `"${t.text}" is in the comment`);
        // The citation in the reason is not highlighted as a citation.
        assert.ok(!flat(lines).some((t) => t.scopes.includes('support.type.citation.article.privacylint')));
        // The keyword, the ids and the reason are distinct scopes.
        const keyword = tokensFor(lines, 'privacylint-disable')[0];
        const id = tokensFor(lines, 'dpo-contact')[0];
        const reason = tokensFor(lines, ' we are not required to appoint a DPO (Art. 37) ')[0];
        assert.notDeepStrictEqual(ours(keyword), ours(id));
        assert.notDeepStrictEqual(ours(id), ours(reason));
      });

      it('recognises every directive keyword', () => {
        for (const kw of ['enable', 'disable-next-line', 'disable-line', 'disable-file']) {
          const lines = tokenize(grammar(), `<!-- privacylint-${kw} obsolete-transfer-mechanism -->`);
          expectScope(lines, `privacylint-${kw}`, 'keyword.other.directive.privacylint');
          expectScope(lines, 'obsolete-transfer-mechanism', 'entity.name.tag.rule-id.privacylint');
        }
        const bare = tokenize(grammar(), '<!-- privacylint-disable-file -->');
        expectScope(bare, 'privacylint-disable-file', 'keyword.other.directive.privacylint');
        assert.ok(!flat(bare).some((t) => t.scopes.includes('entity.name.tag.rule-id.privacylint')));
      });

      it('scopes a directive in the middle of a line and one whose reason runs onto the next line', () => {
        const mid = tokenize(grammar(), 'Our DPO is TBD. <!-- privacylint-disable-line unfilled-placeholder -- hiring --> More text.');
        expectScope(mid, 'privacylint-disable-line', 'keyword.other.directive.privacylint');
        expectScope(mid, 'unfilled-placeholder', 'entity.name.tag.rule-id.privacylint');
        expectScope(mid, 'TBD', 'string.other.placeholder.marker.privacylint');
        const multi = tokenize(grammar(), '<!-- privacylint-disable dpo-contact -- not required:\nfewer than 250 staff, see 2024-05-20 -->\nNext TODO');
        expectScope(multi, 'fewer than 250 staff, see 2024-05-20 ', 'string.unquoted.reason.privacylint');
        expectScope(multi, 'TODO', 'string.other.placeholder.marker.privacylint');
      });

      it('does not scope a comment that is not a directive as one', () => {
        const lines = tokenize(grammar(), '<!-- note: privacylint is great; TODO 2024-05-20 -->');
        assert.ok(!flat(lines).some((t) => t.scopes.some((s) => /directive|placeholder|date/.test(s))));
      });
    });
  }

  describe('Markdown specifics', () => {
    it('does not highlight inside fenced code or inline code', () => {
      const doc = ['```text', 'TODO: mail dpo@example.org by 2024-05-20 (Art. 13 GDPR), [Company Name]', '<!-- privacylint-disable dpo-contact -->', '```', 'After the fence: TBC'].join('\n');
      const lines = tokenize(markdown, doc);
      for (const t of lines.slice(0, 4).flat()) assert.deepStrictEqual(ours(t), [], `"${t.text}" [${t.scopes.join(' ')}]`);
      expectScope(lines, 'TBC', 'string.other.placeholder.marker.privacylint');
    });

    it('highlights again after a fence closes', () => {
      const lines = tokenize(markdown, '~~~\nTODO\n~~~\nStill TBD');
      assert.deepStrictEqual(ours(tokensFor(lines, 'TODO')[0]), []);
      expectScope(lines, 'TBD', 'string.other.placeholder.marker.privacylint');
    });

    it('does not highlight inside inline code or indented code', () => {
      const inline = tokenize(markdown, 'Write `TODO dpo@example.org` here, then TBD.');
      expectNone(inline, '`TODO dpo@example.org`');
      expectScope(inline, 'TBD', 'string.other.placeholder.marker.privacylint');
      expectNone(tokenize(markdown, '    TODO 2024-05-20'), '    TODO 2024-05-20');
    });

    it('does not highlight a directive or prose inside an embedded-language fence (```html)', () => {
      const lines = tokenize(markdown, '```html\n<!-- privacylint-disable-file -- example --> TODO 2024-05-20\n```\nTBD');
      const kw = tokensFor(lines, 'privacylint-disable-file', true)[0];
      assert.ok(kw.scopes.includes('meta.embedded.block.html') && kw.scopes.includes('comment.block.html'), kw.scopes.join(' '));
      for (const t of lines.slice(0, 3).flat()) assert.deepStrictEqual(ours(t), [], `"${t.text}" [${t.scopes.join(' ')}]`);
      expectScope(lines, 'TBD', 'string.other.placeholder.marker.privacylint');
    });

    it('does not highlight front matter', () => {
      const lines = tokenize(markdown, '---\ntitle: Privacy Policy\ndate: 2024-05-20\nowner: dpo@example.org\n---\nLast updated: 2024-05-20');
      for (const t of lines.slice(0, 5).flat()) assert.deepStrictEqual(ours(t), [], `"${t.text}" [${t.scopes.join(' ')}]`);
      assert.ok(tokensFor(lines, 'date: 2024-05-20')[0].scopes.includes('meta.embedded.block.frontmatter'));
      expectScope(lines.slice(5), '2024-05-20', 'constant.numeric.date.iso.privacylint');
    });

    it('leaves an inline HTML comment in a paragraph to Markdown unless it is a directive', () => {
      const lines = tokenize(markdown, 'We keep logs <!-- TODO: 2024-05-20 --> for TBD days <!-- privacylint-disable-line unfilled-placeholder -->');
      const note = tokensFor(lines, ' TODO: 2024-05-20 ')[0];
      assert.ok(note.scopes.includes('comment.block.html') && note.scopes.includes('meta.paragraph.markdown'));
      assert.deepStrictEqual(ours(note), []);
      expectScope(lines, 'TBD', 'string.other.placeholder.marker.privacylint');
      const kw = tokensFor(lines, 'privacylint-disable-line')[0];
      assert.ok(kw.scopes.includes('keyword.other.directive.privacylint') && !kw.scopes.includes('comment.block.html'));
    });

    it('leaves an ordinary HTML comment to Markdown', () => {
      const lines = tokenize(markdown, '<!-- TODO: check Art. 13 on 2024-05-20 -->');
      for (const t of flat(lines)) {
        assert.deepStrictEqual(ours(t), []);
        assert.ok(t.scopes.includes('comment.block.html'));
      }
    });

    it('scopes a directive inside a block-level comment that Markdown tokenized (comment injection)', () => {
      // Indented: Markdown's own comment rule starts first, so the main injection never sees the "<!--".
      const lines = tokenize(markdown, '  <!-- privacylint-disable-next-line obsolete-transfer-mechanism -- historical -->\nWe used Privacy Shield.');
      const kw = tokensFor(lines, 'privacylint-disable-next-line')[0];
      assert.ok(kw.scopes.includes('comment.block.html'), 'inside Markdown comment');
      assert.ok(kw.scopes.includes('keyword.other.directive.privacylint'));
      expectScope(lines, 'obsolete-transfer-mechanism', 'entity.name.tag.rule-id.privacylint');
      expectScope(lines, ' historical ', 'string.unquoted.reason.privacylint');
      // Markdown still closes its comment, and prose after it is highlighted again.
      expectScope(lines, '-->', 'punctuation.definition.comment.html');
      expectScope(lines, 'Privacy Shield', 'invalid.deprecated.transfer-mechanism.privacylint');
    });

    it('scopes a multi-line directive inside a Markdown comment', () => {
      const lines = tokenize(markdown, ' <!-- privacylint-disable dpo-contact -- we have\nfewer than 250 employees -->\nTBD');
      expectScope(lines, 'fewer than 250 employees ', 'string.unquoted.reason.privacylint');
      expectScope(lines, 'TBD', 'string.other.placeholder.marker.privacylint');
    });

    it('works inside emphasis and headings, and does not take over Markdown links', () => {
      const lines = tokenize(markdown, '# Privacy Policy of [Company Name]\n**Last updated: May 20, 2024**\nSee [our policy](https://example.com/p) or [Company Name][ref].');
      const date = tokensFor(lines, 'May 20, 2024')[0];
      assert.ok(date.scopes.includes('markup.bold.markdown') && date.scopes.includes('constant.numeric.date.long.privacylint'));
      const heading = tokensFor(lines, '[Company Name]')[0];
      assert.ok(heading.scopes.includes('markup.heading.markdown') && heading.scopes.includes('string.other.placeholder.bracket.privacylint'));
      const link = tokensFor(lines, 'https://example.com/p')[0];
      assert.ok(link.scopes.includes('markup.underline.link.markdown'));
      assert.deepStrictEqual(ours(link), []);
      expectNone(lines, '[our policy]');
      expectNone(lines, '[Company Name][ref]');
    });
  });

  describe('plain-text specifics', () => {
    it('treats < !-- --> as a comment, like the analysis core does', () => {
      const lines = tokenize(plain, 'Text <!-- TODO 2024-05-20 --> and TBD');
      expectScope(lines, ' TODO 2024-05-20 ', 'comment.block.privacylint');
      assert.ok(!tokensFor(lines, ' TODO 2024-05-20 ')[0].scopes.some((s) => s.includes('placeholder')));
      expectScope(lines, 'TBD', 'string.other.placeholder.marker.privacylint');
    });
  });

  describe('no catastrophic backtracking', () => {
    const SIZE = 100 * 1024;
    const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const ADVERSARIAL: Record<string, string> = {
      'brackets': repeat('[[[['),
      'brackets with words': repeat('[Company [insert [[DPO '),
      'caps in brackets': repeat('[AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      'unclosed bracket + capitals': '[' + repeat('A'),
      'unclosed bracket + spaces': '[' + repeat(' '),
      'braces and angles': repeat('{{{<insert <INSERT {{x '),
      'articles': repeat('Art. Art. Art. Arts. 1-'),
      'article ranges': repeat('Art. 1(a)(b), 2 to 3 and 4, '),
      'sections': repeat('§§ 1.1.1.1.1-'),
      'code citations': repeat('11 CCR Cal. Civ. Code 1.'),
      'years': repeat('2019-2019-2019-'),
      'numbers and dots': repeat('1.1.1.1.1.'),
      'month names': repeat('May May 1, June of 19 '),
      'date labels': repeat('Last updated Last updated: effective '),
      'at signs': repeat('a@a@a.a@'),
      'local part without at': repeat('a'),
      'domain without tld': 'x@' + repeat('a-'),
      'dotted domain': 'x@' + repeat('a.'),
      'urls': repeat('http://www.http://'),
      'url punctuation': 'https://x' + repeat('.,;'),
      'cases': repeat('C-1/1C-C-Case Cases '),
      'mechanisms': repeat('EU-US EU-U.S. Privacy Safe '),
      'comment openers': repeat('<!-- privacylint-disable a -- '),
      'directive ids': '<!-- privacylint-disable ' + repeat('a-'),
      'mixed': repeat('[[ Art. 2019-2019 a@b. http:// {{ <!-- May 1, C-1/ § 1. XXX TODO '),
    };

    for (const [label, grammar] of [
      ['Markdown', () => markdown],
      ['plain text', () => plain],
    ] as const) {
      it(`${label}: tokenizes 100 KB adversarial lines`, function () {
        this.timeout(120_000);
        const times: string[] = [];
        for (const [name, line] of Object.entries(ADVERSARIAL)) {
          const t0 = process.hrtime.bigint();
          const r = grammar().tokenizeLine(line, INITIAL);
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          assert.ok(!r.stoppedEarly, `${name} stopped early`);
          assert.ok(r.tokens.length >= 1);
          assert.strictEqual(r.tokens[r.tokens.length - 1].endIndex >= line.length - 1, true, `${name}: tokens cover the line`);
          times.push(`${name} ${ms.toFixed(0)} ms`);
          assert.ok(ms < 10_000, `${name}: ${ms.toFixed(0)} ms`);
        }
        console.log(`      ${label}: ${times.join(', ')}`);
      });
    }
  });
});
