import { describe, expect, it } from 'vitest';
import { valuesPreview } from './try-it-preview';

describe('valuesPreview', () => {
  it('lists parameters as name=value, keeping bracketed names and typed values readable', () => {
    expect(valuesPreview({ params: { limit: 100, 'orders[id]': 'ASC', id_greater: 0, ids: [1, 2] } })).toEqual([
      'limit=100',
      'orders[id]=ASC',
      'id_greater=0',
      'ids=[1,2]',
    ]);
  });

  it('shows the body as compact JSON after the parameters, clipped when long', () => {
    expect(valuesPreview({ params: {}, body: { fieldRel: { field: 5, relid: 0 } } })).toEqual([
      '{"fieldRel":{"field":5,"relid":0}}',
    ]);
    const [long] = valuesPreview({ params: {}, body: { contact: { email: `${'x'.repeat(200)}@example.org` } } });
    expect(long).toHaveLength(96);
    expect(long?.endsWith('…')).toBe(true);
  });

  it('is empty for a call with nothing to fill', () => {
    expect(valuesPreview({ params: {} })).toEqual([]);
  });
});
