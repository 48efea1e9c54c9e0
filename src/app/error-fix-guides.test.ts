import { describe, expect, it } from 'vitest';
import { ERROR_FIXES } from '../core/catalog/error-fixes';
import { findGuide } from '../features/guides/guide-index';

// The fixes live in core, the guides in a feature: only the app sees both, so the check lives here.
describe('guides named by the error fixes', () => {
  it('all exist', () => {
    const named = ERROR_FIXES.flatMap((f) => f.steps).flatMap((s) => (s.kind === 'guide' ? [s.guideId] : []));
    expect(named).toEqual(expect.arrayContaining(['authentication', 'rate-limits']));
    for (const id of named) expect(findGuide(id), id).toBeDefined();
  });
});
