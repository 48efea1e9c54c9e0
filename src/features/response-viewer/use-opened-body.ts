import { useEffect, useMemo, useState } from 'react';
import { MAIN_THREAD_LIMIT, openLargeBody, openSmallBody, type OpenedBody } from './parse-client';

export type BodyState =
  { status: 'parsing' } | { status: 'failed'; message: string } | ({ status: 'ready' } & OpenedBody);

/**
 * Opens a body where it is cheapest: small ones at once, large ones in the
 * worker while the page stays live. `bytes`, when given, name the same body
 * as handed to the worker on arrival (`openEarly`): that opening is picked up
 * instead of sending the text again.
 */
export function useOpenedBody(text: string, contentType: string | undefined, bytes?: ArrayBuffer): BodyState {
  const small = text.length < MAIN_THREAD_LIMIT;
  const immediate = useMemo(
    () => (small ? ({ status: 'ready', ...openSmallBody(text, contentType) } as const) : undefined),
    [small, text, contentType],
  );
  const [large, setLarge] = useState<{ text: string; state: BodyState }>();
  useEffect(() => {
    if (small) return;
    let live = true;
    openLargeBody(text, contentType, bytes).then(
      (opened) => live && setLarge({ text, state: { status: 'ready', ...opened } }),
      (e: unknown) => live && setLarge({ text, state: { status: 'failed', message: String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [small, text, contentType, bytes]);
  if (immediate) return immediate;
  return large?.text === text ? large.state : { status: 'parsing' };
}

/** The body's line starts once known (for large bodies they arrive after the first rows). */
export function useLineStarts(body: BodyState): Uint32Array | undefined {
  const starts = body.status === 'ready' ? body.lineStarts : undefined;
  const pending = starts instanceof Promise ? starts : undefined;
  const [known, setKnown] = useState<{ of: Promise<Uint32Array>; starts: Uint32Array }>();
  useEffect(() => {
    if (!pending) return;
    let live = true;
    pending.then(
      (starts) => live && setKnown({ of: pending, starts }),
      () => undefined, // the body was replaced: its newer index is on its way
    );
    return () => {
      live = false;
    };
  }, [pending]);
  if (starts instanceof Uint32Array) return starts;
  return known && known.of === pending ? known.starts : undefined;
}
