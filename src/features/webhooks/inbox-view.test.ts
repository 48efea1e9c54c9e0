import { describe, expect, it } from 'vitest';
import type { DeliverySummary, InboxSnapshot } from '../../core/webhooks/inbox-wire';
import {
  applyInboxEvent,
  clockTime,
  decodePayload,
  deliveryRowName,
  eventFilterOptions,
  filterByEvent,
  shortBytes,
} from './inbox-view';

const d = (id: string, over: Partial<DeliverySummary> = {}): DeliverySummary => ({
  id,
  inbox: 'sandbox',
  receivedAt: '2026-03-01T10:00:00.000Z',
  eventType: 'subscribe',
  bytes: 100,
  truncated: false,
  ...over,
});
const snapshot = (deliveries: DeliverySummary[]): InboxSnapshot => ({
  deliveries,
  limits: { maxBodyBytes: 262144, maxDeliveries: 200, maxInboxes: 20 },
  persisted: false,
});

describe('applyInboxEvent', () => {
  it('takes a snapshot whole, then puts each new delivery on top', () => {
    let state = applyInboxEvent(undefined, { kind: 'snapshot', snapshot: snapshot([d('2'), d('1')]) });
    state = applyInboxEvent(state, { kind: 'delivery', delivery: d('3'), dropped: [] });
    expect(state?.deliveries.map((x) => x.id)).toEqual(['3', '2', '1']);
  });

  it('drops what the server dropped, and never lists a delivery twice', () => {
    let state = applyInboxEvent(undefined, { kind: 'snapshot', snapshot: snapshot([d('2'), d('1')]) });
    state = applyInboxEvent(state, { kind: 'delivery', delivery: d('3'), dropped: ['1'] });
    state = applyInboxEvent(state, { kind: 'delivery', delivery: d('3'), dropped: [] });
    expect(state?.deliveries.map((x) => x.id)).toEqual(['3', '2']);
  });

  it('clears all, or one inbox', () => {
    const start = snapshot([d('3', { inbox: 'a' }), d('2', { inbox: 'b' }), d('1', { inbox: 'a' })]);
    expect(applyInboxEvent(start, { kind: 'cleared', inbox: 'a' })?.deliveries.map((x) => x.id)).toEqual(['2']);
    expect(applyInboxEvent(start, { kind: 'cleared' })?.deliveries).toEqual([]);
  });

  it('waits for the snapshot before applying changes', () => {
    expect(applyInboxEvent(undefined, { kind: 'delivery', delivery: d('1'), dropped: [] })).toBeUndefined();
    expect(applyInboxEvent(undefined, { kind: 'cleared' })).toBeUndefined();
  });
});

describe('event filter', () => {
  const list = [
    d('4', { eventType: 'deal_add' }),
    d('3', { eventType: undefined }),
    d('2', { eventType: 'contact_tag_added' }),
    d('1', { eventType: 'deal_add' }),
  ];

  it('offers every event present, alphabetically, with counts', () => {
    expect(eventFilterOptions(list)).toEqual([
      { value: '', label: 'All events (4)' },
      { value: '(no type)', label: '(no type) (1)' },
      { value: 'contact_tag_added', label: 'contact_tag_added (1)' },
      { value: 'deal_add', label: 'deal_add (2)' },
    ]);
  });

  it('narrows to one event, keeping the order, and shows all for ""', () => {
    expect(filterByEvent(list, 'deal_add').map((x) => x.id)).toEqual(['4', '1']);
    expect(filterByEvent(list, '(no type)').map((x) => x.id)).toEqual(['3']);
    expect(filterByEvent(list, '')).toBe(list);
  });
});

describe('row text', () => {
  it('names a row with its flags spelled out', () => {
    const at = new Date(2026, 2, 1, 9, 5, 7).toISOString();
    expect(clockTime(at)).toBe('09:05:07');
    expect(deliveryRowName(d('7', { receivedAt: at, duplicateOf: '5', truncated: true }))).toBe(
      'subscribe, #7, inbox sandbox, 09:05:07, duplicate of #5, body cut',
    );
    expect(clockTime('not a date')).toBe('');
  });

  it.each([
    [812, '812 B'],
    [262144, '256 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('sizes %i bytes as %s', (n, text) => expect(shortBytes(n)).toBe(text));
});

describe('decodePayload', () => {
  it('turns bracket keys into a tree, with hostile text kept as plain strings', () => {
    const { value, notes } = decodePayload(
      'type=contact_tag_added&contact%5Bemail%5D=a%40b.c&contact%5Btags%5D%5B%5D=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    );
    expect(value).toEqual({
      type: 'contact_tag_added',
      contact: { email: 'a@b.c', tags: ['<script>alert(1)</script>'] },
    });
    expect(notes).toEqual([]);
  });

  it('says what the decoder left out', () => {
    const many = Array.from({ length: 1005 }, (_, i) => `f${i}=x`).join('&');
    expect(decodePayload(many).notes).toEqual(["5 fields past the decoder's limit are not shown here."]);
    const deep = `a${'[x]'.repeat(20)}=1`;
    expect(decodePayload(deep).notes[0]).toMatch(/1 keys nested too deep/);
  });
});
