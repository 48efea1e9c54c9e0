import { describe, expect, it } from 'vitest';
import { summarize } from './catalog-index';
import { catalog } from './registry';
import { searchMethods } from './search';

const index = catalog.map((m) => summarize(m, 'x'));
const ids = (q: string) => searchMethods(index, q).map((m) => m.id);

describe('searchMethods', () => {
  it('puts the exact summary first', () => {
    expect(ids('Create a contact')[0]).toBe('v3.contacts.create');
  });

  it('finds a v1 method by api_action', () => {
    expect(ids('contact_view_email')[0]).toBe('v1.contact_view_email');
  });

  it('finds methods by a parameter name', () => {
    expect(ids('id_greater')).toContain('v3.contacts.list');
  });

  it('requires every word and tolerates missing letters', () => {
    expect(ids('crt contact')).toContain('v3.contacts.create');
    expect(ids('contact zzzz')).toEqual([]);
  });

  it('returns everything in catalog order for an empty query', () => {
    expect(ids('  ')).toEqual(index.map((m) => m.id));
  });
});
