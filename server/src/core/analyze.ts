/** The engine: parse once, run every catalogue rule, apply settings and suppressions, return findings and coverage. */
import { catalogue } from '../rules';
import { findDates, findEmptyDateLabels } from './dates';
import { Suppressions, parseDirectives } from './directives';
import { textBase } from './hash';
import { findAddresses, findEmails, findPhones, findPlaceholders, findUrls } from './entities';
import { parse, type PolicyDocument } from './parse';
import { anchorSpan, planClauseInsertion } from './placement';
import { inferRegimes } from './regimes';
import { clauseForRegimes } from './regimeWording';
import { SHAPE_KEEPER_MARKDOWN, SHAPE_KEEPER_PLAIN } from './shapeKeeper';
import type { Facts, Outcome, PassageNote, RuleContext, RuleDefinition } from './rule';
import { ALL_REGIMES, type AnalysisResult, type AnalyzeOptions, type CoverageEntry, type Finding, type Fix, type RegimeId, type Severity, type Span } from './types';

export interface Analysis extends AnalysisResult {
  doc: PolicyDocument;
  /** Passages a hover can explain: evidence of satisfied requirements and notes from rules. */
  passages: { span: Span; rule: string; note: string }[];
}

/**
 * What the scanners find in the prose. Each scan runs on first use only: most documents never need some of them.
 * A class, not accessors defined per call: every analysis then has the same hidden class, so the rules' optimised
 * code stays valid after a garbage collection (a per-call shape dies with its object and deoptimises its readers).
 */
