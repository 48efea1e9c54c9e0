import { describe, expect, it } from 'vitest';
import type { SandboxRequest } from './http-types';
import { createSandbox } from './sandbox';
import { SEED_CONTACTS } from './seed';
import { tableOf } from './store';

const KEY = 'sandbox-test-key-0001';

function setup() {
  return createSandbox({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1', now: () => new Date('2026-02-01T12:00:00Z') });
}

function req(method: string, pathAndQuery: string, init: Partial<SandboxRequest> = {}): SandboxRequest {
  const url = new URL(pathAndQuery, 'http://x');
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: { 'api-token': KEY, ...init.headers },
    body: init.body ?? '',
  };
}

function body(res: { body: string }): Record<string, unknown> {
  return JSON.parse(res.body) as Record<string, unknown>;
}

describe('sandbox v3', () => {
  it('refuses a missing or wrong key with 403', () => {
    const sb = setup();
    expect(sb.handle(req('GET', '/api/3/users/me', { headers: { 'api-token': undefined } })).status).toBe(403);
    expect(sb.handle(req('GET', '/api/3/users/me', { headers: { 'api-token': 'nope' } })).status).toBe(403);
  });

  it('answers users/me with string ids', () => {
    const res = setup().handle(req('GET', '/api/3/users/me'));
    expect(res.status).toBe(200);
    expect(body(res)).toMatchObject({ user: { id: '1', username: 'admin' } });
  });

  it('pages contacts with meta.total as a string, 20 by default and at most 100', () => {
    const sbx = setup();
    const first = body(sbx.handle(req('GET', '/api/3/contacts')));
    expect((first.contacts as unknown[]).length).toBe(20);
    expect(first.meta).toMatchObject({ total: String(SEED_CONTACTS) });
    const big = body(sbx.handle(req('GET', '/api/3/contacts?limit=500&offset=10')));
    const contacts = big.contacts as { id: string }[];
    expect(contacts.length).toBe(100);
    expect(contacts[0]?.id).toBe('11');
  });

  it('filters by exact email and by search text', () => {
    const sbx = setup();
    const one = body(sbx.handle(req('GET', '/api/3/contacts?email=JANE.DOE@example.org')));
    expect(one.meta).toMatchObject({ total: '1' });
    const some = body(sbx.handle(req('GET', '/api/3/contacts?search=tanaka')));
    expect(Number((some.meta as { total: string }).total)).toBeGreaterThan(1);
  });

  it('creates a contact with field values, then finds it, then refuses the duplicate', () => {
    const sbx = setup();
    const payload = JSON.stringify({
      contact: { email: 'new@example.com', firstName: 'New', fieldValues: [{ field: '1', value: 'Gold' }] },
    });
    const created = sbx.handle(req('POST', '/api/3/contacts', { body: payload }));
    expect(created.status).toBe(201);
    const c = body(created) as { contact: { id: string; cdate: string }; fieldValues: { value: string }[] };
    expect(c.contact.id).toBe(String(SEED_CONTACTS + 1));
    expect(c.contact.cdate).toBe('2026-02-01T06:00:00-06:00');
    expect(c.fieldValues.map((f) => f.value)).toEqual(['Gold']);
    const got = body(sbx.handle(req('GET', `/api/3/contacts/${c.contact.id}`)));
    expect(got).toMatchObject({ contact: { email: 'new@example.com' } });
    const dup = sbx.handle(req('POST', '/api/3/contacts', { body: payload }));
    expect(dup.status).toBe(422);
    expect(body(dup)).toEqual({
      errors: [
        {
          title: 'Email address already exists in the system',
          detail: '',
          code: 'duplicate',
          source: { pointer: '/data/attributes/email' },
        },
      ],
    });
  });

  it('refuses a contact without an email with a pointer to the field', () => {
    const res = setup().handle(req('POST', '/api/3/contacts', { body: '{"contact":{"firstName":"X"}}' }));
    expect(res.status).toBe(422);
    expect(JSON.stringify(body(res))).toContain('/data/attributes/email');
  });

  it('answers 404 in the real shape for an unknown contact, and names unimplemented routes', () => {
    const sbx = setup();
    expect(body(sbx.handle(req('GET', '/api/3/contacts/99999')))).toEqual({
      message: 'No Result found for Subscriber with id 99999',
    });
    const missing = sbx.handle(req('GET', '/api/3/nothing-here'));
    expect(missing.status).toBe(404);
    expect(body(missing).message).toContain('GET /api/3/nothing-here');
  });
});

describe('sandbox v1', () => {
  it('views a contact by email inside the result envelope', () => {
    const res = setup().handle(
      req(
        'GET',
        `/admin/api.php?api_action=contact_view_email&api_key=${KEY}&api_output=json&email=jane.doe@example.org`,
      ),
    );
    expect(res.status).toBe(200);
    expect(body(res)).toMatchObject({ email: 'jane.doe@example.org', result_code: 1, result_output: 'json' });
  });

  it('fails with HTTP 200 and result_code 0 when nothing matches', () => {
    const res = setup().handle(
      req('GET', `/admin/api.php?api_action=contact_view_email&api_key=${KEY}&api_output=json&email=none@x.com`),
    );
    expect(res.status).toBe(200);
    expect(body(res)).toMatchObject({ result_code: 0, result_message: 'Failed: Nothing is returned' });
  });

  it('answers a wrong api_key with the XML error even when JSON was asked for', () => {
    const res = setup().handle(req('GET', '/admin/api.php?api_action=contact_view_email&api_key=bad&api_output=json'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('You are not authorized to access this file');
  });

  it('shares data with v3', () => {
    const sbx = setup();
    sbx.handle(req('POST', '/api/3/contacts', { body: '{"contact":{"email":"both@example.com"}}' }));
    const res = sbx.handle(
      req(
        'GET',
        `/admin/api.php?api_action=contact_view_email&api_key=${KEY}&api_output=json&email=both%40example.com`,
      ),
    );
    expect(body(res)).toMatchObject({ email: 'both@example.com', result_code: 1 });
  });
});

describe('seedContacts', () => {
  it('adds that many deterministic contacts after the demo account, kept by a reset', () => {
    const sb = createSandbox({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1', seedContacts: 20_000 });
    expect(tableOf(sb.store, 'contacts').size).toBe(SEED_CONTACTS + 20_000);
    const again = createSandbox({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1', seedContacts: 20_000 });
    const id = String(SEED_CONTACTS + 17_777);
    expect(tableOf(again.store, 'contacts').get(id)).toEqual(tableOf(sb.store, 'contacts').get(id));
    sb.resetData();
    expect(tableOf(sb.store, 'contacts').size).toBe(SEED_CONTACTS + 20_000);
    // Three seeds of 20,000 contacts each with their memberships; `npm run bench -- sandbox` times them.
  }, 30_000);
});
