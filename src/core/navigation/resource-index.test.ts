import { describe, expect, it } from 'vitest';
import { summarize } from '../catalog/catalog-index';
import { catalog, findMethod } from '../catalog/registry';
import { singularOf } from './inflect';
import { openInChoices, sendAtOnce } from './open-in';
import { buildResourceIndex, collectionListOf, resolveName, templateSegments } from './resource-index';

const index = buildResourceIndex(catalog.map((m) => summarize(m, 'test')));
const takers = (collection: string) => (index.takers.get(collection) ?? []).map((t) => `${t.methodId} ${t.param}`);

describe('resources derived from the catalog', () => {
  it('names each collection by the root key its Get answers under', () => {
    const checked: string[] = [];
    for (const m of catalog) {
      if (m.api !== 'v3' || m.http !== 'GET' || !/^\/api\/3\/[A-Za-z]+\/\{id\}$/.test(m.path)) continue;
      const example = m.responses.find((r) => r.status === 200)?.example;
      if (typeof example !== 'object' || example === null) continue;
      const collection = m.path.split('/')[3] ?? '';
      expect(Object.keys(example), m.id).toContain(singularOf(collection));
      expect(index.bySingular.get(singularOf(collection))).toBe(collection);
      checked.push(collection);
    }
    expect(checked.length).toBeGreaterThan(30);
  });

  it('finds the Get of every collection that has one, with its id parameter', () => {
    expect(index.itemGet.get('contacts')).toEqual({ methodId: 'v3.contacts.get', param: 'id' });
    expect(index.itemGet.get('ecomOrders')).toEqual({ methodId: 'v3.ecomOrders.get', param: 'ecomOrderId' });
    expect(index.itemGet.get('groupMembers')).toEqual({ methodId: 'v3.groupMembers.get', param: 'groupID' });
    expect(index.itemGet.has('contactTags')).toBe(false);
  });

  it('reads field names as the resources they name, with ActiveCampaign aliases and record context', () => {
    expect(resolveName(index, 'contact')).toBe('contacts');
    expect(resolveName(index, 'listid')).toBe('lists');
    expect(resolveName(index, 'contact_id')).toBe('contacts');
    expect(resolveName(index, 'filters[tagid]')).toBe('tags');
    expect(resolveName(index, 'dealCustomFieldMetumId')).toBe('dealCustomFieldMeta');
    expect(resolveName(index, 'owner')).toBe('users');
    expect(resolveName(index, 'stage')).toBe('dealStages');
    expect(resolveName(index, 'seriesid')).toBe('automations');
    expect(resolveName(index, 'group', 'deals')).toBe('dealGroups');
    expect(resolveName(index, 'group', 'groupLimits')).toBe('groups');
    expect(resolveName(index, 'status')).toBeUndefined();
    expect(resolveName(index, 'relid')).toBeUndefined();
    expect(resolveName(index, 'filter[tag]')).toBeUndefined(); // a personalization tag, not a tag id
  });
});

