import { describe, expect, it } from 'vitest';
import { catalog, findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { checkContract, compareShape } from './check-contract';

const messages = (diffs: { kind: string; path: string }[]) => diffs.map((d) => `${d.kind} ${d.path}`);

describe('compareShape', () => {
  it('accepts extra fields, and anything where the example itself is null', () => {
    expect(compareShape({ a: 'x', b: null }, { a: 'y', b: 3, c: true })).toEqual([]);
  });

  it('reports missing fields and wrong kinds with their paths', () => {
    const diffs = compareShape(
      { contacts: [{ id: '1', email: 'e' }], meta: { total: '1' } },
      { contacts: [{ id: 1, email: 'e' }, { email: 'f' }], meta: { total: 2 } },
    );
    expect(messages(diffs)).toEqual(['type contacts[0].id', 'missing contacts[1].id', 'type meta.total']);
    expect(diffs[0]?.message).toBe('contacts[0].id is a number, documented as a string.');
  });

  it('honours optional keys, by whole path or by path ending', () => {
    const documented = { meta: { total: '1' }, contact: { id: '1', adate: 'x' } };
    expect(messages(compareShape(documented, { contact: { id: '1' } }))).toEqual([
      'missing meta',
      'missing contact.adate',
    ]);
    expect(compareShape(documented, { contact: { id: '1' } }, { optional: ['meta', 'adate'] })).toEqual([]);
    // An optional key that is present is still type-checked.
    expect(
      messages(compareShape(documented, { meta: 5, contact: { id: '1' } }, { optional: ['meta', 'adate'] })),
    ).toEqual(['type meta']);
  });

  it('honours nullable keys, and nothing else about them changes', () => {
    const documented = { campaign: { sdate: '2026-01-01', name: 'x' } };
    expect(messages(compareShape(documented, { campaign: { sdate: null, name: 'x' } }))).toEqual([
      'type campaign.sdate',
    ]);
    expect(
      compareShape(documented, { campaign: { sdate: null, name: 'x' } }, { nullable: ['campaign.sdate'] }),
    ).toEqual([]);
    // Nullable is not optional, and not any type.
    expect(messages(compareShape(documented, { campaign: { name: 'x' } }, { nullable: ['sdate'] }))).toEqual([
      'missing campaign.sdate',
    ]);
    expect(messages(compareShape(documented, { campaign: { sdate: 7, name: 'x' } }, { nullable: ['sdate'] }))).toEqual([
      'type campaign.sdate',
    ]);
  });

  it('accepts either kind for an any-type key (values echoed as sent)', () => {
    expect(compareShape({ deal: { contact: '1' } }, { deal: { contact: 1 } }, { anyType: ['deal.contact'] })).toEqual(
      [],
    );
  });

  it('checks every item of an array of objects against the merged documented items', () => {
    // The documented items differ: `header` is only on one, `value` is a string on one and a number on the other.
    const documented = {
      cfields: [
        { id: '1', header: 'Title', value: 'a' },
        { id: '2', value: 3 },
      ],
    };
    expect(
      compareShape(documented, {
        cfields: [
          { id: '7', value: 9 },
          { id: '8', header: 'H', value: 'b' },
        ],
      }),
    ).toEqual([]);
    const diffs = compareShape(documented, {
      cfields: [{ id: '7', value: 1 }, { value: true }, { id: 9, value: 'c' }],
    });
    expect(messages(diffs)).toEqual(['missing cfields[1].id', 'type cfields[1].value', 'type cfields[2].id']);
    expect(diffs[1]?.message).toBe('cfields[1].value is a boolean, documented as a string or a number.');
    // An array where an object is documented (or the reverse) is reported at the array itself.
    expect(messages(compareShape(documented, { cfields: { id: '1' } }))).toEqual(['type cfields']);
  });

  it("accepts PHP's empty [] for an empty object, and leaves a links object's members optional", () => {
    const documented = { account: { links: { notes: 'https://x/notes', contacts: 'https://x/contacts' }, id: '1' } };
    expect(compareShape(documented, { account: { links: [], id: '1' } })).toEqual([]);
    expect(compareShape(documented, { account: { links: { notes: 'https://x/notes' }, id: '1' } })).toEqual([]);
    // A non-empty array is still wrong where an object is documented.
    expect(messages(compareShape(documented, { account: { links: ['x'], id: '1' } }))).toEqual(['type account.links']);
  });
});

describe('checkContract', () => {
  const method = findMethod('v3.contacts.get');
  if (!method) throw new Error('missing method');

  it('flags an undocumented status', () => {
    expect(checkContract(method, 418, '{}')[0]?.message).toMatch(/HTTP 418 is not a documented status/);
  });

  it('passes a body that matches the documented 404', () => {
    expect(checkContract(method, 404, '{"message":"No Result found for Subscriber with id 9"}')).toEqual([]);
  });

  it('flags a non-JSON body where JSON is documented', () => {
    expect(checkContract(method, 404, '<html>')[0]?.kind).toBe('unparsable');
  });

  it('uses the markers of the documented response: a contact without the optional timestamps passes', () => {
    const ok = method.responses.find((r) => r.status === 200)?.example as { contact: Record<string, unknown> };
    const contact: Record<string, unknown> = { ...ok.contact, udate: null };
    delete contact.created_utc_timestamp;
    delete contact.updated_utc_timestamp;
    expect(checkContract(method, 200, JSON.stringify({ ...ok, contact }))).toEqual([]);
    const noEmail: Record<string, unknown> = { ...contact };
    delete noEmail.email;
    expect(messages(checkContract(method, 200, JSON.stringify({ ...ok, contact: noEmail })))).toEqual([
      'missing contact.email',
    ]);
  });
});

/** The first documented 2xx response of a method whose example is a non-empty object. */
function successExample(m: MethodDef) {
  const r = m.responses.find(
    (x) => x.status < 300 && x.example !== null && typeof x.example === 'object' && !Array.isArray(x.example),
  );
  return r && Object.keys(r.example as object).length ? r : undefined;
}

describe('the catalog against its own examples', () => {
  const documented = catalog.flatMap((m) => {
    const r = successExample(m);
    return r ? [{ m, r }] : [];
  });

  it('every documented success example passes its own check', () => {
    const flagged = documented.filter(({ m, r }) => checkContract(m, r.status, JSON.stringify(r.example)).length > 0);
    expect(flagged.map(({ m }) => m.id)).toEqual([]);
    expect(documented.length).toBeGreaterThan(250);
  });

  it('hand-broken answers are caught: a required root key dropped, or a value of the wrong kind', () => {
    let broken = 0;
    const missed: string[] = [];
    for (const { m, r } of documented) {
      const body = r.example as Record<string, unknown>;
      const required = Object.keys(body).find(
        (k) => !r.optional?.includes(k) && body[k] !== null && !r.anyType?.includes(k),
      );
      if (!required) continue;
      const without = Object.fromEntries(Object.entries(body).filter(([k]) => k !== required));
      // Another documented body of the same status may lack that key (v1 success vs failure): skip those.
      const alternatives = m.responses.filter((x) => x.status === r.status).length;
      if (alternatives > 1) continue;
      broken++;
      if (checkContract(m, r.status, JSON.stringify(without)).length === 0) missed.push(`${m.id} without ${required}`);
      const wrongKind = { ...body, [required]: typeof body[required] === 'string' ? 12345 : 'not the documented kind' };
      if (checkContract(m, r.status, JSON.stringify(wrongKind)).length === 0)
        missed.push(`${m.id} ${required} retyped`);
    }
    expect(missed).toEqual([]);
    expect(broken).toBeGreaterThan(200);
  });
});
