import type { HistoryRecord } from '../../core/bundle/history-record';
import { formFromValues } from '../../core/form-model/raw-values';
import { buildRequest } from '../../core/request/build-request';
import { encodeLinkValues, VALUES_PARAM } from '../../core/request/deep-link';
import type { Connection } from '../../core/request/types';
import { findSummary, loadMethod } from '../../lib/catalog-client';
import { recordCall } from '../../lib/history-store';
import { bodyBytesOf, sendThroughProxy } from '../../lib/proxy-client';
import { methodPath, navigate } from '../../lib/router';
import { writeSession } from '../../lib/session-store';

/** Whether an entry can go back to its form or be sent again (imported HAR entries have no form values). */
export function canReplay(record: HistoryRecord): boolean {
  return record.values !== undefined && findSummary(record.exchange.methodId) !== undefined;
}

/** Opens the entry's method with the form filled as it was sent (secret parameters are not stored). */
export async function reopenInForm(record: HistoryRecord): Promise<void> {
  if (!record.values) throw new Error('This entry has no form values (it was imported).');
  const method = await loadMethod(record.exchange.methodId);
  const { params, body } = record.values;
  // Both the tab's stored form and the link's values: the method page reads either on mount.
  writeSession(`explorer.form.${method.id}`, formFromValues(method, params, body));
  navigate(`${methodPath(method.id)}?${VALUES_PARAM}=${encodeLinkValues(method, record.values)}`);
}

/** Sends the entry again with the current connection's key, and stores the new call. */
export async function resend(record: HistoryRecord, connection: Connection): Promise<void> {
  if (!record.values) throw new Error('This entry has no form values (it was imported).');
  const method = await loadMethod(record.exchange.methodId);
  const prepared = buildRequest(method, record.values, connection);
  const exchange = await sendThroughProxy(method, prepared);
  // No parser worker holds this body: its Blob is made here, once storing starts (at idle time).
  const bytes = exchange.response && bodyBytesOf(exchange.response);
  await recordCall(exchange, record.values, prepared.secrets, async () => bytes && new Blob([bytes]));
}
