/** The command line: `node server/out/cli.js` on files written to a temp dir. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_JS, ensureBuilt } from '../helpers/lsp';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonResult {
  file: string;
  findings: JsonFinding[];
  coverage: { rule: string; state: string }[];
}

const TODAY = '2026-11-23';
const LINE = /^.+:\d+:\d+ (error|warning|info|hint) [a-z-]+ .+$/;

/** A notice that meets every rule (as of TODAY), in our own words. */
const COMPLETE = `# Privacy Notice

Last updated: 2026-11-01

## Who is responsible

Fernhill Bakery Co-operative, 12 Mill Lane, Bristol BS1 4AA, United Kingdom, is responsible for your data. Email: privacy@fernhill.example.

## Data Protection Officer

Our Data Protection Officer can be reached at dpo@fernhill.example.

## International transfers

Our newsletter provider stores subscriber emails on servers located in the United States. These transfers are covered by standard contractual clauses approved by the European Commission.

## Your rights

You have the right to access your personal data.
You have the right to rectify inaccurate data.
You have the right to erasure of your data.
You have the right to restrict processing.
You have the right to data portability.
You have the right to object to processing.
You may withdraw your consent at any time.
You have the right to lodge a complaint with a supervisory authority.
`;

/** A draft with gaps and a present-tense Privacy Shield claim. */
const DRAFT = `# Privacy Policy

Last updated: 2026-10-01

## Who we are

Lumen Garden Ltd runs the Lumen seed-swap app. Write to us at hello@lumengarden.example.

## Where your data goes

Our hosting company keeps listings on servers located in the United States. We rely on the EU-U.S. Privacy Shield for this.

## Your rights

You can ask for a copy of the data we hold about you.
`;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean), errLines: r.stderr.split('\n').filter(Boolean) };
}

