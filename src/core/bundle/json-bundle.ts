import { asModel, type BundleInput, type BundleModel } from './bundle-model';

/** The bundle as a JSON document for download: the same facts, with whole bodies and the full documented example. */
export function renderJsonBundle(input: BundleInput | BundleModel): string {
  const m = asModel(input);
  const ex = m.exchange;
  const res = ex.response;
  const doc = {
    format: 'activecampaign-explorer-support-bundle/2',
    problem: m.problem,
    connection: m.connection,
    time: ex.startedAt,
    durationMs: Math.round(ex.durationMs),
    api: ex.api,
    method: { id: m.method.id, summary: m.method.summary },
    explorerVersion: m.explorerVersion,
    browser: m.browser,
    request: ex.request,
    reproduction: m.reproduction,
    expected: m.expected ?? null,
    actual: res
      ? {
          status: res.status,
          statusText: res.statusText,
          headers: {
            fromServer: m.headers?.upstream ?? [],
            addedByProxy: m.headers?.proxy ?? [],
            addedBySandbox: m.headers?.sandbox ?? [],
          },
          bodyText: res.bodyText,
          bytes: res.bytes,
          ...(res.proxyError ? { proxyError: res.proxyError } : {}),
        }
      : { networkError: ex.networkError ?? 'the request did not complete.' },
    contractCheck: m.contract ?? null,
    redaction: 'API keys and secret parameters are replaced by [REDACTED].',
  };
  return JSON.stringify(doc, null, 2);
}
