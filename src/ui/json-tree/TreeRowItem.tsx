import type { ShownRow } from './tree-source';

interface Props {
  row: ShownRow;
  current: boolean;
  /** A longer cut of the string than the row carries, after "Show more". */
  longText: string | undefined;
  onToggle: (row: ShownRow) => void;
  onShowMore: (row: ShownRow) => void;
  onCopy: (row: ShownRow, what: 'path' | 'value') => void;
}

/** The row's name for assistive technology, without the buttons: `email: "a@b.c"`, `contacts: [20]`. */
export function rowLabel(row: ShownRow): string {
  const value =
    row.type === 'array'
      ? `[${row.count ?? 0}]`
      : row.type === 'object'
        ? `{${row.count ?? 0}}`
        : row.type === 'string'
          ? `"${row.text ?? ''}"`
          : (row.text ?? '');
  return `${row.key ?? 'root'}: ${value}`;
}

/** One line of the tree. Everything renders as text nodes, so hostile strings stay inert. */
export function TreeRowItem({ row, current, longText, onToggle, onShowMore, onCopy }: Props) {
  const name = row.path === '' ? 'root' : row.path;
  const container = row.type === 'object' || row.type === 'array';
  const text = longText ?? row.text ?? '';
  return (
    <>
      {container ? (
        <button
          type="button"
          className="json-toggle"
          tabIndex={-1}
          aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${name}`}
          onClick={() => onToggle(row)}
        >
          {row.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="json-toggle" />
      )}
      {row.key !== null && <span className={row.isIndex ? 'json-index' : 'json-key'}>{row.key}: </span>}
      {container ? (
        <span className="json-count">{row.type === 'array' ? `[${row.count ?? 0}]` : `{${row.count ?? 0}}`}</span>
      ) : (
        <span className={`json-${row.type} json-value`}>{row.type === 'string' ? `"${text}"` : text}</span>
      )}
      {row.type === 'string' && (row.length ?? 0) > text.length && (
        <button type="button" className="link-button" tabIndex={-1} onClick={() => onShowMore(row)}>
          Show more ({((row.length ?? 0) - text.length).toLocaleString('en-US')} more characters)
        </button>
      )}
      <span className={`row-actions${current ? ' shown' : ''}`}>
        <button type="button" tabIndex={-1} aria-label={`Copy path ${name}`} onClick={() => onCopy(row, 'path')}>
          path
        </button>
        <button type="button" tabIndex={-1} aria-label={`Copy value ${name}`} onClick={() => onCopy(row, 'value')}>
          value
        </button>
      </span>
    </>
  );
}
