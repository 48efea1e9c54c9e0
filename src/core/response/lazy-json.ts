import type { JsonDoc, ValueType } from './json-doc';
import type { PathSegment } from './json-path';

/**
 * A JSON document read straight from its UTF-8 bytes, parsed only where it
 * is looked at. Opening it is one validating pass that builds no values, so
 * the first rows of a 20 MB body show in tens of milliseconds where
 * `JSON.parse` takes hundreds, and a 100 MB body never becomes gigabytes of
 * objects. A node is the byte offset where its value starts.
 */
export class LazyJson implements JsonDoc<number> {
  /** Children found by the opening pass (root and its children): kept for good. */
  private readonly pinned = new Map<number, Children>();
  /** Children found later, for rows as they are shown; dropped wholesale past a limit to keep memory flat. */
  private recent = new Map<number, Children>();
  private readonly decoder = new TextDecoder();

  private rootAt = 0;

  private constructor(private readonly bytes: Uint8Array) {}

  /** Validates the whole document; undefined when it is not valid JSON (the caller explains why with JSON.parse). */
  static open(bytes: Uint8Array): LazyJson | undefined {
    const doc = new LazyJson(bytes);
    doc.rootAt = doc.validate();
    return doc.rootAt === -1 ? undefined : doc;
  }

  get root(): number {
    return this.rootAt;
  }

  typeOf(node: number): ValueType {
    switch (this.bytes[node]) {
      case OBJ_OPEN:
        return 'object';
      case ARR_OPEN:
        return 'array';
      case QUOTE:
        return 'string';
      case 0x74: // t
      case 0x66: // f
        return 'boolean';
      case 0x6e: // n
        return 'null';
      default:
        return 'number';
    }
  }

  childCount(node: number): number {
    const c = this.bytes[node];
    return c === OBJ_OPEN || c === ARR_OPEN ? this.children(node).starts.length : 0;
  }

  forEachChild(node: number, fn: (child: number, key: PathSegment) => void): void {
    const c = this.bytes[node];
    if (c !== OBJ_OPEN && c !== ARR_OPEN) return;
    const { starts, keys } = this.children(node);
    for (let i = 0; i < starts.length; i++) fn(starts[i] ?? 0, keys ? (keys[i] ?? '') : i);
  }

  childAt(node: number, i: number): number {
    return this.children(node).starts[i] ?? -1;
  }

  keyAt(node: number, i: number): PathSegment {
    const keys = this.children(node).keys;
    return keys ? (keys[i] ?? '') : i;
  }

  scalarText(node: number): string {
    const end = this.skip(node);
    if (this.bytes[node] === QUOTE) return this.decodeString(node, end);
    return String(JSON.parse(this.decoder.decode(this.bytes.subarray(node, end))));
  }

  toJson(node: number): string {
    return JSON.stringify(JSON.parse(this.decoder.decode(this.bytes.subarray(node, this.skip(node)))), null, 2);
  }

  private children(node: number): Children {
    let found = this.pinned.get(node) ?? this.recent.get(node);
    if (found) return found;
    found = this.readChildren(node);
    if (this.recent.size >= RECENT_LIMIT) this.recent = new Map();
    this.recent.set(node, found);
    return found;
  }

  /** Child offsets (and keys) of a container the opening pass has already validated. */
  private readChildren(node: number): Children {
    const b = this.bytes;
    const isObject = b[node] === OBJ_OPEN;
    const starts: number[] = [];
    const keys: string[] | undefined = isObject ? [] : undefined;
    let i = this.ws(node + 1);
    if (b[i] === OBJ_CLOSE || b[i] === ARR_CLOSE) return { starts, keys };
    for (;;) {
      if (keys) {
        const keyEnd = this.skipString(i);
        keys.push(this.decodeString(i, keyEnd));
        i = this.ws(this.ws(keyEnd) + 1); // past the colon
      }
      starts.push(i);
      i = this.ws(this.skip(i));
      if (b[i] !== COMMA) return { starts, keys };
      i = this.ws(i + 1);
    }
  }

  /** End offset of the (valid) value starting at `i`. */
  private skip(i: number): number {
    const b = this.bytes;
    const c = b[i];
    if (c === QUOTE) return this.skipString(i);
    if (c === OBJ_OPEN || c === ARR_OPEN) {
      let depth = 0;
      for (;;) {
        const d = b[i];
        if (d === QUOTE) {
          i = this.skipString(i);
          continue;
        }
        if (d === OBJ_OPEN || d === ARR_OPEN) depth++;
        else if (d === OBJ_CLOSE || d === ARR_CLOSE) {
          if (--depth === 0) return i + 1;
        }
        i++;
      }
    }
    while (i < b.length && !isDelimiter(b[i] ?? 0)) i++;
    return i;
  }

