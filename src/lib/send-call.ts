import { mutationOptions } from '@tanstack/react-query';
import type { MethodDef } from '../core/catalog/types';
import type { Exchange } from '../core/exchange/types';
import { buildRequest } from '../core/request/build-request';
import type { MethodValues } from '../core/request/types';
import type { GuardedConnection } from '../core/safety/decide';
import { recordCall } from './history-store';
import { bodyBytesOf, sendThroughProxy, type SendOptions } from './proxy-client';
import type { Approval } from './safety-gate';

/** One call: which method, with which form values, over which connection. */
export interface SendCallVariables {
  method: MethodDef;
  values: MethodValues;
  /** The resolved connection, or why there is none (the call then fails with that message, unsent). */
  connection: GuardedConnection | { ok: false; message: string };
  /** Aborts the request in flight (a Cancel button); the exchange then reports it as a network error. */
  signal?: AbortSignal;
  /** A recipe's yes for all its steps (`approveCalls`), so a risky step does not ask again. */
  approval?: Approval;
}

/** What differs between callers: the method page feeds the response parser, history just stores. */
export interface SendCallHooks {
  /** Runs just before the request goes out (e.g. to start the parser worker while it is in flight). */
  onStart?: () => void;
  onBody?: SendOptions['onBody'];
  /** The body as a Blob for history; by default made from its bytes when they are unredacted. */
  bodyBlob?: (bytes: ArrayBuffer | undefined) => Promise<Blob | undefined>;
  /** Resolve only once the call is in history (re-send shows it at the top of the list right after). */
  awaitRecord?: boolean;
}

const plainBlob = async (bytes: ArrayBuffer | undefined) => bytes && new Blob([bytes]);

/**
 * The one way a call is made: built by `buildRequest`, sent by
 * `sendThroughProxy` (whose safety rails may refuse it or ask first: a
 * `NotSentError` then rejects this, and nothing is recorded), recorded in
 * history. The method page and history's re-send both come through here,
 * so they cannot drift apart.
 */
export async function sendCall(variables: SendCallVariables, hooks: SendCallHooks = {}): Promise<Exchange> {
  const { method, values, connection, signal, approval } = variables;
  if ('ok' in connection) throw new Error(connection.message);
  hooks.onStart?.();
  const prepared = buildRequest(method, values, connection);
  const exchange = await sendThroughProxy(method, prepared, connection, {
    ...(hooks.onBody ? { onBody: hooks.onBody } : {}),
    ...(signal ? { signal } : {}),
    ...(approval ? { approval } : {}),
  });
  const bodyBlob = hooks.bodyBlob ?? plainBlob;
  const recorded = recordCall(exchange, values, prepared.secrets, () =>
    bodyBlob(exchange.response && bodyBytesOf(exchange.response)),
  );
  if (hooks.awaitRecord) await recorded;
  return exchange;
}

/** `useMutation(sendCallOptions(hooks))`: send, record and re-send as a TanStack mutation. */
export function sendCallOptions(hooks: SendCallHooks = {}) {
  return mutationOptions({
    mutationKey: ['send-call'],
    mutationFn: (variables: SendCallVariables) => sendCall(variables, hooks),
  });
}
