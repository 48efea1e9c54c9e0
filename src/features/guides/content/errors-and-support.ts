import { code, guide, h, p, see, steps, table, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'errors-and-support',
  blocks: [
    p(
      'v3 reports a failure with its HTTP status; v1 usually does not (see below). Read the status first, then the body — whose shape varies from endpoint to endpoint.',
    ),
    table(
      'v3 status codes',
      ['Status', 'What it means', 'What to do'],
      [
        [
          '400',
          'The request is not what the endpoint accepts; the body is often just `{}`.',
          'Send JSON wrapped in its root key, e.g. `{"contact": {…}}`.',
        ],
        ['402', 'A payment problem on the account.', 'The account owner, not the code, can fix it.'],
        [
          '403',
          'The key is wrong or was reset, or its user may not do this.',
          'Run [`GET /users/me`](/m/v3.users.me); see [Authentication](/guides/authentication).',
        ],
        [
          '404',
          'No record with that id: `No Result found for … with id …`.',
          'Check the id; list the records to find it.',
        ],
        [
          '422',
          'A field is missing, invalid or a duplicate; `errors[].source.pointer` names it.',
          'Fix that field. A duplicate email? [Sync a contact](/m/v3.contacts.sync) updates instead.',
        ],
        [
          '429',
          'More than 5 requests per second on the account.',
          'Wait `Retry-After` seconds; see [Rate limits](/guides/rate-limits).',
        ],
        ['5xx', 'A problem on ActiveCampaign’s side.', 'Retry later; if it persists, write to support with a bundle.'],
      ],
    ),
    p(
      'In the explorer, a 422’s pointers land on the fields they name, and the response’s summary bar says what to do next for each of these statuses.',
    ),
    tryIt('A 422: create a contact whose email exists', 'v3.contacts.create', {
      params: {},
      body: { contact: { email: 'jane.doe@example.org' } },
    }),
    tryIt('The fix: sync it instead (create or update by email)', 'v3.contacts.sync', {
      params: {},
      body: { contact: { email: 'jane.doe@example.org', firstName: 'Jane' } },
    }),
    tryIt('A 404: a contact that does not exist', 'v3.contacts.get', { params: { id: 999999 } }),
    h('v1: HTTP 200 that failed'),
    p(
      'v1 answers nearly everything with HTTP 200 and puts the outcome in the body: `result_code` is `1` for success and `0` for failure, with the reason in `result_message`. Check `result_code` on every call — the status alone tells you nothing.',
    ),
    code(
      'A v1 failure, with HTTP 200',
      '{"result_code": 0, "result_message": "Failed: Nothing is returned", "result_output": "json"}',
    ),
    tryIt('See one: look up an email nobody has', 'v1.contact_view_email', { params: { email: 'nobody@example.com' } }),
    h('What support asks for'),
    p('When you ask ActiveCampaign support about an API problem, they ask for four things:'),
    steps(
      'The **full request URL**, with every parameter.',
      'The **POST data**: the body you sent.',
      'The **expected** response or action.',
      'The **actual** response.',
    ),
    p(
      '**Support bundle**, in the status line of any answer (or “Copy support bundle” in the command palette), gives exactly these four — plus time, duration, API version, the method and a check of the answer against its documented shape — with the key replaced by `[REDACTED]` everywhere. Copy it as Markdown or plain text, or download it as HAR or JSON.',
    ),
    warn(
      'Bundles can hold personal data',
      'A contact’s email, phone and fields travel in requests and answers. Before you share a bundle, add any field names to redact and mask email addresses and phone numbers in its options.',
    ),
    see(guide('authentication'), guide('rate-limits'), guide('v1-vs-v3')),
  ],
};
