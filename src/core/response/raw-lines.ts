import { lastAtMost } from './sorted-search';

/** Start offset of every line of a text; line i runs to the next start minus its "\n". */
export function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

/**
 * The same line starts as `lineStarts(new TextDecoder().decode(bytes))`, read
 * from valid UTF-8 bytes without decoding them: offsets count UTF-16 units
 * (a 4-byte sequence is two), and a leading byte-order mark is not text.
 */
export function lineStartsOfUtf8(bytes: Uint8Array): Uint32Array {
  let count = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) count++;
  const starts = new Uint32Array(count);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let units = 0;
  let from = bom;
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    for (let k = from; k <= i; k++) {
      const b = bytes[k] ?? 0;
      // Lead and ASCII bytes start a character; continuation bytes (10xxxxxx) do not; 4-byte ones are a pair.
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    }
    starts[n++] = units;
    from = i + 1;
  }
  return starts;
}

/**
 * Display rows of a text cut into pieces of at most `width` characters, so a
 * 100 MB single-line body becomes many short rows and never one huge text node.
 */
export class RawRows {
  /** rowStart[i] = first display row of line i; one extra entry holds the total. */
  private readonly rowStart: Float64Array;

  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
    readonly width: number,
  ) {
    this.rowStart = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++) {
      const len = this.lineEnd(i) - (starts[i] ?? 0);
      this.rowStart[i + 1] = (this.rowStart[i] ?? 0) + Math.max(1, Math.ceil(len / width));
    }
  }

  get count(): number {
    return this.rowStart[this.starts.length] ?? 0;
  }

  /** Row `r` as text, and whether it continues the line of the row before it. */
  row(r: number): { text: string; continued: boolean; line: number } {
    const line = this.lineOfRow(r);
    const piece = r - (this.rowStart[line] ?? 0);
    const from = (this.starts[line] ?? 0) + piece * this.width;
    const to = Math.min(this.lineEnd(line), from + this.width);
    return { text: this.text.slice(from, to), continued: piece > 0, line: line + 1 };
  }

  private lineEnd(i: number): number {
    const next = this.starts[i + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  private lineOfRow(r: number): number {
    return lastAtMost(this.rowStart, r, this.starts.length);
  }
}
