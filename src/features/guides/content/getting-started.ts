import { bullets, go, guide, h, p, recipe, see, steps, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'getting-started',
  blocks: [
    p(
      'The explorer sends real ActiveCampaign API calls from a form and shows exactly what went out and what came back. To talk to your own account you need two things from it: the **API URL** and an **API key**. To try things first, you need nothing: the sandbox is already connected.',
    ),
    h('Where the URL and key live'),
    steps(
      'Sign in to ActiveCampaign and open **Settings > Developer**.',
      'Copy the **API URL**, e.g. `https://youraccount.api-us1.com`. Use it exactly as shown there: ActiveCampaign asks integrations not to build it from the account name, because not every account is on `api-us1.com`.',
      'Copy the **key**. Every user has their own key, and a call made with it can do what that user may do — no more.',
      'Here, choose “My ActiveCampaign account” in the connection bar, paste both, and press **Check key**.',
    ),
    warn(
      'What resetting a key does',
      'The **Reset** button under the key issues a new one, and from then on **every call with the old key is denied** — in every app, script and integration that uses it — until each one is updated to the new key. Reset a key that leaked; do not reset one to debug a 403 (read [Authentication](/guides/authentication) first).',
    ),
    h('No account yet? The sandbox'),
    p(
      'The default connection, **Sandbox**, is an account that runs on your own machine and answers like ActiveCampaign: the same URLs, string ids, 403 for a bad key, 422 with field pointers, v1’s `result_code` envelope and the 5-per-second limit. It starts with demo data — 250 contacts (contact 1 is `jane.doe@example.org`), 3 lists, tags, 4 custom fields, 2 deal pipelines — and **Reset sandbox data** in its settings puts it back. Nothing sent there leaves your computer, and it is coloured apart from real accounts everywhere.',
    ),
    h('A first call'),
    p(
      '`GET /api/3/users/me` asks who the key belongs to. It changes nothing, which makes it the safest check that a URL and key work: 200 names the user, 403 means the key is wrong or was reset.',
    ),
    tryIt('Check the key', 'v3.users.me'),
    p('Then read something real: five contacts in `contacts`, and how many there are in all in `meta.total`.'),
    tryIt('List five contacts', 'v3.contacts.list', { params: { limit: 5 } }),
    h('Every call, in the open'),
    bullets(
      'The request bar shows the URL exactly as it will be sent; **Headers** shows the key masked.',
      '**Code** turns the same request into cURL, JavaScript, Node.js, Python or PHP (with `YOUR_API_KEY` unless you ask for the real one).',
      '**History** keeps every call, redacted, so you can reopen or re-send it.',
      'When something fails, **Support bundle** collects what ActiveCampaign support asks for: see [Errors and support](/guides/errors-and-support).',
    ),
    go('Run the “First call” recipe', recipe('first-call')),
    see(guide('authentication'), guide('rate-limits'), guide('webhooks'), recipe('onboard-contact')),
  ],
};
