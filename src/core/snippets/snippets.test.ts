import { describe, expect, it } from 'vitest';
import { buildRequest } from '../request/build-request';
import { methodById } from '../bundle/test-exchanges';
import { KEY_PLACEHOLDER, renderSnippet, SECRET_PLACEHOLDER, SNIPPET_TARGETS } from './snippets';

const KEY = 'snippet-key-0a1b2c3d';
const conn = { apiUrl: 'https://acme.api-us1.com', apiKey: KEY };

describe('renderSnippet', () => {
  it('writes every language from the same prepared request, with the key as a placeholder', () => {
    const req = buildRequest(
      methodById('v3.contacts.create'),
      { params: {}, body: { contact: { email: 'ada@example.com' } } },
      conn,
    );
    for (const t of SNIPPET_TARGETS) {
      const code = renderSnippet(req, t.id, { apiKey: KEY, reveal: false });
      expect(code, t.id).toContain('https://acme.api-us1.com/api/3/contacts');
      expect(code, t.id).toContain(KEY_PLACEHOLDER);
      expect(code, t.id).toContain('ada@example.com');
      expect(code, t.id).not.toContain(KEY);
    }
    expect(renderSnippet(req, 'python', { apiKey: KEY, reveal: false })).toContain('requests.post(url, json=payload');
    expect(renderSnippet(req, 'php', { apiKey: KEY, reveal: false })).toContain('CURLOPT_CUSTOMREQUEST => "POST"');
  });

  it('keeps the exact wire URL, with brackets percent-encoded only for curl (which globs them)', () => {
    const req = buildRequest(methodById('v1.contact_view_email'), { params: { email: 'a b@example.com' } }, conn);
    const curl = renderSnippet(req, 'curl', { apiKey: KEY, reveal: false });
    expect(curl).toContain(`api_key=${KEY_PLACEHOLDER}&api_output=json&email=a%20b%40example.com`);
    const list = buildRequest(
      methodById('v3.accountContacts.list'),
      { params: { 'filters[contact]': 'x@example.com' } },
      conn,
    );
    expect(list.url).toContain('filters[contact]=');
    expect(renderSnippet(list, 'curl', { apiKey: KEY, reveal: false })).toContain(
      'filters%5Bcontact%5D=x%40example.com',
    );
    expect(renderSnippet(list, 'fetch', { apiKey: KEY, reveal: false })).toContain('filters[contact]=x%40example.com');
  });

  it('quotes the curl heredoc so the shell does not expand $ in a body', () => {
    const req = buildRequest(
      methodById('v3.contacts.create'),
      { params: {}, body: { contact: { email: "o'$HOME@example.com" } } },
      conn,
    );
    expect(renderSnippet(req, 'curl', { apiKey: KEY, reveal: false })).toContain("--data @- <<'EOF'");
  });

  it('replaces other secrets with their own placeholder, and reveals everything only on request', () => {
    const req = buildRequest(
      methodById('v1.user_add'),
      { params: { username: 'sam', password: 'pw-secret-1', password_r: 'pw-secret-1', email: 's@example.com' } },
      conn,
    );
    const hidden = renderSnippet(req, 'curl', { apiKey: KEY, reveal: false });
    expect(hidden).toContain(`password=${SECRET_PLACEHOLDER}`);
    expect(hidden).not.toContain('pw-secret-1');
    const shown = renderSnippet(req, 'curl', { apiKey: KEY, reveal: true });
    expect(shown).toContain('pw-secret-1');
    expect(shown).toContain(`api_key=${KEY}`);
  });
});
