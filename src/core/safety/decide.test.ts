import { describe, expect, it } from 'vitest';
import type { MethodKind } from '../catalog/types';
import { decideCall, decideCalls, describeAccount, type CallIntent, type GuardedConnection } from './decide';

function connection(over: Partial<GuardedConnection['safety']> = {}): GuardedConnection {
  return {
    apiUrl: 'https://acme.api-us1.com',
    apiKey: 'k-123456789',
    safety: { id: 'c1', name: 'Production', sandbox: false, readOnly: false, ...over },
  };
}

const call = (kind: MethodKind, summary = `A ${kind} call`): CallIntent => ({ kind, summary });

describe('decideCall: every kind on every kind of connection', () => {
  const table: readonly [MethodKind, 'sandbox' | 'account', boolean, 'allow' | 'refuse' | 'confirm'][] = [
    ['read', 'sandbox', false, 'allow'],
    ['write', 'sandbox', false, 'allow'],
    ['destructive', 'sandbox', false, 'allow'],
    ['sends-messages', 'sandbox', false, 'allow'],
    // The UI offers no read-only sandbox; were it marked so, reads-only still holds.
    ['read', 'sandbox', true, 'allow'],
    ['write', 'sandbox', true, 'refuse'],
    ['destructive', 'sandbox', true, 'refuse'],
    ['sends-messages', 'sandbox', true, 'refuse'],
    ['read', 'account', false, 'allow'],
    ['write', 'account', false, 'allow'],
    ['destructive', 'account', false, 'confirm'],
    ['sends-messages', 'account', false, 'confirm'],
    ['read', 'account', true, 'allow'],
    ['write', 'account', true, 'refuse'],
    ['destructive', 'account', true, 'refuse'],
    ['sends-messages', 'account', true, 'refuse'],
  ];
  it.each(table)('%s on a %s connection (read-only: %s) → %s', (kind, where, readOnly, verdict) => {
    const target = connection({
      sandbox: where === 'sandbox',
      readOnly,
      ...(where === 'sandbox' ? { id: 'sandbox' } : {}),
    });
    expect(decideCall(call(kind), target).verdict).toBe(verdict);
  });
});

describe('the words', () => {
  it('refuses on a read-only connection naming the connection, its host and the kind', () => {
    const decision = decideCall(call('destructive', 'Delete a contact'), connection({ readOnly: true }));
    expect(decision).toEqual({
      verdict: 'refuse',
      message: expect.stringContaining(
        '“Production” (acme.api-us1.com) is read-only and “Delete a contact” is a destructive call.',
      ) as unknown,
    });
    if (decision.verdict === 'refuse') expect(decision.message).toContain('clear "Read-only" in Connection settings');
  });

  it('names a message-sending call as such', () => {
    const decision = decideCall(call('sends-messages', 'Send a campaign'), connection({ readOnly: true }));
    expect(decision.verdict === 'refuse' && decision.message).toContain('is a message-sending call');
  });

  it('asks naming the account (name, host, key owner) and saying what the call does', () => {
    const decision = decideCall(
      {
        kind: 'destructive',
        summary: 'Delete a contact',
        request: 'DELETE https://acme.api-us1.com/api/3/contacts/42',
      },
      connection({ keyOwner: 'Jane Doe, jane@acme.com' }),
    );
    expect(decision).toEqual({
      verdict: 'confirm',
      question: {
        title: 'Delete or overwrite data in “Production”?',
        account: '“Production” (acme.api-us1.com, key of Jane Doe, jane@acme.com)',
        effects: [
          {
            summary: 'Delete a contact',
            effect: 'Deletes or overwrites data; the explorer cannot undo it.',
            request: 'DELETE https://acme.api-us1.com/api/3/contacts/42',
          },
        ],
        confirmLabel: 'Delete a contact',
      },
    });
  });

  it('asks about messages in words of their own', () => {
    const decision = decideCall(call('sends-messages', 'Add a contact to an automation'), connection());
    expect(decision.verdict === 'confirm' && decision.question.title).toBe('Send messages from “Production”?');
    expect(decision.verdict === 'confirm' && decision.question.effects[0]?.effect).toMatch(/email or SMS/);
  });

  it('names an unnamed connection as such, and keeps a port in the host', () => {
    expect(describeAccount({ ...connection({ name: '' }), apiUrl: 'http://127.0.0.1:5471' })).toBe(
      '“Unnamed connection” (127.0.0.1:5471)',
    );
  });
});

describe('decideCalls: a recipe asks once', () => {
  const recipe = [
    call('write', 'Create a contact'),
    call('sends-messages', 'Subscribe or unsubscribe a contact'),
    call('write', 'Add a tag to a contact'),
    call('sends-messages', 'Add a contact to an automation'),
  ];

  it('asks one question listing only the steps that need a yes', () => {
    const decision = decideCalls(recipe, connection());
    expect(decision.verdict).toBe('confirm');
    if (decision.verdict !== 'confirm') return;
    expect(decision.question.effects.map((e) => e.summary)).toEqual([
      'Subscribe or unsubscribe a contact',
      'Add a contact to an automation',
    ]);
    expect(decision.question.confirmLabel).toBe('Run 4 steps');
  });

  it('says both when a recipe deletes and sends', () => {
    const decision = decideCalls([call('destructive'), call('sends-messages')], connection());
    expect(decision.verdict === 'confirm' && decision.question.title).toBe(
      'Change data and send messages in “Production”?',
    );
  });

  it('refuses a recipe on a read-only connection, listing every step that is not a read', () => {
    const decision = decideCalls([call('read', 'List contacts'), ...recipe], connection({ readOnly: true }));
    expect(decision.verdict).toBe('refuse');
    expect(decision.verdict === 'refuse' && decision.message).toContain(
      '4 of the 5 steps are not reads: “Create a contact” (write), “Subscribe or unsubscribe a contact” (message-sending)',
    );
  });

  it('allows a recipe of reads and writes on an account, and anything on the sandbox', () => {
    expect(decideCalls([call('read'), call('write')], connection()).verdict).toBe('allow');
    expect(decideCalls(recipe, connection({ sandbox: true, id: 'sandbox' })).verdict).toBe('allow');
    expect(decideCalls([], connection({ readOnly: true })).verdict).toBe('allow');
  });
});
