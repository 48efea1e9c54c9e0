import { useEffect, useMemo, useState } from 'react';
import { MAIN_THREAD_LIMIT, openLargeBody, openSmallBody, type OpenedBody } from './parse-client';

export type BodyState =
  { status: 'parsing' } | { status: 'failed'; message: string } | ({ status: 'ready' } & OpenedBody);

/** Parses a body where it is cheapest: small ones at once, large ones in the worker while the page stays live. */
export function useOpenedBody(text: string, contentType: string | undefined, blob?: Blob): BodyState {
  const small = text.length < MAIN_THREAD_LIMIT;
  const immediate = useMemo(
    () => (small ? ({ status: 'ready', ...openSmallBody(text, contentType) } as const) : undefined),
    [small, text, contentType],
  );
  const [large, setLarge] = useState<{ text: string; state: BodyState }>();
  useEffect(() => {
    if (small) return;
    let live = true;
    // The Blob, when there is one, is the same body: handing it over avoids copying the text to the worker.
    openLargeBody(blob ?? text, contentType).then(
      (opened) => live && setLarge({ text, state: { status: 'ready', ...opened } }),
      (e: unknown) => live && setLarge({ text, state: { status: 'failed', message: String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [small, text, contentType, blob]);
  if (immediate) return immediate;
  return large?.text === text ? large.state : { status: 'parsing' };
}
