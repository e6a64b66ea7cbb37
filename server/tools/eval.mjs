// Measures the rule catalogue against the human labels of the evaluation corpus.
// Usage: npm run eval [-- --rule ID] [-- --json]
//   (or: node server/tools/eval.mjs [--rule ID] [--json] [--corpus PATH] [--all])
// Reads ../shared/corpus relative to the project root; skips (exit 0) when it is not there.
// A finding of a rule means "predicted missing/defective"; the positive class is the finding.
// Policies whose number is divisible by 3 are held out for an independent check: they are analysed
// only to count crashes, and never scored here unless --all is given.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asJson = args.includes('--json');
const ruleFilter = opt('--rule');
const includeHeldOut = args.includes('--all');
const corpus = resolve(opt('--corpus') ?? join(root, '..', 'shared', 'corpus'));
const TODAY = '2026-11-23';

if (!existsSync(join(corpus, 'labels', 'disclosures.tsv'))) {
  console.log(`corpus not found at ${corpus}: skipping evaluation`);
  process.exit(0);
}

const { analyze } = require(join(root, 'server', 'out', 'core.js'));

/** Rule id -> how its label is read: positive (the rule should report) when fn(row) is true. */
const RIGHT = (col) => (r) => r[col] === '0';
const MAPPING = [
  { rule: 'last-updated', kind: 'disclosure', cols: ['last_updated'], positive: RIGHT('last_updated') },
  { rule: 'controller-contact', kind: 'disclosure', cols: ['controller_contact'], positive: RIGHT('controller_contact') },
  { rule: 'dpo-contact', kind: 'disclosure', cols: ['dpo', 'dpo_mentioned'], positive: RIGHT('dpo') },
  { rule: 'right-of-access', kind: 'disclosure', cols: ['right_access'], positive: RIGHT('right_access') },
  { rule: 'right-to-rectification', kind: 'disclosure', cols: ['right_rectification'], positive: RIGHT('right_rectification') },
  { rule: 'right-to-erasure', kind: 'disclosure', cols: ['right_erasure'], positive: RIGHT('right_erasure') },
  { rule: 'right-to-restriction', kind: 'disclosure', cols: ['right_restriction'], positive: RIGHT('right_restriction') },
  { rule: 'right-to-portability', kind: 'disclosure', cols: ['right_portability'], positive: RIGHT('right_portability') },
  { rule: 'right-to-object', kind: 'disclosure', cols: ['right_object'], positive: RIGHT('right_object') },
  { rule: 'right-to-withdraw-consent', kind: 'disclosure', cols: ['right_withdraw_consent'], positive: RIGHT('right_withdraw_consent') },
  { rule: 'right-to-complain', kind: 'disclosure', cols: ['right_complaint'], positive: RIGHT('right_complaint') },
  {
    rule: 'transfer-safeguards',
    kind: 'disclosure',
    cols: ['transfer_mentioned', 'transfer_safeguards'],
    positive: (r) => r.transfer_mentioned === '1' && r.transfer_safeguards === '0',
  },
  { rule: 'controller-identity', kind: 'disclosure', cols: ['controller_identity'], positive: RIGHT('controller_identity') },
  { rule: 'processing-purposes', kind: 'disclosure', cols: ['purposes'], positive: RIGHT('purposes') },
  { rule: 'legal-basis', kind: 'disclosure', cols: ['legal_basis'], positive: RIGHT('legal_basis') },
  { rule: 'recipients', kind: 'disclosure', cols: ['recipients'], positive: RIGHT('recipients') },
  { rule: 'retention-period', kind: 'disclosure', cols: ['retention'], positive: RIGHT('retention') },
  { rule: 'automated-decision-making', kind: 'disclosure', cols: ['automated_decisions'], positive: RIGHT('automated_decisions') },
  { rule: 'childrens-data', kind: 'disclosure', cols: ['children'], positive: RIGHT('children') },
  { rule: 'obsolete-transfer-mechanism', kind: 'defect', cols: ['transfer_obsolete'], positive: (r) => r.transfer_obsolete === '1' },
  { rule: 'unfilled-placeholder', kind: 'defect', cols: ['placeholder'], positive: (r) => r.placeholder === '1' },
];