describe('privacylint CLI', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-cli-'));
    fs.writeFileSync(path.join(dir, 'complete-privacy.md'), COMPLETE);
    fs.writeFileSync(path.join(dir, 'draft-privacy.md'), DRAFT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 with no output lines for a policy that meets every rule', () => {
    const r = run(['--today', TODAY, 'complete-privacy.md'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(r.lines, []);
    const j = run(['--today', TODAY, '--format', 'json', 'complete-privacy.md'], dir);
    assert.strictEqual(j.code, 0);
    const [res] = JSON.parse(j.stdout) as JsonResult[];
    assert.deepStrictEqual(res.findings, []);
    assert.ok(res.coverage.every((c) => c.state === 'satisfied' || c.state === 'not-applicable'), JSON.stringify(res.coverage));
    assert.strictEqual(res.coverage.find((c) => c.rule === 'transfer-safeguards')!.state, 'satisfied');
  });

  it('prints file:line:col severity rule message, 1-based, and exits 1 with findings', () => {
    const r = run(['--today', TODAY, 'draft-privacy.md'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.ok(r.lines.length > 0);
    for (const l of r.lines) assert.match(l, LINE);
    const text = DRAFT.split('\n');
    const shield = r.lines.find((l) => l.includes(' obsolete-transfer-mechanism '))!;
    const [, line, col] = /^draft-privacy\.md:(\d+):(\d+) error /.exec(shield)!;
    assert.ok(text[Number(line) - 1].slice(Number(col) - 1).startsWith('EU-U.S. Privacy Shield'), shield);
    const dpo = r.lines.find((l) => l.includes(' dpo-contact '))!;
    const [, dline, dcol] = /:(\d+):(\d+) warning dpo-contact /.exec(dpo)!;
    assert.ok(Number(dline) >= 1 && Number(dcol) >= 1);
    assert.match(text[Number(dline) - 1], /^#/);
    assert.match(r.stderr, /\d+ findings? in 1 file/);
  });

  it('--format json prints exactly an array with 0-based ranges', () => {
    const r = run(['--today', TODAY, '--format', 'json', 'draft-privacy.md', 'complete-privacy.md'], dir);
    assert.strictEqual(r.code, 1);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    assert.ok(Array.isArray(parsed));
    assert.deepStrictEqual(parsed.map((p) => p.file), ['draft-privacy.md', 'complete-privacy.md']);
    const [draft] = parsed;
    assert.deepStrictEqual(Object.keys(draft).sort(), ['coverage', 'file', 'findings']);
    for (const f of draft.findings) {
      assert.deepStrictEqual(Object.keys(f).sort(), ['message', 'range', 'rule', 'severity']);
      for (const p of [f.range.start, f.range.end]) assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0);
    }
    const shield = draft.findings.find((f) => f.rule === 'obsolete-transfer-mechanism')!;
    const text = DRAFT.split('\n');
    assert.strictEqual(text[shield.range.start.line].slice(shield.range.start.character, shield.range.end.character), 'EU-U.S. Privacy Shield');
    // Same finding as the text format, one-based there.
    const t = run(['--today', TODAY, 'draft-privacy.md'], dir);
    assert.ok(t.lines.some((l) => l.startsWith(`draft-privacy.md:${shield.range.start.line + 1}:${shield.range.start.character + 1} error obsolete-transfer-mechanism `)));
    assert.ok(draft.coverage.some((c) => c.rule === 'dpo-contact' && c.state === 'missing'));
  });

  describe('exits 2 with one clear line on stderr', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown flag', ['--frobnicate', 'draft-privacy.md'], /unknown option --frobnicate/],
      ['a bad --format', ['--format', 'xml', 'draft-privacy.md'], /--format .*xml/],
      ['a bad --regime', ['--regime', 'gdpr,hipaa', 'draft-privacy.md'], /--regime .*hipaa/],
      ['an empty --regime', ['--regime=', 'draft-privacy.md'], /--regime/],
      ['a malformed --today', ['--today', '23/11/2026', 'draft-privacy.md'], /--today .*23\/11\/2026/],
      ['a --today that does not exist', ['--today', '2026-02-31', 'draft-privacy.md'], /--today .*2026-02-31/],
      ['a --today without a value', ['draft-privacy.md', '--today'], /--today needs a value/],
      ['a missing file', ['no-such-privacy.md'], /no-such-privacy\.md: no such file/],
      ['a glob matching nothing', ['nowhere/*.md'], /nowhere\/\*\.md: no files match/],
      ['a glob matching nothing in an existing dir', ['*.policy.txt'], /no files match/],
      ['no inputs', [], /no input files/],
    ];
    for (const [what, args, re] of cases) {
      it(what, () => {
        const r = run(args, dir);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.strictEqual(r.errLines.length, 1, `one line: ${JSON.stringify(r.stderr)}`);
        assert.match(r.errLines[0], /^privacylint: /);
        assert.match(r.errLines[0], re);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
        assert.strictEqual(r.stdout, '');
      });
    }

    it('an invalid UTF-8 file', () => {
      const bad = path.join(dir, 'latin1-privacy.md');
      fs.writeFileSync(bad, Buffer.concat([Buffer.from('# Privacy Policy\n\nWe keep data about you in K'), Buffer.from([0xf6]), Buffer.from('ln.\n')]));
      try {
        const r = run(['latin1-privacy.md'], dir);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(r.errLines.length, 1, r.stderr);
        assert.match(r.errLines[0], /^privacylint: latin1-privacy\.md: .*UTF-8/);
      } finally {
        fs.rmSync(bad);
      }
    });

    it('--config pointing to invalid JSON', () => {
      const cfg = path.join(dir, 'broken-config.json');
      fs.writeFileSync(cfg, '{ "rules": { "dpo-contact": "off", } }');
      try {
        const r = run(['--config', 'broken-config.json', 'draft-privacy.md'], dir);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(r.errLines.length, 1, r.stderr);
        assert.match(r.errLines[0], /^privacylint: .*broken-config\.json.*not valid JSON/);
      } finally {
        fs.rmSync(cfg);
      }
    });

    it('--config with an unknown rule', () => {
      const cfg = path.join(dir, 'odd-config.json');
      fs.writeFileSync(cfg, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
      try {
        const r = run(['--config', 'odd-config.json', 'draft-privacy.md'], dir);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /unknown rule "no-such-rule"/);
      } finally {
        fs.rmSync(cfg);
      }
    });
  });

  it('still reports the readable file when another input fails, and exits 2', () => {
    const r = run(['--today', TODAY, 'draft-privacy.md', 'gone-privacy.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.ok(r.lines.length > 0 && r.lines.every((l) => l.startsWith('draft-privacy.md:')));
    assert.match(r.stderr, /gone-privacy\.md: no such file/);
    const j = run(['--today', TODAY, '--format', 'json', 'gone-privacy.md', 'draft-privacy.md'], dir);
    assert.strictEqual(j.code, 2);
    assert.deepStrictEqual((JSON.parse(j.stdout) as JsonResult[]).map((x) => x.file), ['draft-privacy.md']);
  });

  it('searches a directory for policies and skips other Markdown', () => {
    const site = fs.mkdtempSync(path.join(dir, 'site-'));
    fs.mkdirSync(path.join(site, 'legal'));
    fs.mkdirSync(path.join(site, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(site, 'README.md'), '# Lumen site\n\nBuild with make. We rely on the EU-U.S. Privacy Shield.\n');
    fs.writeFileSync(path.join(site, 'legal', 'privacy-en.md'), DRAFT);
    fs.writeFileSync(path.join(site, 'legal', 'terms.md'), '# Terms of Use\n\nBe kind.\n');
    fs.writeFileSync(path.join(site, 'legal', 'notice.md'), '# Data Protection Notice\n\nWe keep your email address.\n');
    fs.writeFileSync(path.join(site, 'node_modules', 'pkg', 'privacy.md'), DRAFT);
    const r = run(['--today', TODAY, '--format', 'json', path.basename(site)], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const files = (JSON.parse(r.stdout) as JsonResult[]).map((x) => path.relative(site, path.resolve(dir, x.file)).split(path.sep).join('/'));
    assert.deepStrictEqual(files.sort(), ['legal/notice.md', 'legal/privacy-en.md']);

    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    fs.writeFileSync(path.join(empty, 'README.md'), '# Nothing here\n');
    const e = run([path.basename(empty)], dir);
    assert.strictEqual(e.code, 2);
    assert.match(e.stderr, /no privacy policy found/);
  });

  it('--today decides whether the last-updated date is stale', () => {
    const fresh = run(['--today', TODAY, '--format', 'json', 'complete-privacy.md'], dir);
    assert.strictEqual(fresh.code, 0);
    const later = run(['--today', '2028-03-01', '--format', 'json', 'complete-privacy.md'], dir);
    assert.strictEqual(later.code, 1);
    const [res] = JSON.parse(later.stdout) as JsonResult[];
    assert.deepStrictEqual(res.findings.map((f) => f.rule), ['stale-last-updated']);
    const past = run(['--today', '2026-06-01', 'complete-privacy.md'], dir);
    assert.strictEqual(past.code, 1);
    assert.match(past.stdout, /stale-last-updated .*future/);
  });

  it('--regime selects the rules that apply', () => {
    const gdpr = JSON.parse(run(['--today', TODAY, '--format', 'json', 'draft-privacy.md'], dir).stdout) as JsonResult[];
    assert.ok(gdpr[0].findings.some((f) => f.rule === 'dpo-contact'));
    const ccpa = run(['--today', TODAY, '--format', 'json', '--regime', 'ccpa', 'draft-privacy.md'], dir);
    const [res] = JSON.parse(ccpa.stdout) as JsonResult[];
    assert.ok(!res.findings.some((f) => f.rule === 'dpo-contact'), 'no DPO duty under the CCPA');
    assert.strictEqual(res.coverage.find((c) => c.rule === 'dpo-contact')!.state, 'not-applicable');
    assert.ok(res.findings.some((f) => f.rule === 'obsolete-transfer-mechanism'));
    const inline = run(['--today', TODAY, '--format=json', '--regime=ccpa,gdpr', 'draft-privacy.md'], dir);
    assert.ok((JSON.parse(inline.stdout) as JsonResult[])[0].findings.some((f) => f.rule === 'dpo-contact'));
  });

  it('honours .privacylintrc.json found upward, like the language server', () => {
    const proj = fs.mkdtempSync(path.join(dir, 'proj-'));
    fs.mkdirSync(path.join(proj, 'docs', 'legal'), { recursive: true });
    fs.writeFileSync(path.join(proj, '.privacylintrc.json'), JSON.stringify({ rules: { 'dpo-contact': 'off', 'right-to-object': 'error' }, files: ['*-notice.md'], staleAfterMonths: 1 }));
    fs.writeFileSync(path.join(proj, 'docs', 'legal', 'privacy.md'), DRAFT);
    fs.writeFileSync(path.join(proj, 'docs', 'legal', 'members-notice.md'), DRAFT.replace('# Privacy Policy', '# Members'));
    const r = run(['--today', TODAY, '--format', 'json', path.join(path.basename(proj), 'docs', 'legal', 'privacy.md')], dir);
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    assert.ok(!res.findings.some((f) => f.rule === 'dpo-contact'), 'rule turned off');
    assert.strictEqual(res.findings.find((f) => f.rule === 'right-to-object')!.severity, 'error');
    assert.ok(res.findings.some((f) => f.rule === 'stale-last-updated'), 'staleAfterMonths: 1 makes 2026-10-01 stale');
    // The file globs of the config decide what a directory search finds.
    const d = run(['--today', TODAY, '--format', 'json', path.basename(proj)], dir);
    const found = (JSON.parse(d.stdout) as JsonResult[]).map((x) => path.basename(x.file)).sort();
    assert.deepStrictEqual(found, ['members-notice.md', 'privacy.md']);
    // An explicit --config replaces the file found upward.
    const cfg = path.join(dir, 'explicit.json');
    fs.writeFileSync(cfg, JSON.stringify({}));
    const x = run(['--today', TODAY, '--format', 'json', '--config', 'explicit.json', path.join(path.basename(proj), 'docs', 'legal', 'privacy.md')], dir);
    assert.ok((JSON.parse(x.stdout) as JsonResult[])[0].findings.some((f) => f.rule === 'dpo-contact'));
    // A broken file upward: a warning, defaults apply, results still printed.
    fs.writeFileSync(path.join(proj, '.privacylintrc.json'), '{ nope');
    const b = run(['--today', TODAY, path.join(path.basename(proj), 'docs', 'legal', 'privacy.md')], dir);
    assert.strictEqual(b.code, 1);
    assert.match(b.stderr, /warning: .*not valid JSON/);
    assert.ok(b.lines.some((l) => / dpo-contact /.test(l)));
  });

  it('prints help and version', () => {
    const h = run(['--help'], dir);
    assert.strictEqual(h.code, 0);
    assert.match(h.stdout, /^Usage: privacylint/);
    const v = run(['--version'], dir);
    assert.strictEqual(v.code, 0);
    assert.match(v.stdout, /^privacylint \d+\.\d+\.\d+\n$/);
  });
});
