import { describe, expect, it } from 'vitest';
import { findMethod } from '../../core/catalog/registry';
import { formFromValues } from '../../core/form-model/raw-values';
import { methodFormSchema } from '../../core/form-model/to-zod';
import { findRecipeSummary } from '../../core/recipes/recipe-summaries';
import type { TabTarget } from '../../core/workspace/tab-target';
import { parseInline, type InlineToken } from '../../ui/markdown/parse-inline';
import { loadGuide } from './guide-content';
import type { GuideBlock, GuideContent } from './guide-format';
import { findGuide, guideIndex } from './guide-index';
import { internalTarget } from './guide-targets';

const guides: GuideContent[] = await Promise.all(guideIndex.map((g) => loadGuide(g.id)));

/** Every piece of inline Markdown in a block. */
function texts(block: GuideBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [block.text];
    case 'list':
      return [...block.items];
    case 'callout':
      return [block.title, block.text];
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'try':
    case 'go':
      return [block.label];
    default:
      return [];
  }
}

function tokens(list: readonly InlineToken[]): InlineToken[] {
  return list.flatMap((t) => [t, ...('children' in t ? tokens(t.children) : [])]);
}

function hrefs(content: GuideContent): string[] {
  return content.blocks
    .flatMap(texts)
    .flatMap((text) => tokens(parseInline(text)).flatMap((t) => (t.type === 'link' ? [t.href] : [])));
}

function linkedTargets(content: GuideContent): TabTarget[] {
  return content.blocks.flatMap((b): TabTarget[] =>
    b.kind === 'go' ? [b.target] : b.kind === 'see' ? [...b.targets] : [],
  );
}

function exists(target: TabTarget): boolean {
  switch (target.kind) {
    case 'method':
      return findMethod(target.id) !== undefined;
    case 'guide':
      return findGuide(target.id) !== undefined;
    case 'recipe':
      return findRecipeSummary(target.id) !== undefined;
    case 'webhooks':
      return true;
  }
}

const tries = guides.flatMap((g) => g.blocks.flatMap((b) => (b.kind === 'try' ? [{ guide: g.id, ...b }] : [])));

describe('guides', () => {
  it('every guide in the index has content, under its own id, with at least one "Try it"', () => {
    expect(guides.map((g) => g.id)).toEqual(guideIndex.map((g) => g.id));
    for (const g of guides) {
      expect(g.blocks.length, g.id).toBeGreaterThan(5);
      expect(g.blocks.some((b) => b.kind === 'try')).toBe(true);
    }
  });

  it('an unknown guide id is a clear error', async () => {
    await expect(loadGuide('nope')).rejects.toThrow('No guide has the id “nope”.');
    await expect(loadGuide('toString')).rejects.toThrow('No guide has the id');
  });

  it.each(tries.map((t) => [`${t.guide}: ${t.label}`, t] as const))(
    '"Try it" %s names a catalog method, and its values pass that method\'s form unchanged',
    (_name, t) => {
      const method = findMethod(t.methodId);
      expect(method, t.methodId).toBeDefined();
      if (!method) return;
      // The same path MethodPage takes for a preset: wire values -> raw form -> strict validation -> wire values.
      const raw = formFromValues(method, t.values.params, t.values.body);
      const parsed = methodFormSchema(method).safeParse(raw);
      expect(parsed.error?.issues ?? [], t.methodId).toEqual([]);
      // Equal output proves no value was dropped (an unknown parameter) or changed (a number given as text).
      expect(parsed.data).toEqual(t.values);
    },
  );

  it.each(guides.map((g) => [g.id, g] as const))('every link in %s leads somewhere that exists', (_id, g) => {
    for (const href of hrefs(g)) {
      if (/^https:\/\//.test(href)) continue;
      const target = internalTarget(href);
      expect(target, `${g.id}: ${href} is neither https nor a workspace path`).toBeDefined();
      if (target) expect(exists(target), `${g.id}: ${href}`).toBe(true);
    }
    for (const target of linkedTargets(g)) expect(exists(target), `${g.id}: ${JSON.stringify(target)}`).toBe(true);
  });

  it.each(guides.map((g) => [g.id, g] as const))('the Markdown of %s is well formed (no stray backticks)', (_id, g) => {
    for (const text of g.blocks.flatMap(texts)) {
      const stray = tokens(parseInline(text)).filter((t) => t.type === 'text' && t.text.includes('`'));
      expect(stray, text).toEqual([]);
    }
  });

  it('links to every other guide from some guide, so none is a dead end to reach', () => {
    const reached = new Set(
      guides.flatMap((g) => [
        ...hrefs(g).flatMap((href) => {
          const t = internalTarget(href);
          return t?.kind === 'guide' ? [t.id] : [];
        }),
        ...linkedTargets(g).flatMap((t) => (t.kind === 'guide' ? [t.id] : [])),
      ]),
    );
    // The first guide is the entry point (home view, sidebar); every other one is linked from another guide.
    expect(guideIndex.slice(1).filter((g) => !reached.has(g.id))).toEqual([]);
  });
});
