import { queryOptions } from '@tanstack/react-query';
import { catalogIndex, chunkLoaders } from 'virtual:catalog-index';
import type { MethodSummary } from '../core/catalog/catalog-index';
import type { MethodDef } from '../core/catalog/types';

export { catalogIndex };

const byId = new Map(catalogIndex.map((m) => [m.id, m]));

/** The index entry of a method, if the id exists. */
export function findSummary(id: string): MethodSummary | undefined {
  return byId.get(id);
}

/** Loads a method's full definition from its group's lazy chunk. */
export async function loadMethod(id: string): Promise<MethodDef> {
  const summary = byId.get(id);
  const loader = summary ? chunkLoaders[summary.chunk] : undefined;
  if (!summary || !loader) throw new Error(`No method has the id “${id}”.`);
  const mod = await loader();
  for (const value of Object.values(mod)) {
    const found = Array.isArray(value) ? (value as MethodDef[]).find((m) => m.id === id) : undefined;
    if (found) return found;
  }
  throw new Error(`The catalog chunk ${summary.chunk} does not contain ${id}.`);
}

/** Query options for a method's definition (cached forever: the catalog is static). */
export function methodQuery(id: string) {
  return queryOptions({
    queryKey: ['method', id],
    queryFn: () => loadMethod(id),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
