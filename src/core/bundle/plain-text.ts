import { buildBundle, contractLines, factLines, type BundleInput } from './bundle-model';
import { cutBody } from './support-bundle';

/** The same bundle as plain text, for ticket forms and emails that do not render Markdown. */
export function renderPlainText(input: BundleInput): string {
  const m = buildBundle(input);
  const req = m.exchange.request;
  const res = m.exchange.response;
  const out = [m.title.toUpperCase(), '', ...factLines(m), ''];
  const section = (title: string, ...body: string[]) => out.push(title, '-'.repeat(title.length), ...body, '');
  section('1. Full request URL', `${req.method} ${req.url}`, ...req.headers.map((h) => `${h.name}: ${h.value}`));
  section('2. POST data', req.body === undefined ? `None (${req.method} request without a body).` : cutBody(req.body));
  section('3. Expected response / action', m.expected);
  if (!res) {
    section('4. Actual response', `No response: ${m.exchange.networkError ?? 'the request did not complete.'}`);
  } else {
    section(
      '4. Actual response',
      ...(res.proxyError
        ? [`The explorer's proxy answered, not ActiveCampaign: ${res.proxyError.code} — ${res.proxyError.message}`]
        : []),
      `HTTP ${res.status} ${res.statusText}`.trim(),
      ...res.headers.map((h) => `${h.name}: ${h.value}`),
      '',
      res.bodyText === '' ? '(empty body)' : cutBody(res.bodyText),
    );
  }
  section('Contract check (actual vs documented)', ...contractLines(m).map((l) => `* ${l}`));
  return out.join('\n');
}
