import type { Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import type { ExplorerPage } from './pages/explorer-page';

/**
 * Responses you can act on: ids and links in the parsed tree open the catalog methods that take
 * them, and a failure's summary offers the catalog's fix. Rows are found with the tree's filter,
 * so each test reaches the row it needs whatever the windowing shows.
 */
const tree = (explorer: ExplorerPage) => explorer.parsed.getByRole('tree', { name: 'Parsed JSON' });

/** Narrows the tree to one path and returns that row. */
async function row(explorer: ExplorerPage, path: string): Promise<Locator> {
  await explorer.parsed.getByRole('searchbox', { name: 'Filter the tree' }).fill(path);
  const item = tree(explorer).getByRole('treeitem', { name: new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: `) });
  await expect(item).toHaveCount(1);
  return item;
}

/** The string value a filtered row shows (`contacts[2].id: "3"` → `3`). */
async function valueOf(item: Locator): Promise<string> {
  const name = (await item.getAttribute('aria-label')) ?? '';
  return /: "?(.*?)"?$/.exec(name)?.[1] ?? '';
}

async function sendFrom(explorer: ExplorerPage, summary: string): Promise<void> {
  await explorer.open();
  await explorer.openMethod(summary);
  await explorer.send.click();
  await expect(tree(explorer)).toBeVisible();
}

/** The tab now in front shows this method, its form filled so that the request's path ends so. */
async function expectOpened(page: Page, summary: string, pathEnd: string): Promise<void> {
  await expect(page.getByRole('tab', { name: summary, selected: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: summary, exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Request URL' })).toHaveValue(new RegExp(`/api/3${pathEnd}$`));
}

test('from "List contacts", "Open in… Get a contact" opens and sends that contact in one choice', async ({
  explorer,
  page,
}) => {
  await sendFrom(explorer, 'List, search and filter contacts');
  const email = await valueOf(await row(explorer, 'contacts[2].email'));
  const idRow = await row(explorer, 'contacts[2].id');
  const id = await valueOf(idRow);
  expect(id).toMatch(/^\d+$/);

  await idRow.getByRole('button', { name: `Open in… contact ${id}` }).click();
  const menu = page.getByRole('menu', { name: `Open contact ${id} in` });
  await expect(menu.getByRole('menuitem').first()).toHaveAccessibleName('Get a contact');
  await expect(menu.getByRole('group', { name: 'Related' })).toContainText("List a contact's list memberships");
  await expect(menu.getByRole('group', { name: /^Delete/ })).toContainText('Delete a contact');
  await menu.getByRole('menuitem', { name: 'Get a contact', exact: true }).click();

  // A read goes out at once: the new tab shows the id in its form and the contact's answer.
  await expectOpened(page, 'Get a contact', `/contacts/${id}`);
  await expect(page.getByRole('status').filter({ hasText: '200 OK' })).toBeVisible();
  expect(await valueOf(await row(explorer, 'contact.email'))).toBe(email);
  // The list it came from stays open in its own tab, with its answer.
  await expect(page.getByRole('tab', { name: 'List, search and filter contacts' })).toBeVisible();
});

test('a links URL opens the method whose path it is, and a relation opens the record it names', async ({
  explorer,
  page,
}) => {
  await sendFrom(explorer, 'List, search and filter contacts');
  const contactId = await valueOf(await row(explorer, 'contacts[0].id'));
  const link = await row(explorer, 'contacts[0].links.contactLists');
  const url = await valueOf(link);
  expect(url).toMatch(new RegExp(`^${E2E.sandboxUrl}/api/3/contacts/${contactId}/contactLists$`));
  await link.getByRole('button', { name: /^Open .*contactLists: http/ }).click();
  await expectOpened(page, "List a contact's list memberships", `/contacts/${contactId}/contactLists`);
  await expect(page.getByRole('status').filter({ hasText: '200 OK' })).toBeVisible();
  await expect(tree(explorer)).toContainText('contactLists: [');

  // `links.stage` of a deal has no catalog path of its own: it names the stage in the deal's `stage` field.
  await explorer.openMethod('List deals');
  await explorer.send.click();
  const stage = await valueOf(await row(explorer, 'deals[0].stage'));
  await (await row(explorer, 'deals[0].links.stage')).getByRole('button', { name: /^Open .*stage: http/ }).click();
  await expectOpened(page, 'Get a deal stage', `/dealStages/${stage}`);
  await expect(tree(explorer)).toContainText('dealStage: {');
});

test('the keyboard path: o or the context-menu key opens the menu, Esc gives focus back to the row', async ({
  explorer,
  page,
}) => {
  await sendFrom(explorer, 'List, search and filter contacts');
  await explorer.parsed.getByRole('searchbox', { name: 'Filter the tree' }).fill('contacts[*].id');
  const t = tree(explorer);
  await expect(t.getByRole('treeitem')).toHaveCount(20);
  await t.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focusedName = () =>
    t.evaluate((el) =>
      document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label'),
    );
  const name = await focusedName();
  const id = /^contacts\[2\]\.id: "(\d+)"$/.exec(name ?? '')?.[1] ?? '';
  expect(id).not.toBe('');

  await page.keyboard.press('o');
  const menu = page.getByRole('menu', { name: `Open contact ${id} in` });
  await expect(menu.getByRole('menuitem', { name: 'Get a contact', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(t).toBeFocused();
  expect(await focusedName()).toBe(name);

  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('u');
  await expect(menu.getByRole('menuitem', { name: 'Update a contact', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expectOpened(page, 'Get a contact', `/contacts/${id}`);
});

test('a 422 duplicate email offers "Sync a contact" with the same body', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await page.getByLabel('firstName', { exact: true }).fill('Jane');
  await page.getByLabel('lastName', { exact: true }).fill('Doe');
  await explorer.send.click();
  const status = page.getByRole('status').filter({ hasText: '422' });
  await expect(status).toContainText('exists already');
  await status.getByRole('button', { name: 'Sync a contact with the same body' }).click();

  await expect(page.getByRole('tab', { name: 'Sync a contact', selected: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Body (3 set)' })).toBeVisible();
  // A write waits for the user's Send.
  await expect(page.getByRole('status').filter({ hasText: 'No response yet.' })).toBeVisible();
  await explorer.send.click();
  await expect(page.getByRole('status').filter({ hasText: /^20[01] / })).toBeVisible();
  await explorer.raw.getByRole('button', { name: 'Request sent' }).click();
  await expect(explorer.raw).toContainText('"email":"jane.doe@example.org"');
  await expect(explorer.raw).toContainText('"firstName":"Jane"');
  await expect(explorer.raw).toContainText(`POST ${E2E.sandboxUrl}/api/3/contact/sync`);
});

test('a 429 offers a retry, the budget setting and the Rate limits guide', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.useAccount(E2E.fixtureUrl);
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill('rate-limited');
  await explorer.send.click();
  const status = page.getByRole('status').filter({ hasText: '429' });
  await expect(status.getByRole('button', { name: 'Send again when a slot frees' })).toBeVisible();
  await status.getByRole('button', { name: 'Requests per second' }).click();
  await expect(explorer.connectionSettings).toBeVisible();
  await explorer.closeDialog();
  await status.getByRole('button', { name: 'Rate limits guide' }).click();
  await expect(page.getByRole('tab', { name: 'Rate limits', selected: true })).toBeVisible();
});

test('a v1 result_code 0 offers its v3 equivalent, filled', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('View a contact by id (v1)');
  await page.getByLabel('id', { exact: true }).fill('987654');
  await explorer.send.click();
  const status = page.getByRole('status').filter({ hasText: 'result_code 0' });
  await expect(status).toBeVisible();
  await status.getByRole('button', { name: 'v3: Get a contact' }).click();
  await expectOpened(page, 'Get a contact', '/contacts/987654');
  // Opened, not sent: the v3 call is the user's to make.
  await expect(page.getByRole('status').filter({ hasText: 'No response yet.' })).toBeVisible();
});

test('a 404 on a record offers the list of its collection, sent at once to show the ids that exist', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Get a contact');
  await page.getByLabel('id', { exact: true }).fill('987654');
  await explorer.send.click();
  const status = page.getByRole('status').filter({ hasText: '404' });
  await expect(status).toContainText('check the id');
  await status.getByRole('button', { name: 'List, search and filter contacts' }).click();
  await expect(page.getByRole('tab', { name: 'List, search and filter contacts', selected: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^200 / })).toBeVisible();
  await expect(tree(explorer).getByRole('treeitem', { name: /^contacts: / })).toBeVisible();
});

test('ids in a large body read in the worker open the same way', async ({ explorer, page }) => {
  test.setTimeout(90_000);
  await explorer.open();
  await explorer.useAccount(E2E.fixtureUrl);
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill('contacts-20mb');
  await explorer.send.click();
  await expect(tree(explorer)).toContainText('contacts: [100000]', { timeout: 30_000 });
  const idRow = await row(explorer, 'contacts[41999].id');
  const id = await valueOf(idRow);
  await idRow.getByRole('button', { name: `Open in… contact ${id}` }).click();
  await page.getByRole('menuitem', { name: "List a contact's notes", exact: true }).click();
  await expectOpened(page, "List a contact's notes", `/contacts/${id}/notes`);
});
