import { asModel, redactionNote, type BundleInput, type BundleModel } from './bundle-model';
import type { MarkedHeader } from './marked-exchange';

const plain = (headers: readonly MarkedHeader[] | undefined) =>
  (headers ?? []).map((h) => ({ name: h.name, value: h.value.text }));

/** The bundle as a JSON document for download: the same facts, with whole bodies and the full documented example. */
export function renderJsonBundle(input: BundleInput | BundleModel): string {
  const m = asModel(input);
  const ex = m.exchange;
  const res = ex.response;
  const doc = {
    format: 'activecampaign-explorer-support-bundle/2',
    problem: m.problem.text,
    connection: m.connection,
    time: ex.startedAt,
    durationMs: Math.round(ex.durationMs),
    api: ex.api,
    method: { id: m.method.id, summary: m.method.summary },
    explorerVersion: m.explorerVersion,
    browser: m.browser,
    request: ex.request,
    reproduction: m.reproduction.text,
    expected: m.expected ?? null,
    actual: res
      ? {
          status: res.status,
          statusText: res.statusText,
          headers: {
            fromServer: plain(m.headers?.upstream),
            addedByProxy: plain(m.headers?.proxy),
            addedBySandbox: plain(m.headers?.sandbox),
          },
          bodyText: res.bodyText,
          bytes: res.bytes,
          ...(res.proxyError ? { proxyError: res.proxyError } : {}),
        }
      : { networkError: ex.networkError ?? 'the request did not complete.' },
    contractCheck: m.contract ?? null,
    redaction: redactionNote(m),
  };
  return JSON.stringify(doc, null, 2);
}