function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length);
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    const row = {};
    head.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

const isSeed = (f) => existsSync(join(corpus, 'seeds', f));
const pathOf = (f) => (isSeed(f) ? join(corpus, 'seeds', f) : join(corpus, 'policies', f));
const heldOut = (f) => !isSeed(f) && /^\d+/.test(f) && Number(f.match(/^\d+/)[0]) % 3 === 0;

const labels = readTsv(join(corpus, 'labels', 'disclosures.tsv'));
const evidence = new Map();
const evPath = join(corpus, 'labels', 'disclosures_evidence.tsv');
if (existsSync(evPath)) {
  for (const line of readFileSync(evPath, 'utf8').split(/\r?\n/).slice(1)) {
    const [file, label, value, ...rest] = line.split('\t');
    if (file) evidence.set(`${file}\t${label}`, { value, text: rest.join('\t') });
  }
}

const clip = (s, n = 220) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 3) + '...' : t;
};

// 1. Crashes and timing over every document of the corpus (seeds + policies), labelled or not.
const allFiles = [];
for (const dir of ['seeds', 'policies']) {
  const d = join(corpus, dir);
  if (existsSync(d)) for (const f of readdirSync(d).sort()) if (/\.(?:md|txt)$/.test(f)) allFiles.push(join(d, f));
}
const crashes = [];
const results = new Map();
let slowest = { file: '', ms: 0 };
const t0 = performance.now();
for (const p of allFiles) {
  const text = readFileSync(p, 'utf8');
  const s = performance.now();
  try {
    results.set(p, analyze(text, { today: TODAY, regimes: ['gdpr'] }));
  } catch (err) {
    crashes.push({ file: p.slice(corpus.length + 1), error: String(err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err) });
  }
  const ms = performance.now() - s;
  if (ms > slowest.ms) slowest = { file: p.slice(corpus.length + 1), ms };
}
const totalMs = performance.now() - t0;
// A rule that throws is reported by the engine as not-applicable with "rule failed": count it as a crash too.
for (const [p, r] of results) {
  for (const c of r.coverage) if (c.detail && /^rule failed/.test(c.detail)) crashes.push({ file: p.slice(corpus.length + 1), error: `${c.rule}: ${c.detail}` });
}

