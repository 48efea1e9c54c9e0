/**
 * The safety rails on real accounts, as one pure decision: a call's kind and
 * the facts of the connection it goes to give allow, refuse (with the reason)
 * or confirm (with the question to ask). The send pipeline enforces it
 * (src/lib/safety-gate.ts); the UI only asks the question.
 */
import type { MethodKind } from '../catalog/types';
import type { Connection } from '../request/types';

/** What the rails know about a connection. */
export interface ConnectionSafety {
  /** `sandbox`, or the saved connection's id: an approval holds only on the connection it was given for. */
  id: string;
  /** The name the user gave it, e.g. "Production". */
  name: string;
  /** The built-in local sandbox, which never asks. */
  sandbox: boolean;
  /** Marked read-only in its settings: only reads leave the browser. */
  readOnly: boolean;
  /** Whose key this is, as Check key found it (e.g. "Jane Doe, jane@example.com"), when it was checked. */
  keyOwner?: string | undefined;
}

/** A connection as the browser sends through it: where, with which key, and what the rails decide on. */
export interface GuardedConnection extends Connection {
  safety: ConnectionSafety;
}

/** One call as the rails see it. */
export interface CallIntent {
  kind: MethodKind;
  /** The method's summary, e.g. "Delete a contact". */
  summary: string;
  /** The request line with the key redacted, e.g. `DELETE https://acme.api-us1.com/api/3/contacts/42`. */
  request?: string | undefined;
}

/** What to ask before calls that need a yes, in words that name the account and say what will happen. */
export interface SafetyQuestion {
  title: string;
  /** The account: the connection's name, its host and whose key it is when known. */
  account: string;
  /** One line per call that needs the yes: what it does, and its request line when known. */
  effects: readonly { summary: string; effect: string; request?: string | undefined }[];
  /** The confirm button's words: the call's own summary, or "Run N steps" for several. */
  confirmLabel: string;
}

export type SafetyDecision =
  { verdict: 'allow' } | { verdict: 'refuse'; message: string } | { verdict: 'confirm'; question: SafetyQuestion };

/** How a kind reads in a sentence: "a destructive call". */
const KIND_NAMES: Readonly<Record<MethodKind, string>> = {
  read: 'read',
  write: 'write',
  destructive: 'destructive',
  'sends-messages': 'message-sending',
};

/** What a call of each kind that needs a yes does to a real account. */
const EFFECTS: Readonly<Record<'destructive' | 'sends-messages', string>> = {
  destructive: 'Deletes or overwrites data; the explorer cannot undo it.',
  'sends-messages': 'Can send email or SMS to real people (campaigns, automations, autoresponders).',
};

const UNNAMED = 'Unnamed connection';

const needsYes = (kind: MethodKind): kind is 'destructive' | 'sends-messages' =>
  kind === 'destructive' || kind === 'sends-messages';

/** The account in words: `“Production” (acme.api-us1.com, key of Jane Doe)`. */
export function describeAccount(connection: GuardedConnection): string {
  const host = hostOf(connection.apiUrl);
  const owner = connection.safety.keyOwner ? `, key of ${connection.safety.keyOwner}` : '';
  return `“${connection.safety.name || UNNAMED}” (${host}${owner})`;
}

/** Decides one call: the sandbox never asks, a read-only connection refuses all but reads, risky calls ask. */
export function decideCall(call: CallIntent, connection: GuardedConnection): SafetyDecision {
  return decideCalls([call], connection);
}

/**
 * Decides several calls at once (a recipe): refused if a read-only connection would refuse any of them,
 * otherwise one question for all the calls that need a yes, so a run asks once.
 */
export function decideCalls(calls: readonly CallIntent[], connection: GuardedConnection): SafetyDecision {
  const { safety } = connection;
  const account = describeAccount(connection);
  if (safety.readOnly) {
    const blocked = calls.filter((c) => c.kind !== 'read');
    if (blocked.length > 0) return { verdict: 'refuse', message: readOnlyMessage(blocked, account, calls.length) };
  }
  if (safety.sandbox) return { verdict: 'allow' };
  const risky = calls.filter((c) => needsYes(c.kind));
  if (risky.length === 0) return { verdict: 'allow' };
  const kinds = new Set(risky.map((c) => c.kind));
  const name = `“${safety.name || UNNAMED}”`;
  const title =
    kinds.size > 1
      ? `Change data and send messages in ${name}?`
      : kinds.has('destructive')
        ? `Delete or overwrite data in ${name}?`
        : `Send messages from ${name}?`;
  return {
    verdict: 'confirm',
    question: {
      title,
      account,
      effects: risky.map((c) => ({
        summary: c.summary,
        effect: EFFECTS[c.kind as 'destructive' | 'sends-messages'],
        ...(c.request ? { request: c.request } : {}),
      })),
      confirmLabel: calls.length === 1 && risky[0] ? risky[0].summary : `Run ${calls.length} steps`,
    },
  };
}

function readOnlyMessage(blocked: readonly CallIntent[], account: string, total: number): string {
  const fix =
    'Only reads leave the browser on a read-only connection; clear "Read-only" in Connection settings to allow it.';
  const [first] = blocked;
  if (total === 1 && first) {
    return `${account} is read-only and “${first.summary}” is a ${KIND_NAMES[first.kind]} call. ${fix}`;
  }
  const list = blocked.map((c) => `“${c.summary}” (${KIND_NAMES[c.kind]})`).join(', ');
  return `${account} is read-only and ${blocked.length} of the ${total} steps are not reads: ${list}. None was sent. ${fix}`;
}

function hostOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return apiUrl;
  }
}
