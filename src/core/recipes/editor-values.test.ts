import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { formFromValues } from '../form-model/raw-values';
import { previewValues } from '../form-model/to-zod';
import { displayValues, editedValues } from './editor-values';
import type { StepValues, ValueRef } from './types';
import { isStepRef } from './values';

const values: StepValues = {
  params: {},
  body: {
    contactTag: {
      contact: { $ref: 'create-contact', path: 'contact.id' },
      tag: { $ref: 'create-tag', path: 'tag.id' },
    },
  },
};
const method = findMethod('v3.contactTags.create');
if (!method) throw new Error('catalog');
/** create-contact has passed (its contact is 251); create-tag has not. */
const known = (ref: ValueRef) => (isStepRef(ref) && ref.$ref === 'create-contact' ? '251' : undefined);
/** What the editor hands back after showing `shown` and the user typing `edit` into it. */
const roundTrip = (shown: ReturnType<typeof displayValues>) =>
  previewValues(method, formFromValues(method, shown.params, shown.body));

describe('the step editor’s values', () => {
  it('shows known references as their values and the others as {{tokens}}', () => {
    expect(displayValues(values, known)).toEqual({
      params: {},
      body: { contactTag: { contact: '251', tag: '{{create-tag.tag.id}}' } },
    });
  });

  it('keeps every reference when the user changed nothing', () => {
    expect(editedValues(roundTrip(displayValues(values, known)), values, known)).toEqual(values);
  });

  it('keeps what the user typed over a reference, and reads a typed {{token}} as a reference', () => {
    const shown = displayValues(values, known);
    const edited = { ...shown, body: { contactTag: { contact: '7', tag: '{{create-contact.contact.id}}' } } };
    expect(editedValues(roundTrip(edited), values, known)).toEqual({
      params: {},
      body: { contactTag: { contact: '7', tag: { $ref: 'create-contact', path: 'contact.id' } } },
    });
  });

  it('survives a whole-number field holding a token (the form keeps the text until it can bind)', () => {
    const subscribe = findMethod('v3.contactLists.updateStatus');
    if (!subscribe) throw new Error('catalog');
    const step: StepValues = {
      params: {},
      body: { contactList: { list: { $ref: 'pick-list', path: 'lists.0.id' }, contact: 1, status: 1 } },
    };
    const shown = displayValues(step, () => undefined);
    const back = previewValues(subscribe, formFromValues(subscribe, shown.params, shown.body));
    expect(editedValues(back, step, () => undefined)).toEqual(step);
  });
});
