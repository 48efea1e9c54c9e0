import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS, readPastedDelivery } from './pasted-delivery';

const BODY = 'type=subscribe&contact%5Bemail%5D=jane%40example.org';

describe('readPastedDelivery', () => {
  it('takes a bare body as the body, line ends around it dropped', () => {
    const pasted = readPastedDelivery(`\n${BODY}\r\n`);
    expect(pasted).toMatchObject({ body: BODY, headers: [], contentType: undefined, truncated: false, notes: [] });
  });

  it('splits a whole request as a tunnel prints it', () => {
    const pasted = readPastedDelivery(
      `POST /hooks/ac HTTP/1.1\r\nHost: abc.tunnel.test\r\nContent-Type: application/x-www-form-urlencoded\r\nUser-Agent: ActiveCampaign/1.0\r\n\r\n${BODY}`,
    );
    expect(pasted.body).toBe(BODY);
    expect(pasted.contentType).toBe('application/x-www-form-urlencoded');
    expect(pasted.headers).toEqual([
      { name: 'Host', value: 'abc.tunnel.test' },
      { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      { name: 'User-Agent', value: 'ActiveCampaign/1.0' },
    ]);
    expect(pasted.notes).toEqual([]);
  });

  it('splits headers pasted without a request line', () => {
    const pasted = readPastedDelivery(`content-type: application/x-www-form-urlencoded\n\n${BODY}`);
    expect(pasted.headers).toEqual([{ name: 'content-type', value: 'application/x-www-form-urlencoded' }]);
    expect(pasted.body).toBe(BODY);
  });

  it('keeps a body with blank lines whole when nothing before them is a header', () => {
    expect(readPastedDelivery('type=update\n\nlist=1').body).toBe('type=update\n\nlist=1');
  });

  it.each([
    ['', /no body to decode/],
    ['{"type":"subscribe"}', /looks like JSON/],
    ['hello there', /No key=value pair/],
    [`Content-Type: application/json\n\n${BODY}`, /pasted Content-Type is application\/json/],
  ])('explains a paste that is not a form body: %j', (text, note) => {
    expect(readPastedDelivery(text).notes.join(' ')).toMatch(note);
  });

  it('cuts a paste past the limit and says so', () => {
    const pasted = readPastedDelivery(`a=${'x'.repeat(MAX_PASTE_CHARS)}`);
    expect(pasted.truncated).toBe(true);
    expect(pasted.body).toHaveLength(MAX_PASTE_CHARS);
    expect(pasted.notes[0]).toMatch(/Only the first 262,144 characters/);
  });
});
