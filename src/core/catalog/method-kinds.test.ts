import { describe, expect, it } from 'vitest';
import { catalog, findMethod } from './registry';
import type { MethodDef, MethodKind } from './types';

// The four kinds the safety rails know (src/core/safety); written out here so a fifth one fails this test.
const KINDS: readonly string[] = ['read', 'write', 'destructive', 'sends-messages'];

const wire = (m: MethodDef) => (m.api === 'v3' ? `${m.http} ${m.path}` : `${m.http} ${m.action}`);

describe('method kinds', () => {
  it('gives every catalog method one of the four kinds', () => {
    const missing = catalog.filter((m) => !KINDS.includes((m as { kind?: unknown }).kind as string));
    expect(missing.map(wire)).toEqual([]);
  });

  it('calls every v3 GET a read, except the one that creates something', () => {
    const exceptions = catalog.filter((m) => m.api === 'v3' && m.http === 'GET' && m.kind !== 'read').map((m) => m.id);
    expect(exceptions).toEqual(['v3.template.share']);
  });

  it('never calls a v3 POST, PUT or PATCH a read', () => {
    const reads = catalog.filter((m) => m.api === 'v3' && m.http !== 'GET' && m.kind === 'read');
    expect(reads.map(wire)).toEqual([]);
  });

  it('calls every v3 DELETE and every v1 delete, removal or cancellation destructive, whatever its HTTP method', () => {
    const removals = catalog.filter(
      (m) =>
        (m.api === 'v3' && m.http === 'DELETE') ||
        (m.api === 'v1' && /_(delete|delete_list|remove|cancel)$/.test(m.action)) ||
        /^(Delete|Remove|Unlink|Cancel) /.test(m.summary),
    );
    expect(removals.length).toBeGreaterThan(0);
    expect(removals.filter((m) => m.kind !== 'destructive').map(wire)).toEqual([]);
  });

  it('calls v1 actions that only look (view, list, get, paginator, reports) reads', () => {
    const looks = catalog.filter(
      (m) =>
        m.api === 'v1' &&
        !m.action.includes('_delete') &&
        /_(view|list|get|paginator|view_[a-z]+)$|_report_/.test(m.action),
    );
    expect(looks.length).toBeGreaterThan(0);
    expect(looks.filter((m) => m.kind !== 'read').map(wire)).toEqual([]);
  });

  // The cases a rule by HTTP method or action name gets wrong, each with the reason it is what it is.
  const tricky: readonly [id: string, kind: MethodKind, why: string][] = [
    ['v3.contactAutomations.create', 'sends-messages', 'a POST that starts an automation, which emails the contact'],
    ['v1.automation_contact_add', 'sends-messages', 'the same through v1'],
    ['v3.contactLists.updateStatus', 'sends-messages', "subscribing runs the list's autoresponders and automations"],
    ['v1.contact_add', 'sends-messages', 'subscribes to lists; autoresponders go out unless noresponders is set'],
    ['v1.contact_sync', 'sends-messages', 'the same fields as contact_add'],
    ['v3.form.optin', 'sends-messages', 'a form submission sends its opt-in email'],
    ['v3.campaigns.edit', 'sends-messages', "sets a campaign's audience and send time"],
    ['v1.campaign_create', 'sends-messages', 'status 1 schedules the send'],
    ['v1.campaign_send', 'sends-messages', 'a GET that emails an address'],
    ['v1.campaign_status', 'sends-messages', 'a GET that resumes a paused send'],
    ['v1.contact_edit', 'destructive', 'overwrite=1 (the default) clears unsent fields and unsubscribes other lists'],
    ['v3.import.bulkImport', 'destructive', 'overwrites up to 250 contacts, and can unsubscribe them, with no undo'],
    ['v1.contact_delete', 'destructive', 'a GET that deletes'],
    ['v1.deal_delete', 'destructive', 'a POST that deletes'],
    ['v1.contact_tag_remove', 'destructive', 'a POST that removes, as v3 DELETE /contactTags/{id} does'],
    ['v1.automation_contact_remove', 'destructive', 'a POST that ends an automation, as v3 DELETE does'],
    ['v1.account_cancel', 'destructive', 'a GET that cancels a client account'],
    ['v3.template.share', 'write', 'a GET that makes a public link'],
    ['v3.contacts.sync', 'write', 'v3 create or update subscribes to nothing'],
    ['v3.contactTags.create', 'write', 'a tag is data; automations it may trigger are opted into by the account'],
    ['v3.campaign.create', 'write', 'makes a draft; nothing is sent'],
    ['v1.account_name_check', 'read', 'a GET that only asks'],
    ['v3.users.me', 'read', 'Check key'],
  ];
  it.each(tricky)('%s is %s (%s)', (id, kind) => {
    expect(findMethod(id)?.kind).toBe(kind);
  });
});
