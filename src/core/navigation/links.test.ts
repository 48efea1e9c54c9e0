import { describe, expect, it } from 'vitest';
import { summarize } from '../catalog/catalog-index';
import { catalog } from '../catalog/registry';
import { matchLink, resolveRelation, type Relation } from './links';
import { buildResourceIndex } from './resource-index';

const index = buildResourceIndex(catalog.map((m) => summarize(m, 'test')));
const relation = (url: string): Relation => {
  const m = matchLink(index, url);
  if (m?.kind !== 'relation') throw new Error(`${url} is not a relation: ${JSON.stringify(m)}`);
  return m.relation;
};

describe('matchLink', () => {
  it('matches the catalog path on any origin, with the path parameters filled', () => {
    for (const origin of ['https://acme.api-us1.com', 'http://127.0.0.1:5174', 'https://acme.activehosted.com']) {
      expect(matchLink(index, `${origin}/api/3/contacts/251/contactLists`)).toEqual({
        kind: 'exact',
        target: { methodId: 'v3.contacts.listContactLists', params: { id: '251' }, how: 'exact' },
      });
    }
    expect(matchLink(index, 'https://a.api-us1.com/api/3/ecomOrders/7')).toMatchObject({
      target: { methodId: 'v3.ecomOrders.get', params: { ecomOrderId: '7' } },
    });
  });

  it('prefers the template with more literal segments', () => {
    expect(matchLink(index, 'https://a.api-us1.com/api/3/users/me')).toMatchObject({
      target: { methodId: 'v3.users.me', params: {} },
    });
    expect(matchLink(index, 'https://a.api-us1.com/api/3/users/2')).toMatchObject({
      target: { methodId: 'v3.users.get', params: { id: '2' } },
    });
  });

  it('decodes path segments and ignores the query', () => {
    expect(matchLink(index, 'https://a.api-us1.com/api/3/users/email/a%40b.co?x=1')).toMatchObject({
      target: { methodId: 'v3.users.getByEmail', params: { email: 'a@b.co' } },
    });
  });

  it('reads a relation the catalog has no path for', () => {
    expect(matchLink(index, 'https://a.api-us1.com/api/3/deals/1/stage')).toEqual({
      kind: 'relation',
      relation: { base: 'deals', id: '1', name: 'stage' },
    });
  });

  it.each([
    ['https://a.api-us1.com/admin/api.php?api_action=contact_view'],
    ['not a url'],
    ['https://a.api-us1.com/api/3/nothing/here/at/all'],
  ])('matches nothing for %s', (url) => expect(matchLink(index, url)).toBeUndefined());
});

describe('resolveRelation', () => {
  it('opens the record a to-one link names, by the field of the same name', () => {
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/deals/1/stage'), '2')).toEqual({
      methodId: 'v3.dealStages.get',
      params: { id: '2' },
      how: 'related',
    });
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/contactTags/4/tag'), '2')).toMatchObject({
      methodId: 'v3.tags.get',
      params: { id: '2' },
    });
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/deals/1/group'), '1')).toMatchObject({
      methodId: 'v3.dealGroups.get',
    });
  });

  it('follows a polymorphic reference to the record it names', () => {
    const owner = { type: 'contact', id: '1' };
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/notes/3/owner'), owner)).toEqual({
      methodId: 'v3.contacts.get',
      params: { id: '1' },
      how: 'related',
    });
  });

  it('opens a to-many link as the related list filtered by the parent', () => {
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/dealGroups/1/stages'), ['18', '19'])).toEqual({
      methodId: 'v3.dealStages.list',
      params: { 'filters[d_groupid]': '1' },
      how: 'list',
    });
    expect(
      resolveRelation(index, relation('https://a.api-us1.com/api/3/accounts/2/accountContacts'), undefined),
    ).toEqual({
      methodId: 'v3.accountContacts.list',
      params: { 'filters[account]': '2' },
      how: 'list',
    });
  });

  it('falls back to the record the link belongs to', () => {
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/users/1/configs'), undefined)).toEqual({
      methodId: 'v3.users.get',
      params: { id: '1' },
      how: 'parent',
    });
  });

  it('opens nothing for an empty relation or a record the catalog cannot read', () => {
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/scoreValues/1/deal'), null)).toBeUndefined();
    expect(resolveRelation(index, relation('https://a.api-us1.com/api/3/contactGoals/1/goal'), '3')).toBeUndefined();
  });
});
