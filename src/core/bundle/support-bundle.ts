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
import type { MarkedHeader } from './marked-exchange';
import { cutMarked, joinMarked, longestBacktickRun, marked, type MarkedText } from './marked-text';

export type { BundleInput } from './bundle-model';

/** Bodies longer than this are cut in copied text (downloads keep them whole). */
export const COPY_BODY_LIMIT = 20_000;

export const HEADER_GROUPS: readonly (keyof SplitHeaders<MarkedHeader>)[] = ['upstream', 'sandbox', 'proxy'];

type Line = string | MarkedText;

/**
 * The support bundle as Markdown: the problem in the user's words, where the
 * call went, then the four things ActiveCampaign support asks for (full
 * request URL, POST data, expected response, actual response), a command to
 * reproduce it and the contract check. Every redaction is marked in the
 * result; its `text` is what gets copied.
 */
export function markdownBundle(m: BundleModel): MarkedText {
  const { marked: ex } = m;
  const req = ex.request;
  const res = ex.response;
  const expected = expectedLines(m);
  const lines: Line[] = [
    `# ${m.title}`,
    '',
    joinMarked(['**Problem:** ', m.problem.text ? m.problem : '(not described)']),
    '',
    ...factLines(m).map((l) => `- ${l}`),
    '',
    '## 1. Full request URL',
    '',
    fence(joinMarked([`${req.method} `, req.url])),
    '',
    'Request headers:',
    '',
    fence(req.headers.length ? headerLines(req.headers) : marked('(none)')),
    '',
    '## 2. POST data',
    '',
    req.body === undefined
      ? `None (${req.method} request without a body).`
      : fence(cutBody(req.body), /json/i.test(contentType(m.exchange.request.headers)) ? 'json' : ''),
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
    lines.push(joinMarked(['No response: ', ex.networkError ?? 'the request did not complete.']));
  } else {
    if (res.proxyError) {
      lines.push(
        joinMarked([
          `The explorer's proxy answered, not ActiveCampaign: ${res.proxyError.code} — `,
          res.proxyError.message,
        ]),
        '',
      );
    }
    lines.push(fence(marked(`HTTP ${res.status} ${res.statusText}`.trim())), '');
    const titles = headerGroupTitles(m);
    for (const group of HEADER_GROUPS) {
      const headers = m.headers?.[group] ?? [];
      if (headers.length === 0) continue;
      lines.push(`${titles[group]}:`, '', fence(headerLines(headers)), '');
    }
    lines.push(
      `Body (${res.bytes} bytes):`,
      '',
      res.bodyText.text === ''
        ? '(empty body)'
        : fence(cutBody(res.bodyText), /json/i.test(contentType(m.exchange.response?.headers ?? [])) ? 'json' : ''),
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
    '',
  );
  return joinMarked(lines, '\n');
}

/** The Markdown bundle as the string that is copied. */
export function renderSupportBundle(input: BundleInput | BundleModel): string {
  return markdownBundle(asModel(input)).text;
}

/** `name: value` lines, one per header. */
export function headerLines(headers: readonly MarkedHeader[]): MarkedText {
  return joinMarked(
    headers.map((h) => joinMarked([`${h.name}: `, h.value])),
    '\n',
  );
}

/** Cuts a body for copied text, with a note saying how much is missing and where to get it whole. */
export function cutBody(text: MarkedText): MarkedText {
  if (text.text.length <= COPY_BODY_LIMIT) return text;
  const kept = cutMarked(text, COPY_BODY_LIMIT);
  return joinMarked([
    kept,
    `\n… [truncated: ${text.text.length - kept.text.length} more characters; download the HAR for the whole body]`,
  ]);
}

/** A fenced block whose fence is longer than any backtick run inside, so bodies cannot break out. */
function fence(text: MarkedText, lang = ''): MarkedText {
  const f = '`'.repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return joinMarked([`${f}${lang}\n`, text, `\n${f}`]);
}
