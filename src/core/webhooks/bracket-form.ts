/**
 * ActiveCampaign's webhook body format: `application/x-www-form-urlencoded`
 * with PHP-style bracket keys (`contact[email]=…`, `contact[tags][0]=…`).
 * The sandbox encodes deliveries with it; the explorer's inbox and "Paste a
 * delivery" decode them. Decoding follows PHP's `parse_str`, the reader most
 * receivers use: `a[]` appends, the last of a repeated key wins, a key with
 * no brackets is a plain field. Deliveries are untrusted, so the decoder has
 * named limits and never lets a key reach an object's prototype.
 */

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

/** Deepest bracket nesting decoded (PHP's default `max_input_nesting_level` is 64; AC's payloads use 3). */
export const MAX_FORM_DEPTH = 16;
/** Most fields decoded from one body (PHP's default `max_input_vars`); the rest are reported, not decoded. */
export const MAX_FORM_FIELDS = 1000;

export interface DecodedForm {
  value: { [key: string]: FormValue };
  /** Fields past MAX_FORM_FIELDS, left out of `value`. */
  droppedFields: number;
  /** Keys nested deeper than MAX_FORM_DEPTH: kept with their remaining brackets as one flat key, as PHP does. */
  flattenedKeys: number;
}

/** The body's key/value pairs in order, `+` read as a space (form encoding); a malformed escape is kept as typed. */
export function formPairs(body: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    out.push([decodeComponent(rawKey), decodeComponent(rawValue)]);
  }
  return out;
}

function decodeComponent(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Splits `contact[fields][0][value]` into `contact`, `fields`, `0`, `value`; a key with an unclosed bracket is one name. */
export function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const head = key.slice(0, open);
  const rest = key.slice(open);
  const parts: string[] = [head];
  const re = /\[([^\]]*)\]/y;
  let i = 0;
  while (i < rest.length) {
    re.lastIndex = i;
    const m = re.exec(rest);
    if (!m) return [key];
    parts.push(m[1] ?? '');
    i = re.lastIndex;
  }
  return parts;
}

type Node = { [key: string]: FormValue };

/** Sets a key without ever invoking a setter (`__proto__` stays an ordinary key). */
function put(target: Node, key: string, value: FormValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function own(target: Node, key: string): FormValue | undefined {
  return Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
}

/** Decodes a form body into nested objects; objects keyed 0..n-1 become arrays, as PHP's arrays do in JSON. */
export function decodeBracketForm(body: string): DecodedForm {
  const root: Node = {};
  // `a[]` appends: PHP numbers the new item after the highest integer key so far.
  const nextIndex = new WeakMap<Node, number>();
  let droppedFields = 0;
  let flattenedKeys = 0;
  const pairs = formPairs(body);
  pairs.forEach(([key, value], n) => {
    if (n >= MAX_FORM_FIELDS) {
      droppedFields += 1;
      return;
    }
    let path = keyPath(key);
    if (path.length - 1 > MAX_FORM_DEPTH) {
      flattenedKeys += 1;
      path = [path[0] ?? key, ...path.slice(1, MAX_FORM_DEPTH), path.slice(MAX_FORM_DEPTH).join('][')];
    }
    let node = root;
    for (let i = 0; i < path.length; i++) {
      let segment = path[i] ?? '';
      if (segment === '' && i > 0) {
        segment = String(nextIndex.get(node) ?? 0);
      }
      if (/^(0|[1-9]\d{0,8})$/.test(segment)) {
        nextIndex.set(node, Math.max(nextIndex.get(node) ?? 0, Number(segment) + 1));
      }
      if (i === path.length - 1) {
        put(node, segment, value);
        return;
      }
      const existing = own(node, segment);
      if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) {
        node = existing;
      } else {
        const child: Node = {};
        put(node, segment, child);
        node = child;
      }
    }
  });
  return { value: listsAsArrays(root) as Node, droppedFields, flattenedKeys };
}

function listsAsArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const out: Node = {};
  for (const k of keys) put(out, k, listsAsArrays(value[k] as FormValue));
  const sequential = keys.length > 0 && keys.every((k, i) => k === String(i));
  return sequential ? keys.map((k) => out[k] as FormValue) : out;
}

/** Scalars a payload may carry before encoding: numbers and booleans become text, null and undefined are left out. */
export type EncodableValue =
  string | number | boolean | null | undefined | readonly EncodableValue[] | { readonly [key: string]: EncodableValue };

/** The bracket-key pairs of a nested value, in order: `{contact:{email:'a'}}` → `[['contact[email]','a']]`. */
export function bracketPairs(value: { readonly [key: string]: EncodableValue }): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: EncodableValue, key: string): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) {
      (v as readonly EncodableValue[]).forEach((item, i) => walk(item, `${key}[${i}]`));
    } else if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v as { readonly [key: string]: EncodableValue }))
        walk(child, `${key}[${k}]`);
    } else {
      out.push([key, String(v)]);
    }
  };
  for (const [k, v] of Object.entries(value)) walk(v, k);
  return out;
}

/** Encodes a nested value as AC sends it: form-encoded bracket keys, brackets percent-encoded as PHP's `http_build_query` does. */
export function encodeBracketForm(value: { readonly [key: string]: EncodableValue }): string {
  return bracketPairs(value)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}
