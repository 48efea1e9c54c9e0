import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { bindValues, resolveRef, type RunContext } from './bind';
import type { Recipe } from './types';
import { findShippedRecipe } from './shipped-recipes';
import { evaluateCheck, parseAnswer } from './step-check';

const onboard = shipped('onboard-contact');
const method = (id: string): MethodDef => {
  const m = findMethod(id);
  if (!m) throw new Error(id);
  return m;
};
const step = (id: string) => {
  const s = onboard.steps.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

function context(answers: Record<string, unknown>): RunContext {
  return {
    recipe: onboard,
    inputs: { email: 'recipe-x1@example.com', tag: 'Onboarded x1' },
    answers: new Map(Object.entries(answers)),
  };
}

describe('binding at run time', () => {
  it('fills references from earlier answers and converts them to the types the method wants', () => {
    const ctx = context({ 'create-contact': { contact: { id: '251' } }, 'pick-list': { lists: [{ id: '3' }] } });
    const bound = bindValues(step('subscribe').values, method('v3.contactLists.updateStatus'), ctx);
    // The answers say "251" and "3"; the body's list and contact are whole numbers.
    expect(bound).toEqual({
      ok: true,
      values: { params: {}, body: { contactList: { list: 3, contact: 251, status: 1 } } },
    });
  });

  it('fills inputs', () => {
    const bound = bindValues(step('create-contact').values, method('v3.contacts.create'), context({}));
    expect(bound).toEqual({
      ok: true,
      values: {
        params: {},
        body: { contact: { email: 'recipe-x1@example.com', firstName: 'Robin', lastName: 'Recipe' } },
      },
    });
  });

  it('stops at a reference whose step has not passed, naming the step and the token to replace', () => {
    const ctx = context({ 'create-contact': { contact: { id: '251' } } });
    expect(bindValues(step('subscribe').values, method('v3.contactLists.updateStatus'), ctx)).toEqual({
      ok: false,
      field: 'body.contactList.list',
      message:
        'needs step 2 (pick-list) to have passed first: run it, or type a value in place of {{pick-list.lists.0.id}}.',
    });
  });

  it('stops at a reference whose value is absent in the actual answer (an account with no list)', () => {
    const ctx = context({
      'create-contact': { contact: { id: '251' } },
      'pick-list': { lists: [], meta: { total: '0' } },
    });
    expect(bindValues(step('subscribe').values, method('v3.contactLists.updateStatus'), ctx)).toEqual({
      ok: false,
      field: 'body.contactList.list',
      message: 'should take lists.0.id from the answer of step 2 (pick-list), but that answer has no lists.0.id.',
    });
    const nullId = context({ 'create-contact': { contact: { id: null } } });
    expect(resolveRef({ $ref: 'create-contact', path: 'contact.id' }, nullId)).toMatchObject({ ok: false });
  });

  it('runs the method’s validation on the bound values', () => {
    const ctx = context({ 'create-contact': { contact: { id: 'abc' } }, 'pick-list': { lists: [{ id: '3' }] } });
    expect(bindValues(step('subscribe').values, method('v3.contactLists.updateStatus'), ctx)).toEqual({
      ok: false,
      field: 'body.contactList.contact',
      message: 'contact must be a whole number.',
    });
  });
});

describe('step checks', () => {
  const ctx = context({ 'create-contact': { contact: { id: '251' } } });

  it('passes on the expected status with every field present', () => {
    const result = evaluateCheck(step('create-contact').check, 201, { contact: { id: '251' } }, ctx);
    expect(result).toEqual({
      passed: true,
      lines: [
        { ok: true, text: 'Status 201' },
        { ok: true, text: 'contact.id = 251' },
      ],
    });
  });

  it('fails on another status and on a missing field, one line each', () => {
    const result = evaluateCheck(step('create-contact').check, 422, parseAnswer('{"errors":[]}'), ctx);
    expect(result.passed).toBe(false);
    expect(result.lines).toEqual([
      { ok: false, text: 'Expected status 201, got 422' },
      { ok: false, text: 'No contact.id in the answer' },
    ]);
  });

  it('compares equals as text and resolves references in expected values', () => {
    const check = { status: 200, equals: { id: { $ref: 'create-contact', path: 'contact.id' }, result_code: 1 } };
    expect(evaluateCheck(check, 200, { id: '251', result_code: 1 }, ctx).passed).toBe(true);
    const wrong = evaluateCheck(check, 200, { id: '7', result_code: 0 }, ctx);
    expect(wrong.lines.filter((l) => !l.ok).map((l) => l.text)).toEqual([
      'id is 7, expected 251',
      'result_code is 0, expected 1',
    ]);
  });

  it('reads no answer from an empty or non-JSON body', () => {
    expect(parseAnswer('')).toBeUndefined();
    expect(parseAnswer('<root/>')).toBeUndefined();
  });
});

function shipped(id: string): Recipe {
  const recipe = findShippedRecipe(id);
  if (!recipe) throw new Error(`${id} is not shipped`);
  return recipe;
}
