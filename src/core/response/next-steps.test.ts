import { describe, expect, it } from 'vitest';
import type { Exchange } from '../exchange/types';
import { explainOutcome } from './explain';

function exchange(over: Partial<Exchange> & { status: number; body?: string }): Exchange {
  const { status, body = '', ...rest } = over;
  return {
    methodId: 'v3.contacts.create',
    methodSummary: 'Create a contact',
    api: 'v3',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    request: { method: 'POST', url: 'https://a.api-us1.com/api/3/contacts', headers: [] },
    response: { status, statusText: '', headers: [], bodyText: body, bytes: body.length },
    ...rest,
  };
}

const DUPLICATE = JSON.stringify({
  errors: [
    {
      title: 'Email address already exists in the system',
      code: 'duplicate',
      source: { pointer: '/data/attributes/email' },
    },
  ],
});

describe('next steps in the outcome', () => {
  it('offers "Sync a contact" with the very body that failed to create', () => {
    const sent = {
      contact: { email: 'jane.doe@example.org', firstName: 'Jane', fieldValues: [{ field: '1', value: 'x' }] },
    };
    const outcome = explainOutcome(
      exchange({
        status: 422,
        body: DUPLICATE,
        request: {
          method: 'POST',
          url: 'https://a.api-us1.com/api/3/contacts',
          headers: [],
          body: JSON.stringify(sent),
        },
      }),
    );
    expect(outcome.advice).toMatch(/exists already/);
    expect(outcome.steps).toEqual([
      {
        kind: 'method',
        methodId: 'v3.contacts.sync',
        label: 'Sync a contact with the same body',
        values: { params: {}, body: sent },
      },
    ]);
  });

  it('offers nothing for a 422 that is not a duplicate', () => {
    const invalid = JSON.stringify({ errors: [{ title: 'Invalid', code: 'invalid' }] });
    const outcome = explainOutcome(exchange({ status: 422, body: invalid }));
    expect(outcome.steps).toBeUndefined();
    expect(outcome.advice).toMatch(/next to the fields/);
  });

  it('offers the key check and the Authentication guide for a 403, keeping the reset explanation', () => {
    const outcome = explainOutcome(exchange({ status: 403, body: '{"message":"Forbidden"}' }));
    expect(outcome.advice).toMatch(/reset/);
    expect(outcome.steps).toEqual([
      { kind: 'setting', setting: 'check-key', label: 'Check key' },
      { kind: 'guide', guideId: 'authentication', label: 'Where keys live, and what a reset does' },
    ]);
  });

  it('offers the list of the collection for a v3 404, and nothing of the kind for v1', () => {
    const notFound = '{"message":"No Result found for Subscriber with id 999"}';
    const get = explainOutcome(exchange({ status: 404, body: notFound, methodId: 'v3.contacts.get' }));
    expect(get.steps).toEqual([{ kind: 'collection' }]);
    expect(get.advice).toMatch(/check the id/);
    const v1 = explainOutcome(exchange({ status: 404, methodId: 'v1.contact_view', api: 'v1' }));
    expect(v1.steps).toBeUndefined();
  });

  it('offers a retry, the budget setting and the guide for a 429', () => {
    const outcome = explainOutcome(exchange({ status: 429 }));
    expect(outcome.steps?.map((s) => s.kind)).toEqual(['retry', 'setting', 'guide']);
  });

  it('offers the v3 equivalent of a failed v1 call, with its values carried over', () => {
    const v1 = (url: string, body?: string) =>
      exchange({
        status: 200,
        api: 'v1',
        methodId: 'v1.x',
        body: '{"result_code":0,"result_message":"Failed: Nothing is returned","result_output":"json"}',
        request: { method: body ? 'POST' : 'GET', url, headers: [], ...(body ? { body } : {}) },
      });
    const view = explainOutcome(
      v1('https://a.api-us1.com/admin/api.php?api_action=contact_view&api_key=%5BREDACTED%5D&id=77'),
    );
    expect(view.title).toMatch(/Nothing is returned/);
    expect(view.steps).toEqual([{ kind: 'method', methodId: 'v3.contacts.get', values: { params: { id: '77' } } }]);
    const add = explainOutcome(
      v1(
        'https://a.api-us1.com/admin/api.php?api_action=contact_add&api_output=json',
        'api_key=%5BREDACTED%5D&email=a%40b.co&first_name=Ann',
      ),
    );
    expect(add.steps).toEqual([
      {
        kind: 'method',
        methodId: 'v3.contacts.create',
        values: { params: {}, body: { contact: { email: 'a@b.co', firstName: 'Ann' } } },
      },
    ]);
    const unknown = explainOutcome(v1('https://a.api-us1.com/admin/api.php?api_action=account_plans'));
    expect(unknown.steps).toBeUndefined();
  });

  it('never carries the key', () => {
    const outcome = explainOutcome(
      exchange({
        status: 200,
        api: 'v1',
        body: '{"result_code":0,"result_message":"x"}',
        request: {
          method: 'GET',
          url: 'https://a.api-us1.com/admin/api.php?api_action=contact_view&api_key=secret&id=1',
          headers: [],
        },
      }),
    );
    expect(JSON.stringify(outcome.steps)).not.toContain('secret');
  });
});
