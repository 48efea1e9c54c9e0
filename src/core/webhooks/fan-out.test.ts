import { describe, expect, it } from 'vitest';
import { heardOn, webhooksOf, type StoredWebhook } from './fan-out';
import type { Occurrence } from './occurrence';

const hook = (over: Partial<StoredWebhook> = {}): StoredWebhook => ({
  id: '1',
  url: 'http://127.0.0.1:9/',
  events: ['subscribe', 'update', 'contact_tag_added', 'deal_add'],
  sources: ['api'],
  listid: '0',
  ...over,
});

describe('heardOn', () => {
  const subscribe: Occurrence = { type: 'subscribe', list: '3', contactId: '1' };

  it('needs the event and the source', () => {
    expect(heardOn(hook(), subscribe, 'api')).toBe('3');
    expect(heardOn(hook({ events: ['update'] }), subscribe, 'api')).toBeUndefined();
    expect(heardOn(hook({ sources: ['public', 'admin'] }), subscribe, 'api')).toBeUndefined();
  });

  it('a listid narrows list events to its list', () => {
    expect(heardOn(hook({ listid: '3' }), subscribe, 'api')).toBe('3');
    expect(heardOn(hook({ listid: '4' }), subscribe, 'api')).toBeUndefined();
    expect(heardOn(hook({ listid: '4' }), { type: 'subscribe', list: '0' }, 'api')).toBeUndefined();
  });

  it('an update is heard on any list the contact is subscribed to', () => {
    const update: Occurrence = { type: 'update', list: '0', contactLists: ['2', '5'], contactId: '1' };
    expect(heardOn(hook(), update, 'api')).toBe('0');
    expect(heardOn(hook({ listid: '5' }), update, 'api')).toBe('5');
    expect(heardOn(hook({ listid: '4' }), update, 'api')).toBeUndefined();
  });

  it('a listid has no effect on the events ActiveCampaign lists as list-less', () => {
    expect(heardOn(hook({ listid: '4' }), { type: 'contact_tag_added', list: '0', tag: 'x' }, 'api')).toBe('0');
    expect(heardOn(hook({ listid: '4' }), { type: 'deal_add', list: '0', dealId: '1' }, 'api')).toBe('0');
  });
});

describe('webhooksOf', () => {
  it('reads a GET /webhooks answer, skipping malformed rows', () => {
    const answer = {
      webhooks: [
        { id: '1', url: 'http://127.0.0.1/', events: ['subscribe'], sources: ['api'], listid: '2' },
        { id: 7, url: 'http://localhost/', events: 'subscribe', listid: 0 },
        { url: 'http://127.0.0.1/no-id' },
        'junk',
      ],
    };
    expect(webhooksOf(answer)).toEqual([
      { id: '1', url: 'http://127.0.0.1/', events: ['subscribe'], sources: ['api'], listid: '2' },
      { id: '7', url: 'http://localhost/', events: [], sources: [], listid: '0' },
    ]);
    expect(webhooksOf(undefined)).toEqual([]);
  });
});
