import { describe, expect, it } from 'vitest';
import type { Json, Reader } from './account-reader';
import { decodeBracketForm, encodeBracketForm } from './bracket-form';
import { deliveryPayload, payloadBody } from './payload';

/** A small account, as its GET answers would return it. */
const answers: Record<string, Json> = {
  '/api/3/contacts/7': {
    contact: {
      id: '7',
      email: 'ana@example.org',
      firstName: 'Ana',
      lastName: 'Lima',
      phone: '+1 555',
      ip: '3232235777',
      orgname: '',
    },
  },
  '/api/3/contacts/7/contactTags': { contactTags: [{ tag: '1' }, { tag: '2' }] },
  '/api/3/contacts/7/fieldValues': {
    fieldValues: [
      { field: '3', value: 'Gold' },
      { field: '5', value: '||a||b||' },
    ],
  },
  '/api/3/accountContacts?filters[contact]=7': { accountContacts: [{ account: '4', contact: '7' }] },
  '/api/3/accounts/4': { account: { id: '4', name: 'Acme Corp' } },
  '/api/3/tags/1': { tag: { tag: 'VIP' } },
  '/api/3/tags/2': { tag: { tag: 'Lead' } },
  '/api/3/deals/9': {
    deal: {
      id: '9',
      title: 'Renewal',
      value: '104405500',
      currency: 'eur',
      stage: '2',
      group: '1',
      owner: '1',
      contact: '7',
      organization: '4',
      status: '0',
      cdate: '2026-01-15T09:30:00-06:00',
    },
  },
  '/api/3/dealStages/2': { dealStage: { title: 'Proposal', group: '1', order: '2' } },
  '/api/3/dealGroups/1': { dealGroup: { title: 'Sales', currency: 'eur' } },
  '/api/3/users/1': { user: { firstName: 'Avery', lastName: 'Admin' } },
  '/api/3/dealTasks/11': {
    dealTask: {
      title: 'Call',
      note: 'About the quote',
      relid: '9',
      reltype: 'Deal',
      dealTasktype: '1',
      duedate: '2026-01-20T12:00:00-06:00',
      edate: '2026-01-20T12:15:00-06:00',
      status: '0',
    },
  },
  '/api/3/dealTasktypes/1': { dealTasktype: { title: 'Call' } },
};
const read: Reader = (path) => answers[path];
const header = { dateTime: '2026-02-01T06:00:00-06:00', source: 'api' };

describe('payloadBody', () => {
  it('a contact: names as the API sends them, the integer IP dotted, tags joined, custom fields by id', () => {
    expect(payloadBody({ type: 'update', list: '0', contactId: '7' }, read)).toEqual({
      contact: {
        id: '7',
        email: 'ana@example.org',
        first_name: 'Ana',
        last_name: 'Lima',
        phone: '+1 555',
        ip: '192.168.1.1',
        tags: 'VIP, Lead',
        customer_acct_name: 'Acme Corp',
        orgname: '',
        fields: { '3': 'Gold', '5': '||a||b||' },
      },
      customer_acct_name: 'Acme Corp',
      customer_acct_id: '4',
      orgname: '',
    });
  });

  it('a deal: the amount from cents, formatted and raw, the currency symbol, names of stage, pipeline, owner, contact', () => {
    const body = payloadBody({ type: 'deal_update', list: '0', dealId: '9', updatedFields: ['value'] }, read);
    expect(body.deal).toEqual({
      id: '9',
      title: 'Renewal',
      create_date: '2026-01-15 09:30:00',
      create_date_iso: '2026-01-15T09:30:00-06:00',
      orgid: '4',
      orgname: 'Acme Corp',
      stageid: '2',
      stage_title: 'Proposal',
      pipelineid: '1',
      pipeline_title: 'Sales',
      value: '1,044,055.00',
      value_raw: '1044055',
      currency: 'eur',
      currency_symbol: '€',
      owner: '1',
      owner_firstname: 'Avery',
      owner_lastname: 'Admin',
      contactid: '7',
      contact_email: 'ana@example.org',
      contact_firstname: 'Ana',
      contact_lastname: 'Lima',
      status: '0',
    });
    expect(body.contact).toMatchObject({ id: '7' });
    expect(body.updated_fields).toEqual(['value']);
  });

  it('a deal task: the task with its type, and its deal', () => {
    const body = payloadBody({ type: 'deal_task_add', list: '0', taskId: '11' }, read);
    expect(body.task).toEqual({
      id: '11',
      type_id: '1',
      title: 'Call',
      note: 'About the quote',
      duedate: '2026-01-20 12:00:00',
      duedate_iso: '2026-01-20T12:00:00-06:00',
      edate: '2026-01-20 12:15:00',
      edate_iso: '2026-01-20T12:15:00-06:00',
      type_title: 'Call',
    });
    expect(body.deal).toMatchObject({ id: '9' });
  });

  it('a record the account no longer has leaves its block out instead of inventing one', () => {
    expect(payloadBody({ type: 'subscribe', list: '0', contactId: '404' }, read)).toEqual({});
    expect(payloadBody({ type: 'deal_note_add', list: '0', dealId: '404', note: { text: 'n' } }, read)).toEqual({
      note: { id: undefined, text: 'n' },
      deal: undefined,
    });
  });
});

describe('deliveryPayload', () => {
  it('puts the header first and round-trips through the bracket form', () => {
    const occ = { type: 'contact_tag_added', list: '0', contactId: '7', tag: 'VIP' } as const;
    const payload = deliveryPayload(occ, '0', header, payloadBody(occ, read));
    const form = encodeBracketForm(payload);
    expect(
      form
        .split('&')
        .slice(0, 5)
        .map((p) => p.split('=')[0]),
    ).toEqual(['type', 'date_time', 'initiated_from', 'initiated_by', 'list']);
    expect(decodeBracketForm(form).value).toMatchObject({
      type: 'contact_tag_added',
      tag: 'VIP',
      contact: { email: 'ana@example.org' },
    });
  });
});
