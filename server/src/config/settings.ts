/**
 * Settings as data: validation of user values (VS Code settings, .privacylintrc.json, CLI flags) into
 * one shape. Values of the wrong type are dropped with a message; nothing here executes code.
 */
import { ALL_REGIMES, type AnalyzeOptions, type RegimeId, type SeveritySetting } from '../core/types';
import { catalogue } from '../rules';
import { DEFAULT_FILE_GLOBS } from '../core/policyDetect';

export interface Settings {
  files: string[];
  regimes?: RegimeId[];
  rules: Record<string, SeveritySetting>;
  staleAfterMonths: number;
  run: 'onType' | 'onSave';
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  files: [...DEFAULT_FILE_GLOBS],
  rules: {},
  staleAfterMonths: 12,
  run: 'onType',
  maxFileSize: 5_000_000,
};

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

/** Merges a raw, untrusted object over a base; returns the result and what was ignored. */
export function mergeSettings(base: Settings, raw: unknown, origin: string): { settings: Settings; problems: string[] } {
  const s: Settings = { ...base, rules: { ...base.rules }, files: [...base.files] };
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: s, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: s, problems: [`${origin}: expected an object of settings`] };
  const r = raw as Record<string, unknown>;
  if (r.files !== undefined) {
    if (Array.isArray(r.files) && r.files.every((x) => typeof x === 'string')) s.files = r.files as string[];
    else problems.push(`${origin}: "files" must be an array of glob strings`);
  }
  if (r.regimes !== undefined) {
    const list = Array.isArray(r.regimes) ? r.regimes : typeof r.regimes === 'string' ? r.regimes.split(/[\s,]+/).filter(Boolean) : null;
    if (list && list.every((x) => ALL_REGIMES.includes(x as RegimeId))) s.regimes = list.length ? (list as RegimeId[]) : undefined;
    else problems.push(`${origin}: "regimes" must list some of ${ALL_REGIMES.join(', ')}`);
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!catalogue.some((c) => c.id === id)) problems.push(`${origin}: unknown rule "${id}"`);
        else if (typeof v === 'boolean') s.rules[id] = v ? catalogue.find((c) => c.id === id)!.defaultSeverity : 'off';
        else if (typeof v === 'string' && SEVERITIES.includes(v)) s.rules[id] = v as SeveritySetting;
        else problems.push(`${origin}: rule "${id}" must be one of ${SEVERITIES.join(', ')}`);
      }
    } else problems.push(`${origin}: "rules" must be an object of rule ids to severities`);
  }
  if (r.staleAfterMonths !== undefined) {
    if (typeof r.staleAfterMonths === 'number' && Number.isFinite(r.staleAfterMonths) && r.staleAfterMonths >= 1 && r.staleAfterMonths <= 600) s.staleAfterMonths = Math.floor(r.staleAfterMonths);
    else problems.push(`${origin}: "staleAfterMonths" must be a number of months from 1 to 600`);
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') s.run = r.run;
    else problems.push(`${origin}: "run" must be "onType" or "onSave"`);
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
    else problems.push(`${origin}: "maxFileSize" must be a positive number of characters`);
  }
  return { settings: s, problems };
}

export function toAnalyzeOptions(s: Settings, today?: string): AnalyzeOptions {
  return { regimes: s.regimes, rules: s.rules, staleAfterMonths: s.staleAfterMonths, today };
}
