import type { Recipe } from '../types';

const fieldId = { $ref: 'create-field', path: 'field.id' };
const contactId = { $ref: 'create-contact', path: 'contact.id' };

export const customField: Recipe = {
  id: 'custom-field',
  title: 'A custom field that shows in the UI',
  summary: 'Create a field, relate it to a list, set it on a contact.',
  description:
    'A custom field created through the API exists, but ActiveCampaign’s contact pages only show it once a ' +
    '*field relation* ties it to a list. This creates a text field, relates it to the first list, and sets it on a ' +
    'new contact. Leaves a field and a contact.',
  inputs: [
    { name: 'title', label: 'Field title', kind: 'unique-name', prefix: 'Membership level' },
    { name: 'email', label: 'Email', kind: 'unique-email' },
  ],
  steps: [
    {
      id: 'create-field',
      methodId: 'v3.fields.create',
      does: 'Creates a text field for contacts.',
      values: { params: {}, body: { field: { title: { $input: 'title' }, type: 'text' } } },
      check: { status: 201, fields: ['field.id'] },
      creates: { label: 'Field', path: 'field.id' },
    },
    {
      id: 'pick-list',
      methodId: 'v3.lists.list',
      does: 'Finds the list the field will belong to: the first one of the account.',
      values: { params: { limit: 1 } },
      check: { status: 200, fields: ['lists.0.id'] },
    },
    {
      id: 'relate-field',
      methodId: 'v3.fieldRels.create',
      does: 'Relates the field to that list: this is what makes it show in the UI (relid 0 would mean every list).',
      values: { params: {}, body: { fieldRel: { field: fieldId, relid: { $ref: 'pick-list', path: 'lists.0.id' } } } },
      check: { status: 201, fields: ['fieldRel.id'] },
    },
    {
      id: 'create-contact',
      methodId: 'v3.contacts.create',
      does: 'Creates a contact to hold a value.',
      values: { params: {}, body: { contact: { email: { $input: 'email' } } } },
      check: { status: 201, fields: ['contact.id'] },
      creates: { label: 'Contact', path: 'contact.id' },
    },
    {
      id: 'set-value',
      methodId: 'v3.fieldValues.create',
      does: 'Sets the field on the contact.',
      values: { params: {}, body: { fieldValue: { contact: contactId, field: fieldId, value: 'Gold' } } },
      check: { status: 200, fields: ['fieldValue.id'], equals: { 'fieldValue.value': 'Gold' } },
    },
  ],
  next: [
    {
      label: 'The contact’s field values',
      methodId: 'v3.contacts.listFieldValues',
      values: { params: { id: contactId } },
    },
    { label: 'Read the Custom fields guide', guideId: 'custom-fields' },
  ],
};
