import http from 'node:http';
import { parseArgs } from 'node:util';
import { bigContactsJson } from './big-contacts';
import { echoKey } from './echo-key';

/** How many `slow` answers were abandoned by their client before they were sent. */
let slowClosedEarly = 0;

/**
 * Deterministic odd answers for the response viewer's e2e tests, in the
 * spirit of Insomnia's smoke-test server. Loopback only. Any path works, so
 * the explorer can reach it through any v3 method when connected to it:
 * `?fixture=`, `?search=` or the last path segment picks the answer.
 */
const fixtures: Record<string, (res: http.ServerResponse) => void> = {
  'html-error': (res) =>
    res
      .writeHead(502, { 'Content-Type': 'text/html' })
      .end('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>'),
  'truncated-json': (res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"contacts":[{"id":"1","email":"a@'),
  empty: (res) => res.writeHead(204).end(),
  'empty-200': (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(),
  binary: (res) =>
    res
      .writeHead(200, { 'Content-Type': 'application/octet-stream' })
      .end(
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
        ]),
      ),
  // Every string a careless viewer would turn into markup or script.
  hostile: (res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        contacts: [
          {
            id: '1',
            firstName: '<script>window.__pwned = "script"</script>',
            lastName: '<img src=x onerror="window.__pwned = \'img\'">',
            '<b onmouseover="window.__pwned = 1">key</b>': '<a href="javascript:window.__pwned=2">link</a>',
          },
        ],
        meta: { total: '1' },
      }),
    ),
  'v1-xml': (res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' })
      .end(
        "<?xml version='1.0' encoding='utf-8'?>\n<root><id>7</id><email>jane.doe@example.org</email><result_code>0</result_code><result_message>Failed: Nothing is returned</result_message><result_output>xml</result_output></root>",
      ),
  'rate-limited': (res) =>
    res
      .writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '2' })
      .end(JSON.stringify({ message: 'Too Many Requests' })),
  // Answers after 15 s unless the client goes away first (Cancel must close the connection through the proxy).
  slow: (res) => {
    const timer = setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"contacts":[],"meta":{"total":"0"}}');
    }, 15_000);
    res.on('close', () => {
      clearTimeout(timer);
      slowClosedEarly += res.writableFinished ? 0 : 1;
    });
  },
  'slow-closed': (res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ closedEarly: slowClosedEarly })),
  'contacts-20mb': (res) => sendBig(res, 100_000),
  'contacts-100mb': (res) => sendBig(res, 510_000),
};

/** Big bodies are built once and kept: the 100 MB one takes seconds to generate. */
const bigBodies = new Map<number, Buffer>();
function bigBody(count: number): Buffer {
  let body = bigBodies.get(count);
  if (!body) {
    body = Buffer.from(bigContactsJson(count));
    bigBodies.set(count, body);
  }
  return body;
}
function sendBig(res: http.ServerResponse, count: number): void {
  const body = bigBody(count);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body);
}

const requestFixtures: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  'echo-key': echoKey,
  'api.php': echoKey,
};

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port ?? 5393);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    // `search` lets a test pick a fixture by typing into "List, search and filter contacts".
    const name =
      url.searchParams.get('fixture') ??
      url.searchParams.get('search') ??
      url.pathname.split('/').filter(Boolean).pop() ??
      '';
    const fixture = fixtures[name];
    const echoing = requestFixtures[name];
    if (fixture) fixture(res);
    else if (echoing) echoing(req, res);
    else
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: `No fixture ${name}` }));
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`fixture server on http://127.0.0.1:${port}`);
    // Built after listening, so start-up stays quick and the first big test does not wait for it.
    setTimeout(() => bigBody(100_000), 0);
  });
