import type { MethodDef } from '../catalog/types';
import { checkContract, type ContractDifference } from '../contract/check-contract';
import type { Exchange } from '../exchange/types';
import { expectedResponse, type ExpectedResponse } from './expected-outline';
import { splitHeaders, type SplitHeaders } from './header-origin';
import { markCaptured, mapTexts, plainExchange, type MarkedExchange, type MarkedHeader } from './marked-exchange';
import { marked, type MarkedText } from './marked-text';
import { DEFAULT_POLICY, policyRedactor, type RedactionPolicy } from './redaction-policy';
import { reproductionCommand } from './reproduction';

/** Where the call went, as the page knows it. */
export interface BundleConnection {
  /** True for the explorer's built-in offline sandbox. */
  sandbox: boolean;
  /** The account's name when Check key has learnt it. */
  accountName?: string | undefined;
}

export interface BundleInput {
  exchange: Exchange;
  method: MethodDef;
  explorerVersion: string;
  browser: string;
  /** Sandbox or an account; without it the kind is read off the URL (loopback = sandbox). */
  connection?: BundleConnection;
  /** The one-line problem description the user typed. */
  problem?: string;
  /** Fields the user marked and contact masking, on top of the key and catalog secrets (default: DEFAULT_POLICY). */
  policy?: RedactionPolicy;
  /** Leave the contract unchecked (the page does this for large bodies until asked); copied texts never set it. */
  skipContract?: boolean;
}

interface ConnectionFacts {
  kind: 'sandbox' | 'account';
  /** One line for people, e.g. "Sandbox (the explorer's offline stand-in, not ActiveCampaign)". */
  label: string;
  /** The API URL (origin) the call went to. */
  apiUrl: string;
  accountName?: string;
}

/** Everything every bundle format shows, computed once so Markdown, text, JSON and HAR cannot disagree. */
export interface BundleModel {
  title: string;
  /** The exchange with the user's redaction applied on top of the key's, every redaction marked. */
  marked: MarkedExchange;
  /** The same exchange as plain strings (HAR and the JSON download). */
  exchange: Exchange;
  method: MethodDef;
  connection: ConnectionFacts;
  /** Folded to one line, with the user's redaction applied; empty when the user wrote nothing. */
  problem: MarkedText;
  /** A cURL command for the same URL, with YOUR_API_KEY (marked as the key) for the key. */
  reproduction: MarkedText;
  /** The answer's headers sorted by who added them; undefined without an HTTP answer. */
  headers?: SplitHeaders<MarkedHeader>;
  /** The documented success; undefined when the catalog documents none. */
  expected?: ExpectedResponse;
  /** Undefined when there is no HTTP answer to check (network failure, proxy refusal). */
  contract?: ContractDifference[];
  /** True when the check was left for the user to ask for; `contract` is then undefined. */
  contractSkipped?: boolean;
  explorerVersion: string;
  browser: string;
  /** What the user asked to hide on top of the key. */
  policy: RedactionPolicy;
  /** The user's redaction for this exchange, for texts added later (a new problem description). */
  redact: (text: MarkedText) => MarkedText;
}

/** Bodies longer than this are checked only on request: parsing them would hold up the response's first paint. */
export const CONTRACT_AUTO_LIMIT = 256 * 1024;

/** Whether the page should wait for the user before checking this answer against the contract. */
export function contractCheckDeferred(exchange: Exchange): boolean {
  const res = exchange.response;
  return res !== undefined && !res.proxyError && res.bodyText.length > CONTRACT_AUTO_LIMIT;
}

/** A problem description as one line: newlines and runs of spaces folded. */
function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Marks the redactions the capture made, applies the user's policy on top and
 * gathers the bundle's facts. Input exchanges are already key-redacted.
 */
