/** Inputs that must not be analysed: too large, or binary / not text. */
export function inputProblem(text: string, maxSize: number): string | null {
  if (text.length > maxSize) {
    return `This document has ${text.length.toLocaleString('en-US')} characters, more than the ${maxSize.toLocaleString('en-US')} PrivacyLint checks (setting privacylint.maxFileSize). Split it or raise the limit.`;
  }
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'This document contains NUL bytes: it looks binary, so PrivacyLint does not check it.';
    if (c === 0xfffd) bad++;
  }
  if (bad > 0 && bad / Math.max(1, sample.length) > 0.001) {
    return 'This document is not valid UTF-8 text (it contains replacement characters): PrivacyLint does not check it. Re-save it as UTF-8.';
  }
  return null;
}
