import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';

const guides = (page: Page) => page.getByRole('navigation', { name: 'Guides and recipes' });
const article = (page: Page, title: string) => page.getByRole('article', { name: title });
const tryIt = (scope: Locator, label: string) => scope.getByRole('group', { name: label }).getByRole('button');

/** Presses Tab until `target` has focus (or fails after `max` presses): what a keyboard user does. */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a guide opened from the sidebar: Try it opens the method with its values, and they send', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openSidebar();
  await page.getByRole('group', { name: 'Sidebar' }).getByRole('button', { name: 'Guides' }).click();
  await guides(page)
    .getByRole('link', { name: /^Paging/ })
    .click();
  const paging = article(page, 'Paging');
  await expect(paging.getByRole('heading', { level: 2, name: 'Paging' })).toBeVisible();

  await tryIt(paging, 'The first page, by id').click();
  await expect(page.getByRole('heading', { level: 2, name: 'List, search and filter contacts' })).toBeVisible();
  // The method opens beside the guide, which stays open to go back to.
  await expect(page.getByRole('tab', { name: /Paging/ })).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByLabel('limit', { exact: true })).toHaveValue('100');
  await expect(page.getByLabel('id_greater', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('orders[id]', { exact: true })).toHaveValue('ASC');
  const url = page.getByRole('textbox', { name: 'Request URL' });
  await expect(url).toHaveValue(`${E2E.sandboxUrl}/api/3/contacts?limit=100&id_greater=0&orders[id]=ASC`);

  // Prefilled, not sent: the user sends.
  await expect(explorer.raw).toHaveCount(0);
  await explorer.send.click();
  await explorer.showRaw();
  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await expect(explorer.raw).toContainText('"email":"jane.doe@example.org"'); // contact 1: the first id above 0
});

test('a v1 Try it opens the legacy action prefilled, and its HTTP 200 failure shows result_code 0', async ({
  explorer,
  page,
}) => {
  await explorer.open('/guides/errors-and-support');
  const guide = article(page, 'Errors and support');
  await tryIt(guide, 'See one: look up an email nobody has').click();
  await expect(page.getByRole('heading', { level: 2, name: 'View a contact by email (v1)' })).toBeVisible();
  await expect(page.getByLabel('email', { exact: true })).toHaveValue('nobody@example.com');
  await page.keyboard.press('Control+Enter');
  await explorer.showRaw();
  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await expect(explorer.raw).toContainText('"result_code":0');
});

test('guides work from the keyboard: open, read, follow a link, Try it, send', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openSidebar();
  await page.getByRole('group', { name: 'Sidebar' }).getByRole('button', { name: 'Guides' }).click();
  const link = guides(page).getByRole('link', { name: /^Getting started/ });
  await link.focus();
  await page.keyboard.press('Enter');

  // Focus moves to where reading starts.
  const started = article(page, 'Getting started');
  await expect(started.getByRole('heading', { level: 2, name: 'Getting started' })).toBeFocused();

  // A link in the text opens that guide as a tab of its own.
  await tabTo(page, started.getByRole('link', { name: 'Authentication' }).first());
  await page.keyboard.press('Enter');
  const auth = article(page, 'Authentication');
  await expect(auth.getByRole('heading', { level: 2, name: 'Authentication' })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Authentication/ })).toBeVisible();

  // "Next guide" at the end leads on.
  await tabTo(page, auth.getByRole('link', { name: /Next guide/ }), 40);
  await page.keyboard.press('Enter');
  await expect(article(page, 'Rate limits').getByRole('heading', { level: 2 })).toBeFocused();

  // Back to the first guide (a guide opened this way replaces the preview tab), to its first Try it.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(started.getByRole('heading', { level: 2 })).toBeFocused();
  const check = tryIt(started, 'Check the key');
  await check.focus();
  await expect(check).toHaveAccessibleName('Try it: Get the user who owns the API key');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Get the user who owns the API key' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await explorer.showRaw();
  await expect(explorer.raw).toContainText('"username":"admin"');
});

test('the home view leads to a guide, a recipe and the webhooks inbox', async ({ explorer, page }) => {
  await explorer.open();
  const home = page.getByRole('region', { name: 'Explore the ActiveCampaign API' });
  await expect(home.getByRole('button', { name: 'Send your first request' })).toBeVisible();

  await home.getByRole('link', { name: 'Read “Getting started”' }).click();
  await expect(article(page, 'Getting started').getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/\/guides\/getting-started$/);

  await page.getByRole('link', { name: 'ActiveCampaign API Explorer' }).click();
  await home.getByRole('link', { name: 'Onboard a contact' }).click();
  await expect(page).toHaveURL(/\/recipes\/onboard-contact$/);
  await expect(page.getByRole('tab', { name: /Onboard a contact/ })).toBeVisible();

  await page.getByRole('link', { name: 'ActiveCampaign API Explorer' }).click();
  await home.getByRole('button', { name: 'Open the webhooks inbox' }).click();
  await expect(page).toHaveURL(/\/webhooks$/);
  await expect(page.getByRole('tab', { name: /Webhooks inbox/ })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on a guide and the home view (${theme})`, async ({
    explorer,
    page,
  }) => {
    test.slow(); // axe walks the whole workspace, sidebar included, twice
    await page.emulateMedia({ colorScheme: theme });
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    // The guide with every kind of block: tables, code, callouts, Try its, go buttons, See also, Next guide.
    await explorer.open('/guides/errors-and-support');
    await expect(page.getByRole('link', { name: /Next guide/ })).toBeVisible();
    await check();
    await explorer.open('/');
    await expect(page.getByRole('button', { name: 'Send your first request' })).toBeVisible();
    await check();
  });
}
