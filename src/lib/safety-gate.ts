import type { MethodDef } from '../core/catalog/types';
import { redactRequest } from '../core/request/redact';
import type { PreparedRequest } from '../core/request/types';
import {
  decideCall,
  decideCalls,
  describeAccount,
  type GuardedConnection,
  type SafetyDecision,
  type SafetyQuestion,
} from '../core/safety/decide';

/**
 * The safety rails inside the one send pipeline: `sendThroughProxy` passes
 * every call through `passSafetyRails` before it takes a rate-budget slot, so
 * send, re-send, paging, Fetch all, Check key and recipes all obey the same
 * decision (src/core/safety/decide.ts). The UI only answers the questions
 * this module asks through the asker the app registers.
 */

/**
 * Thrown when a call is stopped before it leaves the browser: nothing reached the proxy, nothing is recorded.
 * The message completes "Not sent: …", as the method page shows it.
 */
export class NotSentError extends Error {
  constructor(
    message: string,
    /** `refused` by a rule (read-only), `declined` at the question, or no one could be asked. */
    readonly reason: 'refused' | 'declined' | 'unasked',
  ) {
    super(message);
    this.name = 'NotSentError';
  }
}

/** Shows the question and resolves true only on an explicit yes; `signal` withdraws it. */
type Asker = (question: SafetyQuestion, signal?: AbortSignal) => Promise<boolean>;

let asker: Asker | undefined;
// One question at a time: a second risky call (another tab's re-send) waits for the first answer.
let queue: Promise<unknown> = Promise.resolve();

/** Registers the dialog that asks (the app mounts one); returns the function that unregisters it. */
export function provideSafetyAsker(next: Asker): () => void {
  asker = next;
  return () => {
    if (asker === next) asker = undefined;
  };
}

/** A yes given once for several calls on one connection (a recipe): risky steps then run without asking again. */
export interface Approval {
  readonly connectionId: string;
  readonly apiUrl: string;
  readonly methodIds: ReadonlySet<string>;
}
// Only approvals made here count: an object of the right shape built elsewhere is not a yes.
const issued = new WeakSet<Approval>();

/**
 * Asks once for a whole set of calls (e.g. a recipe's steps) on `connection`, before any of them is sent.
 * Resolves with an approval to pass to each `sendCall` / `sendThroughProxy`; rejects with `NotSentError`
 * when the connection is read-only and a step is not a read, or when the user says no.
 */
export async function approveCalls(
  methods: readonly MethodDef[],
  connection: GuardedConnection,
  signal?: AbortSignal,
): Promise<Approval> {
  const decision = decideCalls(
    methods.map((m) => ({ kind: m.kind, summary: m.summary })),
    connection,
  );
  await settle(decision, connection, signal);
  const approval: Approval = {
    connectionId: connection.safety.id,
    apiUrl: connection.apiUrl,
    methodIds: new Set(methods.map((m) => m.id)),
  };
  issued.add(approval);
  return approval;
}

/**
 * Lets the call through, or throws `NotSentError` (refused, or not confirmed). Runs before anything is
 * sent; `approval` (from `approveCalls`) stands for the question when it covers this method and connection.
 */
export async function passSafetyRails(
  method: MethodDef,
  prepared: PreparedRequest,
  connection: GuardedConnection,
  options: { approval?: Approval | undefined; signal?: AbortSignal | undefined } = {},
): Promise<void> {
  // The facts must be about where the request goes, or a sandbox's "never asks" could wave through a real call.
  if (new URL(prepared.url).origin !== new URL(connection.apiUrl).origin) {
    throw new NotSentError(
      `this request goes to ${new URL(prepared.url).host}, not to ${describeAccount(connection)}.`,
      'refused',
    );
  }
  const redacted = redactRequest(prepared);
  const decision = decideCall(
    { kind: method.kind, summary: method.summary, request: `${redacted.method} ${redacted.url}` },
    connection,
  );
  if (decision.verdict === 'confirm' && covers(options.approval, method, connection)) return;
  await settle(decision, connection, options.signal);
}

function covers(approval: Approval | undefined, method: MethodDef, connection: GuardedConnection): boolean {
  return (
    approval !== undefined &&
    issued.has(approval) &&
    approval.connectionId === connection.safety.id &&
    approval.apiUrl === connection.apiUrl &&
    approval.methodIds.has(method.id)
  );
}

async function settle(decision: SafetyDecision, connection: GuardedConnection, signal?: AbortSignal): Promise<void> {
  if (decision.verdict === 'allow') return;
  if (decision.verdict === 'refuse') throw new NotSentError(decision.message, 'refused');
  const ask = asker;
  if (!ask) {
    throw new NotSentError(
      `it needs a yes before it goes to ${describeAccount(connection)}, and nothing on this page can ask.`,
      'unasked',
    );
  }
  const answer = queue.then(() => (signal?.aborted ? false : ask(decision.question, signal)));
  queue = answer.catch(() => undefined);
  // Anything but an explicit yes (a no, a withdrawn question, a failing dialog) stops the call.
  const yes = await answer.catch(() => false);
  if (!yes) {
    throw new NotSentError(
      `cancelled at the confirmation; nothing went to ${describeAccount(connection)}.`,
      'declined',
    );
  }
}
