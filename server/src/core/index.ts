/**
 * PrivacyLint's analysis core: text and settings in, findings out.
 *   const { analyze } = require('privacylint/core');
 *   analyze(text, { today: '2026-11-23' }).findings
 */
import { analyzeDocument } from './analyze';
import type { AnalysisResult, AnalyzeOptions } from './types';

export * from './types';
export { analyzeDocument, FACT_NAMES, type Analysis } from './analyze';
export { parse, type PolicyDocument, type Section, type Heading } from './parse';
export { detectPolicy, DEFAULT_FILE_GLOBS } from './policyDetect';
export { hoverAt, explainRule } from './hover';
export { applyEdits, applyFix, insertAllMissing } from './fixes';
export { catalogue, ruleById } from '../rules';
export type { RuleDefinition } from './rule';

/** Findings, coverage and the regimes checked, for one document. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const { findings, coverage, regimes, regimeSource } = analyzeDocument(text, options);
  return { findings, coverage, regimes, regimeSource };
}
