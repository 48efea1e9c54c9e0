import { startTransition, useEffect, useState } from 'react';

/**
 * False on the render that mounts the component, true once the frame showing
 * it has been drawn: work gated on it (e.g. content below the fold) runs after
 * that first paint, at transition priority, so typing and clicks stay ahead of it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the frame is drawn; a task it queues runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
