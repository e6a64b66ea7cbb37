/** Decides whether a document is a privacy policy that PrivacyLint should check. */
import { matchGlob } from './glob';

export const DEFAULT_FILE_GLOBS: readonly string[] = ['*privacy*.{md,markdown,txt}', 'PRIVACY*', '*.policy.md'];

const POLICY_TITLE = /\b(?:privacy|data protection|personal data|datenschutz)\b[^\n]{0,40}\b(?:policy|notice|statement|information)\b|\b(?:policy|notice|statement)\b[^\n]{0,20}\bprivacy\b|^privacy$/i;
const PRIVACY_TEXT_EXT = /\.(?:md|markdown|txt)$/i;

export interface PolicyDetection {
  isPolicy: boolean;
  reason: 'file-name' | 'title' | 'front-matter' | 'opted-out' | 'none';
}

/**
 * @param path file path or URI path (may be empty for untitled documents)
 * @param text the document text
 * @param globs file-name globs (setting privacylint.files); a glob without "/" matches the base name
 */
export function detectPolicy(path: string, text: string, globs: readonly string[] = DEFAULT_FILE_GLOBS): PolicyDetection {
  const head = text.slice(0, 4000);
  const fm = /^\ufeff?---\r?\n([^]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(head);
  if (fm) {
    const flag = /^privacylint:\s*(\S+)/m.exec(fm[1]);
    if (flag && /^(?:false|no|off)$/i.test(flag[1])) return { isPolicy: false, reason: 'opted-out' };
    if (flag && /^(?:true|yes|on)$/i.test(flag[1])) return { isPolicy: true, reason: 'front-matter' };
  }
  const base = path.replace(/\\/g, '/');
  if (base && globs.some((g) => matchGlob(base, g))) {
    // "PRIVACY*" would also match PRIVACY.png: only text documents count.
    if (PRIVACY_TEXT_EXT.test(base) || !/\.[A-Za-z0-9]{1,8}$/.test(base.slice(base.lastIndexOf('/') + 1))) return { isPolicy: true, reason: 'file-name' };
  }
  // First heading or first non-blank line (after front matter) names a privacy policy/notice/statement.
  const body = fm ? head.slice(fm[0].length) : head;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/[*_]/g, '').trim();
    if (!line || line.startsWith('<!--')) continue;
    if (line.length <= 120 && POLICY_TITLE.test(line)) return { isPolicy: true, reason: 'title' };
    break;
  }
  return { isPolicy: false, reason: 'none' };
}
