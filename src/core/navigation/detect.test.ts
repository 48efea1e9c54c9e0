import { describe, expect, it } from 'vitest';
import { summarize } from '../catalog/catalog-index';
import { catalog } from '../catalog/registry';
import type { PathSegment } from '../response/json-path';
import { detectRow, idLike } from './detect';
import { buildResourceIndex } from './resource-index';

const index = buildResourceIndex(catalog.map((m) => summarize(m, 'test')));
const at = (segments: PathSegment[], value: unknown, subject?: string) => detectRow(index, segments, value, subject);
const id = (collection: string, value: string) => ({ kind: 'id', collection, id: value });

describe('idLike', () => {
  it('accepts positive integers as strings or numbers', () => {
    expect(idLike('251')).toBe('251');
    expect(idLike(12)).toBe('12');
  });
  it.each([['0'], [0], ['-1'], ['1.5'], [1.5], ['007'], [''], ['abc'], [null], [true]])('rejects %j', (v) =>
    expect(idLike(v)).toBeUndefined(),
  );
});

describe('detectRow', () => {
  it('reads `id` as the id of the record that holds it', () => {
    expect(at(['contacts', 3, 'id'], '251')).toEqual(id('contacts', '251'));
    expect(at(['contact', 'id'], '1')).toEqual(id('contacts', '1'));
    expect(at(['contact', 'fieldValues', 0, 'id'], '9')).toEqual(id('fieldValues', '9'));
    expect(at(['contactTags', 0, 'id'], '4')).toEqual(id('contactTags', '4'));
  });

  it('reads a field named after a resource as its id', () => {
    expect(at(['contactTags', 0, 'tag'], '2')).toEqual(id('tags', '2'));
    expect(at(['contactTags', 0, 'contact'], '1')).toEqual(id('contacts', '1'));
    expect(at(['contactLists', 0, 'list'], 3)).toEqual(id('lists', '3'));
    expect(at(['deals', 0, 'owner'], '2')).toEqual(id('users', '2'));
    expect(at(['deals', 0, 'stage'], '4')).toEqual(id('dealStages', '4'));
    expect(at(['deals', 0, 'group'], '1')).toEqual(id('dealGroups', '1'));
    expect(at(['groupLimits', 0, 'group'], '4')).toEqual(id('groups', '4'));
    expect(at(['campaigns', 0, 'seriesid'], '2')).toEqual(id('automations', '2'));
  });

  it('reads items of an id array by the array’s name', () => {
    expect(at(['dealGroup', 'stages', 1], '19')).toEqual(id('dealStages', '19'));
  });

  it('reads v1 rows by the answering action’s subject', () => {
    expect(at(['0', 'id'], '1', 'contacts')).toEqual(id('contacts', '1'));
    expect(at(['id'], '1', 'lists')).toEqual(id('lists', '1'));
    expect(at(['root', '0', 'id'], '1', 'contacts')).toEqual(id('contacts', '1'));
    expect(at(['0', 'listid'], '3', 'contacts')).toEqual(id('lists', '3'));
  });

  it('finds `links` URLs on any origin', () => {
    const url = 'https://acme.api-us1.com/api/3/contacts/251/contactTags';
    expect(at(['contacts', 0, 'links', 'contactTags'], url)).toEqual({ kind: 'link', url });
    expect(at(['contact', 'links', 'notes'], 'http://127.0.0.1:5174/api/3/contacts/1/notes')).toMatchObject({
      kind: 'link',
    });
    expect(at(['contact', 'links', 'x'], 'not a url')).toBeUndefined();
    expect(at(['contact', 'links', 'x'], 'https://example.com/elsewhere')).toBeUndefined();
  });

  it('leaves alone what is not an id of a resource the catalog reads', () => {
    expect(at(['contacts', 0, 'id'], '0')).toBeUndefined();
    expect(at(['contacts', 0, 'bounced_hard'], '1')).toBeUndefined();
    expect(at(['contacts', 0, 'status'], '1')).toBeUndefined();
    expect(at(['meta', 'page_input', 'listid'], 3)).toBeUndefined();
    expect(at(['meta', 'total'], '22')).toBeUndefined();
    expect(at(['notes', 0, 'relid'], '5')).toBeUndefined();
    // A polymorphic reference is not a user because it sits under `owner`.
    expect(at(['dealTasks', 0, 'owner', 'id'], '5')).toBeUndefined();
    expect(at(['geoAddress', 'id'], '2')).toBeUndefined();
    expect(at(['id'], '1')).toBeUndefined();
    expect(at(['contact', 'email'], 'jane@example.org')).toBeUndefined();
  });
});
