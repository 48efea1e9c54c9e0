import { expect, it } from 'vitest';
import { EVENT_TYPE_MAX_LENGTH, eventTypeOf } from './event-type';

it('reads the top-level type field, decoded', () => {
  expect(eventTypeOf('type=contact_tag_added&date_time=2026-01-01&contact%5Bid%5D=1')).toBe('contact_tag_added');
  expect(eventTypeOf('contact%5Bemail%5D=a%40b.c&type=deal+add')).toBe('deal add');
});

it('takes the last of repeated type fields, as PHP does, and ignores nested ones', () => {
  expect(eventTypeOf('type=subscribe&type=update')).toBe('update');
  expect(eventTypeOf('deal%5Btype%5D=x&contact[type]=y')).toBeUndefined();
});

it('is undefined without a type and cuts a hostile one', () => {
  expect(eventTypeOf('')).toBeUndefined();
  expect(eventTypeOf('list=1')).toBeUndefined();
  expect(eventTypeOf(`type=${'x'.repeat(500)}`)).toHaveLength(EVENT_TYPE_MAX_LENGTH);
});
