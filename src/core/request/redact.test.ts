import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { buildRequest } from './build-request';
import { REDACTED, redactRequest, redactText, redactUrl } from './redact';

const KEY = 'sk_live+key/with spaces&=chars';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

describe('redactText', () => {
  it('masks raw and percent-encoded forms of a secret', () => {
    const text = `a ${KEY} b ${encodeURIComponent(KEY)} c`;
    const out = redactText(text, [KEY]);
    expect(out).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });

  it('masks the longer secret first when one contains another', () => {
    expect(redactText('xx abcdef xx', ['abcd', 'abcdef'])).toBe(`xx ${REDACTED} xx`);
  });

  it('leaves very short values alone so unrelated text survives', () => {
    expect(redactText('a1 b1', ['1'])).toBe('a1 b1');
  });
});

describe('redactUrl', () => {
  it('masks api_key whatever its value, even when it is not a known secret', () => {
    expect(redactUrl('https://x.api-us1.com/admin/api.php?api_action=a&api_key=zzz&api_output=json', [])).toBe(
      `https://x.api-us1.com/admin/api.php?api_action=a&api_key=${REDACTED}&api_output=json`,
    );
  });
});

describe('redactRequest', () => {
  const connection = { apiUrl: 'https://acme.api-us1.com', apiKey: KEY };
  const cases: [string, MethodDef, Parameters<typeof buildRequest>[1]][] = [
    ['v3 GET (key in header)', method('v3.contacts.list'), { params: { search: KEY } }],
    [
      'v3 POST (key echoed in body)',
      method('v3.contacts.create'),
      { params: {}, body: { contact: { email: 'a@example.com', firstName: KEY } } },
    ],
    ['v1 GET (key in query)', method('v1.contact_view_email'), { params: { email: 'a@example.com' } }],
  ];
  it.each(cases)('%s: the key appears nowhere', (_name, m, values) => {
    const redacted = redactRequest(buildRequest(m, values, connection));
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(encodeURIComponent(KEY));
    expect(text).toContain(REDACTED);
    expect(redacted).not.toHaveProperty('secrets');
  });

  it('keeps everything that is not secret exactly as built', () => {
    const built = buildRequest(method('v3.contacts.list'), { params: { limit: 5 } }, connection);
    const redacted = redactRequest(built);
    expect(redacted.url).toBe(built.url);
    expect(redacted.headers.find((h) => h.name === 'Api-Token')?.value).toBe(REDACTED);
    expect(redacted.headers.find((h) => h.name === 'Accept')?.value).toBe('application/json');
  });
});
