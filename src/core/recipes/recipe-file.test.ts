import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { exportRecipe, importRecipe, recipeFileName } from './recipe-file';
import { decodeRecipeLink, encodeRecipeLink } from './recipe-link';
import { findShippedRecipe, shippedRecipes } from './shipped-recipes';
import type { Recipe } from './types';

const KEY = '3b1f9c0e7d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b';
const onboard = shipped('onboard-contact');

/** The onboarding recipe after a user typed their own values, the key among them by mistake. */
const edited: Recipe = {
  ...onboard,
  steps: onboard.steps.map((s) =>
    s.id === 'create-contact'
      ? {
          ...s,
          values: {
            params: {},
            body: { contact: { email: { $input: 'email' }, firstName: 'Zoë', lastName: KEY, phone: `key ${KEY}` } },
          },
        }
      : s,
  ),
};

describe('export and import', () => {
  it.each(shippedRecipes.map((r) => [r.id, r] as const))('%s round-trips through a file', (_id, recipe) => {
    const text = exportRecipe(recipe, { email: 'me@example.com' }, findMethod, []);
    expect(importRecipe(text, findMethod)).toEqual({ ok: true, recipe, inputs: { email: 'me@example.com' } });
  });

  it('keeps the user’s edited values and never the key', () => {
    const text = exportRecipe(edited, { email: 'me@example.com', tag: KEY }, findMethod, [KEY]);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(KEY.slice(0, 20));
    const back = importRecipe(text, findMethod);
    if (!back.ok) throw new Error(back.message);
    expect(back.recipe.steps[0]?.values.body).toEqual({ contact: { email: { $input: 'email' }, firstName: 'Zoë' } });
    expect(back.inputs).toEqual({ email: 'me@example.com' });
    expect(recipeFileName(edited)).toBe('onboard-contact.recipe.json');
  });

  it('drops anything shaped like a key even when the connection’s key is not known', () => {
    const text = exportRecipe(edited, {}, findMethod, []);
    expect(text).not.toContain(KEY);
  });

  it('explains broken JSON with line and column', () => {
    const result = importRecipe('{\n  "format": "activecampaign-explorer-recipe",\n  "version": 1,,\n}', findMethod);
    expect(result).toEqual({
      ok: false,
      message:
        'The file is invalid JSON at line 3, column 16: unexpected ",", expected a property name in double quotes.',
    });
  });

  it('names misshapen fields with their line and column', () => {
    const text = exportRecipe(onboard, {}, findMethod, []).replace(
      '"methodId": "v3.lists.list"',
      '"methodid": "v3.lists.list"',
    );
    const result = importRecipe(text, findMethod);
    if (result.ok) throw new Error('should fail');
    const line = text.split('\n').findIndex((l) => l.includes('"methodid"')) + 1;
    expect(result.message).toContain('The recipe is not in the expected form:');
    expect(result.message).toContain('steps[1].methodId is missing');
    expect(result.message).toMatch(
      new RegExp(`Line ${line}, column \\d+: steps\\[1\\] has an unknown key: “methodid”`),
    );
  });

  it('refuses a recipe that could not run, by step and field, and another kind of file by name', () => {
    const steps = onboard.steps.map((s) =>
      s.id === 'tag-contact'
        ? {
            ...s,
            values: {
              params: {},
              body: { contactTag: { contact: '1', tag: { $ref: 'create-tag', path: 'tag.key' } } },
            },
          }
        : s,
    );
    const result = importRecipe(exportRecipe({ ...onboard, steps }, {}, findMethod, []), findMethod);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        '• Step 5 (tag-contact), body.contactTag.tag: “tag.key” is not in the documented answer of step 4 (Create a tag)',
      ),
    });
    expect(importRecipe('{"format":"har","log":{}}', findMethod)).toEqual({
      ok: false,
      message: 'This file is a “har”, not an explorer recipe (activecampaign-explorer-recipe).',
    });
    expect(importRecipe('  ', findMethod)).toEqual({ ok: false, message: 'The file is empty.' });
  });

  it('reads a bare recipe written by hand', () => {
    expect(importRecipe(JSON.stringify(onboard), findMethod)).toEqual({ ok: true, recipe: onboard, inputs: {} });
  });

  it('refuses malformed references', () => {
    const broken = JSON.stringify({
      ...onboard,
      steps: [{ ...onboard.steps[0], values: { params: {}, body: { contact: { email: { $input: 3 } } } } }],
    });
    const result = importRecipe(broken, findMethod);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('steps[0].values.body.contact.email is not a reference'),
    });
  });
});

describe('share links', () => {
  it('round-trip the recipe with edited values and typed inputs, URL-safe and without the key', () => {
    const encoded = encodeRecipeLink(edited, { email: 'me@example.com' }, findMethod, [KEY]);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    expect(decoded).not.toContain(KEY);
    const back = decodeRecipeLink(encoded, findMethod);
    if (!back.ok) throw new Error(back.message);
    expect(back.inputs).toEqual({ email: 'me@example.com' });
    expect(back.recipe.steps[0]?.values.body).toEqual({ contact: { email: { $input: 'email' }, firstName: 'Zoë' } });
  });

  it('explain a damaged link instead of crashing', () => {
    expect(decodeRecipeLink('%%%', findMethod)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
    const cut = encodeRecipeLink(onboard, {}, findMethod, []).slice(0, 200);
    expect(decodeRecipeLink(cut, findMethod)).toMatchObject({ ok: false });
  });
});

function shipped(id: string): Recipe {
  const recipe = findShippedRecipe(id);
  if (!recipe) throw new Error(`${id} is not shipped`);
  return recipe;
}