  private skipString(i: number): number {
    const b = this.bytes;
    i++;
    for (;;) {
      const c = b[i];
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
  }

  /** The string between the quotes at [start, end): a fast path for plain ASCII, JSON.parse for the rest. */
  private decodeString(start: number, end: number): string {
    const b = this.bytes;
    if (end - start <= 66) {
      let plain = true;
      for (let i = start + 1; i < end - 1; i++) {
        const c = b[i] ?? 0;
        if (c === BACKSLASH || c >= 0x80) {
          plain = false;
          break;
        }
      }
      if (plain) return String.fromCharCode(...b.subarray(start + 1, end - 1));
    }
    for (let i = start + 1; i < end - 1; i++) {
      if (b[i] === BACKSLASH) return JSON.parse(this.decoder.decode(b.subarray(start, end))) as string;
    }
    return this.decoder.decode(b.subarray(start + 1, end - 1));
  }

  private ws(i: number): number {
    const b = this.bytes;
    for (;;) {
      const c = b[i];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
      i++;
    }
  }

  /**
   * The opening pass: checks the whole grammar without building a value and
   * records the children of the root and of its children. Returns the root's
   * offset, or -1 where the bytes are not one valid JSON value.
   */
  private validate(): number {
    const b = this.bytes;
    const n = b.length;
    const stack: Frame[] = [];
    let i = this.ws(0);
    const root = i;
    for (;;) {
      // A value starts at i.
      const top = stack[stack.length - 1];
      if (top?.starts) top.starts.push(i);
      const c = b[i];
      if (c === OBJ_OPEN || c === ARR_OPEN) {
        const isObject = c === OBJ_OPEN;
        const record = stack.length <= PINNED_DEPTH;
        stack.push({
          start: i,
          isObject,
          starts: record ? [] : undefined,
          keys: record && isObject ? [] : undefined,
        });
        i = this.ws(i + 1);
        if (b[i] === (isObject ? OBJ_CLOSE : ARR_CLOSE)) {
          i = this.close(stack, i);
        } else if (isObject) {
          i = this.key(stack, i);
          if (i === -1) return -1;
          continue;
        } else {
          continue;
        }
      } else if (c === QUOTE) {
        i = this.validString(i);
      } else if (c === 0x74) {
        i = this.literal(i, TRUE);
      } else if (c === 0x66) {
        i = this.literal(i, FALSE);
      } else if (c === 0x6e) {
        i = this.literal(i, NULL);
      } else {
        i = this.validNumber(i);
      }
      // After a value: a comma, a closing bracket, or the end of the document.
      for (;;) {
        if (i === -1) return -1;
        i = this.ws(i);
        const frame = stack[stack.length - 1];
        if (!frame) return i === n ? root : -1;
        const d = b[i];
        if (d === COMMA) {
          i = this.ws(i + 1);
          if (frame.isObject) i = this.key(stack, i);
          break;
        }
        if (d !== (frame.isObject ? OBJ_CLOSE : ARR_CLOSE)) return -1;
        i = this.close(stack, i);
      }
      if (i === -1) return -1;
    }
  }

  /** Reads `"key":` and returns where the value starts, or -1. */
  private key(stack: Frame[], i: number): number {
    if (this.bytes[i] !== QUOTE) return -1;
    const end = this.validString(i);
    if (end === -1) return -1;
    stack[stack.length - 1]?.keys?.push(this.decodeString(i, end));
    const colon = this.ws(end);
    return this.bytes[colon] === COLON ? this.ws(colon + 1) : -1;
  }

  private close(stack: Frame[], i: number): number {
    const frame = stack.pop();
    if (frame?.starts) this.pinned.set(frame.start, { starts: frame.starts, keys: frame.keys });
    return i + 1;
  }

  private validString(i: number): number {
    const b = this.bytes;
    const n = b.length;
    i++;
    for (;;) {
      // Most bytes of a body are plain string characters: one table lookup each.
      while (PLAIN_STRING_BYTE[b[i] ?? 0] === 1) i++;
      if (i >= n) return -1;
      const c = b[i];
      if (c === QUOTE) return i + 1;
      if (c !== BACKSLASH) return -1; // a control character
      const e = b[i + 1];
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(b[i + k] ?? 0)) return -1;
        i += 6;
      } else if (e !== undefined && ESCAPES.has(e)) {
        i += 2;
      } else {
        return -1;
      }
    }
  }

  private validNumber(i: number): number {
    const b = this.bytes;
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (isDigit(b[i])) while (isDigit(b[i])) i++;
    else return -1;
    if (b[i] === 0x2e) {
      i++;
      if (!isDigit(b[i])) return -1;
      while (isDigit(b[i])) i++;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      if (!isDigit(b[i])) return -1;
      while (isDigit(b[i])) i++;
    }
    return i;
  }

  private literal(i: number, word: readonly number[]): number {
    for (let k = 0; k < word.length; k++) if (this.bytes[i + k] !== word[k]) return -1;
    return i + word.length;
  }
}

interface Children {
  starts: number[];
  keys: string[] | undefined;
}

interface Frame extends Partial<Children> {
  start: number;
  isObject: boolean;
}

/** The root and its children keep their child lists: those are the rows every view starts from. */
const PINNED_DEPTH = 1;
const RECENT_LIMIT = 20_000;

const OBJ_OPEN = 0x7b;
const OBJ_CLOSE = 0x7d;
const ARR_OPEN = 0x5b;
const ARR_CLOSE = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];
/** 1 for bytes that stand for themselves inside a string: not a quote, a backslash or a control character. */
const PLAIN_STRING_BYTE = new Uint8Array(256).map((_, c) => (c >= 0x20 && c !== QUOTE && c !== BACKSLASH ? 1 : 0));
/** Characters allowed after a backslash, besides `u`: " \ / b f n r t. */
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isDelimiter(c: number): boolean {
  return c === COMMA || c === OBJ_CLOSE || c === ARR_CLOSE || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