class LazyFacts implements Facts {
  #emails?: Facts['emails'];
  #urls?: Facts['urls'];
  #phones?: Facts['phones'];
  #addresses?: Facts['addresses'];
  #placeholders?: Facts['placeholders'];
  #dates?: Facts['dates'];
  #emptyDateLabels?: Facts['emptyDateLabels'];
  constructor(private readonly prose: string) {}
  get emails() {
    return (this.#emails ??= findEmails(this.prose));
  }
  get urls() {
    return (this.#urls ??= findUrls(this.prose));
  }
  get phones() {
    return (this.#phones ??= findPhones(this.prose));
  }
  get addresses() {
    return (this.#addresses ??= findAddresses(this.prose));
  }
  get placeholders() {
    return (this.#placeholders ??= findPlaceholders(this.prose));
  }
  get dates() {
    return (this.#dates ??= findDates(this.prose));
  }
  get emptyDateLabels() {
    return (this.#emptyDateLabels ??= findEmptyDateLabels(this.prose));
  }
}

/** The names of the facts, for code that reads them all: read off the class's getters, not written twice. */
export const FACT_NAMES = Object.getOwnPropertyNames(LazyFacts.prototype).filter((n) => n !== 'constructor') as readonly (keyof Facts)[];

export function computeFacts(doc: PolicyDocument): Facts {
  return new LazyFacts(doc.prose);
}

export function toDate(v: string | Date | undefined): Date {
  if (v instanceof Date) return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function notApplicableFromFrontMatter(doc: PolicyDocument): Map<string, string> {
  const out = new Map<string, string>();
  const na = doc.frontMatter?.data['not-applicable'];
  if (na && typeof na === 'object' && !Array.isArray(na)) for (const [k, v] of Object.entries(na)) out.set(k, v || 'marked not applicable');
  else if (Array.isArray(na)) for (const k of na) out.set(k, 'marked not applicable');
  return out;
}

function ruleApplies(rule: RuleDefinition, regimes: RegimeId[]): boolean {
  return rule.regimes.some((r) => regimes.includes(r));
}

/** Parsed drafts held for the life of the process, so that the parse tree's hidden classes survive collections. */
let shapeKeeper: { doc: PolicyDocument; facts: Facts }[] | undefined;

function keepShapes(): { doc: PolicyDocument; facts: Facts }[] {
  return [SHAPE_KEEPER_MARKDOWN, SHAPE_KEEPER_PLAIN].map((draft) => {
    const doc = parse(draft);
    const facts = computeFacts(doc);
    for (const k of FACT_NAMES) void facts[k];
    doc.sentences[0]?.words.holding(['privacy']);
    return { doc, facts };
  });
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}, rules: readonly RuleDefinition[] = catalogue): Analysis {
  shapeKeeper ??= keepShapes();
  return runAnalysis(text, options, rules);
}

/** The kept drafts' parse trees and facts (tests check that they take the parser's common paths). */
export function keptShapes(): { doc: PolicyDocument; facts: Facts }[] | undefined {
  return shapeKeeper;
}

function runAnalysis(text: string, options: AnalyzeOptions, rules: readonly RuleDefinition[]): Analysis {
  const doc = parse(text);
  const facts = computeFacts(doc);
  const { regimes, source } = chooseRegimes(doc, options);
  const ctx: RuleContext = {
    doc,
    facts,
    today: toDate(options.today),
    staleAfterMonths: options.staleAfterMonths && options.staleAfterMonths > 0 ? options.staleAfterMonths : 12,
    regimes,
  };
  const suppress = new Suppressions(parseDirectives(doc.comments));
  const naFront = notApplicableFromFrontMatter(doc);
  const findings: Finding[] = [];
  const coverage: CoverageEntry[] = [];
  const passages: Analysis['passages'] = [];
  const range = (span: Span) => doc.lines.rangeOf(span);

  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.defaultSeverity;
    const entry: CoverageEntry = { rule: rule.id, title: rule.title, state: 'satisfied' };
    coverage.push(entry);
    if (!ruleApplies(rule, regimes)) {
      entry.state = 'not-applicable';
      entry.detail = `not required by the regimes checked (${regimes.join(', ')})`;
      continue;
    }
    const declared = naFront.get(rule.id);
    let outcome: Outcome;
    try {
      outcome = rule.check(ctx);
    } catch (err) {
      // One failing rule must not lose the others' results.
      entry.state = 'not-applicable';
      entry.detail = `rule failed: ${(err as Error).message}`;
      continue;
    }
    addNotes(passages, rule.id, outcome.notes);
    switch (outcome.state) {
      case 'satisfied':
        entry.state = 'satisfied';
        if (outcome.evidence.length) {
          entry.span = outcome.evidence[0];
          entry.range = range(entry.span);
        }
        for (const e of outcome.evidence) passages.push({ span: e, rule: rule.id, note: `Satisfies **${rule.title}** (${rule.citations[0].label}).` });
        break;
      case 'not-applicable':
        entry.state = 'not-applicable';
        entry.detail = outcome.reason;
        break;
      case 'missing':
      case 'partial': {
        if (declared !== undefined) {
          entry.state = 'not-applicable';
          entry.detail = declared;
          break;
        }
        // A partial finding that points at a passage can also be silenced on that passage's line.
        const sup =
          suppress.documentLevel(rule.id) ??
          (outcome.state === 'partial' && outcome.at ? suppress.atLine(rule.id, doc.lines.positionAt(outcome.at.start).line) : null);
        if (sup) {
          entry.state = 'not-applicable';
          entry.detail = sup.reason || 'suppressed by a privacylint-disable comment';
          break;
        }
        // Our own clause is already in the text with its [[placeholders]] still unfilled: the gap is the
        // placeholders, which unfilled-placeholder reports one by one; a second finding would only repeat it.
        const pending = pendingClause(doc, clauseForRegimes(rule, regimes));
        if (pending) {
          entry.state = 'partial';
          entry.detail = `The inserted clause still has placeholders to fill in: ${pending.placeholders.join(', ')}.`;
          entry.span = { start: pending.at, end: pending.at + pending.length };
          entry.range = range(entry.span);
          break;
        }
        entry.state = outcome.state;
        entry.detail = outcome.message;
        const at = outcome.state === 'partial' && outcome.at ? outcome.at : anchorSpan(doc, rule.section ?? null);
        if (outcome.state === 'partial' && outcome.evidence.length) {
          entry.span = outcome.evidence[0];
          entry.range = range(entry.span);
        }
        const fixes: Fix[] = rule.fixes ? rule.fixes(ctx, outcome) : [];
        if (!rule.fixes && rule.clause && rule.section) {
          const edit = planClauseInsertion(doc, rule.section, clauseForRegimes(rule, regimes) ?? rule.clause.text);
          fixes.push({ title: `Insert clause: ${rule.title}`, edits: [edit], expected: [text.slice(edit.span.start, edit.span.end)] });
        }
        findings.push({
          rule: rule.id,
          severity,
          message: outcome.message,
          kind: 'missing',
          span: at,
          range: range(at),
          related: outcome.state === 'missing' ? outcome.related?.map((r) => ({ ...r, range: range(r.span) })) : undefined,
          fixes,
        });
        break;
      }
      case 'defects': {
        let shown = 0;
        let silenced: { reason: string } | null = null;
        for (const d of outcome.defects) {
          const line = doc.lines.positionAt(d.span.start).line;
          const sup = suppress.atLine(rule.id, line);
          if (sup) {
            silenced ??= sup;
            continue;
          }
          shown++;
          const fixes: Fix[] = d.replacement
            ? [{ title: d.replacement.title, edits: [{ span: d.span, newText: d.replacement.newText }], expected: [text.slice(d.span.start, d.span.end)] }]
            : [];
          findings.push({ rule: rule.id, severity, message: d.message, kind: 'defect', span: d.span, range: range(d.span), fixes });
          passages.push({ span: d.span, rule: rule.id, note: d.message });
        }
        entry.state = shown ? 'partial' : 'satisfied';
        if (!shown && silenced) {
          // Every defect was silenced: say so, with the author's reason, rather than claim the rule is met.
          entry.state = 'not-applicable';
          entry.detail = silenced.reason || 'suppressed by a privacylint-disable comment';
        }
        if (shown) {
          const first = outcome.defects.find((d) => !suppress.atLine(rule.id, doc.lines.positionAt(d.span.start).line))!;
          entry.span = first.span;
          entry.range = range(first.span);
          entry.detail = first.message;
        }
        break;
      }
    }
  }
  // Rule ids are [a-z0-9-]: code-unit order is their collation order, without loading the collator (3 MB resident).
  findings.sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  if (findings.some((f) => f.fixes.length)) {
    const base = textBase(text);
    for (const f of findings) for (const fix of f.fixes) fix.base ??= base;
  }
  return { doc, findings, coverage, regimes, regimeSource: source, passages };
}

/** The placeholders of a rule's clause when the clause stands in the prose exactly as inserted, else null. */
/** Our clause (in the wording of the regimes checked), still with its placeholders, where it is in the prose. */
function pendingClause(doc: PolicyDocument, clause: string | null): { placeholders: string[]; at: number; length: number } | null {
  if (!clause || !clause.includes('[[')) return null;
  const at = doc.prose.indexOf(clause);
  const placeholders = at < 0 ? null : clause.match(/\[\[[^\]]*\]\]/g);
  return placeholders ? { placeholders, at, length: clause.length } : null;
}

function addNotes(passages: Analysis['passages'], rule: string, notes: PassageNote[] | undefined) {
  if (notes) for (const n of notes) passages.push({ span: n.span, rule, note: n.note });
}

function chooseRegimes(doc: PolicyDocument, options: AnalyzeOptions): { regimes: RegimeId[]; source: AnalysisResult['regimeSource'] } {
  const valid = (xs: unknown[]) => xs.filter((x): x is RegimeId => ALL_REGIMES.includes(x as RegimeId));
  const fm = doc.frontMatter?.data['regimes'];
  if (Array.isArray(fm) && valid(fm).length) return { regimes: valid(fm), source: 'front-matter' };
  if (typeof fm === 'string' && valid(fm.split(/[\s,]+/)).length) return { regimes: valid(fm.split(/[\s,]+/)), source: 'front-matter' };
  if (options.regimes && valid(options.regimes).length) return { regimes: valid(options.regimes), source: 'options' };
  const inferred = inferRegimes(doc);
  return inferred.length ? { regimes: inferred, source: 'inferred' } : { regimes: ['gdpr'], source: 'default' };
}
