import { useMemo } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import { pagingSpecOf } from '../../core/paging/paging-spec';
import type { MethodValues } from '../../core/request/types';
import type { GuardedConnection } from '../../core/safety/decide';
import { FetchAll } from './FetchAll';
import { PageBar } from './PageBar';

/** The page bar and Fetch all under a list method's answer; nothing for other methods. */
export function PagingPanel({
  method,
  connection,
  values,
  exchange,
  busy,
  onStep,
  onOpen,
}: {
  method: MethodDef;
  connection: GuardedConnection | undefined;
  /** The values the answer on screen was sent with. */
  values: MethodValues;
  exchange: Exchange;
  busy: boolean;
  onStep: (values: MethodValues) => void;
  onOpen: (merged: Exchange | undefined) => void;
}) {
  const spec = useMemo(() => pagingSpecOf(method), [method]);
  if (!spec) return null;
  return (
    <div className="paging">
      <PageBar spec={spec} values={values} exchange={exchange} busy={busy} onStep={onStep} />
      <FetchAll key={method.id} method={method} spec={spec} connection={connection} values={values} onOpen={onOpen} />
    </div>
  );
}
