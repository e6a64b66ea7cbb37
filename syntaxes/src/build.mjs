#!/usr/bin/env node
/**
 * Single source of the PrivacyLint TextMate grammars. The three JSON files in syntaxes/ are
 * generated from the patterns below so that Markdown and plain text highlight exactly the same
 * constructs:
 *
 *   privacylint.markdown-injection.tmLanguage.json          privacylint.markdown.injection
 *   privacylint.markdown-comment-injection.tmLanguage.json  privacylint.markdown.comment-injection
 *   privacy-policy.tmLanguage.json                          text.privacy-policy
 *
 * Usage:  node syntaxes/src/build.mjs          (rewrite the JSON files)
 *         node syntaxes/src/build.mjs --check  (exit 1 if a JSON file is out of date)
 *
 * Regex rules (Oniguruma): every repetition is either bounded, possessive, or followed by a
 * character that cannot be part of it, and every pattern that may start inside a run of word
 * characters is anchored with \b or a lookbehind, so a long adversarial line stays linear.
 * test/grammar/grammar.test.ts checks this on 100 KB lines.
 *
 * The patterns mirror the analysis core (server/src/core/dates.ts, entities.ts,
 * rules/obsolete-transfer-mechanism.ts, core/directives.ts) so that what is highlighted is what
 * the linter reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');
const r = String.raw;

// ---------------------------------------------------------------------------------------------
// Shared fragments
// ---------------------------------------------------------------------------------------------

const MONTH = r`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const YEAR = r`(?:19|20)\d\d`;
const SP = r`[ \t\x{00A0}]`; // a space, tab or no-break space
const DASH = r`[-\x{2010}-\x{2014}]`; // hyphen and the Unicode dashes
/** A sub-paragraph such as (1), (b), (iv), (2a). */
const SUBPARA = r`\([0-9a-z]{1,5}\)`;
/** An article or recital number: 13, 6a, 13(1)(b). Possessive so "2024" fails fast. */
const ARTNUM = r`\d{1,3}+(?!\d)[a-z]?(?:${SUBPARA})*+`;
/** A section number: 1798.100, 7011, 59.1-575, 6-1-1303, 164.514(b)(2). */
const SECNUM = r`\d{1,6}+(?:[.:-]\d{1,6}+)*+[a-z]?(?:${SUBPARA})*+`;
const RANGE_SEP = r`${SP}{0,3}(?:${DASH}|to|and|or|through|,)${SP}{0,3}`;
/** "para. 1 lit. f", "sentence 2", "point (a)": the German and EU way of pinpointing. */
const PINPOINT = r`(?:${SP}{1,3}(?:para(?:graph)?s?\.?|subpara(?:graph)?\.?|sentence|lit\.?|letter|point|no\.)${SP}{0,3}(?:[0-9]{1,3}+[a-z]?|[a-z]{1,4}\b|${SUBPARA}))*+`;
/** The law an article belongs to: "GDPR", "of the UK GDPR", "of Regulation (EU) 2016/679". */
const LAW = r`(?:${SP}{1,3}(?:of${SP}{1,3}(?:the${SP}{1,3})?)?(?:(?:UK|EU)${SP}{1,3})?(?:GDPR|DSGVO|RGPD|LGPD|PIPEDA|POPIA|CCPA|CPRA|FADP|nFADP|Charter|TFEU|TEU|ECHR|ePrivacy${SP}Directive|(?:Regulation|Directive)${SP}\((?:EU|EC)\)${SP}\d{4}/\d{1,4})\b)?`;

/** Words that make "[...]" a template placeholder (mirrors PLACEHOLDER_WORDS in core/entities.ts). */
const PLACEHOLDER_WORDS = r`(?:insert|enter|add|your|our|company|organi[sz]ation|business|name|full${SP}name|legal|entity|date|address|e-?mail|phone|telephone|url|link|website|country|city|state|region|dpo|contact|tbd|tbc|todo|fill|x{2,}|placeholder|number|period|duration|representative|authority|purpose|recipient)`;

