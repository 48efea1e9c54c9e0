import { useCallback, useMemo } from 'react';
import type { Layout } from 'react-resizable-panels';
import * as z from 'zod/mini';
import { readLocal, writeLocal } from '../../lib/session-store';

const sizesSchema = z.array(z.number());

/**
 * Remembered pane sizes shared by every group with the same `key`: each open
 * tab has its own panel ids (DOM ids must be unique), but dragging a splitter
 * in one tab sets the size for all, as in Postman.
 */
export function useSplitSizes(
  key: string,
  panelIds: readonly string[],
): { defaultLayout: Layout | undefined; onLayoutChanged: (layout: Layout) => void } {
  const storageKey = `explorer.split.${key}`;
  const joined = panelIds.join('\n');
  const defaultLayout = useMemo(() => {
    const ids = joined.split('\n');
    const sizes = readLocal(storageKey, sizesSchema);
    if (!sizes || sizes.length !== ids.length) return undefined;
    return Object.fromEntries(ids.map((id, i) => [id, sizes[i] ?? 0]));
  }, [storageKey, joined]);
  const onLayoutChanged = useCallback(
    (layout: Layout) => {
      const sizes = joined.split('\n').map((id) => layout[id]);
      if (sizes.every((s): s is number => typeof s === 'number')) writeLocal(storageKey, sizes);
    },
    [storageKey, joined],
  );
  return { defaultLayout, onLayoutChanged };
}
