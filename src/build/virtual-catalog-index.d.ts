declare module 'virtual:catalog-index' {
  import type { MethodSummary } from '../core/catalog/catalog-index';
  /** Every method's summary, in catalog file order. */
  export const catalogIndex: readonly MethodSummary[];
  /** Lazy loaders, one per catalog group file; each module exports arrays of MethodDef. */
  export const chunkLoaders: Readonly<Record<string, () => Promise<Record<string, unknown>>>>;
}
