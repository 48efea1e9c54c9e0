import type { Recipe } from '../types';

const contactId = { $ref: 'create-contact', path: 'contact.id' };

export const onboardContact: Recipe = {
  id: 'onboard-contact',
  title: 'Onboard a contact',
  summary: 'Create a contact, add it to a list, tag it, add it to an automation.',
  description:
    'What a sign-up form integration does: create the contact, subscribe it to a list, tag it, and start an ' +
    'automation for it. Uses the first list and the first automation of the account; leaves a new contact and tag.',
  inputs: [
    { name: 'email', label: 'Email', kind: 'unique-email' },
    { name: 'tag', label: 'Tag name', kind: 'unique-name', prefix: 'Onboarded' },
  ],
  steps: [
    {
      id: 'create-contact',
      methodId: 'v3.contacts.create',
      does: 'Creates the contact. The email must be new; “Sync a contact” would update an existing one instead.',
      values: { params: {}, body: { contact: { email: { $input: 'email' }, firstName: 'Robin', lastName: 'Recipe' } } },
      check: { status: 201, fields: ['contact.id'] },
      creates: { label: 'Contact', path: 'contact.id' },
    },
    {
      id: 'pick-list',
      methodId: 'v3.lists.list',
      does: 'Finds a list to subscribe the contact to: the first one of the account.',
      values: { params: { limit: 1 } },
      check: { status: 200, fields: ['lists.0.id'] },
    },
    {
      id: 'subscribe',
      methodId: 'v3.contactLists.updateStatus',
      does: 'Subscribes the contact to that list (status 1; status 2 would unsubscribe).',
      values: {
        params: {},
        body: { contactList: { list: { $ref: 'pick-list', path: 'lists.0.id' }, contact: contactId, status: 1 } },
      },
      check: { status: 200, fields: ['contactList.id'] },
    },
    {
      id: 'create-tag',
      methodId: 'v3.tags.create',
      does: 'Creates a contact tag. Tag names are unique in an account, hence the suffix.',
      values: { params: {}, body: { tag: { tag: { $input: 'tag' }, tagType: 'contact' } } },
      check: { status: 201, fields: ['tag.id'] },
      creates: { label: 'Tag', path: 'tag.id' },
    },
    {
      id: 'tag-contact',
      methodId: 'v3.contactTags.create',
      does: 'Puts the tag on the contact: a contactTag links the two by id.',
      values: { params: {}, body: { contactTag: { contact: contactId, tag: { $ref: 'create-tag', path: 'tag.id' } } } },
      check: { status: 201, fields: ['contactTag.id'] },
    },
    {
      id: 'pick-automation',
      methodId: 'v3.automations.list',
      does: 'Finds an automation to start: the first one of the account.',
      values: { params: { limit: 1 } },
      check: { status: 200, fields: ['automations.0.id'] },
    },
    {
      id: 'add-to-automation',
      methodId: 'v3.contactAutomations.create',
      does: 'Adds the contact to that automation. On a real account this can send its emails at once.',
      values: {
        params: {},
        body: {
          contactAutomation: { contact: contactId, automation: { $ref: 'pick-automation', path: 'automations.0.id' } },
        },
      },
      check: { status: 201, fields: ['contactAutomation.id'] },
    },
  ],
  next: [
    { label: 'Get the contact', methodId: 'v3.contacts.get', values: { params: { id: contactId } } },
    {
      label: 'Its custom field values',
      methodId: 'v3.contacts.listFieldValues',
      values: { params: { id: contactId } },
    },
  ],
};
