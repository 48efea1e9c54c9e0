import { describe, expect, it } from 'vitest';
import { redactValues } from './history-record';
import { toHar } from './har';
import { renderJsonBundle } from './json-bundle';
import { renderPlainText } from './plain-text';
import { renderSupportBundle } from './support-bundle';
import { captureCall, type TestCall } from './test-exchanges';
import { renderSnippet, SNIPPET_TARGETS } from '../snippets/snippets';

const KEY = 'live-key-9f8e7d6c5b4a';
const PASSWORD = 'S3cure!pass-word';

/** v3 and v1, GET and POST, with the key in a header, in the query and in the body. */
const calls: [string, TestCall][] = [
  [
    'v3 GET, key in the Api-Token header',
    captureCall('v3.contacts.list', { params: { limit: 5 } }, KEY, { status: 200, body: '{"contacts":[]}' }),
  ],
  [
    'v3 GET, key in the query (secret catalog parameter)',
    captureCall('v3.template.share', { params: { api_key: KEY, id: 1 } }, KEY, {
      status: 200,
      body: `{"url":"x?api_key=${KEY}"}`,
    }),
  ],
  [
    'v3 POST, key typed into the body and echoed back',
    captureCall(
      'v3.contacts.create',
      { params: {}, body: { contact: { email: 'a@example.com', firstName: KEY } } },
      KEY,
      {
        status: 422,
        body: `{"errors":[{"title":"bad ${KEY}"}]}`,
      },
    ),
  ],
  [
    'v1 GET, key as api_key in the query',
    captureCall('v1.contact_view_email', { params: { email: 'a@example.com' } }, KEY, {
      status: 200,
      body: '{"result_code":0}',
    }),
  ],
  [
    'v1 POST, key in the query and in a form field',
    captureCall('v1.contact_add', { params: { email: 'a@example.com', first_name: KEY } }, KEY, {
      status: 200,
      body: '{"result_code":0}',
    }),
  ],
  [
    'v1 POST, secret password parameter in the form body',
    captureCall(
      'v1.user_add',
      {
        params: {
          username: 'sam',
          password: PASSWORD,
          password_r: PASSWORD,
          email: 's@example.com',
          first_name: 'S',
          last_name: 'L',
        },
      },
      KEY,
      { status: 200, body: '{"result_code":1}' },
    ),
  ],
];

describe('no output ever contains the key or a secret parameter', () => {
  it.each(calls)('%s', (_name, call) => {
    const input = { exchange: call.exchange, method: call.method, explorerVersion: '0.1.0', browser: 'test' };
    const outputs: Record<string, string> = {
      markdown: renderSupportBundle(input),
      plain: renderPlainText(input),
      json: renderJsonBundle(input),
      har: JSON.stringify(toHar([call.exchange], { version: '0.1.0' })),
      history: JSON.stringify({ exchange: call.exchange, values: redactValues(call.values, call.prepared.secrets) }),
    };
    for (const t of SNIPPET_TARGETS)
      outputs[`snippet ${t.id}`] = renderSnippet(call.prepared, t.id, { apiKey: KEY, reveal: false });

    // The request really carried the key somewhere, so the check below is not vacuous.
    const wire = JSON.stringify(call.prepared);
    expect(wire).toContain(KEY);
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toContain(KEY);
      expect(text, name).not.toContain(encodeURIComponent(KEY));
      expect(text, name).not.toContain(PASSWORD);
      expect(text, name).not.toContain(encodeURIComponent(PASSWORD));
    }
    expect(outputs.markdown).toContain('[REDACTED]');
  });

  it('puts the real key in a snippet only when asked', () => {
    const [, call] = calls[0] ?? [];
    if (!call) throw new Error('no call');
    expect(renderSnippet(call.prepared, 'curl', { apiKey: KEY, reveal: true })).toContain(KEY);
  });
});
