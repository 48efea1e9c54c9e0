const DEPTHS = [1, 2, 3, 4, 5, 6, 8, 10];

/** The tree toolbar's depth picker with "Expand to depth" and "Collapse all" (off while a filter shows matches only). */
export function DepthControls({
  depth,
  onDepth,
  disabled,
  onExpand,
  onCollapse,
}: {
  depth: number;
  onDepth: (depth: number) => void;
  disabled: boolean;
  onExpand: () => void;
  onCollapse: () => void;
}) {
  return (
    <>
      <label className="small">
        Depth{' '}
        <select value={depth} onChange={(e) => onDepth(Number(e.target.value))}>
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={disabled} onClick={onExpand}>
        Expand to depth
      </button>
      <button type="button" disabled={disabled} onClick={onCollapse}>
        Collapse all
      </button>
    </>
  );
}
