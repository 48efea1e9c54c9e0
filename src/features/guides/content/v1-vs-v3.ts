import { guide, h, p, recipe, see, table, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'v1-vs-v3',
  blocks: [
    p(
      'ActiveCampaign has two APIs. **v3** is the REST API its current reference describes. **v1**, the older one, is still available, and ActiveCampaign has announced no plan to retire it. Older integrations — and the official Node and PHP wrappers — speak v1, so you will meet both. The explorer speaks both, from the same catalog.',
    ),
    table(
      'The two APIs side by side',
      ['', 'v3', 'v1'],
      [
        ['Address', '`/api/3/<resource>`', '`/admin/api.php?api_action=<action>`'],
        ['Key', '`Api-Token` header', '`api_key` query parameter'],
        [
          'Operation',
          'HTTP method + path: `GET /contacts/1`',
          'the action name: `contact_view`, reads by GET, writes by POST',
        ],
        ['Request body', 'JSON under a root key: `{"contact": {…}}`', 'form-encoded only, bracketed keys: `p[1]=1`'],
        ['Answer', 'JSON', 'XML unless you send `api_output=json`'],
        ['Failure', 'HTTP status: 403, 404, 422, 429…', 'HTTP 200 with `result_code: 0`'],
        [
          'Collections',
          'an array under a plural key, plus `meta.total`',
          'an object keyed `"0"`, `"1"`, … beside the envelope',
        ],
        ['Paging', '`limit` and `offset`', '`page`, or a `*_paginator` action'],
      ],
    ),
    h('The same lookup in both'),
    tryIt('v1: find a contact by email', 'v1.contact_view_email', { params: { email: 'jane.doe@example.org' } }),
    tryIt('v3: the same search', 'v3.contacts.list', { params: { email: 'jane.doe@example.org' } }),
    p(
      'Compare the answers. v1 returns one flat contact with the envelope (`result_code`, `result_message`) and its lists keyed by id; v3 returns `contacts` as an array, with string ids, ISO dates and `meta.total`.',
    ),
    h('Lists and fields in v1 parameter names'),
    p(
      'v1 says in one call what v3 spreads over several: `p[2]=2` subscribes the contact to list 2, `status[2]=1` sets the status there (1 active, 2 unsubscribed), and `field[%MEMBERSHIP_TIER%,0]=Gold` sets a [custom field](/guides/custom-fields) by its personalization tag. The form shows these as key/value rows. In v3 the same takes `POST /contactLists` and `POST /fieldValues` after the contact exists.',
    ),
    warn(
      'contact_edit replaces by default',
      'With `overwrite=1`, the default, the contact is replaced by what you send: every list you leave out of `p[…]` is silently unsubscribed. Send `overwrite=0` to change only the fields you send.',
    ),
    h('Which to use'),
    p(
      'New code: v3, unless only v1 has what you need. Debugging an older integration: replay its v1 calls here, then try the v3 equivalent beside them. The [Find a contact by email](/recipes/find-contact-by-email) recipe runs the lookup above as two steps.',
    ),
    see(recipe('find-contact-by-email'), guide('errors-and-support'), guide('paging')),
  ],
};
