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

  it('keep no string of the analysed prose alive', function () {
    this.timeout(60_000);
    assert.strictEqual(markerSurvives('raw'), true, 'control: the analysis\'s own results hold the prose');
    assert.strictEqual(markerSurvives('detached'), false);
  });
});
