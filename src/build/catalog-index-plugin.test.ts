import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';
import { catalog } from '../core/catalog/registry';
import type { MethodDef } from '../core/catalog/types';
import { catalogFiles } from './catalog-index-plugin';

describe('catalog index plugin', () => {
  it('finds exactly the methods the registry lists, so the lazy index and the registry cannot drift', async () => {
    const dir = path.resolve(import.meta.dirname, '../core/catalog');
    const ids: string[] = [];
    for (const chunk of catalogFiles(dir)) {
      const mod = (await tsImport(path.join(dir, `${chunk}.ts`), import.meta.url)) as Record<string, unknown>;
      for (const v of Object.values(mod)) if (Array.isArray(v)) ids.push(...(v as MethodDef[]).map((m) => m.id));
    }
    expect(ids.sort()).toEqual(catalog.map((m) => m.id).sort());
  });
});
