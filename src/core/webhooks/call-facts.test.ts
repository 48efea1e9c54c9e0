import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { identifyCall, successfulAnswer } from './call-facts';
import { TRIGGERING_METHODS } from './triggers';

const request = (method: string, pathAndQuery: string, body = '') => {
  const url = new URL(pathAndQuery, 'http://x');
  return { method, path: url.pathname, query: url.searchParams, body };
};
const json = { 'Content-Type': 'application/json; charset=utf-8' };

describe('identifyCall', () => {
  it('names the v3 method, its path parameters and its JSON body', () => {
    const call = identifyCall(request('PUT', '/api/3/deals/42/notes/7', '{"note":{"note":"x"}}'));
    expect(call).toMatchObject({
      methodId: 'v3.deals.updateNote',
      api: 'v3',
      facts: { params: { id: '42', noteId: '7' } },
    });
    expect(call?.facts.body).toEqual({ note: { note: 'x' } });
  });

  it('prefers a literal path segment over a parameter', () => {
    expect(identifyCall(request('POST', '/api/3/contact/sync'))?.methodId).toBe('v3.contacts.sync');
    expect(identifyCall(request('GET', '/api/3/users/email/a@b.org'))?.methodId).toBe('v3.users.getByEmail');
  });

  it('reads v1 parameters from the query first, then from the form body', () => {
    const call = identifyCall(
      request('POST', '/admin/api.php?api_action=contact_tag_add&id=5', 'id=6&tags%5B%5D=a+b&email=x%40y.org'),
    );
    expect(call?.methodId).toBe('v1.contact_tag_add');
    expect(call?.facts.param('id')).toBe('5');
    expect(call?.facts.param('email')).toBe('x@y.org');
    expect(call?.facts.param('tags[]')).toBe('a b');
    expect(call?.facts.param('nope')).toBeUndefined();
  });

  it('knows nothing of paths outside the catalog', () => {
    expect(identifyCall(request('GET', '/api/3/nothing-here'))).toBeUndefined();
    expect(identifyCall(request('POST', '/sandbox-admin/reset-key'))).toBeUndefined();
  });

  it('every method with a trigger is in the catalog', () => {
    expect(TRIGGERING_METHODS.filter((id) => !findMethod(id))).toEqual([]);
  });
});

describe('successfulAnswer', () => {
  const v3 = identifyCall(request('POST', '/api/3/contacts'));
  const v1 = identifyCall(request('POST', '/admin/api.php?api_action=deal_add'));

  it('v3: a 2xx answer, parsed', () => {
    if (!v3) throw new Error('no call');
    expect(successfulAnswer(v3, { status: 201, headers: json, body: '{"contact":{"id":"9"}}' })).toEqual({
      contact: { id: '9' },
    });
    expect(successfulAnswer(v3, { status: 422, headers: json, body: '{"errors":[]}' })).toBeUndefined();
  });

  it('v1: result_code 1, in JSON or XML', () => {
    if (!v1) throw new Error('no call');
    expect(successfulAnswer(v1, { status: 200, headers: json, body: '{"id":3,"result_code":1}' })).toMatchObject({
      id: 3,
    });
    expect(successfulAnswer(v1, { status: 200, headers: json, body: '{"result_code":0}' })).toBeUndefined();
    const xml = { 'Content-Type': 'text/xml; charset=utf-8' };
    const ok = "<?xml version='1.0' encoding='utf-8'?>\n<root><id>4</id><result_code>1</result_code></root>";
    expect(successfulAnswer(v1, { status: 200, headers: xml, body: ok })).toMatchObject({ id: '4' });
    expect(successfulAnswer(v1, { status: 200, headers: xml, body: ok.replace('>1<', '>0<') })).toBeUndefined();
  });
});
