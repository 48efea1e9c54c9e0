import type { MethodDef } from '../catalog/types';
import { checkContract, type ContractDifference } from '../contract/check-contract';
import type { Exchange } from '../exchange/types';
import { applyPolicy, NO_EXTRA_REDACTION, type RedactionPolicy } from './redaction-policy';

export interface BundleInput {
  exchange: Exchange;
  method: MethodDef;
  /** What the user expected; defaults to the method's documented success. */
  expected?: string;
  explorerVersion: string;
  browser: string;
  /** Fields the user marked and contact masking, on top of the key and catalog secrets. */
  policy?: RedactionPolicy;
  /** Leave the contract unchecked (the page does this for large bodies until asked); copied texts never set it. */
  skipContract?: boolean;
}

/** Everything every bundle format shows, computed once so Markdown, text, JSON and HAR cannot disagree. */
export interface BundleModel {
  title: string;
  exchange: Exchange;
  method: MethodDef;
  host: string;
  expected: string;
  /** Undefined when there is no HTTP answer to check (network failure, proxy refusal). */
  contract?: ContractDifference[];
  /** True when the check was left for the user to ask for; `contract` is then undefined. */
  contractSkipped?: boolean;
  explorerVersion: string;
  browser: string;
}

/** Bodies longer than this are checked only on request: parsing them would hold up the response's first paint. */
export const CONTRACT_AUTO_LIMIT = 256 * 1024;

/** Whether the page should wait for the user before checking this answer against the contract. */
export function contractCheckDeferred(exchange: Exchange): boolean {
  const res = exchange.response;
  return res !== undefined && !res.proxyError && res.bodyText.length > CONTRACT_AUTO_LIMIT;
}

/** The documented success of a method, in words, to prefill "expected response". */
export function expectedFromMethod(method: MethodDef): string {
  const ok = method.responses.find((r) => r.status >= 200 && r.status < 300);
  if (!ok) return `${method.summary}.`;
  const shape = ok.example === undefined ? '' : `\nDocumented shape: ${JSON.stringify(ok.example)}`;
  const v1 = method.api === 'v1' ? ' with result_code 1' : '';
  return `HTTP ${ok.status}${v1}: ${ok.description}${shape}`;
}

/** Applies the redaction policy and gathers the bundle's facts. Input exchanges are already key-redacted. */
export function buildBundle(input: BundleInput): BundleModel {
  const exchange = applyPolicy(input.exchange, input.policy ?? NO_EXTRA_REDACTION);
  const res = exchange.response;
  return {
    title: `ActiveCampaign API support request: ${input.method.summary}`,
    exchange,
    method: input.method,
    host: hostOf(exchange.request.url),
    expected: input.expected?.trim() || expectedFromMethod(input.method),
    ...(res && !res.proxyError
      ? input.skipContract
        ? { contractSkipped: true }
        : { contract: checkContract(input.method, res.status, res.bodyText) }
      : {}),
    explorerVersion: input.explorerVersion,
    browser: input.browser,
  };
}

/** The lines of facts shared by the text formats. */
export function factLines(m: BundleModel): string[] {
  const ex = m.exchange;
  return [
    `Time (UTC): ${ex.startedAt}`,
    `Duration: ${Math.round(ex.durationMs)} ms`,
    `API: ${ex.api} · Method: ${m.method.summary} (${m.method.id})`,
    `Connection host: ${m.host}`,
    `Explorer: ${m.explorerVersion} · Browser: ${m.browser}`,
  ];
}

/** The contract check in words, one line per difference. */
export function contractLines(m: BundleModel): string[] {
  if (m.contractSkipped) return ['Not checked: the body is large and the check was not run.'];
  if (!m.contract) return ['Not checked: no HTTP answer from ActiveCampaign.'];
  if (m.contract.length === 0)
    return [`The response matches the documented HTTP ${m.exchange.response?.status} shape.`];
  return m.contract.map((d) => d.message);
}

export function contentType(headers: readonly { name: string; value: string }[]): string {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(unknown)';
  }
}