/** Rule ids in a suppression comment: dpo-contact, right-to-object, ... */
const RULE_ID = r`[A-Za-z0-9_]++(?:[./-][A-Za-z0-9_]++)*+`;
const DIRECTIVE_KEYWORD = r`privacylint-(?:disable-next-line|disable-line|disable-file|disable|enable)`;

const S = (name) => `${name}.privacylint`;

// ---------------------------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------------------------

/** The contents of a suppression comment after its keyword: rule ids, then " -- reason". */
const directiveBody = [
  {
    comment: 'The reason: everything after " -- " up to the end of the comment.',
    begin: r`(?<=\s)--(?!>)`,
    beginCaptures: { 0: { name: S('punctuation.separator.reason') } },
    end: r`(?=-->)`,
    contentName: S('string.unquoted.reason'),
  },
  { match: RULE_ID, name: S('entity.name.tag.rule-id') },
  { match: ',', name: S('punctuation.separator.comma') },
];

const repository = {
  'suppression-comment': {
    comment: '<!-- privacylint-disable dpo-contact, other-rule -- reason -->',
    name: S('comment.block.directive'),
    begin: r`(<!--)${SP}*+(${DIRECTIVE_KEYWORD})\b`,
    beginCaptures: {
      1: { name: S('punctuation.definition.comment.begin') },
      2: { name: S('keyword.other.directive') },
    },
    end: '-->',
    endCaptures: { 0: { name: S('punctuation.definition.comment.end') } },
    patterns: directiveBody,
  },

  'html-comment': {
    comment: 'Any other <!-- comment -->: the linter does not read it, so nothing inside is highlighted.',
    name: S('comment.block'),
    begin: '<!--',
    beginCaptures: { 0: { name: S('punctuation.definition.comment.begin') } },
    end: '-->',
    endCaptures: { 0: { name: S('punctuation.definition.comment.end') } },
  },

  placeholders: {
    patterns: [
      { comment: '[[DPO email]]', match: r`\[\[[^\[\]\n]{1,80}\]\]`, name: S('string.other.placeholder.double-bracket') },
      { comment: '{{company}}', match: r`\{\{[^{}\n]{0,80}\}\}`, name: S('string.other.placeholder.mustache') },
      { comment: '<INSERT ADDRESS>', match: r`(?i)<(?:insert|enter|your|add)\b[^<>\n]{0,80}>`, name: S('string.other.placeholder.angle') },
      {
        comment: '[COMPANY NAME]: capitals with at least three in a row; not a Markdown link, reference or footnote',
        match: r`(?<!\[)\[${SP}{0,3}(?=[A-Z0-9 _/&.-]{0,58}[A-Z]{3})[A-Z][A-Z0-9 _/&.-]{2,58}\](?![\](:\[])`,
        name: S('string.other.placeholder.bracket'),
      },
      {
        comment: '[Company Name], [insert date], [DPO email]: starts with a placeholder word',
        match: r`(?<!\[)\[${SP}{0,3}(?i:${PLACEHOLDER_WORDS})\b[^\[\]\n]{0,60}\](?![\](:\[])`,
        name: S('string.other.placeholder.bracket'),
      },
      { comment: 'TODO, TBD, TBC, FIXME (capitals only), XXX, lorem ipsum', match: r`\b(?:TODO|TBD|TBC|FIXME|(?i:x{3,}+|lorem${SP}ipsum))\b`, name: S('string.other.placeholder.marker') },
    ],
  },

  'obsolete-mechanisms': {
    patterns: [
      {
        comment: 'EU-U.S. Privacy Shield (invalidated by the CJEU in C-311/18)',
        match: r`(?i)\b(?:(?:EU|E\.U\.|U\.S\.|US|Swiss|United${SP}States)${DASH}?${SP}?(?:U\.S\.|US|EU|E\.U\.|Swiss|United${SP}States)(?:${DASH}|${SP}){1,2})?Privacy${SP}Shield(?:${SP}(?:Framework|Principles|Program(?:me)?|List)\b)?`,
        name: S('invalid.deprecated.transfer-mechanism'),
      },
      {
        comment: 'Safe Harbor (invalidated in C-362/14): capitalised, and not the HIPAA/DMCA/FTC "safe harbor" rules',
        match: r`(?<!HIPAA${SP}|DMCA${SP}|FTC${SP}|COPPA${SP})\b(?:(?:EU|E\.U\.|U\.S\.|US|Swiss)${DASH}?${SP}?(?:U\.S\.|US|EU|E\.U\.|Swiss)(?:${DASH}|${SP}){1,2})?(?:Safe${SP}Harbou?r|SAFE${SP}HARBOU?R)\b(?!${SP}(?i:method|provisions?|rules?|standard|de-identification|exceptions?|clause)\b)(?:${SP}(?:Framework|Principles|Program(?:me)?|List)\b)?`,
        name: S('invalid.deprecated.transfer-mechanism'),
      },
    ],
  },

  citations: {
    patterns: [
      {
        comment: 'Art. 13(1)(b) GDPR, Article 77, Arts. 15-22, Articles 15 to 22 of the UK GDPR, Art. 6 para. 1 lit. f DSGVO',
        match: r`\b(?:[Aa]rticles?|[Aa]rts?\.|Art)${SP}{0,3}+${ARTNUM}${PINPOINT}(?:${RANGE_SEP}${ARTNUM}${PINPOINT})*+${LAW}`,
        name: S('support.type.citation.article'),
      },
      {
        comment: 'Recital 60, Recitals 39 and 58 GDPR',
        match: r`\b[Rr]ecitals?${SP}{1,3}+\d{1,3}+(?!\d)(?:${RANGE_SEP}\d{1,3}+(?!\d))*+${LAW}`,
        name: S('support.type.citation.recital'),
      },
      {
        comment: 'Cal. Civ. Code 1798.130, California Civil Code § 1798.100, Cal. Bus. & Prof. Code § 22575',
        match: r`\b(?:Cal(?:\.|ifornia)${SP}{1,3})?(?:Civ(?:\.|il)|Bus\.${SP}{0,3}&${SP}{0,3}Prof\.|Business${SP}and${SP}Professions|Gov(?:\.|ernment)|Health${SP}{0,3}&${SP}{0,3}Safety|Penal)${SP}{1,3}Code(?:${SP}{0,3}(?:§§?|[Ss]ections?|[Ss]ecs?\.))?${SP}{0,3}+${SECNUM}(?:${RANGE_SEP}${SECNUM})*+`,
        name: S('support.type.citation.code'),
      },
      {
        comment: '11 CCR §7011, 45 C.F.R. § 164.514, 15 U.S.C. § 6501, Cal. Code Regs. tit. 11, § 7011',
        match: r`(?:\b\d{1,3}+${SP}{1,3}(?:CCR|C\.C\.R\.|CFR|C\.F\.R\.|USC|U\.S\.C\.)|\bCal\.${SP}{0,3}Code${SP}{0,3}Regs\.,?${SP}{0,3}(?:tit\.|[Tt]itle)${SP}{0,3}\d{1,3}+,?)(?:${SP}{0,3}(?:§§?|[Ss]ections?|[Ss]ecs?\.|[Pp]arts?))?${SP}{0,3}+${SECNUM}(?:${RANGE_SEP}${SECNUM})*+`,
        name: S('support.type.citation.code'),
      },
      {
        comment: '§ 1798.100, §§ 1798.100-1798.199, § 26 BDSG',
        match: r`§§?${SP}{0,3}+${SECNUM}(?:${RANGE_SEP}${SECNUM})*+(?:${SP}{1,3}(?:BDSG|TTDSG|TDDDG|DSG|UWG|BGB|CCPA|CPRA|CCR)\b)?`,
        name: S('support.type.citation.section'),
      },
      {
        comment: 'CJEU cases: C-311/18, Case C-131/12, Joined Cases C-293/12 and C-594/12, T-553/23, C-252/21 P',
        match: r`\b(?:(?:Joined${SP}{1,3})?Cases?${SP}{1,3})?[CT]-\d{1,4}+/\d\d(?!\d)(?:${SP}P\b)?(?:${RANGE_SEP}[CT]-\d{1,4}+/\d\d(?!\d)(?:${SP}P\b)?)*+`,
        name: S('support.type.citation.case'),
      },
      {
        comment: 'ECLI:EU:C:2020:559',
        match: r`\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}+:\d{4}:[0-9A-Z]{1,25}+(?:\.[0-9A-Z]{1,25}+)*+`,
        name: S('support.type.citation.case'),
      },
      {
        comment: 'Regulation (EU) 2016/679, Directive 2002/58/EC, Decision (EU) 2021/914',
        match: r`\b(?:Regulation|Directive|Decision)(?:${SP}{1,3}\((?:EU|EC|EEC|EU,${SP}Euratom)\))?(?:${SP}{1,3}No\.?)?${SP}{1,3}\d{2,4}+/\d{1,4}+(?!\d)(?:/(?:EU|EC|EEC|JHA)\b)?`,
        name: S('support.type.citation.act'),
      },
    ],
  },

  links: {
    patterns: [
      {
        comment: 'https://..., www.example.com/...: trailing sentence punctuation is not part of the link',
        match: r`(?i)\b(?:https?://|www\.[a-z0-9-]{1,63}\.)[^\s<>"'\x{0060}\[\]()]*[^\s<>"'\x{0060}\[\]().,;:!?]`,
        name: S('markup.underline.link.url'),
      },
      {
        comment: 'dpo@example.org',
        match: r`(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,63})@(?>[A-Za-z0-9-]{1,63})(?:\.(?>[A-Za-z0-9-]{1,63}))*\.[A-Za-z]{2,24}+(?![A-Za-z0-9-]|\.[A-Za-z0-9])`,
        name: S('markup.underline.link.email'),
      },
    ],
  },

  dates: {
    patterns: [
      {
        comment: 'Last updated: / Effective date / Updated ... introducing a date (or a year alone, or nothing: an empty label)',
        match: r`(?i)\b((?:last${SP}?-?${SP}?(?:updated|modified|revised|changed|amended|reviewed)|updated(?:${SP}on|${SP}as${SP}of)?|effective(?:${SP}date|${SP}as${SP}of|${SP}from|${SP}on)?|revised(?:${SP}on)?|revision${SP}date|version${SP}(?:date|of)|dated|published(?:${SP}on)?|date${SP}of${SP}(?:last${SP})?(?:update|revision)|in${SP}force${SP}(?:from|since|as${SP}of)|valid${SP}(?:from|as${SP}of)|release${SP}date))\b(?:(${SP}{0,3}+:?${SP}{0,3}+)(${YEAR})\b(?![-./]\d|${SP}{1,3}${MONTH}\b)|(?=${SP}{0,3}+[:\x{2013}\x{2014}-]?${SP}{0,3}+(?:${YEAR}\b|\d{1,2}[./]\d{1,2}[./]|\d{1,2}(?:st|nd|rd|th)?(?:${SP}of)?${SP}{1,3}${MONTH}\b|${MONTH}\b|$)))`,
        captures: {
          1: { name: S('keyword.other.date-label') },
          3: { name: S('constant.numeric.date.year') },
        },
      },
      {
        comment: 'May 20, 2024; Sept. 1st 2020',
        match: r`(?i)\b${MONTH}\.?${SP}{1,3}\d{1,2}(?:st|nd|rd|th)?,?${SP}{1,3}${YEAR}\b`,
        name: S('constant.numeric.date.long'),
      },
      {
        comment: '19 March 2018; 1st of May, 2020',
        match: r`(?i)\b\d{1,2}(?:st|nd|rd|th)?(?:${SP}of)?${SP}{1,3}${MONTH}\.?,?${SP}{1,3}${YEAR}\b`,
        name: S('constant.numeric.date.long'),
      },
      {
        comment: '2019-10-28 (optionally with a time)',
        match: r`\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))`,
        name: S('constant.numeric.date.iso'),
      },
      {
        comment: '01.01.2022, 1/2/2022',
        match: r`(?<![\d.])\b\d{1,2}([./])\d{1,2}\1${YEAR}\b(?!\.\d)`,
        name: S('constant.numeric.date.numeric'),
      },
      {
        comment: 'June 2026; Sept. 2020',
        match: r`(?i)\b${MONTH}\.?,?${SP}{1,3}${YEAR}\b`,
        name: S('constant.numeric.date.month-year'),
      },
    ],
  },

  prose: {
    comment: 'Everything highlighted in running text, in priority order.',
    patterns: [
      { include: '#placeholders' },
      { include: '#obsolete-mechanisms' },
      { include: '#links' },
      { include: '#citations' },
      { include: '#dates' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Grammars
// ---------------------------------------------------------------------------------------------

const pick = (...keys) => Object.fromEntries(keys.map((k) => [k, repository[k]]));
const proseKeys = ['placeholders', 'obsolete-mechanisms', 'links', 'citations', 'dates', 'prose'];

const GENERATED = 'Generated by syntaxes/src/build.mjs: edit that file, not this one.';

const markdownInjection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'PrivacyLint (Markdown injection)',
  comment: `${GENERATED} Injected into Markdown prose; not into code, raw HTML blocks, front matter or comments.`,
  scopeName: 'privacylint.markdown.injection',
  injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -meta.embedded -comment',
  patterns: [{ include: '#suppression-comment' }, { include: '#prose' }],
  repository: pick('suppression-comment', ...proseKeys),
};

const markdownCommentInjection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'PrivacyLint (suppression comments in Markdown HTML comments)',
  comment: `${GENERATED} Markdown tokenizes block-level <!-- --> itself (comment.block.html); this highlights a PrivacyLint directive inside it.`,
  scopeName: 'privacylint.markdown.comment-injection',
  injectionSelector: 'L:text.html.markdown comment.block.html -markup.fenced_code -markup.inline.raw -markup.raw -meta.embedded',
  patterns: [
    {
      comment: 'Starts right after the "<!--" that Markdown matched; ends before its "-->" so Markdown can close the comment.',
      name: S('meta.directive'),
      begin: r`(?<=<!--)(${SP}*+)(${DIRECTIVE_KEYWORD})\b`,
      beginCaptures: { 2: { name: S('keyword.other.directive') } },
      end: r`(?=-->)`,
      patterns: directiveBody,
    },
  ],
};

const plainText = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Privacy policy (plain text)',
  comment: `${GENERATED} A full grammar for plain-text policies: VS Code's plaintext language has no grammar to inject into.`,
  scopeName: 'text.privacy-policy',
  patterns: [{ include: '#suppression-comment' }, { include: '#html-comment' }, { include: '#prose' }],
  repository: pick('suppression-comment', 'html-comment', ...proseKeys),
};

const files = {
  'privacylint.markdown-injection.tmLanguage.json': markdownInjection,
  'privacylint.markdown-comment-injection.tmLanguage.json': markdownCommentInjection,
  'privacy-policy.tmLanguage.json': plainText,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, grammar] of Object.entries(files)) {
  const path = join(out, file);
  const text = JSON.stringify(grammar, null, 2) + '\n';
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(`syntaxes/${file} is out of date: run node syntaxes/src/build.mjs`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote syntaxes/${file}`);
  }
}
process.exit(stale ? 1 : 0);
