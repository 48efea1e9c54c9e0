import type { Recipe } from '../types';

const contactId = { $ref: 'create-contact', path: 'contact.id' };

export const findContactByEmail: Recipe = {
  id: 'find-contact-by-email',
  title: 'Find a contact by email, v1 then v3',
  summary: 'contact_view_email, then GET /contacts?email=.',
  description:
    'The same question asked of both APIs. v1 answers HTTP 200 even when it finds nothing (look at ' +
    '`result_code`); v3 answers a list, empty when nothing matches. Both read the same contacts, so both find the ' +
    'one created first. Leaves a contact.',
  inputs: [{ name: 'email', label: 'Email', kind: 'unique-email' }],
  steps: [
    {
      id: 'create-contact',
      methodId: 'v3.contacts.create',
      does: 'Creates a contact to look for.',
      values: { params: {}, body: { contact: { email: { $input: 'email' }, firstName: 'Sam' } } },
      check: { status: 201, fields: ['contact.id'] },
      creates: { label: 'Contact', path: 'contact.id' },
    },
    {
      id: 'find-v1',
      methodId: 'v1.contact_view_email',
      does: 'Finds it with v1’s contact_view_email: result_code 1 means found.',
      values: { params: { email: { $input: 'email' } } },
      check: { status: 200, equals: { result_code: 1, id: contactId } },
    },
    {
      id: 'find-v3',
      methodId: 'v3.contacts.list',
      does: 'Finds it with v3: the contacts list filtered by exact email.',
      values: { params: { email: { $input: 'email' } } },
      check: { status: 200, equals: { 'contacts.0.id': contactId } },
    },
  ],
  next: [
    { label: 'Read v1 versus v3', guideId: 'v1-vs-v3' },
    { label: 'Get the contact', methodId: 'v3.contacts.get', values: { params: { id: contactId } } },
  ],
};
