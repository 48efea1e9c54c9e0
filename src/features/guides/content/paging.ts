import { code, guide, h, note, p, see, tryIt, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'paging',
  blocks: [
    p(
      'List endpoints answer one page at a time. Two query parameters choose the page: `limit`, how many records (**20 by default, at most 100**), and `offset`, how many to skip, counting from 0. The total is in `meta.total` — usually a string, as in `"total": "250"`.',
    ),
    code(
      'Walking 250 contacts, 100 at a time',
      'GET /api/3/contacts?limit=100&offset=0     → contacts 1–100\nGET /api/3/contacts?limit=100&offset=100   → contacts 101–200\nGET /api/3/contacts?limit=100&offset=200   → contacts 201–250, then stop',
    ),
    tryIt('The second page of 100', 'v3.contacts.list', { params: { limit: 100, offset: 100 } }),
    p(
      'What a `limit` above 100 does is not documented, so stay at 100 or below. Ordering uses `orders[<field>]=ASC` or `DESC` (several apply in the order given) and narrowing uses `filters[<field>]=<value>`; a direction other than `ASC` or `DESC` is a 422.',
    ),
    h('Large contact lists: page by id'),
    p(
      'Deep offsets get slow on big accounts, and records added or deleted while you page shift everything after them. For contacts, ActiveCampaign recommends sorting by id and asking for the ids after the last one you saw: `orders[id]=ASC` with `id_greater=<last id>`. Each page then starts exactly where the previous one ended.',
    ),
    tryIt('The first page, by id', 'v3.contacts.list', { params: { limit: 100, 'orders[id]': 'ASC', id_greater: 0 } }),
    tryIt('The next page: ids after 100', 'v3.contacts.list', {
      params: { limit: 100, 'orders[id]': 'ASC', id_greater: 100 },
    }),
    note('Contacts only', 'As far as the documentation goes, `id_greater` exists on `GET /contacts` alone.'),
    h('Paging in v1'),
    p(
      'v1 list actions take a `page` number — `contact_list` returns 20 contacts a page, `campaign_list` 10 — and return the records as an object keyed `"0"`, `"1"`, …. The `*_paginator` actions (`contact_paginator`, `list_paginator`, `campaign_paginator`) take `offset` and `limit` instead; `campaign_paginator`, for one, answers with `total`, `cnt` and the `rows`.',
    ),
    tryIt('Page 2 of the contacts, v1', 'v1.contact_list', { params: { ids: 'ALL', page: 2 } }),
    h('In the explorer'),
    p(
      'Under every list answer a page bar shows “1–20 of 250” with First, Previous, Next, Last and the page size; contacts can page by id. **Fetch all** walks every page through the [rate budget](/guides/rate-limits), reports gaps and duplicates, and exports the records as CSV, NDJSON or JSON.',
    ),
    see(guide('rate-limits'), guide('v1-vs-v3')),
  ],
};
