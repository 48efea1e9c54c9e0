import { describe, expect, it } from 'vitest';
import { decideDelivery, isReceiverPath, type IncomingDelivery } from './receiver-rules';

const OWN = ['http://127.0.0.1:5173', 'http://localhost:5173'];
const FORM = 'application/x-www-form-urlencoded';
const delivery = (over: Partial<IncomingDelivery> = {}): IncomingDelivery => ({
  method: 'POST',
  target: '/webhooks/inbox/sandbox',
  contentType: FORM,
  origin: undefined,
  secFetchSite: undefined,
  ...over,
});

describe('isReceiverPath', () => {
  it.each(['/webhooks/inbox', '/webhooks/inbox/', '/webhooks/inbox/x', '/webhooks/inbox/x?y=1', '/webhooks/inbox?x'])(
    '%s is the receiver’s',
    (p) => expect(isReceiverPath(p)).toBe(true),
  );
  it.each(['/webhooks', '/webhooks/', '/webhooks/inboxes', '/explorer-api/webhooks', '/m/v3.webhooks.create'])(
    '%s is not',
    (p) => expect(isReceiverPath(p)).toBe(false),
  );
});

describe('decideDelivery', () => {
  it('takes a form POST to a named inbox, with or without charset, query or the explorer’s own origin', () => {
    expect(decideDelivery(delivery(), OWN)).toEqual({ ok: true, inbox: 'sandbox' });
    expect(decideDelivery(delivery({ contentType: `${FORM.toUpperCase()}; charset=UTF-8` }), OWN).ok).toBe(true);
    expect(decideDelivery(delivery({ target: '/webhooks/inbox/my-app?src=ac' }), OWN)).toEqual({
      ok: true,
      inbox: 'my-app',
    });
    expect(decideDelivery(delivery({ origin: OWN[1], secFetchSite: 'same-origin' }), OWN).ok).toBe(true);
  });

  it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow: POST', (method) => {
    const d = decideDelivery(delivery({ method }), OWN);
    expect(d).toMatchObject({ ok: false, status: 405, headers: { Allow: 'POST' } });
    expect(d.ok || d.message).toMatch(new RegExp(`POST only, not ${method}`));
  });

  it.each([
    ['application/json', /got "application\/json"/],
    ['multipart/form-data; boundary=x', /got "multipart\/form-data/],
    ['text/plain', /got "text\/plain"/],
    ['application/x-www-form-urlencoded-evil', /got/],
    [undefined, /got no Content-Type/],
  ])('refuses a %s body with 415', (contentType, message) => {
    const d = decideDelivery(delivery({ contentType }), OWN);
    expect(d).toMatchObject({ ok: false, status: 415 });
    expect(d.ok || d.message).toMatch(message);
  });

  it.each([
    '/webhooks/inbox',
    '/webhooks/inbox/',
    '/webhooks/inbox/Sandbox',
    '/webhooks/inbox/a/b',
    '/webhooks/inbox/%2e%2e',
    `/webhooks/inbox/${'a'.repeat(41)}`,
  ])('refuses the badly named %s with 400', (target) => {
    const d = decideDelivery(delivery({ target }), OWN);
    expect(d).toMatchObject({ ok: false, status: 400 });
    expect(d.ok || d.message).toMatch(/^Not an inbox URL/);
  });

  it.each([
    [{ secFetchSite: 'cross-site' }, /Sec-Fetch-Site: cross-site/],
    [{ secFetchSite: 'same-site' }, /Sec-Fetch-Site: same-site/],
    [{ origin: 'https://evil.example' }, /for https:\/\/evil.example are refused/],
    [{ origin: 'null' }, /for null are refused/],
    [{ origin: 'http://127.0.0.1:5174' }, /127.0.0.1:5174/],
  ])('refuses a browser post for another site (%j) with 403, before anything else', (over, message) => {
    // A JSON body to a bad name: the cross-site refusal still comes first, so a page learns nothing more.
    const d = decideDelivery(delivery({ ...over, contentType: 'text/plain', target: '/webhooks/inbox/X' }), OWN);
    expect(d).toMatchObject({ ok: false, status: 403 });
    expect(d.ok || d.message).toMatch(message);
  });
});
