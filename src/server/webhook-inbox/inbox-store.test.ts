import { describe, expect, it } from 'vitest';
import type { InboxEvent } from '../../core/webhooks/inbox-wire';
import { createInboxStore, type ReceivedDelivery } from './inbox-store';
import { DEFAULT_INBOX_LIMITS } from './limits';

const received = (body: string, over: Partial<ReceivedDelivery> = {}): ReceivedDelivery => ({
  inbox: 'sandbox',
  target: '/webhooks/inbox/sandbox',
  rawHeaders: ['Content-Type', 'application/x-www-form-urlencoded', 'User-Agent', 'sandbox'],
  body: Buffer.from(body),
  truncated: false,
  ...over,
});
const fixedClock = () => new Date('2026-03-01T10:00:00.000Z');

describe('inbox store', () => {
  it('records id, inbox, time, event type, headers and the raw body', () => {
    const store = createInboxStore({ now: fixedClock });
    const summary = store.add(
      received('type=subscribe&contact%5Bemail%5D=a%40b.c', { target: '/webhooks/inbox/sandbox?x=1' }),
    );
    expect(summary).toEqual({
      id: '1',
      inbox: 'sandbox',
      receivedAt: '2026-03-01T10:00:00.000Z',
      eventType: 'subscribe',
      bytes: 41,
      truncated: false,
    });
    expect(store.get('1')).toEqual({
      ...summary,
      target: '/webhooks/inbox/sandbox?x=1',
      headers: [
        { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
        { name: 'User-Agent', value: 'sandbox' },
      ],
      body: 'type=subscribe&contact%5Bemail%5D=a%40b.c',
    });
  });

  it('masks credentials a sender put in its headers', () => {
    const store = createInboxStore();
    store.add(
      received('a=1', { rawHeaders: ['Authorization', 'Basic dTpw', 'cookie', 's=1', 'Api-Token', 'k', 'X-Ok', 'v'] }),
    );
    expect(store.get('1')?.headers.map((h) => h.value)).toEqual(['[REDACTED]', '[REDACTED]', '[REDACTED]', 'v']);
  });

  it('flags a delivery whose body repeats an earlier one in the same inbox, pointing at the earliest kept', () => {
    const store = createInboxStore();
    store.add(received('type=update&contact[id]=1'));
    store.add(received('type=update&contact[id]=2'));
    expect(store.add(received('type=update&contact[id]=1')).duplicateOf).toBe('1');
    expect(store.add(received('type=update&contact[id]=1')).duplicateOf).toBe('1');
    // Another inbox, or the same start of a body that was cut, is not the same delivery.
    expect(store.add(received('type=update&contact[id]=1', { inbox: 'other' })).duplicateOf).toBeUndefined();
    expect(store.add(received('type=update&contact[id]=1', { truncated: true })).duplicateOf).toBeUndefined();
  });

  it('keeps at most maxDeliveries, dropping the oldest and saying which', () => {
    const events: InboxEvent[] = [];
    const store = createInboxStore({ limits: { ...DEFAULT_INBOX_LIMITS, maxDeliveries: 3 } });
    store.subscribe((e) => events.push(e));
    for (let i = 1; i <= 5; i++) store.add(received(`n=${i}`));
    expect(store.snapshot().deliveries.map((d) => d.id)).toEqual(['5', '4', '3']);
    expect(store.get('1')).toBeUndefined();
    expect(events.map((e) => (e.kind === 'delivery' ? e.dropped : []))).toEqual([[], [], [], ['1'], ['2']]);
  });

  it('has room for at most maxInboxes names at once', () => {
    const store = createInboxStore({ limits: { ...DEFAULT_INBOX_LIMITS, maxInboxes: 2 } });
    store.add(received('a=1', { inbox: 'one' }));
    store.add(received('a=1', { inbox: 'two' }));
    expect(store.hasRoomFor('one')).toBe(true);
    expect(store.hasRoomFor('three')).toBe(false);
    store.clear('two');
    expect(store.hasRoomFor('three')).toBe(true);
  });

  it('clears one inbox or all, and tells listeners', () => {
    const events: InboxEvent[] = [];
    const store = createInboxStore();
    store.subscribe((e) => events.push(e));
    store.add(received('a=1', { inbox: 'one' }));
    store.add(received('a=2', { inbox: 'two' }));
    expect(store.clear('one')).toBe(1);
    expect(store.snapshot().deliveries.map((d) => d.inbox)).toEqual(['two']);
    expect(store.clear()).toBe(1);
    expect(store.snapshot().deliveries).toEqual([]);
    expect(events.slice(2)).toEqual([{ kind: 'cleared', inbox: 'one' }, { kind: 'cleared' }]);
  });

  it('lists newest first, with its limits and whether it is persisted', () => {
    const store = createInboxStore({ persisted: true });
    store.add(received('a=1'));
    store.add(received('a=2'));
    const snapshot = store.snapshot();
    expect(snapshot.deliveries.map((d) => d.id)).toEqual(['2', '1']);
    expect(snapshot.persisted).toBe(true);
    expect(snapshot.limits).toEqual({ maxBodyBytes: 262144, maxDeliveries: 200, maxInboxes: 20 });
  });

  it('carries on from a restored state: same deliveries, duplicates still found, ids never reused', () => {
    const first = createInboxStore();
    first.add(received('type=subscribe'));
    first.add(received('type=update'));
    first.clear();
    first.add(received('type=deal_add'));
    const again = createInboxStore({ initial: first.state() });
    expect(again.snapshot().deliveries.map((d) => d.id)).toEqual(['3']);
    expect(again.add(received('type=deal_add'))).toMatchObject({ id: '4', duplicateOf: '3' });
  });
});
