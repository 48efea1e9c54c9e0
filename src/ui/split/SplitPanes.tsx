import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const MIN = 20;
const MAX = 80;

/**
 * Two panes side by side with a draggable (and keyboard-movable) divider;
 * on narrow screens CSS stacks them and hides the divider.
 */
export function SplitPanes({ left, right, label }: { left: ReactNode; right: ReactNode; label: string }) {
  const [percent, setPercent] = useState(50);
  const ref = useRef<HTMLDivElement>(null);
  const clamp = (p: number) => Math.min(MAX, Math.max(MIN, Math.round(p)));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = ref.current?.getBoundingClientRect();
    if (!box || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    setPercent(clamp(((e.clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowLeft: -5, ArrowRight: 5, Home: MIN - percent, End: MAX - percent }[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    setPercent(clamp(percent + delta));
  };

  return (
    <div
      ref={ref}
      className="panes"
      style={{ '--left': `${percent}fr`, '--right': `${100 - percent}fr` } as CSSProperties}
    >
      {left}
      <div
        className="pane-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={percent}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      {right}
    </div>
  );
}
