import { describe, expect, it } from 'vitest';
import { formFromValues } from '../form-model/raw-values';
import { methodFormSchema } from '../form-model/to-zod';
import { ERROR_FIXES, V1_TO_V3, findFix, type Carry } from './error-fixes';
import { catalog, findMethod } from './registry';
import type { MethodDef, Schema } from './types';

function bodyHas(method: MethodDef, path: string): boolean {
  let schema: Schema | undefined = method.api === 'v3' ? method.body : undefined;
  for (const key of path.split('.')) schema = schema?.type === 'object' ? schema.properties[key] : undefined;
  return schema !== undefined;
}

/** Every parameter and body path a carry names exists: on the target, and on the source when it is known. */
function checkCarry(carry: Carry | undefined, target: MethodDef, source: MethodDef | undefined, where: string) {
  for (const [name, from] of Object.entries(carry?.params ?? {})) {
    expect(
      target.params.map((p) => p.name),
      `${where}: ${target.id} has ${name}`,
    ).toContain(name);
    checkSource(from, source, where);
  }
  for (const [path, from] of Object.entries(carry?.body ?? {})) {
    expect(bodyHas(target, path), `${where}: ${target.id} has body ${path}`).toBe(true);
    checkSource(from, source, where);
  }
  if (carry?.sameBody) expect(target.api === 'v3' && target.body, `${where}: ${target.id} takes a body`).toBeTruthy();
}

function checkSource(from: string, source: MethodDef | undefined, where: string) {
  expect(from, where).toMatch(/^(param|body)\./);
  if (!source) return;
  if (from.startsWith('param.'))
    expect(
      source.params.map((p) => p.name),
      where,
    ).toContain(from.slice(6));
  else expect(bodyHas(source, from.slice(5)), `${where}: ${source.id} has ${from}`).toBe(true);
}

describe('ERROR_FIXES', () => {
  it('names only methods that exist, with parameters they have', () => {
    for (const fix of ERROR_FIXES) {
      const source = fix.when.methodId ? findMethod(fix.when.methodId) : undefined;
      if (fix.when.methodId) expect(source, fix.when.methodId).toBeDefined();
      for (const step of fix.steps) {
        if (step.kind !== 'method') continue;
        const target = findMethod(step.methodId);
        expect(target, step.methodId).toBeDefined();
        if (target) checkCarry(step.carry, target, source, JSON.stringify(fix.when));
      }
    }
  });

  it('offers "Sync a contact" for a duplicate email on "Create a contact", and the same body is valid there', () => {
    const fix = findFix({ methodId: 'v3.contacts.create', api: 'v3', status: 422, codes: ['duplicate'] });
    expect(fix?.steps).toEqual([
      expect.objectContaining({ kind: 'method', methodId: 'v3.contacts.sync', carry: { sameBody: true } }),
    ]);
    const create = findMethod('v3.contacts.create');
    const sync = findMethod('v3.contacts.sync');
    const body = { contact: { email: 'jane.doe@example.org', firstName: 'Jane' } };
    for (const m of [create, sync]) {
      expect(m && methodFormSchema(m).safeParse(formFromValues(m, {}, body)).success, m?.id).toBe(true);
    }
  });

  it('matches the specific case before the general one', () => {
    expect(findFix({ methodId: 'v3.contacts.create', api: 'v3', status: 422, codes: ['invalid'] })).toBeUndefined();
    expect(findFix({ methodId: 'v3.contacts.create', api: 'v3', status: 403, codes: [] })?.steps[0]).toMatchObject({
      setting: 'check-key',
    });
    expect(findFix({ methodId: 'v1.contact_view', api: 'v1', status: 200, codes: [], v1: 'failed' })?.steps).toEqual([
      { kind: 'v3-equivalent' },
    ]);
    expect(findFix({ methodId: 'v3.tags.list', api: 'v3', status: 429, codes: [] })?.steps[0]).toMatchObject({
      kind: 'retry',
    });
    expect(findFix({ methodId: 'v3.tags.list', api: 'v3', status: 200, codes: [] })).toBeUndefined();
  });
});

describe('V1_TO_V3', () => {
  it('maps real v1 actions to real v3 methods, carrying parameters both sides have', () => {
    for (const e of V1_TO_V3) {
      const v1 = findMethod(`v1.${e.action}`);
      const v3 = findMethod(e.methodId);
      expect(v1?.api, e.action).toBe('v1');
      expect(v3?.api, e.methodId).toBe('v3');
      if (v1 && v3) checkCarry(e.carry, v3, v1, e.action);
    }
  });

  it('covers the common actions, each once', () => {
    const actions = V1_TO_V3.map((e) => e.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const common of [
      'contact_add',
      'contact_sync',
      'contact_view',
      'contact_view_email',
      'contact_list',
      'list_list',
      'tags_list',
    ])
      expect(actions).toContain(common);
    expect(actions.length).toBeGreaterThan(catalog.filter((m) => m.api === 'v1').length / 4);
  });
});
