import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { summarize, type MethodSummary } from '../core/catalog/catalog-index.ts';
import type { MethodDef } from '../core/catalog/types';

const VIRTUAL_ID = 'virtual:catalog-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The catalog's modules, `v3/*.ts` and `v1/*.ts`: group files (one per resource group) and the helpers that hold
 * definitions several groups share (`common.ts`, `deal-account-fields.ts`…). `methodExports` tells them apart.
 */
export function catalogFiles(catalogDir: string): string[] {
  return ['v3', 'v1'].flatMap((api) =>
    fs
      .readdirSync(path.join(catalogDir, api))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => `${api}/${f.slice(0, -3)}`),
  );
}

/**
 * A catalog module's methods: the arrays it exports under a name ending in `Methods`. Its other exports are
 * shared definitions (examples, schemas, parameter lists); a module with no methods is a helper, not a chunk.
 */
export function methodExports(mod: Readonly<Record<string, unknown>>): MethodDef[] {
  return Object.entries(mod).flatMap(([name, value]) =>
    name.endsWith('Methods') && Array.isArray(value) ? (value as MethodDef[]) : [],
  );
}

/**
 * Serves `virtual:catalog-index`: the small method index for the first load,
 * plus one lazy loader per group file, so details arrive only when a method
 * is opened. Computed from the catalog itself at build time: nothing is
 * written twice.
 */
export function catalogIndexPlugin(root: string): Plugin {
  const catalogDir = path.join(root, 'src/core/catalog');
  return {
    name: 'catalog-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { tsImport } = await import('tsx/esm/api');
      const index: MethodSummary[] = [];
      const loaders: string[] = [];
      for (const chunk of catalogFiles(catalogDir)) {
        const file = path.join(catalogDir, `${chunk}.ts`);
        this.addWatchFile(file);
        const mod = (await tsImport(`${file}?t=${Date.now()}`, import.meta.url)) as Record<string, unknown>;
        const methods = methodExports(mod);
        if (methods.length === 0) continue;
        for (const m of methods) index.push(summarize(m, chunk));
        loaders.push(`  ${JSON.stringify(chunk)}: () => import(${JSON.stringify(file)}),`);
      }
      // Sidebar order is the registry's (users and contacts first), not the file names'.
      const registry = (await tsImport(path.join(catalogDir, `registry.ts?t=${Date.now()}`), import.meta.url)) as {
        catalog: readonly MethodDef[];
      };
      const position = new Map(registry.catalog.map((m, i) => [m.id, i]));
      index.sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
      return [
        `export const catalogIndex = ${JSON.stringify(index)};`,
        `export const chunkLoaders = {\n${loaders.join('\n')}\n};`,
      ].join('\n');
    },
  };
}
