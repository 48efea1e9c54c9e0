import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { checkRecipe, formatProblem } from './check-recipe';
import { recipeSummaries } from './recipe-summaries';
import { shippedRecipes } from './shipped-recipes';
import type { Recipe, RecipeStep } from './types';

const createContact: RecipeStep = {
  id: 'create-contact',
  methodId: 'v3.contacts.create',
  does: 'Creates a contact.',
  values: { params: {}, body: { contact: { email: { $input: 'email' } } } },
  check: { status: 201, fields: ['contact.id'] },
};

/** A two-step recipe whose second step's values the test sets. */
function withTagStep(values: RecipeStep['values'], extra: Partial<RecipeStep> = {}): Recipe {
  return {
    id: 'test',
    title: 'Test',
    summary: 's',
    description: 'd',
    inputs: [{ name: 'email', label: 'Email', kind: 'unique-email' }],
    steps: [
      createContact,
      { id: 'tag-it', methodId: 'v3.contactTags.create', does: 'Tags it.', values, check: { status: 201 }, ...extra },
    ],
  };
}

const lines = (recipe: Recipe) => checkRecipe(recipe, findMethod).map(formatProblem);

describe('every shipped recipe', () => {
  it.each(shippedRecipes.map((r) => [r.id, r] as const))('%s validates against the catalog', (_id, recipe) => {
    expect(lines(recipe)).toEqual([]);
  });

  it('has the title and summary the first-load index shows, in the same order', () => {
    expect(shippedRecipes.map(({ id, title, summary }) => ({ id, title, summary }))).toEqual(
      recipeSummaries.map(({ id, title, summary }) => ({ id, title, summary })),
    );
  });
});

describe('binding is checked before any call', () => {
  it('accepts references to earlier steps, by a path of the documented answer', () => {
    const recipe = withTagStep({
      params: {},
      body: { contactTag: { contact: { $ref: 'create-contact', path: 'contact.id' }, tag: '16' } },
    });
    expect(lines(recipe)).toEqual([]);
  });

  it('names the step and field of a reference to a step that does not exist', () => {
    const recipe = withTagStep({
      params: {},
      body: { contactTag: { contact: { $ref: 'make-contact', path: 'contact.id' }, tag: '16' } },
    });
    expect(lines(recipe)).toEqual([
      'Step 2 (tag-it), body.contactTag.contact: refers to step “make-contact”, which this recipe does not have.',
    ]);
  });

  it('refuses a reference to a later step, and to the step itself', () => {
    const later: Recipe = {
      ...withTagStep({ params: {}, body: { contactTag: { contact: '1', tag: '16' } } }),
    };
    const steps = [...later.steps];
    steps[0] = {
      ...createContact,
      values: { params: {}, body: { contact: { email: { $ref: 'tag-it', path: 'contactTag.id' } } } },
    };
    expect(lines({ ...later, steps })).toEqual([
      'Step 1 (create-contact), body.contact.email: refers to step “tag-it”, which runs later (step 2).',
    ]);
    const self = withTagStep({
      params: {},
      body: { contactTag: { contact: { $ref: 'tag-it', path: 'contactTag.id' }, tag: '16' } },
    });
    expect(lines(self)[0]).toContain('refers to its own step “tag-it”');
  });

  it('refuses a path the referenced step’s documented answer does not have, listing what it has', () => {
    const recipe = withTagStep({
      params: {},
      body: { contactTag: { contact: { $ref: 'create-contact', path: 'contact.identifier' }, tag: '16' } },
    });
    const [line] = lines(recipe);
    expect(line).toMatch(
      /^Step 2 \(tag-it\), body\.contactTag\.contact: “contact\.identifier” is not in the documented answer of step 1 \(Create a contact\); it has .*contact\.id/,
    );
  });

  it('names an unknown method, an unknown input and an unknown parameter', () => {
    const recipe = withTagStep({ params: {}, body: {} }, { methodId: 'v3.contactTag.create' });
    expect(lines(recipe)).toEqual(['Step 2 (tag-it), methodId: No catalog method has the id “v3.contactTag.create”.']);
    const input = withTagStep({ params: {}, body: { contactTag: { contact: { $input: 'who' }, tag: '1' } } });
    expect(lines(input)).toEqual([
      'Step 2 (tag-it), body.contactTag.contact: refers to the input “who”, which the recipe does not declare.',
    ]);
    const param = withTagStep({ params: { limit: 5 }, body: { contactTag: { contact: '1', tag: '1' } } });
    expect(lines(param)).toEqual(['Step 2 (tag-it), params.limit: Add a tag to a contact has no parameter “limit”.']);
  });

  it('runs the method’s own validation, with references standing in as documented values', () => {
    const missing = withTagStep({
      params: {},
      body: { contactTag: { contact: { $ref: 'create-contact', path: 'contact.id' } } },
    });
    expect(lines(missing)).toEqual(['Step 2 (tag-it), body.contactTag.tag: tag is required.']);
    // contact.email is a string in the answer; the list id wants a whole number.
    const wrongType: Recipe = {
      ...withTagStep({ params: {}, body: {} }),
      steps: [
        createContact,
        {
          id: 'subscribe',
          methodId: 'v3.contactLists.updateStatus',
          does: 'Subscribes it.',
          values: {
            params: {},
            body: {
              contactList: { list: { $ref: 'create-contact', path: 'contact.email' }, contact: '1', status: 1 },
            },
          },
          check: { status: 200 },
        },
      ],
    };
    expect(lines(wrongType)).toEqual(['Step 2 (subscribe), body.contactList.list: list must be a whole number.']);
  });

  it('refuses body fields the method does not have and text mixed with a reference', () => {
    const unknownField = withTagStep({ params: {}, body: { contactTag: { contact: '1', tag: '1', colour: 'red' } } });
    expect(lines(unknownField)).toEqual([
      'Step 2 (tag-it), body.contactTag.colour: Add a tag to a contact has no body field “contactTag.colour”.',
    ]);
    const mixed = withTagStep({
      params: {},
      body: { contactTag: { contact: 'id {{create-contact.contact.id}}', tag: '1' } },
    });
    expect(lines(mixed)[0]).toContain('mixes text with a {{…}} reference');
  });

  it('checks the check: documented statuses and fields of the documented answer', () => {
    const recipe = withTagStep(
      { params: {}, body: { contactTag: { contact: '1', tag: '1' } } },
      { check: { status: 210, fields: ['contactTag.colour'] }, creates: { label: 'Link', path: 'contactTag.id' } },
    );
    expect(lines(recipe)).toEqual([
      'Step 2 (tag-it), check.status: 210 is not a status Add a tag to a contact documents (201, 404, 422, 403).',
      'Step 2 (tag-it), check.fields: “contactTag.colour” is not in the documented answer of Add a tag to a contact.',
    ]);
  });

  it('refuses duplicate and malformed step ids', () => {
    const recipe = withTagStep(
      { params: {}, body: { contactTag: { contact: '1', tag: '1' } } },
      { id: 'create-contact' },
    );
    expect(lines(recipe)).toContain('Step 2 (create-contact), id: Another step already has the id “create-contact”.');
    const reserved = withTagStep({ params: {}, body: { contactTag: { contact: '1', tag: '1' } } }, { id: 'input' });
    expect(lines(reserved)[0]).toContain('cannot be a step id');
  });
});
