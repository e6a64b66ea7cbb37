/** A tiny sequential check runner: named checks, a screenshot on failure, plain counts at the end. */
export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class Checks {
  readonly results: CheckResult[] = [];
  constructor(private readonly label: string, private readonly onFailure?: (name: string) => Promise<void>) {}

  async check(name: string, fn: () => Promise<void> | void): Promise<boolean> {
    const t0 = Date.now();
    try {
      await fn();
      this.results.push({ name, ok: true, ms: Date.now() - t0 });
      console.log(`  ok    ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return true;
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      this.results.push({ name, ok: false, ms: Date.now() - t0, error });
      console.log(`  FAIL  ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n        ${error.split('\n').slice(0, 6).join('\n        ')}`);
      await this.onFailure?.(name).catch(() => undefined);
      return false;
    }
  }

  /** Records a check that could not run because an earlier step failed. */
  skipFailed(name: string, why: string): void {
    this.results.push({ name, ok: false, ms: 0, error: why });
    console.log(`  FAIL  ${name} (not run: ${why})`);
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }
  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }
  summary(): string {
    return `${this.label}: ${this.passed} passed, ${this.failed} failed`;
  }
}

export async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, everyMs = 200): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
