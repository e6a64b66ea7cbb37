/** Minimal glob matching (*, **, ?, {a,b}) compiled to an anchored, backtracking-safe RegExp. */
export function globToRegExp(glob: string, caseInsensitive = true): RegExp {
  let re = '';
  let inBrace = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBrace++;
      re += '(?:';
    } else if (c === '}' && inBrace) {
      inBrace--;
      re += ')';
    } else if (c === ',' && inBrace) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, caseInsensitive ? 'i' : '');
}

/** True when a path (any separator) matches a glob; globs without "/" match the base name. */
export function matchGlob(path: string, glob: string): boolean {
  const p = path.replace(/\\/g, '/');
  if (!glob.includes('/')) return globToRegExp(glob).test(p.slice(p.lastIndexOf('/') + 1));
  return globToRegExp(glob).test(p) || globToRegExp(`**/${glob.replace(/^\.?\//, '')}`).test(p);
}
