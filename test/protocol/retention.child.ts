/**
 * Child process of detach.test.ts: analyses a draft made around a random marker, keeps the results as told
 * (`detached` copies, or the analysis's own objects), drops everything else, and writes a heap snapshot. The
 * marker is printed hex-encoded, so that no string holding it is alive when the snapshot is taken.
 */
import { randomBytes } from 'crypto';
import { writeHeapSnapshot } from 'v8';
import { analyzeDocument } from '../../server/src/core/analyze';
import { detached } from '../../server/src/lsp/detach';

const [mode, snapshotPath] = process.argv.slice(2);

function analyseAroundMarker(): { kept: unknown; hexMarker: string } {
  const marker = `Marker${randomBytes(8).toString('hex')}End`;
  const text = [
    '# Privacy Policy',
    '',
    `${marker} runs this service. We keep your email address to send you the newsletter.`,
    '',
    // A long placeholder: its finding's message quotes a slice of the prose (longer slices share the prose).
    'Contact [[name and address of the company that runs the service]] with any question.',
    '',
    'Our tool sends your data to the United States under the EU-U.S. Privacy Shield.',
    '',
  ].join('\n');
  const a = analyzeDocument(text, { today: '2026-11-23' });
  const results = { findings: a.findings, coverage: a.coverage, regimes: a.regimes, regimeSource: a.regimeSource, passages: a.passages };
  return { kept: mode === 'detached' ? detached(results) : results, hexMarker: Buffer.from(marker).toString('hex') };
}

const { kept, hexMarker } = analyseAroundMarker();
writeHeapSnapshot(snapshotPath);
process.stdout.write(`${hexMarker} ${JSON.stringify(kept).length}\n`);
