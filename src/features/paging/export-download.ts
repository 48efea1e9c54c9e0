import { EXPORT_TYPES, exportParts, type ExportFormat } from '../../core/paging/export';
import type { PageMerge } from '../../core/paging/merge';

/** Builds the export page by page, yielding to the browser between pages, then saves it as a file. */
export async function downloadExport(merge: PageMerge, format: ExportFormat, baseName: string): Promise<void> {
  const parts: string[] = [];
  const pages = function* () {
    for (let i = 0; i < merge.pages; i++) yield merge.pageRecords(i);
  };
  let n = 0;
  for (const part of exportParts(format, merge.columns, pages())) {
    parts.push(part);
    // About one page per task: a 100,000-record export never blocks the page for long.
    if (++n % 2 === 0) await new Promise((r) => setTimeout(r, 0));
  }
  const url = URL.createObjectURL(new Blob(parts, { type: EXPORT_TYPES[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${baseName}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
