import {
  asModel,
  contractLines,
  expectedLines,
  factLines,
  headerGroupTitles,
  type BundleInput,
  type BundleModel,
} from './bundle-model';
import type { SplitHeaders } from './header-origin';
import { cutBody } from './support-bundle';

const HEADER_GROUPS: readonly (keyof SplitHeaders)[] = ['upstream', 'sandbox', 'proxy'];

/** The same bundle as plain text, for ticket forms and emails that do not render Markdown. */
export function renderPlainText(input: BundleInput | BundleModel): string {
  const m = asModel(input);
  const req = m.exchange.request;
  const res = m.exchange.response;
  const expected = expectedLines(m);
  const out = [m.title.toUpperCase(), '', `Problem: ${m.problem || '(not described)'}`, '', ...factLines(m), ''];
  const section = (title: string, ...body: string[]) => out.push(title, '-'.repeat(title.length), ...body, '');
  section('1. Full request URL', `${req.method} ${req.url}`, ...req.headers.map((h) => `${h.name}: ${h.value}`));
  section('2. POST data', req.body === undefined ? `None (${req.method} request without a body).` : cutBody(req.body));
  section(
    '3. Expected response / action',
    expected.summary,
    ...(expected.outline.length
      ? ['', 'Documented shape (top-level keys; the full example is in the JSON download):']
      : []),
    ...expected.outline.map((l) => `* ${l}`),
  );
  if (!res) {
    section('4. Actual response', `No response: ${m.exchange.networkError ?? 'the request did not complete.'}`);
  } else {
    const titles = headerGroupTitles(m);
    const headerLines = HEADER_GROUPS.flatMap((group) => {
      const headers = m.headers?.[group] ?? [];
      return headers.length ? ['', `${titles[group]}:`, ...headers.map((h) => `${h.name}: ${h.value}`)] : [];
    });
    section(
      '4. Actual response',
      ...(res.proxyError
        ? [`The explorer's proxy answered, not ActiveCampaign: ${res.proxyError.code} — ${res.proxyError.message}`]
        : []),
      `HTTP ${res.status} ${res.statusText}`.trim(),
      ...headerLines,
      '',
      `Body (${res.bytes} bytes):`,
      res.bodyText === '' ? '(empty body)' : cutBody(res.bodyText),
    );
  }
  section('Reproduce (put your API key in place of YOUR_API_KEY)', m.reproduction);
  section('Contract check (actual vs documented)', ...contractLines(m).map((l) => `* ${l}`));
  return out.join('\n');
}
