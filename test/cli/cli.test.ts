/** The command line: `node server/out/cli.js` on files written to a temp dir. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { escapeData, escapeProperty } from '../../server/src/cli/formats';
import { catalogue } from '../../server/src/rules';
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

/**
 * The rules these fixtures were written for. The catalogue grows (other requirements are added over time): the
 * test directory's .privacylintrc.json turns every other rule off, so that "complete" stays complete here.
 */
const FIXTURE_RULES = [
  'controller-contact', 'dpo-contact', 'right-of-access', 'right-to-rectification', 'right-to-erasure', 'right-to-restriction',
  'right-to-portability', 'right-to-object', 'right-to-withdraw-consent', 'right-to-complain', 'transfer-safeguards',
  'obsolete-transfer-mechanism', 'last-updated', 'stale-last-updated', 'unfilled-placeholder',
];
const OTHER_RULES_OFF = Object.fromEntries(catalogue.filter((r) => !FIXTURE_RULES.includes(r.id)).map((r) => [r.id, 'off']));
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
    fs.writeFileSync(path.join(dir, '.privacylintrc.json'), JSON.stringify({ rules: OTHER_RULES_OFF }));
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
    fs.writeFileSync(path.join(proj, '.privacylintrc.json'), JSON.stringify({ rules: { ...OTHER_RULES_OFF, 'dpo-contact': 'off', 'right-to-object': 'error' }, files: ['*-notice.md'], staleAfterMonths: 1 }));
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
    fs.writeFileSync(cfg, JSON.stringify({ rules: OTHER_RULES_OFF }));
    const x = run(['--today', TODAY, '--format', 'json', '--config', 'explicit.json', path.join(path.basename(proj), 'docs', 'legal', 'privacy.md')], dir);
    assert.ok((JSON.parse(x.stdout) as JsonResult[])[0].findings.some((f) => f.rule === 'dpo-contact'));
    // A broken file upward: a warning, defaults apply, results still printed.
    fs.writeFileSync(path.join(proj, '.privacylintrc.json'), '{ nope');
    const b = run(['--today', TODAY, path.join(path.basename(proj), 'docs', 'legal', 'privacy.md')], dir);
    assert.strictEqual(b.code, 1);
    assert.match(b.stderr, /warning: .*not valid JSON/);
    assert.ok(b.lines.some((l) => / dpo-contact /.test(l)));
  });

  describe('CI formats', () => {
    interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number }
    interface SarifResult {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
    }
    interface SarifRule {
      id: string;
      name: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      helpUri: string;
      help: { text: string; markdown?: string };
      defaultConfiguration: { level: string };
    }
    interface SarifLog {
      $schema: string;
      version: string;
      runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; columnKind?: string; results: SarifResult[] }[];
    }
    const LEVELS = ['error', 'warning', 'note', 'none'];
    /** The source text a 1-based SARIF region (endColumn exclusive) covers. */
    const regionText = (src: string, r: SarifRegion) => {
      const lines = src.split('\n');
      if (r.startLine === r.endLine) return lines[r.startLine - 1].slice(r.startColumn - 1, r.endColumn - 1);
      return [lines[r.startLine - 1].slice(r.startColumn - 1), ...lines.slice(r.startLine, r.endLine - 1), lines[r.endLine - 1].slice(0, r.endColumn - 1)].join('\n');
    };

    it('--format sarif prints one SARIF 2.1.0 log with the catalogue as rules and 1-based regions', () => {
      fs.mkdirSync(path.join(dir, 'sub dir'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'sub dir', 'other privacy.md'), DRAFT);
      const r = run(['--today', TODAY, '--format', 'sarif', 'draft-privacy.md', 'complete-privacy.md', 'sub dir/other privacy.md'], dir);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(r.stderr, '', 'nothing on stderr: the log is the whole output');
      const log = JSON.parse(r.stdout) as SarifLog;
      assert.strictEqual(log.version, '2.1.0');
      assert.match(log.$schema, /sarif.*2\.1\.0.*\.json$/);
      assert.strictEqual(log.runs.length, 1);
      const [runObj] = log.runs;
      const driver = runObj.tool.driver;
      assert.strictEqual(driver.name, 'PrivacyLint');
      assert.match(driver.version, /^\d+\.\d+\.\d+$/);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepStrictEqual(driver.rules.map((x) => x.id), catalogue.map((x) => x.id), 'every catalogue rule, in catalogue order');
      for (const rule of driver.rules) {
        const def = catalogue.find((c) => c.id === rule.id)!;
        assert.match(rule.name, /^[A-Z][A-Za-z0-9]*$/, 'an identifier, no spaces');
        assert.strictEqual(rule.shortDescription.text, def.title);
        assert.ok(rule.fullDescription.text.length > 20);
        assert.strictEqual(rule.helpUri, def.citations[0].url, 'primary citation');
        assert.ok(rule.help.text.includes(def.hover.summary) && rule.help.text.includes(def.citations[0].url));
        assert.ok(LEVELS.includes(rule.defaultConfiguration.level));
      }
      assert.strictEqual(driver.rules.find((x) => x.id === 'obsolete-transfer-mechanism')!.defaultConfiguration.level, 'error');
      assert.strictEqual(runObj.columnKind, 'utf16CodeUnits');
      assert.ok(runObj.results.length > 0);
      for (const res of runObj.results) {
        assert.ok(driver.rules.some((x) => x.id === res.ruleId), res.ruleId);
        assert.strictEqual(driver.rules[res.ruleIndex!].id, res.ruleId);
        assert.ok(LEVELS.includes(res.level));
        assert.ok(res.message.text.length > 0);
        assert.strictEqual(res.locations.length, 1);
        const { artifactLocation, region } = res.locations[0].physicalLocation;
        assert.ok(['draft-privacy.md', 'sub%20dir/other%20privacy.md'].includes(artifactLocation.uri), artifactLocation.uri);
        for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(region[k]) && region[k] >= 1, `${k} ${region[k]}`);
        assert.ok(region.endLine > region.startLine || region.endColumn >= region.startColumn);
      }
      const shield = runObj.results.find((x) => x.ruleId === 'obsolete-transfer-mechanism' && x.locations[0].physicalLocation.artifactLocation.uri === 'draft-privacy.md')!;
      assert.strictEqual(shield.level, 'error');
      assert.strictEqual(regionText(DRAFT, shield.locations[0].physicalLocation.region), 'EU-U.S. Privacy Shield');
      const dpo = runObj.results.find((x) => x.ruleId === 'dpo-contact')!;
      assert.strictEqual(dpo.level, 'warning');
      // Same findings as the JSON format.
      const j = JSON.parse(run(['--today', TODAY, '--format', 'json', 'draft-privacy.md'], dir).stdout) as JsonResult[];
      assert.strictEqual(runObj.results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'draft-privacy.md').length, j[0].findings.length);
      // A clean file gives an empty results array (not a missing one) and exit 0.
      const clean = run(['--today', TODAY, '--format', 'sarif', 'complete-privacy.md'], dir);
      assert.strictEqual(clean.code, 0);
      assert.deepStrictEqual((JSON.parse(clean.stdout) as SarifLog).runs[0].results, []);
    });

    it('--format sarif records unreadable inputs as tool notifications and exits 2', () => {
      const r = run(['--today', TODAY, '--format', 'sarif', 'draft-privacy.md', 'gone-privacy.md'], dir);
      assert.strictEqual(r.code, 2);
      const log = JSON.parse(r.stdout) as SarifLog & { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
      const inv = log.runs[0].invocations[0];
      assert.strictEqual(inv.executionSuccessful, false);
      assert.match(inv.toolExecutionNotifications[0].message.text, /gone-privacy\.md: no such file/);
      assert.ok(log.runs[0].results.length > 0, 'the readable file is still reported');
    });

    const GH = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/;
    const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

    it('--format github prints one workflow command per finding, 1-based', () => {
      const r = run(['--today', TODAY, '--format', 'github', 'draft-privacy.md'], dir);
      assert.strictEqual(r.code, 1);
      const j = JSON.parse(run(['--today', TODAY, '--format', 'json', 'draft-privacy.md'], dir).stdout) as JsonResult[];
      assert.strictEqual(r.lines.length, j[0].findings.length);
      const expectedCommand: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
      r.lines.forEach((l, i) => {
        const m = GH.exec(l);
        assert.ok(m, l);
        const f = j[0].findings[i];
        assert.strictEqual(m[1], expectedCommand[f.severity]);
        assert.strictEqual(m[2], 'draft-privacy.md');
        assert.deepStrictEqual([+m[3], +m[4], +m[5]], [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1]);
        assert.ok(+m[6] >= 1);
        assert.strictEqual(unescape(m[7]), f.rule);
        assert.strictEqual(unescape(m[8]), f.message, 'the message survives escaping');
      });
      const shield = r.lines.map((l) => GH.exec(l)!).find((m) => m[7] === 'obsolete-transfer-mechanism')!;
      assert.strictEqual(shield[1], 'error');
      const line = DRAFT.split('\n')[+shield[3] - 1];
      // col..endColumn inclusive covers the words.
      assert.strictEqual(line.slice(+shield[4] - 1, +shield[6]), 'EU-U.S. Privacy Shield');
      assert.match(shield[8], /:/, 'colons stay as they are in the message');
      assert.match(r.stderr, /\d+ findings? in 1 file/);
    });

    it('--format github escapes %, CR, LF in messages and also : and , in properties', () => {
      assert.strictEqual(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
      assert.strictEqual(escapeProperty('dir:x,y/50%\n.md'), 'dir%3Ax%2Cy/50%25%0A.md');
      const odd = 'odd,name:50%-privacy.md';
      fs.writeFileSync(path.join(dir, odd), DRAFT);
      try {
        const r = run(['--today', TODAY, '--format', 'github', odd], dir);
        assert.ok(r.lines.length > 0);
        for (const l of r.lines) {
          const m = GH.exec(l);
          assert.ok(m, l);
          assert.strictEqual(m[2], 'odd%2Cname%3A50%25-privacy.md');
          assert.strictEqual(unescape(m[2]), odd);
        }
      } finally {
        fs.rmSync(path.join(dir, odd));
      }
    });

    it('--max-warnings N: warnings fail only above N, errors always fail', () => {
      const noShield = DRAFT.replace('We rely on the EU-U.S. Privacy Shield for this.', 'We rely on standard contractual clauses for this.');
      fs.writeFileSync(path.join(dir, 'warnings-privacy.md'), noShield);
      try {
        const j = JSON.parse(run(['--today', TODAY, '--format', 'json', 'warnings-privacy.md'], dir).stdout) as JsonResult[];
        const warnings = j[0].findings.filter((f) => f.severity === 'warning').length;
        assert.ok(warnings >= 2 && j[0].findings.every((f) => f.severity !== 'error'), JSON.stringify(j[0].findings.map((f) => f.severity)));
        assert.strictEqual(run(['--today', TODAY, 'warnings-privacy.md'], dir).code, 1, 'without the flag any warning fails');
        assert.strictEqual(run(['--today', TODAY, '--max-warnings', String(warnings), 'warnings-privacy.md'], dir).code, 0);
        assert.strictEqual(run(['--today', TODAY, `--max-warnings=${warnings - 1}`, 'warnings-privacy.md'], dir).code, 1);
        // The findings are still printed when they do not fail the run.
        assert.strictEqual(run(['--today', TODAY, '--max-warnings', '1000', 'warnings-privacy.md'], dir).lines.length, j[0].findings.length);
        // An error fails whatever N is.
        assert.strictEqual(run(['--today', TODAY, '--max-warnings', '1000', 'draft-privacy.md'], dir).code, 1);
        for (const bad of ['-1', 'x', '1.5']) {
          const b = run(['--max-warnings', bad, 'warnings-privacy.md'], dir);
          assert.strictEqual(b.code, 2, bad);
          assert.match(b.stderr, /--max-warnings/);
        }
        assert.match(run(['--help'], dir).stdout, /--max-warnings N/);
      } finally {
        fs.rmSync(path.join(dir, 'warnings-privacy.md'));
      }
    });

    it('hides hint findings unless --hints is given; hints never fail the run', () => {
      const proj = fs.mkdtempSync(path.join(dir, 'hints-'));
      fs.writeFileSync(path.join(proj, '.privacylintrc.json'), JSON.stringify({ rules: { ...OTHER_RULES_OFF, 'dpo-contact': 'hint' } }));
      const noDpo = COMPLETE.replace(/## Data Protection Officer\n\n.*\n\n/, '');
      fs.writeFileSync(path.join(proj, 'privacy.md'), noDpo);
      const file = path.join(path.basename(proj), 'privacy.md');
      for (const format of ['text', 'json', 'sarif', 'github']) {
        const hidden = run(['--today', TODAY, '--format', format, file], dir);
        assert.strictEqual(hidden.code, 0, `${format}: ${hidden.stdout}`);
        const shown = run(['--today', TODAY, '--format', format, '--hints', file], dir);
        assert.strictEqual(shown.code, 0, `${format}: a hint does not fail the run`);
        const reported = (out: string): string[] =>
          format === 'json' ? (JSON.parse(out) as JsonResult[])[0].findings.map((f) => f.rule)
          : format === 'sarif' ? (JSON.parse(out) as SarifLog).runs[0].results.map((x) => x.ruleId)
          : out.split('\n').filter(Boolean);
        assert.deepStrictEqual(reported(hidden.stdout), [], format);
        assert.strictEqual(reported(shown.stdout).length, 1, format);
        assert.match(reported(shown.stdout)[0], /dpo-contact/, format);
      }
      const text = run(['--today', TODAY, '--hints', file], dir);
      assert.deepStrictEqual(text.lines.map((l) => / (hint) dpo-contact /.exec(l)?.[1]), ['hint']);
      assert.strictEqual(run(['--today', TODAY, file], dir).lines.length, 0);
      const gh = run(['--today', TODAY, '--format', 'github', '--hints', file], dir);
      assert.match(gh.lines[0], /^::notice file=.*,title=dpo-contact::/);
      const sarif = JSON.parse(run(['--today', TODAY, '--format', 'sarif', '--hints', file], dir).stdout) as SarifLog;
      assert.deepStrictEqual(sarif.runs[0].results.map((x) => [x.ruleId, x.level]), [['dpo-contact', 'note']]);
      assert.match(run(['--help'], dir).stdout, /--hints/);
      assert.strictEqual(run(['--hints=yes', file], dir).code, 2);
    });
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
