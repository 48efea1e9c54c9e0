import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { mapServerErrors } from './server-errors';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

describe('mapServerErrors', () => {
  it('maps pointers under the root key and into arrays; lists the rest', () => {
    const body = {
      errors: [
        {
          title: 'Email address already exists in the system',
          detail: '',
          code: 'duplicate',
          source: { pointer: '/data/attributes/email' },
        },
        {
          title: 'Custom field 9 does not exist',
          code: 'field_invalid',
          source: { pointer: '/data/attributes/fieldValues/1/field' },
        },
        { title: 'Something else', source: { pointer: '/data/attributes/nope' } },
        'Plain string error',
      ],
    };
    const mapped = mapServerErrors(method('v3.contacts.create'), body);
    expect([...mapped.byField]).toEqual([
      ['body.contact.email', 'Email address already exists in the system'],
      ['body.contact.fieldValues.1.field', 'Custom field 9 does not exist'],
    ]);
    expect(mapped.unmatched).toEqual(['Something else (/data/attributes/nope)', 'Plain string error']);
  });

  it('maps a pointer naming a query parameter', () => {
    const mapped = mapServerErrors(method('v3.contacts.list'), {
      errors: [{ title: 'Bad', source: { pointer: '/data/attributes/limit' } }],
    });
    expect([...mapped.byField]).toEqual([['params.p0', 'Bad']]);
  });

  it('ignores bodies without errors', () => {
    expect(mapServerErrors(method('v3.contacts.list'), { message: 'x' }).byField.size).toBe(0);
  });
});
