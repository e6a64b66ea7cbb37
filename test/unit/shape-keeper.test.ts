import { strict as assert } from 'node:assert';
import { analyzeDocument, keptShapes } from '../../server/src/core/analyze';
import { FACT_NAMES } from '../../server/src/core';
import { hasSentence } from '../../server/src/core/wordIndex';

// The engine keeps two small parsed drafts alive so that the parse tree's hidden classes survive garbage
// collections (see server/src/core/shapeKeeper.ts). They only protect the shapes they build: these tests fail when
// the drafts are trimmed until they no longer take the parser's and scanners' common paths.
describe('shape keeper: the drafts kept alive for the engine', () => {
  before(() => analyzeDocument('# Privacy Policy\n\nWe collect your email address.\n'));

  it('are parsed once, on the first analysis, and kept', () => {
    const kept = keptShapes();
    assert.ok(kept && kept.length === 2);
    analyzeDocument('Another draft.\n');
    assert.equal(keptShapes(), kept);
  });

  it('have a Markdown and a plain-text tree, headings of the common styles, list items, paragraphs and a comment', () => {
    const docs = keptShapes()!.map((k) => k.doc);
    assert.deepEqual(docs.map((d) => d.mode).sort(), ['markdown', 'plain']);
    const styles = new Set(docs.flatMap((d) => d.headings.map((h) => h.style)));
    for (const s of ['atx', 'numbered', 'caps']) assert.ok(styles.has(s as never), `no ${s} heading`);
    const kinds = new Set(docs.flatMap((d) => d.blocks.map((b) => b.kind)));
    assert.ok(kinds.has('list-item') && kinds.has('paragraph'));
    assert.ok(docs.some((d) => d.comments.length >= 1));
    assert.ok(docs.every((d) => d.sections.some((s) => s.children.length === 0) && d.root.children.length >= 1));
  });

  it('give every scanner something to find, and have their word indexes built', () => {
    const [{ doc, facts }] = keptShapes()!;
    assert.deepEqual([...FACT_NAMES].sort(), ['addresses', 'dates', 'emails', 'emptyDateLabels', 'phones', 'placeholders', 'urls']);
    for (const k of FACT_NAMES.filter((k) => k !== 'emptyDateLabels')) assert.ok(facts[k].length >= 1, `no ${k} in the kept draft`);
    const flags = doc.sentences[0].words.holding(['privacy']);
    assert.ok(hasSentence(flags, doc.sentences.findIndex((s) => /privacy/i.test(s.text))));
  });
});
