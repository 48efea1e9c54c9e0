import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodDef, MethodKind } from '../core/catalog/types';
import { buildRequest } from '../core/request/build-request';
import type { GuardedConnection, SafetyQuestion } from '../core/safety/decide';
import { recordCall } from './history-store';
import { sendThroughProxy } from './proxy-client';
import { approveCalls, NotSentError, provideSafetyAsker, type Approval } from './safety-gate';
import { sendCall } from './send-call';

vi.mock('./history-store', () => ({ recordCall: vi.fn(async () => {}) }));

function method(kind: MethodKind, id = `v3.test.${kind}`): MethodDef {
  return {
    id,
    api: 'v3',
    group: 'Test',
    summary: `Test ${kind}`,
    description: 'Test',
    http: kind === 'read' ? 'GET' : kind === 'destructive' ? 'DELETE' : 'POST',
    kind,
    path: '/api/3/things/{id}',
    params: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    responses: [],
  };
}

const KEY = 'k'.repeat(64);
const account = (over: Partial<GuardedConnection['safety']> = {}): GuardedConnection => ({
  apiUrl: 'https://acme.api-us1.com',
  apiKey: KEY,
  safety: { id: 'acme', name: 'Acme live', sandbox: false, readOnly: false, ...over },
});
const sandbox: GuardedConnection = {
  apiUrl: 'http://127.0.0.1:5174',
  apiKey: KEY,
  safety: { id: 'sandbox', name: 'Sandbox', sandbox: true, readOnly: false },
};
const values = { params: { id: 42 } };

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
let unregister: (() => void) | undefined;