// 2. Scoring against the labels.
const mapping = ruleFilter ? MAPPING.filter((m) => m.rule === ruleFilter) : MAPPING;
if (!mapping.length) {
  console.error(`unknown rule ${ruleFilter}; known: ${MAPPING.map((m) => m.rule).join(', ')}`);
  process.exit(2);
}
const scored = labels.filter((r) => includeHeldOut || !heldOut(r.file));
const excluded = labels.length - scored.length;
const stats = new Map(mapping.map((m) => [m.rule, { tp: 0, fp: 0, fn: 0, tn: 0, fnNotApplicable: 0, fnConditionAbsent: 0 }]));
// Our review of conditional-rule verdicts (applicability-review.tsv): file + rule -> condition-absent | borderline.
const review = new Map(
  readFileSync(join(root, 'server', 'tools', 'applicability-review.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([file, rule, verdict, reason]) => [`${file}\t${rule}`, { verdict, reason }]),
);
const unreviewed = [];
const disagreements = [];
const missingFiles = [];

for (const row of scored) {
  const p = pathOf(row.file);
  if (!existsSync(p)) {
    missingFiles.push(row.file);
    continue;
  }
  const res = results.get(p);
  if (!res) continue; // crashed: counted above
  const text = readFileSync(p, 'utf8');
  for (const m of mapping) {
    if (m.cols.some((c) => row[c] === undefined || row[c] === '')) continue;
    const gold = m.positive(row);
    const found = res.findings.filter((f) => f.rule === m.rule);
    const pred = found.length > 0;
    const st = stats.get(m.rule);
    if (gold && pred) st.tp++;
    else if (!gold && pred) st.fp++;
    else if (gold && !pred) st.fn++;
    else st.tn++;
    if (gold === pred) continue;
    const cov = res.coverage.find((c) => c.rule === m.rule);
    // A conditional rule (withdrawal only where consent is relied on, ...) that found its condition absent.
    if (gold && cov?.state === 'not-applicable') {
      st.fnNotApplicable++;
      const verdict = review.get(`${row.file}\t${m.rule}`)?.verdict;
      if (verdict === 'condition-absent') st.fnConditionAbsent++;
      else if (verdict !== 'borderline') unreviewed.push(`${row.file} ${m.rule}`);
    }
    const ev = m.cols.map((c) => {
      const e = evidence.get(`${row.file}\t${c}`);
      return { label: c, value: row[c], evidence: e ? e.text : '' };
    });
    const d = { file: row.file, rule: m.rule, type: pred ? 'FP' : 'FN', labels: ev };
    if (pred) {
      const f = found[0];
      d.message = f.message;
      d.line = f.range.start.line + 1;
      d.passage = clip(text.slice(f.span.start, Math.max(f.span.end, Math.min(text.length, f.span.start + 1))), 300);
      if (f.related?.length) d.related = f.related.map((r) => ({ line: r.range.start.line + 1, text: clip(text.slice(r.span.start, r.span.end), 300) }));
      if (found.length > 1) d.count = found.length;
    } else {
      d.state = cov ? cov.state : 'absent';
      if (cov?.detail) d.detail = cov.detail;
      if (cov?.span) {
        d.line = cov.range.start.line + 1;
        d.passage = clip(text.slice(cov.span.start, cov.span.end), 300);
      }
    }
    disagreements.push(d);
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: p, recall: r, f1 };
};
const sum = (kinds) => {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const m of mapping) if (kinds.includes(m.kind)) for (const k of Object.keys(t)) t[k] += stats.get(m.rule)[k];
  return { ...t, ...prf(t) };
};
const perRule = mapping.map((m) => ({ rule: m.rule, kind: m.kind, ...stats.get(m.rule), ...prf(stats.get(m.rule)) }));
const overall = sum(['disclosure']);
const overallAll = sum(['disclosure', 'defect']);
const reviewed = (r) => {
  const c = { tp: r.tp, fp: r.fp, fn: r.fn - r.fnConditionAbsent, tn: r.tn + r.fnConditionAbsent };
  return { ...c, ...prf(c) };
};
const reviewedOverall = (() => {
  const o = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of perRule) if (r.kind === 'disclosure') for (const [k, v] of Object.entries(reviewed(r))) if (k in o) o[k] += v;
  return { ...o, ...prf(o) };
})();

// 3. CCPA rules against the C3PA labels (labels/c3pa_labels.tsv): passage counts per disclosure; a count of 0
// means the disclosure is absent, so the rule should report. Dev policies only (held-out numbers excluded unless
// --all). The documents are analysed with regimes: ['ccpa'], since the C3PA rubric judges CCPA disclosures.
const C3PA_MAPPING = [
  { rule: 'ccpa-categories-collected', col: 'n:Categories of Personal Information Collected' },
  { rule: 'ccpa-disclosed-for-business-purpose', col: 'n:Categories of Personal Information Shared / Disclosed' },
  { rule: 'ccpa-sold-or-shared', col: 'n:Categories of Personal Information Sold' },
  { rule: 'ccpa-right-to-know', col: 'n:Description of Right to Know PI Collected' },
  { rule: 'ccpa-right-to-delete', col: 'n:Description of Right to Delete' },
  { rule: 'ccpa-right-to-correct', col: 'n:Description of Right to Correct Information' },
  { rule: 'ccpa-right-to-opt-out', col: 'n:Description of Right to Opt-out of sale of PI' },
  { rule: 'ccpa-right-to-limit', col: 'n:Description of Right to Limit use of PI' },
  { rule: 'ccpa-non-discrimination', col: 'n:Description of Right to Non-discrimination on exercising rights' },
  { rule: 'ccpa-request-methods', col: 'n:Methods to exercise rights' },
  { rule: 'last-updated', col: 'n:Updated Privacy Policy' },
];

