import type http from 'node:http';

export type CappedBody =
  | {
      kind: 'body';
      /** At most `maxBodyBytes`. */
      bytes: Buffer;
      /** More was sent than kept. */
      truncated: boolean;
      /** The sender went on past the drain allowance (or announced it would): stop reading and close. */
      cutOff: boolean;
    }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export interface BodyLimits {
  maxBodyBytes: number;
  maxDrainBytes: number;
  bodyTimeoutMs: number;
}

/**
 * Reads a request body keeping at most `maxBodyBytes`. Bytes past that are
 * never stored: up to `maxDrainBytes` more are read and dropped (so an honest
 * client that sent too much still reads the answer), then reading stops. A
 * body announced larger than both by `Content-Length` is not drained at all.
 */
export function readCappedBody(req: http.IncomingMessage, limits: BodyLimits): Promise<CappedBody> {
  const { maxBodyBytes, maxDrainBytes, bodyTimeoutMs } = limits;
  const declared = Number(req.headers['content-length']);
  const hopeless = Number.isFinite(declared) && declared > maxBodyBytes + maxDrainBytes;
  return new Promise((resolve) => {
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let seen = 0;
    let settled = false;
    const finish = (result: CappedBody) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (result.kind !== 'body' || result.cutOff) req.pause();
      resolve(result);
    };
    const body = (cutOff: boolean): CappedBody => ({
      kind: 'body',
      bytes: Buffer.concat(kept, keptBytes),
      truncated: seen > maxBodyBytes,
      cutOff,
    });
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (keptBytes < maxBodyBytes) {
        const part = chunk.subarray(0, maxBodyBytes - keptBytes);
        kept.push(part);
        keptBytes += part.length;
      }
      if (seen > maxBodyBytes + maxDrainBytes || (hopeless && keptBytes >= maxBodyBytes)) finish(body(true));
    };
    const onEnd = () => finish(body(false));
    const onClose = () => finish({ kind: 'aborted' });
    const timer = setTimeout(() => finish({ kind: 'timeout' }), bodyTimeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}
