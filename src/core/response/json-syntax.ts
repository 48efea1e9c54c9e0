/**
 * Offset of the first JSON syntax error in `text`, or -1 when it is valid.
 * Engines disagree on whether JSON.parse names a position (V8 often only
 * quotes the text around it), so the explorer finds it itself; this runs
 * only after JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) return false;
    i += m[0].length;
    return true;
  };
  // Each frame is the container being filled: '{' or '['; `fresh` means nothing is in it yet.
  const stack: string[] = [];
  let fresh = false;
  const value = (): boolean => {
    ws();
    const c = text[i];
    fresh = false;
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      fresh = true;
      return true;
    }
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  if (!value()) return i;
  for (;;) {
    const top = stack[stack.length - 1];
    ws();
    if (top === undefined) return i < n ? i : -1;
    if (text[i] === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      fresh = false;
      continue;
    }
    if (!fresh) {
      if (text[i] !== ',') return i;
      i++;
      ws();
    }
    if (top === '{') {
      if (text[i] !== '"' || !string()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
    }
    if (!value()) return i;
  }
}