function evaluateC3pa() {
  const path = join(corpus, 'labels', 'c3pa_labels.tsv');
  if (!existsSync(path)) return null;
  const rows = readTsv(path).filter((r) => includeHeldOut || !heldOut(r.file));
  const st = new Map(C3PA_MAPPING.map((m) => [m.rule, { tp: 0, fp: 0, fn: 0, tn: 0, partial: 0, notApplicable: 0, strict: { tp: 0, fp: 0, fn: 0, tn: 0 } }]));
  const notes = [];
  let docs = 0;
  for (const row of rows) {
    const p = pathOf(row.file);
    if (!existsSync(p)) continue;
    let res;
    try {
      res = analyze(readFileSync(p, 'utf8'), { today: TODAY, regimes: ['ccpa'] });
    } catch {
      continue;
    }
    docs++;
    for (const m of C3PA_MAPPING) {
      if (row[m.col] === undefined || row[m.col] === '') continue;
      const gold = Number(row[m.col]) === 0;
      const cov = res.coverage.find((c) => c.rule === m.rule);
      const pred = res.findings.some((f) => f.rule === m.rule);
      const s = st.get(m.rule);
      if (gold && pred) s.tp++;
      else if (!gold && pred) s.fp++;
      else if (gold && !pred) s.fn++;
      else s.tn++;
      // Strict reading: only a 'missing' outcome predicts "absent" (a partial finding means the topic is there).
      const miss = cov?.state === 'missing';
      s.strict[gold ? (miss ? 'tp' : 'fn') : miss ? 'fp' : 'tn']++;
      if (cov?.state === 'partial') s.partial++;
      if (cov?.state === 'not-applicable') s.notApplicable++;
      if (gold !== pred) notes.push({ file: row.file, rule: m.rule, type: pred ? 'FP' : 'FN', label: `${m.col}=${row[m.col]}`, state: cov?.state, detail: cov?.detail ? clip(cov.detail, 200) : '' });
    }
  }
  const perRule = C3PA_MAPPING.map((m) => {
    const s = st.get(m.rule);
    return { rule: m.rule, label: m.col, ...s, ...prf(s), strict: { ...s.strict, ...prf(s.strict) } };
  });
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const ts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of perRule) for (const k of Object.keys(t)) (t[k] += r[k]), (ts[k] += r.strict[k]);
  return { documents: docs, perRule, overall: { ...t, ...prf(t) }, overallStrict: { ...ts, ...prf(ts) }, disagreements: notes };
}
const c3pa = evaluateC3pa();

