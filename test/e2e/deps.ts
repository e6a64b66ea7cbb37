/** Locates (and, when missing, installs via setup.sh) what the editor tests need: code-server, playwright-core, chromium. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The extension folder the API suite loads as extensionDevelopmentPath (built client/out + server/out). */
export const EXT_DIR = path.resolve(process.env.PRIVACYLINT_E2E_EXTENSION_DIR ?? ROOT);

export interface Deps {
  codeServerBin: string;
  codeServerNode: string;
  playwrightCore: string;
  chromium: string;
}

/** Runs test/e2e/setup.sh (idempotent; installs only what is missing) and returns its KEY=VALUE answers. */
export function ensureDeps(component: 'all' | 'gui' | 'nvim' = 'gui'): Record<string, string> {
  const out = execFileSync('bash', [path.join(__dirname, 'setup.sh'), component], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const vars: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

export function guiDeps(): Deps {
  const v = ensureDeps('gui');
  const deps = {
    codeServerBin: process.env.CODE_SERVER_BIN ?? v.CODE_SERVER_BIN,
    codeServerNode: process.env.CODE_SERVER_NODE ?? v.CODE_SERVER_NODE ?? process.execPath,
    playwrightCore: process.env.PLAYWRIGHT_CORE ?? v.PLAYWRIGHT_CORE,
    chromium: process.env.CHROMIUM ?? v.CHROMIUM ?? '/usr/bin/chromium',
  };
  for (const [k, f] of Object.entries(deps)) if (!f || !fs.existsSync(f)) throw new Error(`e2e dependency ${k} not found: ${f}`);
  return deps;
}

// playwright-core lives in the cache dir, not in the project's node_modules, so it is loaded by path and typed loosely here.
export interface Locator {
  first(): Locator;
  last(): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(options?: { button?: 'left' | 'right'; position?: { x: number; y: number }; timeout?: number }): Promise<void>;
  hover(options?: { position?: { x: number; y: number }; timeout?: number }): Promise<void>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  count(): Promise<number>;
  getAttribute(name: string): Promise<string | null>;
}
export interface Page {
  goto(url: string): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  setDefaultTimeout(ms: number): void;
  on(event: 'console' | 'pageerror', cb: (arg: { type?(): string; text?(): string; message?: string }) => void): void;
}
export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
  on(event: 'request', cb: (r: { url(): string }) => void): void;
}
interface PlaywrightCore {
  chromium: { launchPersistentContext(dir: string, options: Record<string, unknown>): Promise<BrowserContext> };
}

export function loadPlaywright(dir: string): PlaywrightCore {
  return createRequire(path.join(dir, 'package.json'))(dir) as PlaywrightCore;
}

/** Debian chromium, headless, with every background-network feature off (flags from the design recipe). */
export async function launchBrowser(deps: Deps, profileDir: string): Promise<{ ctx: BrowserContext; page: Page; external: Set<string> }> {
  const { chromium } = loadPlaywright(deps.playwrightCore);
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: deps.chromium,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const external = new Set<string>();
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname)) external.add(r.url());
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(30_000);
  return { ctx, page, external };
}

/** A fresh temporary workspace holding the fixture files. */
export function makeWorkspace(parent: string): string {
  const ws = path.join(parent, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  for (const f of fs.readdirSync(path.join(__dirname, 'fixtures'))) fs.copyFileSync(path.join(__dirname, 'fixtures', f), path.join(ws, f));
  return ws;
}
