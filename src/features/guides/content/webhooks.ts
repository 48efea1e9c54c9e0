import { bullets, code, go, guide, h, inbox, p, recipe, see, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'webhooks',
  blocks: [
    p(
      'A webhook turns the API around: when something happens in the account — a contact subscribes, a tag is added, a deal changes stage — ActiveCampaign sends an HTTP **POST** to a URL you chose.',
    ),
    h('What arrives'),
    p(
      'The body is **form-encoded** (`application/x-www-form-urlencoded`), not JSON, and nested records use PHP-style bracket keys such as `contact[email]` or `deal[id]`. Every delivery says what happened in `type` and when in `date_time`; `initiated_by` and `initiated_from` say what started it, and list events carry the `list`.',
    ),
    code(
      'A delivery’s body, decoded one key a line (shortened)',
      'type=subscribe\ndate_time=2026-01-31T14:30:00-06:00\ninitiated_by=api\ninitiated_from=api\nlist=1\ncontact[id]=42\ncontact[email]=jane.doe@example.org',
    ),
    h('Delivery rules'),
    bullets(
      '**At least once.** The same delivery can arrive twice; make your handler safe to run twice.',
      '**Never retried.** If your receiver is down or fails, that delivery is gone. Answer quickly with a 2xx and do the work afterwards.',
      '**410 Gone switches the webhook off.** Answer 410 only when you mean “stop sending”.',
      '**Bulk operations fire nothing.** An import changes contacts without a single delivery: re-read the data afterwards.',
      '**No signature.** ActiveCampaign publishes no signature header, so a delivery cannot prove where it came from. Use a long, unguessable URL, and read anything important back through the API before acting on it.',
    ),
    h('Creating one'),
    p(
      '`POST /api/3/webhooks` takes a `name`, the `url`, the `events` to send and the `sources` that may trigger them (`public`, `admin`, `api`, `system`), all required, plus an optional `listid`. An HTTPS URL must use port 443. `GET /api/3/webhook/events` lists the event names.',
    ),
    tryIt('List the event names', 'v3.webhook.listEvents'),
    tryIt('See the webhooks that exist', 'v3.webhooks.list'),
    go('Run the “Create a webhook” recipe', recipe('create-webhook')),
    h('Watching deliveries on your machine'),
    p(
      'On the **sandbox**, webhooks fire for real: it POSTs each event to the webhook’s URL, and the explorer has an inbox to receive them. In the **Webhooks** view of the sidebar press “Send the sandbox’s events here”, then create or tag a contact: each delivery appears decoded, beside its raw body and headers.',
    ),
    go('Open the webhooks inbox', inbox),
    warn(
      'A real account cannot reach your laptop',
      'ActiveCampaign delivers from its own servers, over the internet. `127.0.0.1`, `localhost` and your machine’s local network address mean nothing there, so a webhook on a real account pointed at the explorer’s inbox (or any local server) receives nothing. To receive real deliveries locally, run a tunnelling tool of your choice: it gives you a public HTTPS address that forwards to a port on your machine, and that public address is the webhook’s `url`. The explorer builds no tunnel of its own.',
    ),
    p(
      'Captured a delivery elsewhere — in a tunnel’s request log or a request bin? **Paste a delivery** in the webhooks tab decodes its raw form body the same way.',
    ),
    go('Paste a delivery', inbox),
    see(recipe('create-webhook'), guide('getting-started'), guide('errors-and-support')),
  ],
};
