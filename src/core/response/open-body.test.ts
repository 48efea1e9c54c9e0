import { describe, expect, it } from 'vitest';
import { LazyJson } from './lazy-json';
import { openBody } from './open-body';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('openBody', () => {
  it('reads JSON bytes lazily and surfaces the v1 envelope, as text would', () => {
    const body = '{"result_code":0,"result_message":"Failed: no such list","result_output":"json"}';
    const fromBytes = openBody(utf8(body), 'application/json');
    const fromText = openBody(body, 'application/json');
    expect(fromBytes.summary).toEqual({
      kind: 'json',
      format: 'json',
      envelope: { resultCode: '0', resultMessage: 'Failed: no such list' },
    });
    expect(fromText.summary).toEqual(fromBytes.summary);
    expect(fromBytes.model?.rows(0, 9)).toEqual(fromText.model?.rows(0, 9));
  });

  it('explains invalid JSON bytes with the position, exactly as for text', () => {
    const truncated = '{"contacts":[{"id":"1"},{"id":"2"';
    expect(LazyJson.open(utf8(truncated))).toBeUndefined();
    const opened = openBody(utf8(truncated), 'application/json');
    expect(opened.model).toBeUndefined();
    expect(opened.summary).toEqual(openBody(truncated, 'application/json').summary);
    expect(opened.summary).toMatchObject({ kind: 'unparsable', position: { offset: truncated.length } });
  });

  it('sends XML, HTML, empty and byte-order-marked bodies through the text parser', () => {
    const xml = '<?xml version="1.0"?><root><result_code>1</result_code><result_message>OK</result_message></root>';
    expect(openBody(utf8(xml), 'text/xml').summary).toMatchObject({ kind: 'json', format: 'xml' });
    expect(openBody(utf8('<html><body>502</body></html>'), 'text/html').summary.kind).toBe('unparsable');
    expect(openBody(new Uint8Array(0), 'application/json').summary).toEqual({ kind: 'empty' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":1}')]);
    expect(
      openBody(bom, 'application/json')
        .model?.rows(0, 2)
        .map((r) => r.path),
    ).toEqual(['', 'a']);
  });
});