describe('methods that take an id', () => {
  it('offers a contact Get first, then what hangs off it, then changes, then deletes', () => {
    const roles = (index.takers.get('contacts') ?? []).map((t) => t.role);
    expect(roles[0]).toBe('get');
    expect(roles).toEqual([...roles].sort((a, b) => order(a) - order(b)));
    expect(takers('contacts')[0]).toBe('v3.contacts.get id');
    expect(takers('contacts')).toEqual(
      expect.arrayContaining([
        'v3.contacts.listContactLists id',
        'v3.contacts.update id',
        'v3.contacts.delete id',
        'v3.activities.list contact',
        'v1.contact_view id',
        'v1.contact_tag_add id',
      ]),
    );
  });

  it('takes path parameters named after their collection or another resource', () => {
    expect(takers('groupMembers')).toContain('v3.groupMembers.get groupID');
    expect(takers('messages')).toContain('v3.content.getEditorMarkup messageId');
    expect(takers('customObjects/schemas')).toContain('v3.customObjects.listRecords schemaId');
    expect(takers('contactTags')).toEqual(['v3.contactTags.delete id']);
  });

  it('filters lists by the resources their query parameters name', () => {
    expect(takers('tags')).toContain('v3.contacts.list tagid');
    expect(takers('dealStages')).toContain('v3.deals.list filters[stage]');
    expect(takers('dealGroups')).toContain('v3.dealStages.list filters[d_groupid]');
    expect(takers('tags')).not.toContain('v3.personalizations.list filter[tag]');
  });

  it('reads v1 ids by the action family, with the exceptions named as data', () => {
    expect(takers('lists')).toContain('v1.list_view id');
    expect(takers('lists')).not.toContain('v1.list_field_edit id');
    expect(takers('messages')).not.toContain('v1.message_template_view id');
    expect(takers('dealStages')).toContain('v1.deal_stage_edit id');
    expect([...index.takers.values()].flat().some((t) => t.where.startsWith('account_'))).toBe(false);
  });

  it('puts every id into a parameter its method really has', () => {
    for (const [collection, list] of index.takers) {
      for (const t of list) {
        const method = findMethod(t.methodId);
        expect(method, t.methodId).toBeDefined();
        expect(
          method?.params.map((p) => p.name),
          `${collection}: ${t.methodId}`,
        ).toContain(t.param);
        if (t.via === 'path' && method?.api === 'v3')
          expect(templateSegments(method.path)).toContainEqual({ param: t.param });
      }
    }
  });

  it('sends at once only reads the id alone fully fills', () => {
    let sent = 0;
    const waiting: string[] = [];
    for (const collection of index.takers.keys()) {
      for (const group of openInChoices(index, collection, '7')) {
        for (const choice of group.choices) {
          const method = findMethod(choice.methodId);
          if (!method || !sendAtOnce(method, choice.read, choice.values)) {
            if (choice.read) waiting.push(`${choice.methodId} ${choice.param}`);
            continue;
          }
          sent++;
          expect(['get', 'related']).toContain(choice.role);
          for (const p of method.params)
            if (p.required) expect(choice.values.params, choice.methodId).toHaveProperty([p.name]);
        }
      }
    }
    expect(sent).toBeGreaterThan(50);
    // Reads needing more than the id open filled and wait for Send.
    expect(waiting).toContain('v3.dealGroup.listInaccessible userId');
    expect(waiting).toContain('v1.automation_contact_view contact_id');
  });

  it('puts an id into a repeated parameter as a list', () => {
    const choice = openInChoices(index, 'deals', '7')
      .flatMap((g) => g.choices)
      .find((c) => c.param === 'dealIds[]');
    expect(choice?.values).toEqual({ params: { 'dealIds[]': ['7'] } });
  });

  it('never sends a change or a delete at once', () => {
    const update = findMethod('v3.contacts.update');
    const remove = findMethod('v1.contact_delete');
    expect(update && sendAtOnce(update, false, { params: { id: '7' } })).toBe(false);
    expect(remove && sendAtOnce(remove, false, { params: { id: '7' } })).toBe(false);
  });
});

function order(role: string): number {
  return ['get', 'related', 'change', 'delete'].indexOf(role);
}

describe('the list to find an id in, after a 404', () => {
  it('is the collection the method is about, never the list itself', () => {
    expect(collectionListOf(index, 'v3.contacts.get')).toBe('v3.contacts.list');
    expect(collectionListOf(index, 'v3.contacts.delete')).toBe('v3.contacts.list');
    expect(collectionListOf(index, 'v3.contacts.listContactAutomations')).toBe('v3.contacts.list');
    expect(collectionListOf(index, 'v3.dealStages.update')).toBe('v3.dealStages.list');
    expect(collectionListOf(index, 'v3.contacts.list')).toBeUndefined();
    expect(collectionListOf(index, 'v3.no.such')).toBeUndefined();
  });

  it('exists for nearly every v3 method that documents a 404, and is always a GET without path ids', () => {
    const with404 = catalog.filter((m) => m.api === 'v3' && m.responses.some((r) => r.status === 404));
    const missing: string[] = [];
    for (const m of with404) {
      const list = collectionListOf(index, m.id);
      if (list === undefined) {
        missing.push(m.id);
        continue;
      }
      const listed = findMethod(list);
      expect(listed?.http, list).toBe('GET');
      expect(listed?.api === 'v3' && listed.path.includes('{'), list).toBe(false);
    }
    // A few collections have no list in the API (a geo-IP lookup, the address-group links); those show no button.
    expect(missing.length, missing.join(', ')).toBeLessThanOrEqual(with404.length / 10);
  });
});
