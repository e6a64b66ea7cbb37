/**
 * The parse tree the server keeps between requests: an analysis's tree is kept only for a document whose tree a
 * request has asked for since its previous analysis (a tree kept through every keystroke is promoted to the old
 * generation each time, which brings on full collections), and a request always gets the tree of the version asked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse, type PolicyDocument } from '../../server/src/core/parse';
import { TreeKeeper } from '../../server/src/lsp/treeKeeper';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'sample', 'privacy-policy.md'), 'utf8');

function counted() {
  const calls: string[] = [];
  return { calls, parse: (text: string): PolicyDocument => (calls.push(text), parse(text)) };
}

describe('TreeKeeper: which parse tree the server keeps', () => {
  it("does not keep an analysis's tree for a document no request has asked about", () => {
    const p = counted();
    const keeper = new TreeKeeper(p.parse);
    const uri = 'file:///p.md';
    keeper.analysed(uri, 1, parse(sample));
    keeper.analysed(uri, 2, parse(sample + 'x'));
    assert.strictEqual(keeper.keeps(uri, 2), false);
    // A request then parses its version, and keeps that tree for the next request on the same version.
    const tree = keeper.treeFor(uri, 2, () => sample + 'x');
    assert.strictEqual(tree.text, sample + 'x');
    assert.strictEqual(keeper.treeFor(uri, 2, () => assert.fail('parsed again')), tree);
    assert.deepStrictEqual(p.calls, [sample + 'x']);
  });

  it("keeps the next analysis's tree once a request asked, so that the request after it parses nothing", () => {
    const p = counted();
    const keeper = new TreeKeeper(p.parse);
    const uri = 'file:///p.md';
    keeper.treeFor(uri, 1, () => sample);
    const analysed = parse(sample + 'y');
    keeper.analysed(uri, 2, analysed);
    assert.strictEqual(keeper.keeps(uri, 2), true);
    assert.strictEqual(keeper.treeFor(uri, 2, () => assert.fail('parsed again')), analysed);
    // That request asked again, so version 3's tree is kept; no request followed it, so version 4's is not.
    keeper.analysed(uri, 3, parse(sample + 'yz'));
    assert.strictEqual(keeper.keeps(uri, 3), true);
    keeper.analysed(uri, 4, parse(sample + 'yzz'));
    assert.strictEqual(keeper.keeps(uri, 4), false);
    assert.strictEqual(p.calls.length, 1);
  });

  it('never answers with the tree of another version or document', () => {
    const keeper = new TreeKeeper(parse);
    const a = 'file:///a.md';
    const b = 'file:///b.md';
    keeper.treeFor(a, 1, () => sample);
    keeper.analysed(a, 2, parse('# Two\n\nNew text.\n'));
    assert.strictEqual(keeper.treeFor(a, 3, () => '# Three\n').text, '# Three\n');
    assert.strictEqual(keeper.treeFor(b, 3, () => '# Other\n').text, '# Other\n');
    // A request for another document does not make this one's next analysis keep its tree.
    keeper.analysed(a, 4, parse('# Four\n'));
    assert.strictEqual(keeper.keeps(a, 4), true);
    keeper.treeFor(b, 4, () => '# Other again\n');
    keeper.analysed(a, 5, parse('# Five\n'));
    assert.strictEqual(keeper.keeps(a, 5), false);
    assert.strictEqual(keeper.keeps(b, 4), true);
  });

  it('drops the kept tree after the idle time, and on forget', async () => {
    const keeper = new TreeKeeper(parse, 20);
    const uri = 'file:///p.md';
    keeper.treeFor(uri, 1, () => sample);
    assert.strictEqual(keeper.keeps(uri, 1), true);
    await new Promise((r) => setTimeout(r, 60));
    assert.strictEqual(keeper.keeps(uri, 1), false);
    keeper.treeFor(uri, 1, () => sample);
    keeper.forget(uri);
    assert.strictEqual(keeper.keeps(uri, 1), false);
    // forget() also clears the request: the next analysis keeps nothing.
    keeper.analysed(uri, 2, parse(sample));
    assert.strictEqual(keeper.keeps(uri, 2), false);
  });
});