if (asJson) {
  console.log(
    JSON.stringify(
      {
        corpus,
        today: TODAY,
        documents: { analysed: allFiles.length, scored: scored.length - missingFiles.length, heldOutExcluded: excluded, missing: missingFiles },
        crashes,
        timing: { totalMs: Math.round(totalMs), slowest: { file: slowest.file, ms: Math.round(slowest.ms) } },
        perRule,
        overall,
        overallAllRules: overallAll,
        reviewedApplicability: { perRule: perRule.filter((r) => r.fnNotApplicable > 0).map((r) => ({ rule: r.rule, ...reviewed(r) })), overall: reviewedOverall, unreviewed },
        disagreements,
        c3pa,
      },
      null,
      2,
    ),
  );
} else {
  const f3 = (x) => x.toFixed(3);
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`PrivacyLint evaluation: ${corpus} (today = ${TODAY})`);
  console.log(`documents analysed: ${allFiles.length}; scored against labels: ${scored.length - missingFiles.length}` + (excluded ? `; held-out excluded: ${excluded}` : ''));
  if (missingFiles.length) console.log(`labelled but not found: ${missingFiles.join(', ')}`);
  console.log(`crashes: ${crashes.length}`);
  for (const c of crashes) console.log(`  CRASH ${c.file}: ${c.error}`);
  console.log(`time: ${Math.round(totalMs)} ms total, slowest ${slowest.file} ${Math.round(slowest.ms)} ms`);
  console.log('');
  console.log(`${pad('rule', 28)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('FN', 5)}${lpad('TN', 5)}${lpad('prec', 8)}${lpad('recall', 8)}${lpad('F1', 8)}`);
  const rowOut = (name, s) => console.log(`${pad(name, 28)}${lpad(s.tp, 5)}${lpad(s.fp, 5)}${lpad(s.fn, 5)}${lpad(s.tn, 5)}${lpad(f3(s.precision), 8)}${lpad(f3(s.recall), 8)}${lpad(f3(s.f1), 8)}`);
  for (const r of perRule) rowOut(r.rule, r);
  console.log('-'.repeat(72));
  if (mapping.some((m) => m.kind === 'disclosure')) rowOut('micro (missing-disclosure)', overall);
  if (mapping.some((m) => m.kind === 'defect')) rowOut('micro (all rules)', overallAll);
  const conditional = perRule.filter((r) => r.fnNotApplicable > 0);
  if (conditional.length) {
    console.log('');
    console.log('Reviewed applicability: a conditional rule (withdrawal only where consent is relied on, ...) found its');
    console.log('condition absent where the label records only that the item is not stated. Rows of');
    console.log('server/tools/applicability-review.tsv whose reader confirmed the condition absent count as agreement;');
    console.log('borderline and unreviewed ones stay false negatives:');
    for (const r of conditional) rowOut(`${r.rule} (${r.fnConditionAbsent}/${r.fnNotApplicable} n/a)`, reviewed(r));
    rowOut('micro (missing-disclosure)', reviewedOverall);
    if (unreviewed.length) console.log(`not yet reviewed (${unreviewed.length}): ${unreviewed.join(', ')}`);
  }
  console.log('');
  console.log(`disagreements: ${disagreements.length}`);
  for (const d of disagreements) {
    console.log(`\n${d.type} ${d.file} ${d.rule}${d.line ? ` (line ${d.line})` : ''}`);
    for (const l of d.labels) console.log(`  label ${l.label}=${l.value}: ${l.evidence ? clip(l.evidence, 300) : '(no evidence)'}`);
    if (d.type === 'FP') {
      console.log(`  finding: ${clip(d.message, 200)}${d.count ? ` (${d.count} findings)` : ''}`);
      if (d.passage) console.log(`  anchored at: ${d.passage}`);
      for (const r of d.related ?? []) console.log(`  related (line ${r.line}): ${r.text}`);
    } else {
      console.log(`  core: ${d.state}${d.detail ? ` (${clip(d.detail, 160)})` : ''}`);
      if (d.passage) console.log(`  core evidence: ${d.passage}`);
    }
  }
  if (c3pa) {
    console.log('');
    console.log(`CCPA rules against C3PA labels (labels/c3pa_labels.tsv, ${c3pa.documents} dev documents, regimes: ccpa; positive = disclosure absent, count 0)`);
    console.log(`${pad('rule', 36)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('FN', 5)}${lpad('TN', 5)}${lpad('prec', 8)}${lpad('recall', 8)}${lpad('F1', 8)}${lpad('partial', 9)}${lpad('n/a', 5)}   strict: TP/FP/FN/TN  P/R/F1`);
    for (const r of c3pa.perRule) console.log(`${pad(r.rule, 36)}${lpad(r.tp, 5)}${lpad(r.fp, 5)}${lpad(r.fn, 5)}${lpad(r.tn, 5)}${lpad(f3(r.precision), 8)}${lpad(f3(r.recall), 8)}${lpad(f3(r.f1), 8)}${lpad(r.partial, 9)}${lpad(r.notApplicable, 5)}   ${[r.strict.tp, r.strict.fp, r.strict.fn, r.strict.tn].join('/')}  ${[r.strict.precision, r.strict.recall, r.strict.f1].map(f3).join('/')}`);
    const o = c3pa.overall;
    console.log(`${pad('micro', 36)}${lpad(o.tp, 5)}${lpad(o.fp, 5)}${lpad(o.fn, 5)}${lpad(o.tn, 5)}${lpad(f3(o.precision), 8)}${lpad(f3(o.recall), 8)}${lpad(f3(o.f1), 8)}${' '.repeat(17)}${[c3pa.overallStrict.tp, c3pa.overallStrict.fp, c3pa.overallStrict.fn, c3pa.overallStrict.tn].join('/')}  ${[c3pa.overallStrict.precision, c3pa.overallStrict.recall, c3pa.overallStrict.f1].map(f3).join('/')}`);
    console.log('  (a finding, partial included, predicts "absent"; strict: only a missing outcome does)');
    for (const d of c3pa.disagreements) console.log(`  ${d.type} ${d.file} ${d.rule} (${d.label}; core: ${d.state}${d.detail ? `: ${d.detail}` : ''})`);
  }
}
process.exit(crashes.length ? 1 : 0);
