import { useState } from 'react';

interface NodeProps {
  name: string | null;
  value: unknown;
  depth: number;
  openDepth: number;
}

/** A collapsible JSON tree. Values render as text nodes, so hostile strings stay inert. */
export function JsonTree({ value, openDepth = 3 }: { value: unknown; openDepth?: number }) {
  return (
    <ul className="json-tree mono" role="tree" aria-label="Parsed JSON">
      <JsonNode name={null} value={value} depth={0} openDepth={openDepth} />
    </ul>
  );
}

function JsonNode({ name, value, depth, openDepth }: NodeProps) {
  const [open, setOpen] = useState(depth < openDepth);
  const isContainer = typeof value === 'object' && value !== null;
  const label = name === null ? null : <span className="json-key">{name}: </span>;
  if (!isContainer) {
    return (
      <li role="treeitem" aria-selected={false}>
        {label}
        <Scalar value={value} />
      </li>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const count = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <li role="treeitem" aria-expanded={open} aria-selected={false}>
      <button
        type="button"
        className="json-toggle"
        onClick={() => setOpen(!open)}
        aria-label={`${open ? 'Collapse' : 'Expand'} ${name ?? 'root'}`}
      >
        {open ? '▾' : '▸'}
      </button>
      {label}
      <span className="json-count">{count}</span>
      {open && (
        <ul role="group">
          {entries.map(([k, v]) => (
            <JsonNode key={k} name={k} value={v} depth={depth + 1} openDepth={openDepth} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className="json-string">&quot;{value}&quot;</span>;
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="json-boolean">{String(value)}</span>;
  return <span className="json-null">null</span>;
}
