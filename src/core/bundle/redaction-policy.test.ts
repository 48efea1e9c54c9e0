import { describe, expect, it } from 'vitest';
import { plainExchange } from './marked-exchange';
import { countMarks, marked, toSegments } from './marked-text';
import { renderSupportBundle } from './support-bundle';
import {
  applyPolicy,
  DEFAULT_POLICY,
  EMAIL_PLACEHOLDER,
  maskContacts,
  NO_EXTRA_REDACTION,
  parseFieldList,
  PHONE_PLACEHOLDER,
} from './redaction-policy';
import { captureCall } from './test-exchanges';

const KEY = 'policy-key-123456';

describe('applyPolicy', () => {
  it('hides marked fields in the query, the body and wherever their value is echoed, and marks each', () => {
    const call = captureCall(
      'v3.contacts.create',
      { params: {}, body: { contact: { email: 'ada@example.com', firstName: 'Augusta', lastName: 'King' } } },
      KEY,
      { status: 201, body: '{"contact":{"firstName":"Augusta","lastName":"King"}}' },
    );
    const out = applyPolicy(call.exchange, { fields: parseFieldList('firstName, ,nothing'), maskContacts: false });
    expect(out.request.body?.text).toBe(
      '{"contact":{"email":"ada@example.com","firstName":"[REDACTED]","lastName":"King"}}',
    );
    expect(out.response?.bodyText.text).toBe('{"contact":{"firstName":"[REDACTED]","lastName":"King"}}');
    expect(out.response && toSegments(out.response.bodyText)).toEqual([
      { text: '{"contact":{"firstName":"' },
      { text: '[REDACTED]', redacted: 'field' },
      { text: '","lastName":"King"}}' },
    ]);

    const v1 = captureCall('v1.contact_view_email', { params: { email: 'grace@example.com' } }, KEY, {
      status: 200,
      body: '{"email":"grace@example.com"}',
    });
    const masked = applyPolicy(v1.exchange, { fields: ['email'], maskContacts: false });
    expect(masked.request.url.text).toContain('email=[REDACTED]');
    expect(countMarks(masked.request.url)).toEqual({ field: 1, key: 1 });
    expect(masked.response?.bodyText.text).toBe('{"email":"[REDACTED]"}');
  });

  it('marks where the capture already put [REDACTED]: the key in its own places, a secret elsewhere', () => {
    const call = captureCall('v3.contacts.create', { params: {}, body: { contact: { firstName: KEY } } }, KEY, {
      status: 422,
      body: `{"errors":[{"title":"bad ${KEY}"}]}`,
    });
    const out = applyPolicy(call.exchange, NO_EXTRA_REDACTION);
    const token = out.request.headers.find((h) => h.name === 'Api-Token');
    expect(token && toSegments(token.value)).toEqual([{ text: '[REDACTED]', redacted: 'key' }]);
    expect(out.request.body && countMarks(out.request.body)).toEqual({ secret: 1 });
    expect(out.response && countMarks(out.response.bodyText)).toEqual({ secret: 1 });
    // Nothing was added: the plain texts are the captured ones.
    expect(plainExchange(out)).toEqual(call.exchange);

    const v1 = captureCall('v1.contact_view_email', { params: { email: 'a@example.com' } }, KEY, {
      status: 200,
      body: '{}',
    });
    const url = applyPolicy(v1.exchange, NO_EXTRA_REDACTION).request.url;
    expect(toSegments(url).filter((s) => s.redacted)).toEqual([{ text: '[REDACTED]', redacted: 'key' }]);
  });

  it('masks emails and phone numbers when asked, raw and percent-encoded', () => {
    const text = maskContacts(
      marked('mail a.b+c@example.co.uk or a%40example.com, call +1 (555) 123-4567 or 555-123-4567'),
    );
    expect(text.text).toBe(
      `mail ${EMAIL_PLACEHOLDER} or ${EMAIL_PLACEHOLDER}, call ${PHONE_PLACEHOLDER} or ${PHONE_PLACEHOLDER}`,
    );
    expect(countMarks(text)).toEqual({ email: 2, phone: 2 });
    // Dates, ids and counts are not phone numbers; a word with @ but no domain is not an email.
    expect(maskContacts(marked('2026-11-26T10:00:00Z id 123456789 @home a@b')).text).toBe(
      '2026-11-26T10:00:00Z id 123456789 @home a@b',
    );
    const call = captureCall('v1.contact_view_email', { params: { email: 'grace@example.com' } }, KEY, {
      status: 200,
      body: '{"email":"grace@example.com","phone":"5551234567"}',
    });
    const bundle = renderSupportBundle({
      exchange: call.exchange,
      method: call.method,
      explorerVersion: '0',
      browser: 'b',
      policy: { fields: [], maskContacts: true },
    });
    expect(bundle).not.toContain('grace');
    expect(bundle).not.toContain('5551234567');
    expect(bundle).toContain(EMAIL_PLACEHOLDER);
    // The phone-named key's value reads [PHONE], like a phone found by its shape.
    expect(bundle).toContain(`"phone":"${PHONE_PLACEHOLDER}"`);
  });

  it('finds an email beside long runs of letters (one regular expression retried from every letter took minutes)', () => {
    const long = `${'x'.repeat(300_000)} write to ada@example.com ${'y'.repeat(300_000)}@`;
    const out = maskContacts(marked(long));
    expect(out.text).toBe(`${'x'.repeat(300_000)} write to ${EMAIL_PLACEHOLDER} ${'y'.repeat(300_000)}@`);
  });

  it('masks contacts by default, and changes nothing when the policy is empty', () => {
    expect(DEFAULT_POLICY).toEqual({ fields: [], maskContacts: true });
    const call = captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body: '{"a":"b@example.com"}' });
    expect(plainExchange(applyPolicy(call.exchange, NO_EXTRA_REDACTION))).toEqual(call.exchange);
    expect(applyPolicy(call.exchange, DEFAULT_POLICY).response?.bodyText.text).toBe('{"a":"[EMAIL]"}');
  });
});
