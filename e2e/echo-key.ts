import type http from 'node:http';

/**
 * An upstream that echoes the key it received, from `Api-Token` (v3) and
 * `api_key` (v1), in its body and in its headers, raw and percent-encoded,
 * as a careless or hostile API might: the explorer must keep it out of
 * everything it shows, stores or exports. Reached as the `echo-key` fixture
 * (v3) or as any v1 call (`/admin/api.php`).
 */
export function echoKey(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://fixture.invalid');
  const token = req.headers['api-token'];
  const key = (typeof token === 'string' ? token : '') || (url.searchParams.get('api_key') ?? '');
  res
    .writeHead(200, {
      'Content-Type': 'application/json',
      'X-Echo-Api-Token': key,
      'X-Echo-Url': `${url.pathname}${url.search}`,
      Link: `<https://example.invalid/next?api_key=${encodeURIComponent(key)}>; rel="next"`,
    })
    .end(
      JSON.stringify({
        contacts: [{ id: '1', email: 'echo@example.org', phone: '+1 555 010 9999', note: `your key is ${key}` }],
        echo: { apiToken: key, encoded: encodeURIComponent(key), url: req.url },
        meta: { total: '1' },
      }),
    );
}
