import type http from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCappedBody } from './read-capped-body';

const LIMITS = { maxBodyBytes: 10, maxDrainBytes: 20, bodyTimeoutMs: 200 };

/** A request body as a stream the test writes to, with the headers the reader looks at. */
function fakeRequest(headers: http.IncomingHttpHeaders = {}) {
  const stream = new PassThrough();
  let read = 0;
  stream.on('data', (c: Buffer) => (read += c.length));
  return { req: Object.assign(stream, { headers }) as unknown as http.IncomingMessage, stream, read: () => read };
}

describe('readCappedBody', () => {
  it('keeps a body within the cap whole', async () => {
    const { req, stream } = fakeRequest();
    const reading = readCappedBody(req, LIMITS);
    stream.end('type=x&a=1');
    expect(await reading).toEqual({ kind: 'body', bytes: Buffer.from('type=x&a=1'), truncated: false, cutOff: false });
  });

  it('keeps the first bytes of a longer body, flags it, and drains the rest within the allowance', async () => {
    const { req, stream } = fakeRequest();
    const reading = readCappedBody(req, LIMITS);
    stream.write('0123456789abc');
    stream.end('defghij');
    const body = await reading;
    expect(body).toEqual({ kind: 'body', bytes: Buffer.from('0123456789'), truncated: true, cutOff: false });
  });

  it('stops reading a sender that goes on past the drain allowance', async () => {
    const { req, stream, read } = fakeRequest();
    const reading = readCappedBody(req, LIMITS);
    stream.write('x'.repeat(31));
    const body = await reading;
    expect(body).toMatchObject({ kind: 'body', truncated: true, cutOff: true });
    stream.write('y'.repeat(1000));
    await new Promise((r) => setTimeout(r, 20));
    expect(read()).toBe(31);
  });

  it('does not drain a body announced too large to drain', async () => {
    const { req, stream, read } = fakeRequest({ 'content-length': '1000' });
    const reading = readCappedBody(req, LIMITS);
    stream.write('z'.repeat(12));
    expect(await reading).toMatchObject({ kind: 'body', bytes: Buffer.from('z'.repeat(10)), cutOff: true });
    expect(read()).toBe(12);
  });

  it('gives up on a body that does not arrive in time, and on a sender that hangs up', async () => {
    const slow = fakeRequest();
    const reading = readCappedBody(slow.req, LIMITS);
    slow.stream.write('type=');
    expect(await reading).toEqual({ kind: 'timeout' });

    const gone = fakeRequest();
    const aborted = readCappedBody(gone.req, LIMITS);
    gone.stream.write('ty');
    gone.stream.destroy();
    expect(await aborted).toEqual({ kind: 'aborted' });
  });
});
