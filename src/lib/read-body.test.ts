import { describe, expect, it } from 'vitest';
import { readBody } from './read-body';

/** A response streaming `chunks`, with whatever Content-Length header is given (or none). */
function streamed(chunks: readonly string[], contentLength?: number): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
  const headers = contentLength === undefined ? undefined : { 'Content-Length': String(contentLength) };
  return new Response(body, headers ? { headers } : undefined);
}

const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

describe('readBody', () => {
  const chunks = Array.from({ length: 300 }, (_, i) => `{"id":"${i}","name":"é${'x'.repeat(i)}"},`);
  const whole = chunks.join('');
  const size = new TextEncoder().encode(whole).length;

  it('gathers every chunk in order, with a right, missing, too small or too large Content-Length', async () => {
    for (const declared of [size, undefined, 10, size + 5000]) {
      const buffer = await readBody(streamed(chunks, declared));
      expect(buffer.byteLength).toBe(size);
      expect(text(buffer)).toBe(whole);
    }
  });

  it('gives an empty buffer for an empty or absent body', async () => {
    expect((await readBody(streamed([], 0))).byteLength).toBe(0);
    expect((await readBody(new Response(null, { status: 204 }))).byteLength).toBe(0);
  });
});