function stubFetch() {
  fetchMock = vi.fn<typeof fetch>(async () => new Response('{}', { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
}

/** Registers an asker answering `answer` and returns the questions it was asked. */
function answering(answer: boolean): SafetyQuestion[] {
  const asked: SafetyQuestion[] = [];
  unregister = provideSafetyAsker(async (q) => {
    asked.push(q);
    return answer;
  });
  return asked;
}

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.unstubAllGlobals();
  vi.mocked(recordCall).mockClear();
});

describe('the safety rails in the send pipeline', () => {
  it('refuses a write on a read-only connection before anything is sent or recorded, naming both', async () => {
    stubFetch();
    const asked = answering(true);
    const sent = sendCall({ method: method('write'), values, connection: account({ readOnly: true }) });
    await expect(sent).rejects.toThrow(NotSentError);
    await expect(sent).rejects.toThrow('“Acme live” (acme.api-us1.com) is read-only and “Test write” is a write call.');
    expect(asked).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(recordCall).not.toHaveBeenCalled();
  });

  it('lets reads through on a read-only connection without asking', async () => {
    stubFetch();
    const asked = answering(false);
    await sendCall({ method: method('read'), values, connection: account({ readOnly: true }) });
    expect(asked).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asks before a destructive call on an account; a no sends and records nothing', async () => {
    stubFetch();
    const asked = answering(false);
    const sent = sendCall({ method: method('destructive'), values, connection: account({ keyOwner: 'Jane Doe' }) });
    await expect(sent).rejects.toMatchObject({ reason: 'declined' });
    await expect(sent).rejects.toThrow(
      'cancelled at the confirmation; nothing went to “Acme live” (acme.api-us1.com, key of Jane Doe).',
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      title: 'Delete or overwrite data in “Acme live”?',
      account: '“Acme live” (acme.api-us1.com, key of Jane Doe)',
      effects: [{ summary: 'Test destructive', request: 'DELETE https://acme.api-us1.com/api/3/things/42' }],
      confirmLabel: 'Test destructive',
    });
    expect(JSON.stringify(asked)).not.toContain(KEY);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(recordCall).not.toHaveBeenCalled();
  });

  it('sends a message-sending call after a yes, once', async () => {
    stubFetch();
    const asked = answering(true);
    const exchange = await sendCall({ method: method('sends-messages'), values, connection: account() });
    expect(asked.map((q) => q.title)).toEqual(['Send messages from “Acme live”?']);
    expect(exchange.response?.status).toBe(200);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(recordCall).toHaveBeenCalledTimes(1);
  });

  it('never asks on the sandbox', async () => {
    stubFetch();
    const asked = answering(false);
    await sendCall({ method: method('destructive'), values, connection: sandbox });
    await sendCall({ method: method('sends-messages'), values, connection: sandbox });
    expect(asked).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a call that needs a yes when nothing on the page can ask', async () => {
    stubFetch();
    await expect(sendCall({ method: method('destructive'), values, connection: account() })).rejects.toMatchObject({
      reason: 'unasked',
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('guards callers of sendThroughProxy too (Fetch all, Check key), and checks the facts match the target', async () => {
    stubFetch();
    answering(true);
    const prepared = buildRequest(method('write'), values, account());
    await expect(sendThroughProxy(method('write'), prepared, account({ readOnly: true }))).rejects.toThrow(/read-only/);
    // Facts of the sandbox cannot wave through a request built for a real account.
    const real = buildRequest(method('destructive'), values, account());
    await expect(sendThroughProxy(method('destructive'), real, sandbox)).rejects.toThrow(
      'this request goes to acme.api-us1.com, not to “Sandbox” (127.0.0.1:5174).',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('withdraws the question when the caller cancels while it is open', async () => {
    stubFetch();
    const controller = new AbortController();
    unregister = provideSafetyAsker(
      (_q, signal) =>
        new Promise<boolean>((resolve) => {
          signal?.addEventListener('abort', () => resolve(false));
          controller.abort();
        }),
    );
    await expect(
      sendCall({ method: method('destructive'), values, connection: account(), signal: controller.signal }),
    ).rejects.toMatchObject({ reason: 'declined' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks one question at a time', async () => {
    stubFetch();
    let open = 0;
    let most = 0;
    unregister = provideSafetyAsker(async () => {
      most = Math.max(most, ++open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return true;
    });
    await Promise.all([
      sendCall({ method: method('destructive'), values, connection: account() }),
      sendCall({ method: method('sends-messages'), values, connection: account() }),
    ]);
    expect(most).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('approveCalls: a recipe asks once', () => {
  const steps = [method('write'), method('sends-messages'), method('destructive')];

  it('asks once for the risky steps, and the approval stands for the question on each of them', async () => {
    stubFetch();
    const asked = answering(true);
    const approval = await approveCalls(steps, account());
    expect(asked).toHaveLength(1);
    expect(asked[0]?.effects.map((e) => e.summary)).toEqual(['Test sends-messages', 'Test destructive']);
    expect(asked[0]?.confirmLabel).toBe('Run 3 steps');
    for (const step of steps) await sendCall({ method: step, values, connection: account(), approval });
    expect(asked).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('covers only its own methods on its own connection; a look-alike object covers nothing', async () => {
    stubFetch();
    const asked: SafetyQuestion[] = [];
    // Yes only for the connection named "Elsewhere": every question about "Acme live" gets a no.
    unregister = provideSafetyAsker(async (q) => (asked.push(q), q.account.includes('Elsewhere')));
    const other = method('destructive', 'v3.test.other');
    const writesOnly = await approveCalls([method('write')], account());
    await expect(sendCall({ method: other, values, connection: account(), approval: writesOnly })).rejects.toThrow(
      NotSentError,
    );
    const forged: Approval = { connectionId: 'acme', apiUrl: account().apiUrl, methodIds: new Set([other.id]) };
    await expect(sendCall({ method: other, values, connection: account(), approval: forged })).rejects.toThrow(
      NotSentError,
    );
    const elsewhere = await approveCalls([other], account({ id: 'other', name: 'Elsewhere' }));
    await expect(sendCall({ method: other, values, connection: account(), approval: elsewhere })).rejects.toThrow(
      NotSentError,
    );
    // Each refused send asked (and heard no) instead of taking the approval: three questions, plus Elsewhere's.
    expect(asked.map((q) => q.account)).toEqual([
      '“Acme live” (acme.api-us1.com)',
      '“Acme live” (acme.api-us1.com)',
      '“Elsewhere” (acme.api-us1.com)',
      '“Acme live” (acme.api-us1.com)',
    ]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is refused on a read-only connection, naming the steps, and an approval never overrides read-only', async () => {
    stubFetch();
    answering(true);
    await expect(approveCalls(steps, account({ readOnly: true }))).rejects.toThrow(/3 of the 3 steps are not reads/);
    const approval = await approveCalls(steps, account());
    await expect(
      sendCall({ method: method('destructive'), values, connection: account({ readOnly: true }), approval }),
    ).rejects.toMatchObject({ reason: 'refused' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects when the user says no', async () => {
    answering(false);
    await expect(approveCalls(steps, account())).rejects.toMatchObject({ reason: 'declined' });
  });
});
