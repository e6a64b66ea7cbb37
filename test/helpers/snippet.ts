/**
 * A strict reader of the snippet syntax the server emits (the LSP/TextMate subset: `\$`, `\}`, `\\` escapes,
 * `$1`, `${1}`, `${1:text}`), for tests: what a client inserts, with or without the author typing into tab stops.
 * Unlike a lenient editor, it throws on a `$` or `}` that is not escaped and not part of a tab stop, so a test
 * catches text that was not escaped.
 */
export interface TabStop {
  index: number;
  /** The placeholder text (unescaped). */
  text: string;
}

export function parseSnippet(value: string): { parts: (string | TabStop)[]; tabStops: TabStop[] } {
  const parts: (string | TabStop)[] = [];
  const tabStops: TabStop[] = [];
  let lit = '';
  let i = 0;
  const escaped = (): string | null => {
    if (value[i] === '\\' && i + 1 < value.length && '$}\\'.includes(value[i + 1])) {
      i += 2;
      return value[i - 1];
    }
    return null;
  };
  while (i < value.length) {
    const e = escaped();
    if (e !== null) {
      lit += e;
      continue;
    }
    const c = value[i];
    if (c === '$') {
      const simple = /^\$(\d+)/.exec(value.slice(i));
      const braced = /^\$\{(\d+)(?=[:}])/.exec(value.slice(i));
      if (simple) {
        if (lit) parts.push(lit);
        lit = '';
        const t = { index: Number(simple[1]), text: '' };
        parts.push(t);
        tabStops.push(t);
        i += simple[0].length;
        continue;
      }
      if (!braced) throw new Error(`unescaped $ at ${i} in snippet ${JSON.stringify(value)}`);
      i += braced[0].length;
      let text = '';
      if (value[i] === ':') {
        i++;
        while (i < value.length && value[i] !== '}') {
          const pe = escaped();
          if (pe !== null) {
            text += pe;
            continue;
          }
          if (value[i] === '$') throw new Error(`unescaped $ inside a placeholder at ${i} in ${JSON.stringify(value)}`);
          text += value[i++];
        }
      }
      if (value[i] !== '}') throw new Error(`unterminated tab stop in ${JSON.stringify(value)}`);
      i++;
      if (lit) parts.push(lit);
      lit = '';
      const t = { index: Number(braced[1]), text };
      parts.push(t);
      tabStops.push(t);
      continue;
    }
    if (c === '}') throw new Error(`unescaped } at ${i} in snippet ${JSON.stringify(value)}`);
    lit += c;
    i++;
  }
  if (lit) parts.push(lit);
  return { parts, tabStops };
}

/** The text a client inserts for a snippet: each tab stop's placeholder text, or what the author typed into it. */
export function resolveSnippet(value: string, typed: Record<number, string> = {}): string {
  return parseSnippet(value)
    .parts.map((p) => (typeof p === 'string' ? p : typed[p.index] ?? p.text))
    .join('');
}
