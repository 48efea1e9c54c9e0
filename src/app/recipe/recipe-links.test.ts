import { describe, expect, it } from 'vitest';
import { shippedRecipes } from '../../core/recipes/shipped-recipes';
import { guideIndex } from '../../features/guides/guide-index';

describe('what the shipped recipes suggest next', () => {
  it('names guides that exist', () => {
    const guides = new Set(guideIndex.map((g) => g.id));
    const named = shippedRecipes.flatMap((r) => (r.next ?? []).flatMap((n) => ('guideId' in n ? [n.guideId] : [])));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !guides.has(id))).toEqual([]);
  });
});
