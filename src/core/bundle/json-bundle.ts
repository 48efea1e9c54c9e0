import { buildBundle, type BundleInput } from './bundle-model';

/** The bundle as a JSON document for download: the same facts, with whole bodies. */
export function renderJsonBundle(input: BundleInput): string {
  const m = buildBundle(input);
  const ex = m.exchange;
  const doc = {
    format: 'activecampaign-explorer-support-bundle/1',
    time: ex.startedAt,
    durationMs: Math.round(ex.durationMs),
    api: ex.api,
    method: { id: m.method.id, summary: m.method.summary },
    connectionHost: m.host,
    explorerVersion: m.explorerVersion,
    browser: m.browser,
    request: ex.request,
    expected: m.expected,
    actual: ex.response ?? { networkError: ex.networkError ?? 'the request did not complete.' },
    contractCheck: m.contract ?? null,
    redaction: 'API keys and secret parameters are replaced by [REDACTED].',
  };
  return JSON.stringify(doc, null, 2);
}
