// Preloaded (`node --require`) into the language server by resultsCache.test.ts: the server's clock reads the local
// date and time from the file named by PRIVACYLINT_TEST_CLOCK, so a test can move "today" while the server runs.
const fs = require('fs');
const RealDate = Date;
const file = process.env.PRIVACYLINT_TEST_CLOCK;
function now() {
  const t = file ? RealDate.parse(fs.readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isNaN(t) ? RealDate.now() : t;
}
class FakeDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now());
    else super(...args);
  }
  static now() {
    return now();
  }
}
globalThis.Date = FakeDate;
