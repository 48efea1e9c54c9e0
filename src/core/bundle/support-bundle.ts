import { buildBundle, contentType, contractLines, factLines, type BundleInput } from './bundle-model';

export { expectedFromMethod, type BundleInput } from './bundle-model';

/** Bodies longer than this are cut in copied text (downloads keep them whole). */
export const COPY_BODY_LIMIT = 20_000;

/**
 * The four things ActiveCampaign support asks for, as Markdown: full request
 * URL, POST data, expected response and actual response, plus the contract
 * check. Input is already redacted (exchanges are redacted when captured), and
 * the user's redaction policy is applied on top.
 */
export function renderSupportBundle(input: BundleInput): string {
  const m = buildBundle(input);
  const { exchange: ex } = m;
  const req = ex.request;
  const res = ex.response;
  const lines = [
    `# ${m.title}`,
    '',
    ...factLines(m).map((l) => `- ${l}`),
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
    req.body === undefined ? `None (${req.method} request without a body).` : fence(cutBody(req.body), bodyLang(req)),
    '',
    '## 3. Expected response / action',
    '',
    m.expected,
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
        : fence(cutBody(res.bodyText), /json/i.test(contentType(res.headers)) ? 'json' : ''),
    );
  }
  lines.push('', '### Contract check (actual vs documented)', '', ...contractLines(m).map((l) => `- ${l}`));
  return lines.join('\n') + '\n';
}

function bodyLang(req: { headers: readonly { name: string; value: string }[] }): string {
  return /json/i.test(contentType(req.headers)) ? 'json' : '';
}

/** Cuts a body for copied text, with a note saying how much is missing and where to get it whole. */
export function cutBody(text: string): string {
  if (text.length <= COPY_BODY_LIMIT) return text;
  return `${text.slice(0, COPY_BODY_LIMIT)}\n… [truncated: ${text.length - COPY_BODY_LIMIT} more characters; download the HAR for the whole body]`;
}

/** A fenced block whose fence is longer than any backtick run inside, so bodies cannot break out. */
function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}
