import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import type { ExplorerPage } from './pages/explorer-page';

/**
 * The webhook inbox end to end, on loopback only: the sandbox's real
 * deliveries into the explorer's real inbox, shown as they arrive; hostile
 * deliveries shown inert and capped; refusals of what is not a delivery.
 */

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
/** Each run gets its own inbox, so a reused server's older deliveries never match. */
const inboxName = () => `e2e-${Date.now().toString(36)}`;
const inboxPath = (name: string) => `/webhooks/inbox/${name}`;

function deliveries(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Deliveries, newest first' });
}

function delivery(page: Page, type: string, inbox: string): Locator {
  const escaped = type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return deliveries(page).getByRole('option', { name: new RegExp(`^${escaped}, #\\d+, inbox ${inbox},`) });
}

async function showWebhooksView(explorer: ExplorerPage, inbox: string): Promise<void> {
  await explorer.openSidebar();
  await explorer.page.getByRole('group', { name: 'Sidebar' }).getByRole('button', { name: 'Webhooks' }).click();
  const name = explorer.page.getByLabel('Inbox', { exact: true });
  await name.fill(inbox);
  await expect(explorer.page.getByText(`${E2E.explorerUrl}${inboxPath(inbox)}`)).toBeVisible();
}

/** Opens a method from the command palette, leaving the sidebar on the Webhooks view (the list stays live). */
async function openFromPalette(page: Page, summary: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search methods and actions' }).fill(summary);
  await page.getByRole('dialog').getByRole('option').filter({ hasText: summary }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: summary })).toBeVisible();
}

async function expect201(explorer: ExplorerPage): Promise<string> {
  await expect(explorer.raw).toContainText('HTTP 201');
  return (await explorer.raw.textContent()) ?? '';
}

async function sendAndExpect201(explorer: ExplorerPage): Promise<string> {
  await explorer.send.click();
  return expect201(explorer);
}

/** Opens a delivery from the list and checks its decoded payload in the webhooks tab. */
async function expectDecoded(page: Page, row: Locator, type: string, also: string): Promise<void> {
  await row.click();
  const tree = page.getByRole('tree', { name: 'Decoded payload' });
  await expect(tree).toContainText(`type: "${type}"`);
  await expect(tree).toContainText(also);
}

