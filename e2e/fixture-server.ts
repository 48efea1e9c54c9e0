import http from 'node:http';
import { parseArgs } from 'node:util';

/**
 * Deterministic odd answers for the response viewer's e2e tests, in the
 * spirit of Insomnia's smoke-test server. Loopback only. Any path works, so
 * the explorer can reach it through any v3 method when connected to it:
 * the last path segment (or `?fixture=`) picks the answer.
 */
const fixtures: Record<string, (res: http.ServerResponse) => void> = {
  'html-error': (res) =>
    res
      .writeHead(502, { 'Content-Type': 'text/html' })
      .end('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>'),
  'truncated-json': (res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"contacts":[{"id":"1","email":"a@'),
  empty: (res) => res.writeHead(204).end(),
};

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? 5393);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const name = url.searchParams.get('fixture') ?? url.pathname.split('/').filter(Boolean).pop() ?? '';
    const fixture = fixtures[name];
    if (fixture) fixture(res);
    else
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: `No fixture ${name}` }));
  })
  .listen(port, '127.0.0.1', () => console.log(`fixture server on http://127.0.0.1:${port}`));
