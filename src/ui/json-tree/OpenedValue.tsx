/** A long string in full below the tree, after "Show more": the row itself stays one line. */
export function OpenedValue({ path, text, onClose }: { path: string; text: string; onClose: () => void }) {
  return (
    <section className="tree-value" aria-label={`Value of ${path || 'root'}`}>
      <div className="tree-value-head">
        <span className="mono small">{path || 'root'}</span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="tree-value-text mono">{text}</div>
    </section>
  );
}
