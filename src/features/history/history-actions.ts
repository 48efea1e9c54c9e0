import type { HistoryRecord } from '../../core/bundle/history-record';
import { formFromValues } from '../../core/form-model/raw-values';
import { encodeLinkValues, VALUES_PARAM } from '../../core/request/deep-link';
import type { GuardedConnection } from '../../core/safety/decide';
import { findSummary, loadMethod } from '../../lib/catalog-client';
import { methodPath, navigate } from '../../lib/router';
import { sendCall } from '../../lib/send-call';
import { formStorageKey, writeSession } from '../../lib/session-store';

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
  writeSession(formStorageKey(method.id), formFromValues(method, params, body));
  navigate(`${methodPath(method.id)}?${VALUES_PARAM}=${encodeLinkValues(method, record.values)}`);
}

/** Sends the entry again with the current connection's key, and stores the new call. */
export async function resend(record: HistoryRecord, connection: GuardedConnection): Promise<void> {
  if (!record.values) throw new Error('This entry has no form values (it was imported).');
  const method = await loadMethod(record.exchange.methodId);
  // The same path as the method page's Send; waits until the new call is stored, so the list shows it at once.
  await sendCall({ method, values: record.values, connection }, { awaitRecord: true });
}
