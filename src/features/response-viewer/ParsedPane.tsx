import type { CapturedResponse } from '../../core/exchange/types';
import { JsonTree } from '../../ui/json-tree/JsonTree';
import type { RowActions } from '../../ui/json-tree/row-action';
import { groupDigits } from './format';
import type { BodyState } from './use-opened-body';

/** The body as a navigable tree, or why it cannot be one: never blank, never a crash. */
export function ParsedPane({
  res,
  body,
  rowActions,
}: {
  res: CapturedResponse | undefined;
  body: BodyState | undefined;
  /** Ids and links the tree can open ("Open in…"). */
  rowActions?: RowActions | undefined;
}) {
  return (
    <section className="pane" aria-label="Parsed response">
      <div className="pane-head">
        <h3>Parsed</h3>
        {body?.status === 'ready' && body.summary.kind === 'json' && body.summary.format === 'xml' && (
          <span className="muted small">XML shown as a tree</span>
        )}
      </div>
      <ParsedContent res={res} body={body} rowActions={rowActions} />
    </section>
  );
}

function ParsedContent({
  res,
  body,
  rowActions,
}: {
  res: CapturedResponse | undefined;
  body: BodyState | undefined;
  rowActions: RowActions | undefined;
}) {
  if (!res || !body) return <p className="muted">No response to parse.</p>;
  if (body.status === 'parsing') return <p className="muted">Parsing {groupDigits(res.bodyText.length)} characters…</p>;
  if (body.status === 'failed') return <p className="muted">Could not parse the body: {body.message}</p>;
  const { summary } = body;
  if (summary.kind === 'empty') return <p className="muted">The body is empty (HTTP {res.status}).</p>;
  if (summary.kind === 'unparsable') {
    return (
      <div className="parse-problem" role="note" aria-label="Why the body is not shown as a tree">
        <p>{summary.reason}</p>
        {summary.position && (
          <p className="muted small">
            The raw pane shows the body exactly as received; the problem is at character{' '}
            {(summary.position.offset + 1).toLocaleString('en-US')}.
          </p>
        )}
      </div>
    );
  }
  return (
    <>
      {summary.envelope && (
        <p className={`envelope ${summary.envelope.resultCode === '1' ? 'tone-success' : 'tone-warning'}`}>
          <strong>result_code: {summary.envelope.resultCode}</strong> · result_message: {summary.envelope.resultMessage}
        </p>
      )}
      {body.source && <JsonTree source={body.source} rowActions={rowActions} />}
    </>
  );
}
