import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';
import { catalog } from '../core/catalog/registry';
import { catalogFiles, catalogIndexPlugin, methodExports } from './catalog-index-plugin';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'src/core/catalog');

describe('catalog index plugin', () => {
  it('finds exactly the methods the registry lists, so the lazy index and the registry cannot drift', async () => {
    const ids: string[] = [];
    for (const chunk of catalogFiles(dir)) {
      const mod = (await tsImport(path.join(dir, `${chunk}.ts`), import.meta.url)) as Record<string, unknown>;
      ids.push(...methodExports(mod).map((m) => m.id));
    }
    expect(ids.sort()).toEqual(catalog.map((m) => m.id).sort());
  });

  it('takes only the `…Methods` arrays: shared examples and parameter lists beside them are not methods', () => {
    const method = catalog[0];
    const mod = { tagsMethods: [method], tagTypes: ['contact', 'template'], tagExample: { tag: 'vip' } };
    expect(methodExports(mod)).toEqual([method]);
    expect(methodExports({ fieldTypes: ['text'], pageParams: [{ name: 'limit' }] })).toEqual([]);
  });

  it('gives a lazy loader to every group file with methods and none to a helper module', async () => {
    const plugin = catalogIndexPlugin(root);
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string>;
    const watched: string[] = [];
    const code = await load.call({ addWatchFile: (file) => watched.push(file) }, '\0virtual:catalog-index');
    const loaded = [...code.matchAll(/^ {2}"([^"]+)": \(\) => import\(/gm)].map((m) => m[1]);
    const indexed = JSON.parse(/^export const catalogIndex = (.*);$/m.exec(code)?.[1] ?? '[]') as { chunk: string }[];
    expect([...loaded].sort()).toEqual([...new Set(indexed.map((m) => m.chunk))].sort());
    expect(loaded).not.toContain('v3/common');
    expect(loaded).not.toContain('v1/common');
    // A change to a helper changes the methods that use it: the index must rebuild.
    expect(watched).toContain(path.join(dir, 'v3/common.ts'));
  });
});
