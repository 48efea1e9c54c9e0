import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef, ObjectSchema } from '../catalog/types';
import { emptyForm, type RawForm, type RawObject } from './raw-values';
import { requiredKeys } from './required-keys';
import { methodFormSchema } from './to-zod';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

function contactForm(m: MethodDef, contact: Record<string, string>): RawForm {
  const raw = emptyForm(m);
  Object.assign((raw.body as RawObject).contact as RawObject, contact);
  return raw;
}

function parse(m: MethodDef, raw: RawForm) {
  const r = methodFormSchema(m).safeParse(raw);
  return r.success
    ? { ok: true as const, body: r.data.body }
    : { ok: false as const, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

describe('requiredKeys', () => {
  const schema: ObjectSchema = {
    type: 'object',
    required: ['email', 'name'],
    waivers: [{ field: 'email', when: 'allowNullEmail', instead: ['phone'] }],
    properties: {},
  };

  it('is the plain required list while the flag is not set', () => {
    expect([...requiredKeys(schema, {})].sort()).toEqual(['email', 'name']);
    expect([...requiredKeys(schema, { allowNullEmail: 'false' })].sort()).toEqual(['email', 'name']);
  });

  it('swaps the waived field for its replacement when the flag is true (raw text or wire value)', () => {
    expect([...requiredKeys(schema, { allowNullEmail: 'true' })].sort()).toEqual(['name', 'phone']);
    expect([...requiredKeys(schema, { allowNullEmail: true })].sort()).toEqual(['name', 'phone']);
  });
});

describe('phone-only contacts (allowNullEmail) on "Create a contact"', () => {
  const create = method('v3.contacts.create');

  it('still requires email by default, and says how to leave it out', () => {
    const r = parse(create, contactForm(create, { phone: '+1 312 555 0100' }));
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: 'body.contact.email',
          message: 'email is required. To leave it out, set allowNullEmail to true and give phone.',
        },
      ],
    });
  });

  it('sends a phone-only contact when allowNullEmail is true', () => {
    const r = parse(create, contactForm(create, { phone: '+1 312 555 0100', allowNullEmail: 'true' }));
    expect(r).toEqual({ ok: true, body: { contact: { phone: '+1 312 555 0100', allowNullEmail: true } } });
  });

  it('requires the phone instead when allowNullEmail is true and neither is given', () => {
    const r = parse(create, contactForm(create, { allowNullEmail: 'true', firstName: 'Ada' }));
    expect(r).toEqual({
      ok: false,
      issues: [{ path: 'body.contact.phone', message: 'phone is required when allowNullEmail is true.' }],
    });
  });

  it('reports the missing email together with another field’s error', () => {
    const r = parse(create, contactForm(create, { orgid: 'x' }));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual(['body.contact.email', 'body.contact.orgid']);
  });

  it('keeps email required on "Sync a contact", which is keyed on the email', () => {
    const sync = method('v3.contacts.sync');
    const r = parse(sync, contactForm(sync, { phone: '+1 312 555 0100' }));
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'body.contact.email', message: 'email is required.' }]);
  });
});
