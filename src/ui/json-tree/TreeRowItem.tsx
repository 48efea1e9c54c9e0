import type { RowAction } from './row-action';
import type { ShownRow } from './tree-source';

interface Props {
  row: ShownRow;
  current: boolean;
  /** A longer cut of the string than the row carries, after "Show more". */
  longText: string | undefined;
  onToggle: (row: ShownRow) => void;
  onShowMore: (row: ShownRow) => void;
  onCopy: (row: ShownRow, what: 'path' | 'value') => void;
  /** The row's own action (see RowActions), if it has one. */
  action?: RowAction | undefined;
  onAction?: (row: ShownRow) => void;
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
export function TreeRowItem({ row, current, longText, onToggle, onShowMore, onCopy, action, onAction }: Props) {
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
      ) : action?.style === 'value' ? (
        <button
          type="button"
          className={`json-${row.type} json-value json-link`}
          tabIndex={-1}
          aria-label={action.name}
          aria-haspopup={action.menu ? 'menu' : undefined}
          onClick={() => onAction?.(row)}
        >
          {row.type === 'string' ? `"${text}"` : text}
        </button>
      ) : (
        <span className={`json-${row.type} json-value`}>{row.type === 'string' ? `"${text}"` : text}</span>
      )}
      {action?.style === 'button' && (
        <button
          type="button"
          className="row-action"
          tabIndex={-1}
          aria-label={action.name}
          aria-haspopup={action.menu ? 'menu' : undefined}
          onClick={() => onAction?.(row)}
        >
          {action.label}
        </button>
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
