import * as assert from 'assert';
import { findPlaceholders } from '../../server/src/core/entities';
import { catalogue } from '../../server/src/rules';

// A clause's [[placeholders]] are the facts only the author knows: each one left unfilled must be reported by
// unfilled-placeholder, however long its hint is.
describe('clause placeholders', () => {
  it('every [[placeholder]] of every clause in the catalogue is found by the placeholder scanner', () => {
    let total = 0;
    for (const rule of catalogue) {
      const text = rule.clause?.text;
      if (!text) continue;
      const markers = text.match(/\[\[.*?\]\]/g) ?? [];
      const found = findPlaceholders(text).map((e) => e.text);
      assert.deepStrictEqual(found.filter((t) => t.startsWith('[[')), markers, `${rule.id}: ${markers.join(' ')}`);
      total += markers.length;
    }
    assert.ok(total > 50, `only ${total} placeholders in the catalogue`);
  });
});
