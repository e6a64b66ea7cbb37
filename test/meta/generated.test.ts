/** The snippets, schemas, settings and rule docs are generated from the catalogue: fail when a committed copy drifts. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { catalogue } from '../../server/src/rules';
import { ROOT, generatedFiles, generatedPackageJson, toSnippetBody } from '../../server/tools/generate';

describe('generated files are in sync with the catalogue', () => {
  for (const [rel, content] of Object.entries(generatedFiles())) {
    it(`${rel} matches the generator (run npm run gen)`, () => {
      const file = path.join(ROOT, rel);
      assert.ok(fs.existsSync(file), `${rel} is missing: run npm run gen`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), content, `${rel} is out of date: run npm run gen`);
    });
  }

  it('package.json settings match the generator', () => {
    const current = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    assert.deepStrictEqual(JSON.parse(generatedPackageJson(current)).contributes.configuration, JSON.parse(current).contributes.configuration);
  });

  it('every rule has a setting, a doc page and (when it has a clause) a snippet', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const ruleProps = pkg.contributes.configuration.properties['privacylint.rules'].properties;
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/privacylint.code-snippets'), 'utf8'));
    const prefixes = Object.values(snippets).flatMap((s) => (s as { prefix: string[] | string }).prefix);
    for (const r of catalogue) {
      assert.ok(ruleProps[r.id], `setting for ${r.id}`);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules', `${r.id}.md`)), `doc for ${r.id}`);
      if (r.clause) assert.ok(prefixes.includes(`pl-${r.id}`), `snippet for ${r.id}`);
    }
  });

  it('turns [[placeholders]] into numbered tab stops and escapes $', () => {
    assert.strictEqual(toSnippetBody('Pay $5 to [[name]] at [[email]].').body, 'Pay \\$5 to ${1:name} at ${2:email}.');
  });
});

describe('catalogue integrity', () => {
  it('has unique ids, absolute legal links and hover text for every rule', () => {
    const ids = new Set<string>();
    for (const r of catalogue) {
      assert.ok(/^[a-z]+(?:-[a-z]+)*$/.test(r.id), r.id);
      assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
      ids.add(r.id);
      assert.ok(r.citations.length > 0 && r.citations.every((c) => /^https:\/\//.test(c.url)), `${r.id} citations`);
      for (const k of ['summary', 'why', 'good'] as const) assert.ok(r.hover[k].length > 20, `${r.id} hover.${k}`);
    }
  });
});
