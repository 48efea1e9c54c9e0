/**
 * A deliberately small inline Markdown reader for catalog descriptions: `code`, [links](https://…),
 * **strong** and *emphasis* / _emphasis_, with backslash escapes. It produces tokens, never HTML, so
 * whatever a description holds is rendered as text; link targets other than http(s), mailto and
 * same-site paths stay plain text.
 */
export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: InlineToken[] }
  | { type: 'em'; children: InlineToken[] }
  | { type: 'link'; href: string; children: InlineToken[] };

const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '#', '!']);

/** True for link targets safe to render as `href`: web and mail addresses, and paths on this site. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(href) || /^\/(?!\/)[^\s]*$/.test(href) || /^#[^\s]*$/.test(href);
}

/** Parses one line (or paragraph) of inline Markdown into tokens. */
export function parseInline(source: string, allowLinks = true): InlineToken[] {
  const out: InlineToken[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '\\' && ESCAPABLE.has(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      // A run of n backticks closes at the next run of exactly n (CommonMark), so ``a`b`` works.
      let n = 1;
      while (source[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let close = source.indexOf(fence, i + n);
      while (close !== -1 && source[close + n] === '`') close = source.indexOf(fence, close + n + 1);
      if (close !== -1) {
        flush();
        const inner = source.slice(i + n, close);
        const trimmed = /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
        out.push({ type: 'code', text: trimmed });
        i = close + n;
        continue;
      }
      text += fence;
      i += n;
      continue;
    }
    if (ch === '[' && allowLinks) {
      const link = readLink(source, i);
      if (link) {
        flush();
        const children = parseInline(link.label, false);
        if (isSafeHref(link.href)) out.push({ type: 'link', href: link.href, children });
        else out.push(...children);
        i = link.end;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const strong = source[i + 1] === ch;
      const marker = strong ? ch + ch : ch;
      const close = findClose(source, i + marker.length, marker);
      // Intraword underscores (snake_case names) are not emphasis.
      const intraword = ch === '_' && /\w/.test(source[i - 1] ?? '');
      if (close !== -1 && !intraword && !/\s/.test(source[i + marker.length] ?? ' ')) {
        flush();
        const children = parseInline(source.slice(i + marker.length, close), allowLinks);
        out.push({ type: strong ? 'strong' : 'em', children });
        i = close + marker.length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

/** `[label](href)` starting at `at`, or null. */
function readLink(source: string, at: number): { label: string; href: string; end: number } | null {
  let depth = 0;
  let j = at;
  for (; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (j >= source.length || source[j + 1] !== '(') return null;
  // Balanced parentheses may appear in the target, as in CommonMark.
  let close = -1;
  for (let k = j + 2, open = 0; k < source.length; k++) {
    if (source[k] === '(') open++;
    else if (source[k] === ')' && open-- === 0) {
      close = k;
      break;
    }
  }
  if (close === -1) return null;
  const href = source.slice(j + 2, close).trim();
  if (href === '' || /\s/.test(href)) return null;
  return { label: source.slice(at + 1, j), href, end: close + 1 };
}

/** The closing emphasis marker: not preceded by whitespace, and for `_` not followed by a word character. */
function findClose(source: string, from: number, marker: string): number {
  let k = source.indexOf(marker, from);
  while (k !== -1) {
    const before = source[k - 1] ?? ' ';
    const after = source[k + marker.length] ?? ' ';
    const okAfter = marker[0] !== '_' || !/\w/.test(after);
    const notLonger = marker.length === 2 || after !== marker;
    if (k > from && !/\s/.test(before) && okAfter && notLonger) return k;
    k = source.indexOf(marker, k + marker.length);
  }
  return -1;
}

/** The tokens' plain text (for a title or an accessible name). */
export function plainText(tokens: readonly InlineToken[]): string {
  return tokens.map((t) => ('text' in t ? t.text : plainText(t.children))).join('');
}
