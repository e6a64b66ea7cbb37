import * as assert from 'assert';
import { analyze } from '../../server/src/core';

describe('core smoke', () => {
  it('reports a missing DPO contact on a bare draft and not on one that gives it', () => {
    const bare = analyze('# Privacy Policy\n\nWe collect your email address.\n', { today: '2026-11-23' });
    assert.ok(bare.findings.some((f) => f.rule === 'dpo-contact'));
    const withDpo = analyze('# Privacy Policy\n\nOur Data Protection Officer can be reached at dpo@example.org.\n', { today: '2026-11-23' });
    assert.ok(!withDpo.findings.some((f) => f.rule === 'dpo-contact'));
  });
});
