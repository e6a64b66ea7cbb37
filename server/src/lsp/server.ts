/**
 * The language server: thin. Keeps documents, asks for settings, runs the core, converts results.
 * Push diagnostics with a short debounce; results computed for an older version are never published.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FoldingRangeKind,
  ResponseError,
  ErrorCodes,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type Analysis } from '../core/analyze';
import { insertAllMissing, placeholderParts, plainText, snippetEdit, type SnippetPart } from '../core/fixes';
import { planNotApplicable } from '../core/frontMatter';
import { parse, type PolicyDocument } from '../core/parse';
import { hoverAt } from '../core/hover';
import { inputProblem } from '../core/inputCheck';
import { detectPolicy } from '../core/policyDetect';
import type { Section } from '../core/parse';
import type { Span } from '../core/types';
import { DEFAULT_SETTINGS, mergeSettings, toAnalyzeOptions, type Settings } from '../config/settings';
import { SOURCE, toDiagnostic } from './convert';
import { detached } from './detach';
import { TreeKeeper } from './treeKeeper';

export const COMMANDS = {
  checkDocument: 'privacylint.server.checkDocument',
  insertAllMissing: 'privacylint.computeInsertAllMissing',
  coverage: 'privacylint.coverage',
} as const;

/** What the server needs from its host besides the connection (config files live on disk in Node). */
export interface ServerRuntime {
  /** Settings from a workspace config file for this document URI, if any. */
  configFileSettings?(uri: string): { data?: unknown; error?: string; path?: string; uri?: string; line?: number } | null;
  /** Debounce for didChange, in ms. */
  debounceMs?: number;
  /** Called after diagnostics are published: the pause before the next keystroke is the host's to use (node/idleCollection). */
  afterPublish?(): void;
}

/**
 * What the server keeps per open document and version: findings, coverage and the passages a hover explains, as
 * plain data, for the few most recently used documents only (the active one answers a code-action request on
 * every cursor move). Another document keeps the date its diagnostics were computed for, and its results are
 * computed again, identical, when a request needs them. The parse tree (sentences, blocks, sections, the prose
 * copies of the text) is dropped as soon as the analysis is done, and re-built on demand for the rarer requests
 * that need it (document symbols, folding, hover on a heading, suppression comments); only the last such tree is kept.
 */
type Slim = Omit<Analysis, 'doc'>;

interface CacheEntry {
  version: number;
  /** The local date analysed for: a re-run after eviction must see the day the published diagnostics saw. */
  today: string;
  /** null when the text was not analysed (see problem); undefined once dropped, to be computed again. */
  analysis: Slim | null | undefined;
  problem: string | null;
  /**
   * The core's own results (with the parse tree), kept only until they are published: the copy that is kept is made
   * after that (settle), off the path from the edit to the diagnostics, and the tree's line index gives the fixes'
   * ranges, where the document's own would first be built by a loop over every character.
   */
  full?: Analysis;
}

/**
 * Documents whose results are kept. A 100 KB policy's results take about 0.35 MB (21 open: 7 MB); computing a
 * dropped document's again takes one analysis (~35 ms), on the first request after the editor switches to it.
 */
export const KEEP_RESULTS = 3;

function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * What the server leaves out of the results it keeps: a fix's `base`, the fingerprint of the text that applyFix
 * checks. The server checks document versions instead, and reading the fingerprint hashes the whole text.
 */
const NOT_KEPT: ReadonlySet<string> = new Set(['base']);

/** A copy of the results that shares no string with the analysed text's derived copies (prose, sentences). */
export function slim(a: Analysis): Slim {
  const { findings, coverage, regimes, regimeSource, passages } = a;
  // A message or span text built from a slice of the prose would keep the whole prose alive: the copy detaches them.
  return detached({ findings, coverage, regimes, regimeSource, passages }, NOT_KEPT);
}