export function buildBundle(input: BundleInput): BundleModel {
  const policy = input.policy ?? DEFAULT_POLICY;
  const redact = policyRedactor(input.exchange, policy);
  const markedExchange = mapTexts(markCaptured(input.exchange), redact);
  const exchange = plainExchange(markedExchange);
  const res = markedExchange.response;
  const captured = input.exchange.response;
  const connection = connectionFacts(exchange.request.url, input.connection);
  const expected = expectedResponse(input.method);
  return {
    title: `ActiveCampaign API support request: ${input.method.summary}`,
    marked: markedExchange,
    exchange,
    method: input.method,
    connection,
    problem: redact(marked(oneLine(input.problem))),
    reproduction: reproductionCommand(markedExchange.request),
    ...(res ? { headers: splitHeaders(res.headers, connection.kind === 'sandbox') } : {}),
    ...(expected ? { expected } : {}),
    // The check reads the answer as captured: masking turns values into placeholders, never changes the shape.
    ...(captured && !captured.proxyError
      ? input.skipContract
        ? { contractSkipped: true }
        : { contract: checkContract(input.method, captured.status, captured.bodyText) }
      : {}),
    explorerVersion: input.explorerVersion,
    browser: input.browser,
    policy,
    redact,
  };
}

/** The model with a new problem description (the page's typing does not redo the redaction of whole bodies). */
export function describeProblem(m: BundleModel, problem: string): BundleModel {
  return { ...m, problem: m.redact(marked(oneLine(problem))) };
}

/** Whether a value is a built model rather than its input (renderers take either). */
export function asModel(x: BundleInput | BundleModel): BundleModel {
  return 'reproduction' in x ? x : buildBundle(x);
}

function connectionFacts(url: string, given: BundleConnection | undefined): ConnectionFacts {
  let apiUrl = '(unknown)';
  let host = '';
  try {
    const u = new URL(url);
    apiUrl = u.origin;
    host = u.hostname;
  } catch {
    // An unparsable URL is shown as unknown; the full URL is in item 1 anyway.
  }
  const sandbox = given?.sandbox ?? /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(host);
  if (sandbox) {
    return {
      kind: 'sandbox',
      label: "Sandbox: the explorer's offline stand-in for an account, not ActiveCampaign",
      apiUrl,
    };
  }
  const name = given?.accountName?.trim();
  return {
    kind: 'account',
    label: name ? `ActiveCampaign account "${name}" (${host})` : `ActiveCampaign account at ${host || apiUrl}`,
    apiUrl,
    ...(name ? { accountName: name } : {}),
  };
}

/** The lines of facts shared by the text formats. */
export function factLines(m: BundleModel): string[] {
  const ex = m.exchange;
  return [
    `Connection: ${m.connection.label}`,
    `API URL: ${m.connection.apiUrl}`,
    `Time (UTC): ${ex.startedAt}`,
    `Duration: ${Math.round(ex.durationMs)} ms`,
    `API: ${ex.api} · Method: ${m.method.summary} (${m.method.id})`,
    `Explorer: ${m.explorerVersion} · Browser: ${m.browser}`,
  ];
}

/** The expected response in words: status and meaning, then the documented shape's outline. */
export function expectedLines(m: BundleModel): { summary: string; outline: string[] } {
  const e = m.expected;
  if (!e) return { summary: `${m.method.summary}. No success response is documented.`, outline: [] };
  const v1 = e.resultCode ? ' with result_code 1' : '';
  return { summary: `HTTP ${e.status}${v1}: ${e.meaning}`, outline: e.outline };
}

/** Headings for each origin of response headers, in the words the bundle uses. */
export function headerGroupTitles(m: BundleModel): Record<keyof SplitHeaders<MarkedHeader>, string> {
  return {
    upstream:
      m.connection.kind === 'sandbox'
        ? 'Headers from the sandbox (standing in for ActiveCampaign)'
        : 'Headers from ActiveCampaign',
    proxy: "Added by the explorer's proxy (not from ActiveCampaign)",
    sandbox: 'Added by the sandbox (ActiveCampaign does not send these)',
  };
}

/** What the placeholders stand for, in one sentence (the JSON download and HAR carry it). */
export function redactionNote(m: BundleModel): string {
  const parts = ['API keys and secret parameters are replaced by [REDACTED]'];
  if (m.policy.fields.length) parts.push(`values of ${m.policy.fields.join(', ')} by [REDACTED]`);
  if (m.policy.maskContacts) parts.push('email addresses by [EMAIL] and phone numbers by [PHONE]');
  return `${parts.join('; ')}.`;
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
