import { recordId, type PageInfo } from './page';

/** What merging the pages found, in words a user can act on. */
export interface MergeReport {
  pages: number;
  records: number;
  /** The total the first page stated, when it stated one. */
  statedTotal?: number;
  /** Records that came again on a later page (dropped from the merged list). */
  duplicates: number;
  /** Some of the duplicated ids, for the message. */
  duplicateIds: readonly number[];
  /** Records the stated total promised but no page delivered. */
  missing: number;
  /** Whether `meta.total` changed between pages (the data changed while paging). */
  totalChanged: boolean;
  /** Sentences explaining duplicates, gaps and total changes; empty when all is consistent. */
  problems: readonly string[];
}

export interface PageMerge {
  /** Adds the next page (in order). Records whose id was seen before are counted as duplicates and left out. */
  add(page: PageInfo): void;
  readonly rootKey: string;
  readonly count: number;
  readonly pages: number;
  /** Record field names in first-seen order: the CSV columns. */
  readonly columns: readonly string[];
  /** The kept records of page `i`, parsed again from their compact JSON (the merge keeps text, not objects). */
  pageRecords(i: number): unknown[];
  report(finished: boolean): MergeReport;
  /** The merged answer as one JSON document: the root key preserved, `meta` with the stated total and the check. */
  documentText(finished: boolean): string;
}

const MAX_LISTED_IDS = 10;

/**
 * Merges the pages of one list. Each page's kept records are stored as one
 * compact JSON string (a fraction of the heap of 100,000 live objects); the
 * merged document is a join of those strings.
 */
export function createPageMerge(): PageMerge {
  const chunks: string[] = [];
  const seen = new Set<number>();
  const columns: string[] = [];
  const columnSet = new Set<string>();
  const duplicateIds: number[] = [];
  let duplicates = 0;
  let count = 0;
  let rootKey = '';
  let statedTotal: number | undefined;
  let totalChanged = false;
  let lastShortPage: number | undefined;
  let lastPageIndex = -1;

  const merge: PageMerge = {
    add(page) {
      if (chunks.length === 0) {
        rootKey = page.rootKey || 'rows';
        statedTotal = page.total;
      } else if (page.mode !== 'keyset' && page.total !== statedTotal) {
        totalChanged = true;
      }
      const kept: string[] = [];
      for (const record of page.records) {
        const id = recordId(record);
        if (id !== undefined) {
          if (seen.has(id)) {
            duplicates++;
            if (duplicateIds.length < MAX_LISTED_IDS) duplicateIds.push(id);
            continue;
          }
          seen.add(id);
        }
        if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
          for (const key of Object.keys(record)) {
            if (!columnSet.has(key)) {
              columnSet.add(key);
              columns.push(key);
            }
          }
        }
        kept.push(JSON.stringify(record));
      }
      // A short page that is not the last one means records moved out from under the offsets.
      if (lastShortPage === undefined && page.records.length < page.limit) lastShortPage = chunks.length;
      lastPageIndex = chunks.length;
      chunks.push(kept.join(','));
      count += kept.length;
    },
    get rootKey() {
      return rootKey;
    },
    get count() {
      return count;
    },
    get pages() {
      return chunks.length;
    },
    columns,
    pageRecords(i) {
      const chunk = chunks[i];
      return chunk ? (JSON.parse(`[${chunk}]`) as unknown[]) : [];
    },
    report(finished) {
      const missing = finished && statedTotal !== undefined ? Math.max(0, statedTotal - count) : 0;
      const problems: string[] = [];
      const hint = 'The data changed while paging; page by id (keyset paging, id_greater) to get a consistent list.';
      if (duplicates > 0) {
        problems.push(
          `${duplicates} record${duplicates === 1 ? '' : 's'} came twice (ids ${duplicateIds.join(', ')}${duplicates > duplicateIds.length ? ', …' : ''}); the merged list keeps each once. ${hint}`,
        );
      }
      if (missing > 0) {
        problems.push(
          `meta.total said ${statedTotal}, but only ${count} distinct records arrived: ${missing} missing. ${hint}`,
        );
      } else if (finished && statedTotal !== undefined && count > statedTotal) {
        problems.push(`meta.total said ${statedTotal}, but ${count} distinct records arrived. ${hint}`);
      }
      if (lastShortPage !== undefined && lastShortPage < lastPageIndex) {
        problems.push(`Page ${lastShortPage + 1} was short although more pages followed: there is a gap. ${hint}`);
      }
      if (totalChanged && !problems.some((p) => p.includes('meta.total'))) {
        problems.push(`meta.total changed between pages. ${hint}`);
      }
      return {
        pages: chunks.length,
        records: count,
        ...(statedTotal !== undefined ? { statedTotal } : {}),
        duplicates,
        duplicateIds,
        missing,
        totalChanged,
        problems,
      };
    },
    documentText(finished) {
      const r = merge.report(finished);
      const meta = {
        ...(r.statedTotal !== undefined ? { total: String(r.statedTotal) } : {}),
        fetchAll: {
          complete: finished,
          pages: r.pages,
          records: r.records,
          duplicatesDropped: r.duplicates,
          missing: r.missing,
          ...(r.problems.length ? { problems: r.problems } : {}),
        },
      };
      // Joining the per-page strings costs one copy; no record is serialised twice.
      return `{${JSON.stringify(rootKey || 'rows')}:[${chunks.filter((c) => c !== '').join(',')}],"meta":${JSON.stringify(meta)}}`;
    },
  };
  return merge;
}
