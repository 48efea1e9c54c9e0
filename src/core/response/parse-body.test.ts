import { describe, expect, it } from 'vitest';
import { parseBody, positionAt } from './parse-body';

describe('parseBody', () => {
  it('parses JSON and keeps string ids as strings', () => {
    const r = parseBody('{"contacts":[{"id":"42"}],"meta":{"total":"1"}}', 'application/json');
    expect(r).toEqual({ kind: 'json', format: 'json', value: { contacts: [{ id: '42' }], meta: { total: '1' } } });
  });

  it('explains a truncated body with the position where it stops', () => {
    const r = parseBody('{"contacts":[\n{"id":"1","email":"a@', 'application/json');
    expect(r.kind).toBe('unparsable');
    if (r.kind !== 'unparsable') return;
    expect(r.reason).toMatch(/not valid JSON/);
    expect(r.position).toMatchObject({ line: 2 });
  });

  it('names the line and column of a syntax error', () => {
    const r = parseBody('{\n  "a": 1,\n  "b": x\n}', 'application/json');
    expect(r.kind === 'unparsable' && r.position).toMatchObject({ line: 3, column: 8 });
  });

  it('recognises an HTML error page', () => {
    const r = parseBody('<!doctype html><h1>502</h1>', 'text/html');
    expect(r.kind === 'unparsable' && r.reason).toMatch(/HTML page/);
  });

  it('calls an empty body empty', () => {
    expect(parseBody('', 'application/json')).toEqual({ kind: 'empty' });
  });

  it('recognises binary bodies', () => {
    const r = parseBody('\u0000\u0001\u0002PNG\u0003\u0004\u0005\u0006', 'application/octet-stream');
    expect(r.kind === 'unparsable' && r.reason).toMatch(/binary/);
  });

  it('lifts the v1 envelope out of JSON', () => {
    const r = parseBody('{"result_code":0,"result_message":"Nothing found","result_output":"json"}', 'text/json');
    expect(r.kind === 'json' && r.envelope).toEqual({ resultCode: '0', resultMessage: 'Nothing found' });
  });

  it('parses api_output=xml into the same tree, values kept as strings', () => {
    const xml =
      "<?xml version='1.0' encoding='utf-8'?>\n<root><id>7</id><result_code>1</result_code><result_message>OK</result_message></root>";
    const r = parseBody(xml, 'text/xml; charset=utf-8');
    expect(r).toEqual({
      kind: 'json',
      format: 'xml',
      value: { root: { id: '7', result_code: '1', result_message: 'OK' } },
      envelope: { resultCode: '1', resultMessage: 'OK' },
    });
  });

  it('explains broken XML with its position', () => {
    const r = parseBody('<root>\n<a></b></root>', 'text/xml');
    expect(r.kind).toBe('unparsable');
    expect(r.kind === 'unparsable' && r.position?.line).toBe(2);
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(positionAt('ab', 0)).toEqual({ offset: 0, line: 1, column: 1 });
  });
});