test('"Send the sandbox\'s events here", then a contact, a tag and a deal arrive decoded, each within a second', async ({
  explorer,
  page,
}) => {
  const inbox = inboxName();
  // A known start: the demo account (no webhook of an earlier run still posting) and an empty inbox.
  expect((await page.request.post('/explorer-api/sandbox/reset-data')).ok()).toBe(true);
  expect((await page.request.post('/explorer-api/webhooks/clear')).ok()).toBe(true);
  await explorer.open();
  await showWebhooksView(explorer, inbox);

  const creates: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/proxy/api/3/webhooks')) creates.push(r.url());
  });
  await page.getByRole('button', { name: 'Send the sandbox’s events here' }).click();
  // The button opens the catalog method prefilled and sends it: the request is there to see, sent once.
  await expect(page.getByRole('heading', { level: 2, name: 'Create a webhook' })).toBeVisible();
  const created = await expect201(explorer);
  expect(creates).toHaveLength(1);
  expect(created).toContain(`${E2E.explorerUrl}${inboxPath(inbox)}`);

  const email = `hook-${Date.now()}@example.com`;
  await openFromPalette(page, 'Create a contact');
  await page.getByLabel('email', { exact: true }).fill(email);
  const contactAnswer = await sendAndExpect201(explorer);
  const contactId = /"id":"(\d+)"/.exec(contactAnswer)?.[1] ?? '';
  expect(contactId).not.toBe('');
  const subscribe = delivery(page, 'subscribe', inbox);
  await expect(subscribe).toBeVisible({ timeout: 1000 });

  await openFromPalette(page, 'Add a tag to a contact');
  await page.getByLabel('contact', { exact: true }).fill(contactId);
  await page.getByLabel('tag', { exact: true }).fill('1');
  await sendAndExpect201(explorer);
  const tagged = delivery(page, 'contact_tag_added', inbox);
  await expect(tagged).toBeVisible({ timeout: 1000 });

  await openFromPalette(page, 'Create a deal');
  for (const [label, value] of [
    ['title', 'Webhook deal'],
    ['value', '5000'],
    ['currency', 'usd'],
    ['contact', contactId],
    ['group', '1'],
    ['stage', '1'],
    ['owner', '1'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await sendAndExpect201(explorer);
  const deal = delivery(page, 'deal_add', inbox);
  await expect(deal).toBeVisible({ timeout: 1000 });

  // Newest first, each decoded with its type and the record's fields under their bracket keys.
  const rows = deliveries(page).getByRole('option', { name: new RegExp(`inbox ${inbox},`) });
  await expect(rows.first()).toHaveAccessibleName(/^deal_add,/);
  await expectDecoded(page, subscribe, 'subscribe', email);
  await expectDecoded(page, tagged, 'contact_tag_added', email);
  await expectDecoded(page, deal, 'deal_add', 'Webhook deal');
  await expect(page.getByRole('region', { name: 'Raw form body and headers' })).toContainText(
    'Content-Type: application/x-www-form-urlencoded',
  );

  // The list is one tab stop: arrow keys move, Enter opens.
  await deliveries(page).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tree', { name: 'Decoded payload' })).toContainText('type: "contact_tag_added"');

  // Filter by event.
  await page.getByRole('combobox', { name: 'Filter by event' }).selectOption({ label: 'deal_add (1)' });
  await expect(deliveries(page).getByRole('option')).toHaveCount(1);

  // A second click finds the webhook already posting here and makes no twin (which would deliver everything twice).
  const webhookId = /"id":"(\d+)"/.exec(created)?.[1] ?? '';
  await page.getByRole('button', { name: 'Send the sandbox’s events here' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'already sends its events here' })).toContainText(
    `webhook ${webhookId}`,
  );
  expect(creates).toHaveLength(1);
  await page.getByRole('button', { name: `Open webhook ${webhookId}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Get a webhook' })).toBeVisible();
  await expect(explorer.raw).toContainText(`${E2E.explorerUrl}${inboxPath(inbox)}`);
});

test('a hostile delivery posted straight to the inbox is shown inert and capped', async ({ explorer, page }) => {
  const inbox = inboxName();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = new URLSearchParams({
    type: '<script>window.__pwned=1</script>',
    'contact[first_name]': '<img src=x onerror="window.__pwned=2">',
    'contact[note]': 'x'.repeat(1_000_000),
  }).toString();
  const answer = await page.request.post(inboxPath(inbox), { headers: FORM, data: hostile });
  expect(answer.status()).toBe(413);
  expect(await answer.json()).toMatchObject({ inbox, truncated: true });

  await explorer.open();
  await showWebhooksView(explorer, inbox);
  const row = delivery(page, '<script>window.__pwned=1</script>', inbox);
  await expect(row).toContainText('<script>window.__pwned=1</script>');
  await expect(row).toContainText('cut');
  await row.click();

  const tree = page.getByRole('tree', { name: 'Decoded payload' });
  await expect(tree).toContainText('first_name: "<img src=x onerror="window.__pwned=2">"');
  await expect(tree.getByRole('button', { name: /^Show more \([\d,]+ more characters\)$/ })).toBeAttached();
  await expect(page.getByText('Body cut', { exact: true })).toBeVisible();
  await expect(page.getByText(/only its start is shown/)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__pwned' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a GET, a JSON POST and a cross-site form post to the inbox are refused and kept nowhere', async ({ page }) => {
  const inbox = inboxName();
  const get = await page.request.get(inboxPath(inbox));
  expect(get.status()).toBe(405);
  expect(get.headers().allow).toBe('POST');
  const json = await page.request.post(inboxPath(inbox), { data: { type: 'subscribe' } });
  expect(json.status()).toBe(415);
  expect((await json.json()).message).toMatch(/form bodies/);

  // Another site in the same browser auto-submits a form to the inbox (loopback, another port).
  const attacker = http.createServer((_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(
        `<!doctype html><form method="post" action="${E2E.explorerUrl}${inboxPath(inbox)}">` +
          '<input name="type" value="subscribe"></form><script>document.forms[0].submit()</script>',
      ),
  );
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    const refused = page.waitForResponse((r) => r.url().endsWith(inboxPath(inbox)));
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    expect((await refused).status()).toBe(403);
  } finally {
    attacker.close();
  }

  const feed = await page.request.get('/explorer-api/webhooks');
  const kept = ((await feed.json()) as { deliveries: { inbox: string }[] }).deliveries;
  expect(kept.filter((d) => d.inbox === inbox)).toEqual([]);
});

test('"Paste a delivery" decodes a body captured elsewhere, and the replay command is exact', async ({
  explorer,
  page,
}) => {
  await explorer.open('/webhooks');
  // Where the Webhooks guide's "Paste a delivery" lands: the tab, with nothing picked yet.
  await page.getByRole('button', { name: 'Paste it here' }).click();
  await expect(
    page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Paste a delivery' }),
  ).toHaveAttribute('aria-pressed', 'true');
  const body = 'type=deal_update&deal%5Bid%5D=41&deal%5Bstage_title%5D=Qualified&updated_fields%5B0%5D=stage';
  await page
    .getByLabel(/^Paste a delivery/)
    .fill(`POST /hooks HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n${body}`);
  const tree = page.getByRole('tree', { name: 'Decoded payload' });
  await expect(tree).toContainText('type: "deal_update"');
  await expect(tree).toContainText('stage_title: "Qualified"');

  const replay = page.getByRole('form', { name: 'Replay at your endpoint' });
  await replay.getByRole('button', { name: 'Copy as cURL' }).click();
  await expect(replay.getByText(/Enter the URL of your own endpoint/)).toBeVisible();
  await replay.getByLabel('Replay at').fill('http://127.0.0.1:3000/hooks/ac');
  await replay.getByRole('button', { name: 'Copy as cURL' }).click();
  await expect(replay.getByText('cURL command copied.')).toBeVisible();
  expect(await explorer.clipboard()).toBe(
    "curl -X POST 'http://127.0.0.1:3000/hooks/ac' \\\n" +
      "  -H 'Content-Type: application/x-www-form-urlencoded' \\\n" +
      `  --data-raw '${body}'`,
  );
});

test('a delivery repeated with the same body is flagged as a duplicate of the first', async ({ explorer, page }) => {
  const inbox = inboxName();
  const body = 'type=update&contact%5Bid%5D=7&contact%5Bemail%5D=again%40example.org';
  const first = (await (await page.request.post(inboxPath(inbox), { headers: FORM, data: body })).json()) as {
    id: string;
  };
  await page.request.post(inboxPath(inbox), { headers: FORM, data: body });
  await explorer.open();
  await showWebhooksView(explorer, inbox);
  const rows = deliveries(page).getByRole('option', { name: new RegExp(`inbox ${inbox},`) });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAccessibleName(new RegExp(`duplicate of #${first.id}$`));
  await rows.first().click();
  await expect(page.getByText(`Duplicate of #${first.id}`)).toBeVisible();
  await expect(page.getByText(/ActiveCampaign delivers at least once/)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ colorScheme: theme });
    test('axe finds no serious or critical violation in the Webhooks view and tab', async ({ explorer, page }) => {
      const inbox = inboxName();
      await page.request.post(inboxPath(inbox), { headers: FORM, data: 'type=subscribe&contact%5Bemail%5D=a%40b.c' });
      await page.request.post(inboxPath(inbox), { headers: FORM, data: 'type=subscribe&contact%5Bemail%5D=a%40b.c' });
      await explorer.open();
      await showWebhooksView(explorer, inbox);
      await delivery(page, 'subscribe', inbox).first().click();
      await expect(page.getByRole('tree', { name: 'Decoded payload' })).toContainText('type: "subscribe"');
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
