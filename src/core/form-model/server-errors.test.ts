import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import {
  ERROR_BODY_LIMIT,
  mapResponseErrors,
  mapServerErrors,
  mapV1Errors,
  mayCarryFieldErrors,
} from './server-errors';

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

  it('maps pointers into a bare array body', () => {
    const bulk = mapServerErrors(method('v3.dealCustomFieldData.bulkCreate'), {
      errors: [{ title: 'Bad value', source: { pointer: '/data/attributes/1/fieldValue' } }],
    });
    expect([...bulk.byField]).toEqual([['body.1.fieldValue', 'Bad value']]);
  });
});

describe('mapV1Errors', () => {
  const failure = (message: string) => ({ result_code: 0, result_message: message, result_output: 'json' });

  it('puts a message on the parameter it names', () => {
    const mapped = mapV1Errors(method('v1.contact_view_email'), failure('Contact Email Address is not valid.'));
    expect([...mapped.byField]).toEqual([['params.p0', 'Contact Email Address is not valid.']]);
  });

  it('lists a message that names no parameter, and ignores successes', () => {
    const m = method('v1.contact_view_email');
    expect(mapV1Errors(m, failure('Nothing is returned')).unmatched).toEqual(['Nothing is returned']);
    expect(mapV1Errors(m, { result_code: 1, result_message: 'Success: email' }).byField.size).toBe(0);
  });

  it('is chosen by API: v1 failures come with HTTP 200, v3 ones with 422', () => {
    const v1 = method('v1.contact_view_email');
    expect(mapResponseErrors(v1, 200, JSON.stringify(failure('Email is bad'))).byField.size).toBe(1);
    const v3 = method('v3.contacts.create');
    const body = JSON.stringify({ errors: [{ title: 'Dup', source: { pointer: '/data/attributes/email' } }] });
    expect([...mapResponseErrors(v3, 422, body).byField]).toEqual([['body.contact.email', 'Dup']]);
    expect(mapResponseErrors(v3, 200, body).byField.size).toBe(0);
    expect(mapResponseErrors(v3, 422, '<html>').byField.size).toBe(0);
  });
});

describe('mayCarryFieldErrors', () => {
  const v1 = method('v1.contact_view_email');
  const v3 = method('v3.contacts.create');
  it('admits only a v3 422 or a v1 200', () => {
    expect(mayCarryFieldErrors(v3, 422, '{}')).toBe(true);
    expect(mayCarryFieldErrors(v3, 200, '{}')).toBe(false);
    expect(mayCarryFieldErrors(v3, 500, '{}')).toBe(false);
    expect(mayCarryFieldErrors(v1, 200, '{}')).toBe(true);
    expect(mayCarryFieldErrors(v1, 422, '{}')).toBe(false);
  });

  it('skips bodies larger than any error answer, so a huge body is never parsed for errors', () => {
    const errors = { errors: [{ title: 'Dup', source: { pointer: '/data/attributes/email' } }] };
    const padded = JSON.stringify({ ...errors, pad: 'x'.repeat(ERROR_BODY_LIMIT) });
    expect(mayCarryFieldErrors(v3, 422, padded)).toBe(false);
    expect(mapResponseErrors(v3, 422, padded).byField.size).toBe(0);
    expect(mapResponseErrors(v3, 422, JSON.stringify(errors)).byField.size).toBe(1);
  });
});
