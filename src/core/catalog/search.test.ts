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

describe('searchMethods ranking', () => {
  it('ranks whole-word summary matches above fuzzy ones, v3 before v1 at equal rank', () => {
    const found = ids('list contacts');
    // "List contacts (v1)" is the exact summary; the v3 list follows at once, before any fuzzy hit.
    expect(found.slice(0, 2)).toEqual(['v1.contact_list', 'v3.contacts.list']);
  });

  it('puts v3 first when both APIs match equally', () => {
    const found = ids('delete contact');
    const v3 = found.indexOf('v3.contacts.delete');
    const v1 = found.indexOf('v1.contact_delete');
    expect(v3).toBeGreaterThanOrEqual(0);
    expect(v1).toBeGreaterThan(v3);
  });

  it('filters by API version', () => {
    const v1Only = searchMethods(index, 'contact', 'v1');
    expect(v1Only.length).toBeGreaterThan(0);
    expect(v1Only.every((m) => m.api === 'v1')).toBe(true);
    expect(searchMethods(index, '', 'v3').every((m) => m.api === 'v3')).toBe(true);
  });
});
