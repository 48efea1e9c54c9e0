import {
  asModel,
  contractLines,
  expectedLines,
  factLines,
  headerGroupTitles,
  type BundleInput,
  type BundleModel,
} from './bundle-model';
import { joinMarked, marked, type MarkedText } from './marked-text';
import { cutBody, HEADER_GROUPS, headerLines } from './support-bundle';

type Line = string | MarkedText;

/** The same bundle as plain text, for ticket forms and emails that do not render Markdown; redactions marked. */
export function plainTextBundle(m: BundleModel): MarkedText {
  const req = m.marked.request;
  const res = m.marked.response;
  const expected = expectedLines(m);
  const out: Line[] = [
    m.title.toUpperCase(),
    '',
    joinMarked(['Problem: ', m.problem.text ? m.problem : '(not described)']),
    '',
    ...factLines(m),
    '',
  ];
  const section = (title: string, ...body: Line[]) => out.push(title, '-'.repeat(title.length), ...body, '');
  section(
    '1. Full request URL',
    joinMarked([`${req.method} `, req.url]),
    ...(req.headers.length ? [headerLines(req.headers)] : []),
  );
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
    section(
      '4. Actual response',
      joinMarked(['No response: ', m.marked.networkError ?? 'the request did not complete.']),
    );
  } else {
    const titles = headerGroupTitles(m);
    const headerBlocks = HEADER_GROUPS.flatMap((group) => {
      const headers = m.headers?.[group] ?? [];
      return headers.length ? ['', `${titles[group]}:`, headerLines(headers)] : [];
    });
    section(
      '4. Actual response',
      ...(res.proxyError
        ? [
            joinMarked([
              `The explorer's proxy answered, not ActiveCampaign: ${res.proxyError.code} — `,
              res.proxyError.message,
            ]),
          ]
        : []),
      marked(`HTTP ${res.status} ${res.statusText}`.trim()),
      ...headerBlocks,
      '',
      `Body (${res.bytes} bytes):`,
      res.bodyText.text === '' ? '(empty body)' : cutBody(res.bodyText),
    );
  }
  section('Reproduce (put your API key in place of YOUR_API_KEY)', m.reproduction);
  section('Contract check (actual vs documented)', ...contractLines(m).map((l) => `* ${l}`));
  return joinMarked(out, '\n');
}

/** The plain-text bundle as the string that is copied. */
export function renderPlainText(input: BundleInput | BundleModel): string {
  return plainTextBundle(asModel(input)).text;
}
