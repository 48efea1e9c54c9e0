import { describe, expect, it } from 'vitest';
import { camelCase, singularOf } from './inflect';

describe('singularOf', () => {
  it.each([
    ['contacts', 'contact'],
    ['addresses', 'address'],
    ['activities', 'activity'],
    ['dealCustomFieldMeta', 'dealCustomFieldMetum'],
    ['accountCustomFieldData', 'accountCustomFieldDatum'],
    ['tasktypeOutcomeRels', 'tasktypeOutcomeRel'],
    ['access', 'access'],
  ])('%s → %s', (plural, singular) => expect(singularOf(plural)).toBe(singular));
});

describe('camelCase', () => {
  it('joins snake_case words', () => expect(camelCase('deal_tasktype')).toBe('dealTasktype'));
  it('leaves camelCase alone', () => expect(camelCase('dealStage')).toBe('dealStage'));
});
