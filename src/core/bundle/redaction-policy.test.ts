import { describe, expect, it } from 'vitest';
import { renderSupportBundle } from './support-bundle';
import { applyPolicy, EMAIL_PLACEHOLDER, maskContacts, parseFieldList, PHONE_PLACEHOLDER } from './redaction-policy';
import { captureCall } from './test-exchanges';

const KEY = 'policy-key-123456';

describe('applyPolicy', () => {
  it('hides marked fields in the query, the body and wherever their value is echoed', () => {
    const call = captureCall(
      'v3.contacts.create',
      { params: {}, body: { contact: { email: 'ada@example.com', firstName: 'Augusta', lastName: 'King' } } },
      KEY,
      { status: 201, body: '{"contact":{"firstName":"Augusta","lastName":"King"}}' },
    );
    const out = applyPolicy(call.exchange, { fields: parseFieldList('firstName, ,nothing'), maskContacts: false });
    expect(out.request.body).toBe('{"contact":{"email":"ada@example.com","firstName":"[REDACTED]","lastName":"King"}}');
    expect(out.response?.bodyText).toBe('{"contact":{"firstName":"[REDACTED]","lastName":"King"}}');

    const v1 = captureCall('v1.contact_view_email', { params: { email: 'grace@example.com' } }, KEY, {
      status: 200,
      body: '{"email":"grace@example.com"}',
    });
    const masked = applyPolicy(v1.exchange, { fields: ['email'], maskContacts: false });
    expect(masked.request.url).toContain('email=[REDACTED]');
    expect(masked.response?.bodyText).toBe('{"email":"[REDACTED]"}');
  });

  it('masks emails and phone numbers when asked, raw and percent-encoded', () => {
    expect(maskContacts('mail a.b+c@example.co.uk or a%40example.com, call +1 (555) 123-4567 or 555-123-4567')).toBe(
      `mail ${EMAIL_PLACEHOLDER} or ${EMAIL_PLACEHOLDER}, call ${PHONE_PLACEHOLDER} or ${PHONE_PLACEHOLDER}`,
    );
    // Dates, ids and counts are not phone numbers.
    expect(maskContacts('2026-11-26T10:00:00Z id 123456789')).toBe('2026-11-26T10:00:00Z id 123456789');
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
  });

  it('changes nothing when the policy is empty', () => {
    const call = captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body: '{}' });
    expect(applyPolicy(call.exchange, { fields: [], maskContacts: false })).toBe(call.exchange);
  });
});
