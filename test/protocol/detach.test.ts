/**
 * The server keeps results for several documents, copied by `detached` so that no kept string shares the analysed
 * text: a heap snapshot of a process that holds only the copies has no string with a marker taken from the prose,
 * while one that holds the analysis's own results does (the check can fail).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { detached } from '../../server/src/lsp/detach';
import { slim } from '../../server/src/lsp/server';

function markerSurvives(mode: 'detached' | 'raw'): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacylint-retention-'));
  const snapshot = path.join(dir, 'heap.heapsnapshot');
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'retention.child.ts'), mode, snapshot], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const [hex, keptLength] = run.stdout.trim().split(' ');
    assert.ok(Number(keptLength) > 1000, 'the results were kept');
    const marker = Buffer.from(hex, 'hex').toString();
    return fs.readFileSync(snapshot, 'utf8').includes(marker);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('detached result copies', () => {
  it('copy exactly what a JSON round trip copies', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'sample', 'privacy-policy.md'), 'utf8') + '\nContact [[DPO email address of the company]].\n';
    const a = analyzeDocument(text, { today: '2026-11-23' });
    const results = { findings: a.findings, coverage: a.coverage, regimes: a.regimes, regimeSource: a.regimeSource, passages: a.passages };
    const copy = detached(results);
    assert.deepStrictEqual(copy, JSON.parse(JSON.stringify(results)));
    assert.notStrictEqual(copy.findings[0], results.findings[0]);
    assert.deepStrictEqual(detached({ a: undefined, b: [undefined, 1], c: () => 1, d: null }), { b: [null, 1], d: null });
  });

  it('leave out the properties named, at every depth, without reading them', () => {
    const unread = Object.defineProperty({}, 'hash', {
      enumerable: true,
      get() {
        throw new Error('read');
      },
    });
    const copy = detached({ base: unread, list: [{ base: unread, keep: 'yes' }], inner: { deeper: { base: 1, n: 2 } } }, new Set(['base']));
    assert.deepStrictEqual(copy, { list: [{ keep: 'yes' }], inner: { deeper: { n: 2 } } });
  });

  it("the server's kept results: everything but the fixes' text fingerprint, which is never computed", () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'sample', 'privacy-policy.md'), 'utf8');
    const a = analyzeDocument(text, { today: '2026-11-23' });
    const fixes = a.findings.flatMap((f) => f.fixes);
    assert.ok(fixes.length > 3 && fixes.every((f) => f.base), 'the sample has fixes, each with its fingerprint');
    // The fingerprint hashes the whole text when read: reading it on every keystroke is what the server must avoid.
    for (const f of fixes) {
      Object.defineProperty(f, 'base', {
        enumerable: true,
        value: Object.defineProperty({ length: text.length }, 'hash', {
          enumerable: true,
          get() {
            throw new Error('the server read a fix fingerprint');
          },
        }),
      });
    }
    const kept = slim(a);
    const expected = JSON.parse(JSON.stringify({ ...a, doc: undefined, findings: a.findings.map((f) => ({ ...f, fixes: f.fixes.map(({ base: _, ...rest }) => rest) })) }));
    assert.deepStrictEqual(kept, expected);
  });

  it('keep no string of the analysed prose alive', function () {
    this.timeout(60_000);
    assert.strictEqual(markerSurvives('raw'), true, 'control: the analysis\'s own results hold the prose');
    assert.strictEqual(markerSurvives('detached'), false);
  });
});
