import { bullets, guide, h, note, p, see, table, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'rate-limits',
  blocks: [
    p(
      'ActiveCampaign accepts **5 requests per second per account**. The five are shared: every key, user, integration and script of the account draws from the same budget, so a busy CRM sync elsewhere leaves less for you.',
    ),
    h('Above the limit'),
    p(
      'The API answers **429 Too Many Requests** with a `Retry-After` header: the number of seconds to wait before trying again. The body of a 429 is not documented, so go by the status and the header.',
    ),
    table(
      'Headers that matter',
      ['Header', 'What it says'],
      [
        ['`Retry-After`', 'On a 429: seconds to wait before the next call.'],
        ['`RateLimit-Limit`', 'The limit, e.g. `5`.'],
        ['`RateLimit-Remaining`', 'Calls left in the current window.'],
      ],
    ),
    note(
      'A 503 can mean the same',
      'One client reported 503 answers when bursting past five a second. If 503s come in bursts, slow down before you suspect an outage.',
    ),
    h('The explorer’s one budget'),
    p(
      'Every call the explorer makes — from any tab, re-sends, key checks, paging, **Fetch all**, recipes — waits for a slot in **one budget per account**: 5 per second by default, or what you set as “Requests per second” for the connection. A slot is held until one second after its answer arrives, so no more than the limit can reach the account in any second, and a 429’s `Retry-After` pauses the whole budget. The gauge under a list answer shows the slots in use and the calls waiting.',
    ),
    warn(
      'Other apps count too',
      'The explorer cannot see the calls your other integrations make. If they are busy you will meet 429s at a slow pace: lower “Requests per second” for that connection and the explorer will leave them room.',
    ),
    h('In your own code'),
    bullets(
      'Send through one queue per account that starts at most five calls a second — fewer if other integrations share the account.',
      'On a 429, wait `Retry-After` seconds, then send the same call again.',
      'Make fewer calls: ask for 100 records a page instead of 20 (see [Paging](/guides/paging)).',
      'Bulk import has a limit of its own, reported in its answer (HTTP 400, “Rate limit exceeded.”).',
    ),
    tryIt('One call, up to 100 contacts', 'v3.contacts.list', { params: { limit: 100 } }),
    p(
      'The sandbox enforces the same five per second, with the same 429 and headers, so your code can meet them here first.',
    ),
    see(guide('paging'), guide('errors-and-support')),
  ],
};
