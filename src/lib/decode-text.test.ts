import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('decodes a body of many slices exactly, including characters split across slice boundaries', async () => {
    // 4-, 3- and 2-byte characters at every alignment, over several 2 MB slices.
    const unit = '😀漢é-abc';
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / new TextEncoder().encode(unit).length));
    const bytes = new TextEncoder().encode(text);
    expect(await decodeText(bytes.buffer)).toBe(text);
  });

  it('decodes small and empty bodies in one go, and keeps a leading byte-order mark out as TextDecoder does', async () => {
    expect(await decodeText(new TextEncoder().encode('{"a":"é"}').buffer)).toBe('{"a":"é"}');
    expect(await decodeText(new ArrayBuffer(0))).toBe('');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[1]'.repeat(1_000_000))]);
    expect(await decodeText(withBom.buffer)).toBe('[1]'.repeat(1_000_000));
  });
});
