import type { MethodDef } from '../catalog/types';
import type { Exchange } from '../exchange/types';

/** Bodies longer than this are cut in copied text (downloads keep them whole). */
export const COPY_BODY_LIMIT = 20_000;

export interface BundleInput {
  exchange: Exchange;
  method: MethodDef;
  /** What the user expected; defaults to the method's documented success. */
  expected?: string;
  explorerVersion: string;
  browser: string;
}

/** The documented success of a method, in words, to prefill "expected response". */
export function expectedFromMethod(method: MethodDef): string {
  const ok = method.responses.find((r) => r.status >= 200 && r.status < 300);
  if (!ok) return `${method.summary}.`;
  const shape = ok.example === undefined ? '' : `\nDocumented shape: ${JSON.stringify(ok.example)}`;
  const v1 = method.api === 'v1' ? ' with result_code 1' : '';
  return `HTTP ${ok.status}${v1}: ${ok.description}${shape}`;
}

/**
 * The four things ActiveCampaign support asks for, as Markdown: full request
 * URL, POST data, expected response and actual response. Input is already
 * redacted (exchanges are redacted when captured), so no secret can leak here.
 */
export function renderSupportBundle(input: BundleInput): string {
  const { exchange: ex, method } = input;
  const req = ex.request;
  const res = ex.response;
  const host = new URL(req.url).host;
  const lines = [
    `# ActiveCampaign API support request: ${method.summary}`,
    '',
    `- Time (UTC): ${ex.startedAt}`,
    `- Duration: ${Math.round(ex.durationMs)} ms`,
    `- API: ${ex.api} · Method: ${method.summary} (\`${method.id}\`)`,
    `- Connection host: ${host}`,
    `- Explorer: ${input.explorerVersion} · Browser: ${input.browser}`,
    '',
    '## 1. Full request URL',
    '',
    fence(`${req.method} ${req.url}`),
    '',
    'Request headers:',
    '',
    fence(req.headers.map((h) => `${h.name}: ${h.value}`).join('\n') || '(none)'),
    '',
    '## 2. POST data',
    '',
    req.body === undefined ? `None (${req.method} request without a body).` : fence(cut(req.body), bodyLang(req)),
    '',
    '## 3. Expected response / action',
    '',
    input.expected?.trim() || expectedFromMethod(method),
    '',
    '## 4. Actual response',
    '',
  ];
  if (!res) {
    lines.push(`No response: ${ex.networkError ?? 'the request did not complete.'}`);
  } else {
    if (res.proxyError) {
      lines.push(
        `The explorer's proxy answered, not ActiveCampaign: ${res.proxyError.code} — ${res.proxyError.message}`,
        '',
      );
    }
    lines.push(
      fence(
        [`HTTP ${res.status} ${res.statusText}`.trim(), ...res.headers.map((h) => `${h.name}: ${h.value}`)].join('\n'),
      ),
      '',
      `Body (${res.bytes} bytes):`,
      '',
      res.bodyText === ''
        ? '(empty body)'
        : fence(cut(res.bodyText), /json/i.test(contentType(res.headers)) ? 'json' : ''),
    );
  }
  return lines.join('\n') + '\n';
}

function contentType(headers: readonly { name: string; value: string }[]): string {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
}

function bodyLang(req: Exchange['request']): string {
  return /json/i.test(contentType(req.headers)) ? 'json' : '';
}

function cut(text: string): string {
  if (text.length <= COPY_BODY_LIMIT) return text;
  return `${text.slice(0, COPY_BODY_LIMIT)}\n… [truncated: ${text.length - COPY_BODY_LIMIT} more characters; download the HAR for the whole body]`;
}

/** A fenced block whose fence is longer than any backtick run inside, so bodies cannot break out. */
function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}
