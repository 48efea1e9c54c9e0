import {
  asModel,
  contentType,
  contractLines,
  expectedLines,
  factLines,
  headerGroupTitles,
  type BundleInput,
  type BundleModel,
} from './bundle-model';
import type { SplitHeaders } from './header-origin';

export type { BundleInput } from './bundle-model';

/** Bodies longer than this are cut in copied text (downloads keep them whole). */
export const COPY_BODY_LIMIT = 20_000;

const HEADER_GROUPS: readonly (keyof SplitHeaders)[] = ['upstream', 'sandbox', 'proxy'];

/**
 * The support bundle as Markdown: the problem in the user's words, where the
 * call went, then the four things ActiveCampaign support asks for (full
 * request URL, POST data, expected response, actual response), a command to
 * reproduce it and the contract check. Input is already redacted (exchanges
 * are redacted when captured), and the user's redaction policy is applied on top.
 */
export function renderSupportBundle(input: BundleInput | BundleModel): string {
  const m = asModel(input);
  const { exchange: ex } = m;
  const req = ex.request;
  const res = ex.response;
  const expected = expectedLines(m);
  const lines = [
    `# ${m.title}`,
    '',
    `**Problem:** ${m.problem || '(not described)'}`,
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
    expected.summary,
    ...(expected.outline.length
      ? ['', 'Documented shape (top-level keys; the full example is in the JSON download):', '']
      : []),
    ...expected.outline.map((l) => `- ${l}`),
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
    lines.push(fence(`HTTP ${res.status} ${res.statusText}`.trim()), '');
    const titles = headerGroupTitles(m);
    for (const group of HEADER_GROUPS) {
      const headers = m.headers?.[group] ?? [];
      if (headers.length === 0) continue;
      lines.push(`${titles[group]}:`, '', fence(headers.map((h) => `${h.name}: ${h.value}`).join('\n')), '');
    }
    lines.push(
      `Body (${res.bytes} bytes):`,
      '',
      res.bodyText === ''
        ? '(empty body)'
        : fence(cutBody(res.bodyText), /json/i.test(contentType(res.headers)) ? 'json' : ''),
    );
  }
  lines.push(
    '',
    '## Reproduce',
    '',
    'The same request with cURL (put your API key in place of YOUR_API_KEY):',
    '',
    fence(m.reproduction, 'sh'),
    '',
    '### Contract check (actual vs documented)',
    '',
    ...contractLines(m).map((l) => `- ${l}`),
  );
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