export function startServer(connection: Connection, runtime: ServerRuntime = {}): void {
  const documents = new TextDocuments(TextDocument);
  const forced = new Set<string>();
  const cache = new Map<string, CacheEntry>();
  const settingsCache = new Map<string, Promise<Settings>>();
  /**
   * Bumped whenever settings may have changed. Settings fetched in an earlier epoch are stale: what they would
   * compute must neither be published nor cached, or it would outlive the change (the cache is cleared before the
   * old fetch resolves).
   */
  let settingsEpoch = 0;
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Set<string>();
  const configProblems = new Map<string, string>();
  let hasConfiguration = false;
  let hasDocumentChanges = false;
  /** The client takes SnippetTextEdit in a TextDocumentEdit (LSP 3.18 workspace.workspaceEdit.snippetEditSupport). */
  let hasSnippetEdits = false;
  let initSettings: unknown = undefined;
  const debounceMs = runtime.debounceMs ?? 120;

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    hasDocumentChanges = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
    // Snippet edits exist only inside TextDocumentEdit, so they need documentChanges too.
    hasSnippetEdits = hasDocumentChanges && !!params.capabilities.workspace?.workspaceEdit?.snippetEditSupport;
    initSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'privacylint-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacylint' }).catch(() => undefined);
  });

  function getSettings(uri: string): Promise<Settings> {
    let p = settingsCache.get(uri);
    if (!p) {
      p = (async () => {
        let raw: unknown = initSettings;
        if (hasConfiguration) {
          try {
            raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'privacylint' });
          } catch {
            raw = initSettings;
          }
        }
        let s = mergeSettings(DEFAULT_SETTINGS, raw, 'settings').settings;
        const file = runtime.configFileSettings?.(uri);
        if (file?.path) {
          const fileUri = file.uri ?? file.path;
          if (file.error) reportConfigProblem(fileUri, file.error, file.line ?? 0);
          else {
            const merged = mergeSettings(s, file.data, file.path);
            s = merged.settings;
            if (merged.problems.length) reportConfigProblem(fileUri, merged.problems.join('; '), 0);
            else clearConfigProblem(fileUri);
          }
        }
        return s;
      })();
      settingsCache.set(uri, p);
    }
    return p;
  }

  /** A path (not a URI) is turned into a file URI with its characters encoded, as clients encode them. */
  function configUri(path: string): string {
    if (path.startsWith('file:')) return path;
    const slashed = path.replace(/\\/g, '/');
    return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map(encodeURIComponent).join('/')}`;
  }

  function reportConfigProblem(path: string, message: string, line: number) {
    const uri = configUri(path);
    if (configProblems.get(uri) === message) return;
    configProblems.set(uri, message);
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity: 1, source: SOURCE, code: 'config', message: `${message}. PrivacyLint uses its defaults until this is fixed.` }],
    });
  }

  function clearConfigProblem(path: string) {
    const uri = configUri(path);
    if (configProblems.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  function uriPath(uri: string): string {
    try {
      const u = new URL(uri);
      return decodeURIComponent(u.pathname);
    } catch {
      return uri;
    }
  }

  /** The results of the current version. The map's order is the order of use, most recent last. */
  function getAnalysis(doc: TextDocument, settings: Settings): CacheEntry {
    const hit = cache.get(doc.uri);
    const same = hit?.version === doc.version ? hit : undefined;
    const entry = same && same.analysis !== undefined ? same : analyse(doc, settings, same?.today ?? localDate());
    cache.delete(doc.uri);
    cache.set(doc.uri, entry);
    let kept = 0;
    for (const e of [...cache.values()].reverse()) {
      if (e.analysis && ++kept > KEEP_RESULTS) {
        e.analysis = undefined;
        e.full = undefined;
      }
    }
    return entry;
  }

  function analyse(doc: TextDocument, settings: Settings, today: string): CacheEntry {
    const text = doc.getText();
    const problem = inputProblem(text, settings.maxFileSize);
    if (problem) return { version: doc.version, today, analysis: null, problem };
    const full = analyzeDocument(text, toAnalyzeOptions(settings, today));
    trees.analysed(doc.uri, doc.version, full.doc);
    const entry: CacheEntry = { version: doc.version, today, analysis: full, problem, full };
    // After the work in hand (the publication that asked for this analysis), before the next message.
    setImmediate(() => settle(doc.uri, entry));
    return entry;
  }

  /** Replaces an entry's full results by the copy that is kept, unless it was evicted or replaced meanwhile. */
  function settle(uri: string, entry: CacheEntry) {
    const full = entry.full;
    if (!full) return;
    entry.full = undefined;
    if (entry.analysis === full) entry.analysis = cache.get(uri) === entry ? slim(full) : undefined;
  }

  const trees = new TreeKeeper(parse);
  function parsedDoc(doc: TextDocument): PolicyDocument {
    return trees.treeFor(doc.uri, doc.version, () => doc.getText());
  }

  /** The cached results with the parse tree attached lazily, in the shape the core's hover expects. */
  function withDoc(doc: TextDocument, a: Slim): Analysis {
    return Object.defineProperty({ ...a }, 'doc', { get: () => parsedDoc(doc), enumerable: true }) as Analysis;
  }

  function forget(uri: string) {
    cache.delete(uri);
    trees.forget(uri);
  }

  function isChecked(doc: TextDocument, settings: Settings): boolean {
    if (forced.has(doc.uri)) return true;
    return detectPolicy(uriPath(doc.uri), doc.getText(), settings.files).isPolicy;
  }

  /** Settings as they are now, fetched again when they changed meanwhile; null if they keep changing. */
  async function currentSettings(uri: string): Promise<Settings | null> {
    for (let tries = 0; tries < 3; tries++) {
      const epoch = settingsEpoch;
      const settings = await getSettings(uri);
      if (epoch === settingsEpoch) return settings;
    }
    return null;
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const epoch = settingsEpoch;
    const settings = await getSettings(uri);
    const current = documents.get(uri);
    // A newer edit arrived while settings were fetched: its own validation will publish.
    if (!current || current.version !== version) return;
    // The settings changed while they were fetched: the validation the change scheduled will publish.
    if (epoch !== settingsEpoch) return;
    if (!isChecked(current, settings)) {
      // Not a privacy policy: an empty list (with the version) clears anything shown before and tells the client it was looked at.
      forget(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const entry = getAnalysis(current, settings);
    let diagnostics: Diagnostic[];
    if (entry.problem) {
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: SOURCE, code: 'input', message: entry.problem }];
    } else {
      const lines = entry.full?.doc.lines;
      const toRange = lines ? (s: Span) => lines.rangeOf(s) : (s: Span) => ({ start: current.positionAt(s.start), end: current.positionAt(s.end) });
      diagnostics = entry.analysis!.findings.map((f) => toDiagnostic(f, version, uri, toRange));
    }
    published.add(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    runtime.afterPublish?.();
  }

  function schedule(uri: string, delay: number) {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void validate(uri).catch((err) => connection.console.error(`privacylint: validation failed: ${(err as Error).stack ?? err}`));
    }, delay));
  }

  // TextDocuments fires onDidChangeContent right after onDidOpen: that one must not push the immediate
  // validation of a newly opened document back by the typing debounce.
  const opened = new Map<string, number>();
  documents.onDidOpen((e) => {
    opened.set(e.document.uri, e.document.version);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent(async (e) => {
    if (opened.get(e.document.uri) === e.document.version) {
      opened.delete(e.document.uri);
      return;
    }
    opened.delete(e.document.uri);
    const settings = await getSettings(e.document.uri);
    if (settings.run === 'onType') schedule(e.document.uri, debounceMs);
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    forget(e.document.uri);
    settingsCache.delete(e.document.uri);
    forced.delete(e.document.uri);
    opened.delete(e.document.uri);
    if (published.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** Editor settings or config files changed: everything computed with the old ones is dropped and redone. */
  function settingsChanged() {
    settingsEpoch++;
    forgetConfigProblems();
    settingsCache.clear();
    cache.clear();
    trees.forget();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { privacylint?: unknown } | null)?.privacylint;
    if (!hasConfiguration && s !== undefined) initSettings = s;
    settingsChanged();
  });

  /** Config files are read again: problems are re-reported by the next validations if they persist. */
  function forgetConfigProblems() {
    for (const uri of configProblems.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblems.clear();
  }

  connection.onDidChangeWatchedFiles(() => settingsChanged());

  /** The analysis of the current version, or null when the document is not checked. */
  async function currentAnalysis(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const settings = await currentSettings(uri);
    if (!settings || !isChecked(doc, settings)) return null;
    const entry = getAnalysis(doc, settings);
    return entry.analysis ? { doc, analysis: withDoc(doc, entry.analysis) } : null;
  }

  connection.onHover(async (params) => {
    const cur = await currentAnalysis(params.textDocument.uri);
    if (!cur) return null;
    const h = hoverAt(cur.analysis, cur.doc.offsetAt(params.position));
    if (!h) return null;
    return { contents: { kind: 'markdown', value: h.markdown }, range: { start: cur.doc.positionAt(h.span.start), end: cur.doc.positionAt(h.span.end) } };
  });

  function editFor(doc: TextDocument, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
    if (hasDocumentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    return { changes: { [doc.uri]: edits as TextEdit[] } };
  }

  /**
   * One edit of a fix: a snippet edit whose placeholders are tab stops when the client takes them, else (and
   * whenever a snippet would not insert exactly the plain text) the plain text edit.
   */
  function lspEdit(doc: TextDocument, span: { start: number; end: number }, parts: SnippetPart[]): TextEdit | SnippetTextEdit {
    const snippet = hasSnippetEdits ? snippetEdit(doc.getText(), span, parts) : null;
    if (snippet) return { range: { start: doc.positionAt(snippet.span.start), end: doc.positionAt(snippet.span.end) }, snippet: { kind: 'snippet', value: snippet.snippet } };
    return { range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) }, newText: plainText(parts) };
  }

  connection.onCodeAction(async (params) => {
    if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(`${CodeActionKind.QuickFix}.`) || CodeActionKind.QuickFix.startsWith(k))) return [];
    const cur = await currentAnalysis(params.textDocument.uri);
    if (!cur) return [];
    const { doc, analysis } = cur;
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    for (const diag of ours) {
      // Fixes always come from the current text: a diagnostic from an older version gets none, even when its range still matches.
      const dataVersion = (diag.data as { version?: unknown } | undefined)?.version;
      if (typeof dataVersion === 'number' && dataVersion !== doc.version) continue;
      const finding = analysis.findings.find((f) => f.rule === diag.code && f.range.start.line === diag.range.start.line && f.range.start.character === diag.range.start.character && f.range.end.line === diag.range.end.line);
      if (!finding) continue;
      finding.fixes.forEach((fix, i) => {
        const edits = fix.edits.map((e) => lspEdit(doc, e.span, placeholderParts(e.newText)));
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], isPreferred: i === 0, edit: editFor(doc, edits) });
      });
      actions.push(suppressionAction(doc, analysis, finding.rule, finding.kind, finding.range.start.line, diag));
      // Front matter records "not applicable" for a requirement (a missing or partial disclosure); the reader
      // does not apply it to defects.
      if (finding.kind === 'missing') {
        const fm = frontMatterAction(doc, analysis, finding.rule, diag);
        if (fm) actions.push(fm);
      }
    }
    return actions;
  });

  function suppressionAction(doc: TextDocument, analysis: Analysis, rule: string, kind: 'missing' | 'defect', line: number, diag: Diagnostic): CodeAction {
    const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
    if (kind === 'defect') {
      const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line, character: 200 } }))![0];
      return {
        title: `Disable ${rule} for the next line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        edit: editFor(doc, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- privacylint-disable-next-line ${rule} -->${eol}` }]),
      };
    }
    // Document-level: a comment at the top (after front matter) that records why the requirement does not apply.
    const fm = analysis.doc.frontMatter;
    const at = fm ? fm.endLine + 1 : 0;
    const pos = at >= doc.lineCount ? doc.positionAt(doc.getText().length) : { line: at, character: 0 };
    const prefix = at >= doc.lineCount ? eol : '';
    const offset = doc.offsetAt(pos);
    return {
      title: `Mark ${rule} as not applicable (suppression comment)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      edit: editFor(doc, [lspEdit(doc, { start: offset, end: offset }, [`${prefix}<!-- privacylint-disable ${rule} -- not applicable: `, { placeholder: 'explain why' }, ` -->${eol}`])]),
    };
  }

  /** The reason a new front-matter entry starts with, for the author to replace. */
  const REASON_PLACEHOLDER = 'reason why this does not apply';

  /** "Mark ... as not applicable" in the front matter: `not-applicable: {rule: "reason"}`, created or extended. */
  function frontMatterAction(doc: TextDocument, analysis: Analysis, rule: string, diag: Diagnostic): CodeAction | null {
    const parsed = analysis.doc;
    const plan = planNotApplicable(parsed.text, parsed.lines, parsed.frontMatter, rule, REASON_PLACEHOLDER);
    if (!plan) return null;
    const parts: SnippetPart[] = plan.reason
      ? [plan.newText.slice(0, plan.reason.start), { placeholder: plan.newText.slice(plan.reason.start, plan.reason.end) }, plan.newText.slice(plan.reason.end)]
      : [plan.newText];
    return {
      // A list (`not-applicable: [a, b]`) holds ids only: the entry has no reason there.
      title: `Mark ${rule} as not applicable (front matter${plan.reason ? ', with a reason' : ''})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      edit: editFor(doc, [lspEdit(doc, plan.span, parts)]),
    };
  }

  connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[]> => {
    const cur = await currentAnalysis(params.textDocument.uri);
    if (!cur) return [];
    const { doc, analysis } = cur;
    const toSymbol = (s: Section): DocumentSymbol => {
      const h = s.heading!;
      return {
        name: h.number ? `${h.number}. ${h.text}` : h.text || '(untitled)',
        kind: SymbolKind.String,
        range: { start: doc.positionAt(s.span.start), end: doc.positionAt(Math.max(s.span.start, trimEnd(doc.getText(), s.span.end))) },
        selectionRange: { start: doc.positionAt(h.textSpan.start), end: doc.positionAt(h.textSpan.end) },
        children: s.children.map(toSymbol),
      };
    };
    return analysis.doc.root.children.map(toSymbol);
  });

  connection.onFoldingRanges(async (params): Promise<FoldingRange[]> => {
    const cur = await currentAnalysis(params.textDocument.uri);
    if (!cur) return [];
    const { doc, analysis } = cur;
    const out: FoldingRange[] = [];
    for (const s of analysis.doc.sections) {
      const start = s.heading!.line;
      const end = doc.positionAt(trimEnd(doc.getText(), s.span.end)).line;
      if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
    }
    return out;
  });

  connection.onExecuteCommand(async (params) => {
    const uri = (params.arguments?.[0] ?? '') as string;
    if (typeof uri !== 'string' || !documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: expected the URI of an open document`);
    switch (params.command) {
      case COMMANDS.checkDocument:
        forced.add(uri);
        forget(uri);
        await validate(uri);
        return { checked: true };
      case COMMANDS.coverage: {
        const cur = await currentAnalysis(uri);
        if (!cur) return null;
        return { regimes: cur.analysis.regimes, regimeSource: cur.analysis.regimeSource, coverage: cur.analysis.coverage };
      }
      case COMMANDS.insertAllMissing: {
        const cur = await currentAnalysis(uri);
        if (!cur) return null;
        const settings = await currentSettings(uri);
        if (!settings) return null;
        const result = insertAllMissing(cur.doc.getText(), toAnalyzeOptions(settings));
        const full = { start: { line: 0, character: 0 }, end: cur.doc.positionAt(cur.doc.getText().length) };
        return { inserted: result.inserted, edit: editFor(cur.doc, [{ range: full, newText: result.text }]) };
      }
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
    }
  });

  documents.listen(connection);
  connection.listen();
}

function trimEnd(text: string, end: number): number {
  let e = Math.min(end, text.length);
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
