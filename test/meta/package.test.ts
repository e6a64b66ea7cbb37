/** The package's public entry points: the importable core and the two binaries named in package.json. */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package entry points', () => {
  before(function () {
    this.timeout(120_000);
    if (!fs.existsSync(path.join(ROOT, 'server/out/core.js'))) execFileSync(process.execPath, ['server/tools/build.mjs'], { cwd: ROOT });
  });

  it("require('privacylint/core').analyze returns findings for a draft", () => {
    // Resolved through package.json "exports", exactly as a user's require would be.
    const out = execFileSync(process.execPath, ['-e', "const c = require('privacylint/core'); const r = c.analyze('# Privacy Policy\\n\\nWe collect your email.\\n', { today: '2026-11-23' }); process.stdout.write(JSON.stringify(r.findings.map((f) => f.rule)))"], { cwd: ROOT, encoding: 'utf8' });
    const rules = JSON.parse(out) as string[];
    assert.ok(rules.includes('dpo-contact'));
    assert.ok(rules.includes('right-to-erasure'));
  });

  it('bundles are ASCII (so V8 holds their source as one byte per character) and their patterns still read accented words', () => {
    for (const f of ['server/out/server.js', 'server/out/cli.js', 'server/out/core.js', 'client/out/extension.js']) {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const at = text.search(/[^\0-\x7f]/);
      assert.strictEqual(at, -1, `${f} has a non-ASCII character: ${JSON.stringify(text.slice(at - 40, at + 10))}`);
    }
    // dpo-contact's pattern names the French title with accented letters, which the build escapes: the bundled core
    // must still read the title (and not the same letters with other accents).
    const dpo = (title: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['-e', `const c = require('privacylint/core'); const r = c.analyze('# Privacy Policy\\n\\nYou can reach our ${title} at privacy@example.com.\\n', { today: '2026-11-23', regimes: ['gdpr'] }); process.stdout.write(JSON.stringify(r.coverage.find((x) => x.rule === 'dpo-contact').state))`], { cwd: ROOT, encoding: 'utf8' }),
      );
    assert.strictEqual(dpo('d\u00e9l\u00e9gu\u00e9 \u00e0 la protection des donn\u00e9es'), 'satisfied');
    assert.strictEqual(dpo('d\u00e8l\u00e8gu\u00e9 \u00e0 la protection des donn\u00e9es'), 'missing');
  });

  it("bundles the server's own modules as plain top-level code: none is imported dynamically or with require()", async function () {
    this.timeout(60_000);
    // One dynamic import made esbuild wrap the whole core and catalogue in lazy init functions, which V8 parsed twice
    // at every start (docs/performance.md, twelfth session).
    const esbuild = await import('esbuild');
    const result = await esbuild.build({ entryPoints: [path.join(ROOT, 'server/src/node/main.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, logLevel: 'silent' });
    const lazy = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => !i.external && i.kind !== 'import-statement' && !file.includes('node_modules')).map((i) => `${file} -> ${i.path} (${i.kind})`),
    );
    assert.deepStrictEqual(lazy, []);
    const wrapped = result.outputFiles[0].text.match(/__esm\(\{\s*"[^"]*server\/src\/[^"]*"/g) ?? [];
    assert.deepStrictEqual(wrapped, [], 'no module of ours is wrapped for lazy initialisation');
  });

  it('declares the privacylint and privacylint-ls binaries, built with a shebang', () => {
    for (const name of ['privacylint', 'privacylint-ls']) {
      const file = path.join(ROOT, pkg.bin[name]);
      assert.ok(fs.existsSync(file), `${name} → ${pkg.bin[name]} is built`);
      assert.ok(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node'), `${name} starts with a shebang`);
    }
    const version = execFileSync(process.execPath, [path.join(ROOT, pkg.bin['privacylint-ls']), '--version'], { encoding: 'utf8' });
    assert.match(version, /^privacylint-ls \d+\.\d+\.\d+/);
  });

  it('activates on Markdown and plain text, and contributes what the README promises', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    assert.ok(pkg.activationEvents.includes('onLanguage:plaintext'));
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of ['privacylint.checkDocument', 'privacylint.insertAllMissing']) assert.ok(commands.includes(c), c);
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(ROOT, g.path)), g.path);
    for (const s of pkg.contributes.snippets) assert.ok(fs.existsSync(path.join(ROOT, s.path)), s.path);
  });
});

describe('Get Started walkthrough', () => {
  it('opens the bundled sample with a command the extension registers, and ships its media', () => {
    const [walk] = pkg.contributes.walkthroughs;
    assert.ok(walk.steps.length >= 2);
    const first = walk.steps[0];
    assert.match(first.description, /command:privacylint\.openSample/);
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'privacylint.openSample'));
    assert.ok(fs.readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8').includes("registerCommand('privacylint.openSample'"));
    for (const s of walk.steps) assert.ok(fs.existsSync(path.join(ROOT, s.media.markdown)), s.media.markdown);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!docs\/walkthrough\/\*\*$/m, 'walkthrough media ship in the VSIX');
    assert.match(ignore, /^!docs\/sample\/\*\*$/m, 'the sample ships in the VSIX');
  });
});
