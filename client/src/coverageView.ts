/** The coverage view: every requirement of the active document with its state; click to go where it is satisfied. */
import * as vscode from 'vscode';

export interface CoverageEntry {
  rule: string;
  title: string;
  state: 'satisfied' | 'partial' | 'missing' | 'not-applicable';
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  detail?: string;
}

export interface CoverageReport {
  regimes: string[];
  regimeSource: string;
  coverage: CoverageEntry[];
}

const ICONS: Record<CoverageEntry['state'], vscode.ThemeIcon> = {
  satisfied: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  partial: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'not-applicable': new vscode.ThemeIcon('circle-slash'),
};

const ORDER: CoverageEntry['state'][] = ['missing', 'partial', 'satisfied', 'not-applicable'];

/** "12/15": satisfied out of the requirements that apply. */
export function coverageSummary(report: CoverageReport): { satisfied: number; applicable: number } {
  const applicable = report.coverage.filter((c) => c.state !== 'not-applicable');
  return { satisfied: applicable.filter((c) => c.state === 'satisfied').length, applicable: applicable.length };
}

export class CoverageProvider implements vscode.TreeDataProvider<CoverageEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  report: CoverageReport | null = null;
  uri: vscode.Uri | null = null;

  update(uri: vscode.Uri | null, report: CoverageReport | null): void {
    this.uri = uri;
    this.report = report;
    this.changed.fire();
  }

  getChildren(): CoverageEntry[] {
    if (!this.report) return [];
    return [...this.report.coverage].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
  }

  getTreeItem(c: CoverageEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.None);
    item.iconPath = ICONS[c.state];
    item.description = c.state === 'not-applicable' ? `not applicable${c.detail ? `: ${c.detail}` : ''}` : c.state;
    item.tooltip = new vscode.MarkdownString(`**${c.title}** \`${c.rule}\`\n\n${c.state}${c.detail ? `: ${c.detail}` : ''}`);
    item.id = c.rule;
    if (c.range && this.uri) {
      const r = new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character);
      item.command = { command: 'vscode.open', title: 'Go to passage', arguments: [this.uri, { selection: r }] };
    }
    return item;
  }
}
