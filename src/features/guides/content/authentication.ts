import { code, guide, h, note, p, see, table, tryIt, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'authentication',
  blocks: [
    p(
      'v3 authenticates every request with one header, `Api-Token`, holding your key. There is no OAuth, no scopes and no expiry: a key works until it is reset in **Settings > Developer**.',
    ),
    code(
      'A v3 request, as it reaches ActiveCampaign',
      'GET /api/3/users/me HTTP/1.1\nHost: youraccount.api-us1.com\nApi-Token: YOUR_API_KEY\nAccept: application/json',
    ),
    h('A key belongs to a user'),
    p(
      'Each user of the account has their own key, and a call can do only what that user’s permissions allow: a key of a user who may not create lists gets a 403 on `POST /lists`. Deleting a user breaks every integration that uses their key, since the account has no shared key to fall back on.',
    ),
    h('Where the key goes'),
    table(
      'The key in each API',
      ['API', 'Where the key goes', 'Check it with'],
      [
        ['v3 (`/api/3/…`)', 'the `Api-Token` header', '[`GET /api/3/users/me`](/m/v3.users.me)'],
        [
          'v1 (`/admin/api.php`)',
          'the `api_key` query parameter, beside `api_action` and `api_output=json`',
          '[`user_me`](/m/v1.user_me)',
        ],
      ],
    ),
    p(
      'Because v1 puts the key in the URL, anything that logs URLs (proxies, server logs, shell history) logs the key too. The header of v3 keeps it out of them.',
    ),
    tryIt('Check the key with v3', 'v3.users.me'),
    tryIt('The same check with v1', 'v1.user_me'),
    h('When a key is refused'),
    p(
      'v3 answers **403**. The body of that 403 is not documented, and it has been seen empty or without a `Content-Type`, so check the status rather than parse the body. v1 is reported to answer HTTP 200 with an XML error, “You are not authorized to access this file”, even when you asked for JSON.',
    ),
    p(
      'A 403 has three usual causes: a typo in the key, a key that was reset (the old one is refused everywhere at once), or a user without permission for that resource. `GET /users/me` tells the first two apart from the third: if it succeeds, the key is fine and the user lacks the permission.',
    ),
    note(
      'Keys stay out of the browser',
      'ActiveCampaign sends no CORS headers and asks that keys never sit in client-side code. That is why the explorer sends every call through its small local proxy: the key stays on your machine, lives in this tab’s session unless you tick **Remember on this device**, and every copy, export, snippet and support bundle shows `[REDACTED]` or `YOUR_API_KEY` instead.',
    ),
    see(guide('getting-started'), guide('errors-and-support'), guide('v1-vs-v3')),
  ],
};
