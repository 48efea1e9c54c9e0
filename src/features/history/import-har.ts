import { readHarText } from '../../core/bundle/har-import';
import { HISTORY_CAP } from '../../core/bundle/history-record';
import { catalogIndex } from '../../lib/catalog-client';
import { historyStore, notifyHistoryChange } from '../../lib/history-store';

/** Larger files are refused before reading: a HAR of a long browsing session can run to hundreds of MB. */
const HAR_SIZE_LIMIT = 50 * 1024 * 1024;

/**
 * Imports a HAR file into history and says what happened in one sentence.
 * Throws a message naming the file and what is wrong with it; a file that
 * fails to read changes nothing in history.
 */
export async function importHarFile(file: File): Promise<string> {
  if (file.size > HAR_SIZE_LIMIT) {
    throw new Error(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; HAR files up to 50 MB can be imported.`,
    );
  }
  let result;
  try {
    result = readHarText(await file.text(), catalogIndex);
  } catch (e) {
    throw new Error(`${file.name} could not be imported. ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const { exchanges, skippedReasons, otherHosts } = result;
  if (exchanges.length === 0) {
    const why = skippedReasons.length ? ` (skipped: ${skippedReasons.join(', ')})` : '';
    throw new Error(`${file.name} holds no call that can be imported${why}.`);
  }
  // Oldest first, so the HAR's order is kept under "newest first"; past the cap only the newest calls fit.
  const ordered = [...exchanges].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).slice(-HISTORY_CAP);
  const before = (await historyStore.list()).records.length;
  for (const exchange of ordered) await historyStore.add({ exchange });
  notifyHistoryChange();
  const parts = [`Imported ${ordered.length} call${ordered.length === 1 ? '' : 's'} from ${file.name}`];
  if (otherHosts > 0) parts.push(`${otherHosts} to other hosts (not ActiveCampaign)`);
  if (skippedReasons.length) parts.push(`skipped ${skippedReasons.join(', ')}`);
  if (ordered.length < exchanges.length) parts.push(`only the newest ${HISTORY_CAP} fit in history`);
  const dropped = Math.max(0, before + ordered.length - HISTORY_CAP);
  if (dropped > 0) parts.push(`history keeps ${HISTORY_CAP} calls, so the ${dropped} oldest were dropped`);
  return `${parts.join('; ')}.`;
}
