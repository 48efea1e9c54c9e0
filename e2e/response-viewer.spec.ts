import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import type { ExplorerPage } from './pages/explorer-page';

/**
 * The response viewer against the sandbox and against the fixture server's
 * odd answers. A fixture is picked by typing its name into the `search`
 * parameter of "List, search and filter contacts" while connected to the
 * fixture server (allowed with --allow-origin in playwright.config.ts).
 */
async function fetchFixture(explorer: ExplorerPage, page: Page, fixture: string): Promise<void> {
  await explorer.open();
  await explorer.useAccount(E2E.fixtureUrl);
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill(fixture);
  await explorer.send.click();
}

test('the tree is one tab stop operated with the arrow keys; Enter copies the value', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await explorer.send.click();
  const t = explorer.parsed.getByRole('tree', { name: 'Parsed JSON' });
  await expect(t).toContainText('contacts: [20]');
  // No button inside the tree takes a tab stop of its own.
  expect(await t.locator('button:not([tabindex="-1"])').count()).toBe(0);
  await t.focus();
  const focused = async () =>
    t.evaluate((tree) => {
      const id = tree.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.getAttribute('aria-label') ?? '') : '';
    });
  expect(await focused()).toMatch(/^root: \{\d+\}$/);
  await page.keyboard.press('ArrowDown'); // scoreValues: [0], the first key
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('contacts: [20]');
  const contacts = t.getByRole('treeitem', { name: 'contacts: [20]', exact: true });
  await expect(contacts).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(contacts).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(contacts).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(/^0: \{\d+\}$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(/^cdate: /);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toMatch(/^0: \{\d+\}$/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(/^email: "/);
  await page.keyboard.press('Enter');
  await expect(explorer.parsed.getByText('Copied value of contacts[0].email')).toBeVisible();
  expect(await explorer.clipboard()).toMatch(/^"[^"]+@[^"]+"$/);
  await page.keyboard.press('End');
  const last = await focused();
  expect(last).not.toMatch(/^root: /);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(last);
  await page.keyboard.press('Home');
  expect(await focused()).toMatch(/^root: \{\d+\}$/);
});

test('the filter narrows the tree to matching paths', async ({ explorer }) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await explorer.send.click();
  const t = explorer.parsed.getByRole('tree', { name: 'Parsed JSON' });
  await expect(t).toContainText('contacts: [20]');
  const filter = explorer.parsed.getByRole('searchbox', { name: 'Filter the tree' });
  await filter.fill('contacts[*].email');
  await expect(explorer.parsed.getByText('20 matching paths')).toBeVisible();
  await expect(t.getByRole('treeitem')).toHaveCount(20);
  await expect(t.getByRole('treeitem').first()).toHaveAccessibleName(/^contacts\[0\]\.email: ".+@.+"$/);
  await filter.fill('$.meta.total');
  await expect(t.getByRole('treeitem')).toHaveCount(1);
  await filter.fill('');
  await expect(t).toContainText('contacts: [20]');
  await expect(t.getByRole('treeitem', { name: /^root: \{\d+\}$/ })).toBeVisible();
});

const tree = (explorer: ExplorerPage) => explorer.parsed.getByRole('tree', { name: 'Parsed JSON' });

test('a 200 from the sandbox: raw and parsed side by side, ids and meta.total as sent, request viewable', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await explorer.send.click();

  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await expect(explorer.raw).toContainText(
    '"contacts":[{"cdate":"2026-01-01T10:00:00-06:00","email":"jane.doe@example.org"',
  );
  await expect(tree(explorer)).toContainText('contacts: [20]');
  await expect(
    tree(explorer).getByRole('treeitem', { name: 'email: "jane.doe@example.org"', exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '200' })).toContainText(/proxy: dns \d+ ms, connect/);
  // meta.total is a string on the wire and stays quoted in the tree (earlier specs may have added contacts).
  await page.getByRole('searchbox', { name: 'Search the tree' }).fill('total');
  await expect(tree(explorer).getByRole('treeitem', { selected: true })).toHaveAccessibleName(
    /^total: "(2[5-9]\d|[3-9]\d\d)"$/,
  );

  const raw = await explorer.raw.boundingBox();
  const parsed = await explorer.parsed.boundingBox();
  expect(raw && parsed && raw.x + raw.width <= parsed.x && Math.abs(raw.y - parsed.y) < 2).toBe(true);

  await explorer.raw.getByRole('button', { name: 'Request sent' }).click();
  await expect(explorer.raw).toContainText(`GET ${E2E.sandboxUrl}/api/3/contacts`);
  await expect(explorer.raw).toContainText('Api-Token: [REDACTED]');
  await expect(explorer.raw).not.toContainText(E2E.sandboxKey);
});

test('a 422 shows the field errors in both panes with the next step', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 422 Unprocessable Entity');
  await expect(tree(explorer)).toContainText('title: "Email address already exists in the system"');
  await expect(tree(explorer)).toContainText('pointer: "/data/attributes/email"');
  await expect(page.getByRole('status').filter({ hasText: '422' })).toContainText('shown next to the fields');
});

/** Big bodies take a few seconds to cross the proxy and decode in a test browser; the viewer's own speed is benched. */
const BIG = { timeout: 30_000 };

test('search the tree, step through matches and copy a JSON path', async ({ explorer, page }) => {
  test.setTimeout(90_000);
  await fetchFixture(explorer, page, 'contacts-20mb');
  await expect(tree(explorer)).toContainText('contacts: [100000]', BIG);
  await page.getByRole('searchbox', { name: 'Search the tree' }).fill('First4200');
  await expect(explorer.parsed.getByText('Match 1 of 11')).toBeVisible(BIG);
  await expect(tree(explorer).getByRole('treeitem', { selected: true })).toContainText('firstName: "First4200"');

  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(explorer.parsed.getByText('Match 2 of 11')).toBeVisible();
  const current = tree(explorer).getByRole('treeitem', { selected: true });
  await expect(current).toContainText('firstName: "First42000"');

  await current.getByRole('button', { name: 'Copy path contacts[41999].firstName' }).click();
  await expect(explorer.parsed.getByText('Copied path contacts[41999].firstName')).toBeVisible();
  expect(await explorer.clipboard()).toBe('contacts[41999].firstName');

  await page.getByRole('button', { name: 'Previous match' }).click();
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(explorer.parsed.getByText('Match 11 of 11')).toBeVisible();
  await expect(tree(explorer).getByRole('treeitem', { selected: true })).toContainText('First42009');
});

test('an HTML error page: raw shows it as text, parsed explains, the summary gives the next step', async ({
  explorer,
  page,
}) => {
  await fetchFixture(explorer, page, 'html-error');
  await expect(explorer.raw).toContainText('HTTP 502 Bad Gateway');
  await expect(explorer.raw).toContainText('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>');
  await expect(explorer.raw.getByRole('heading', { name: '502 Bad Gateway' })).toHaveCount(0);
  await expect(explorer.parsed).toContainText('The body is an HTML page, not JSON');
  await expect(page.getByRole('status').filter({ hasText: '502' })).toContainText('server error; retry later');
});

test('a truncated JSON body is explained with the position where it stops', async ({ explorer, page }) => {
  await fetchFixture(explorer, page, 'truncated-json');
  await expect(explorer.raw).toContainText('{"contacts":[{"id":"1","email":"a@');
  await expect(explorer.parsed).toContainText(
    'The body is not valid JSON: it ends too early (truncated?), at line 1, column 35.',
  );
});

test('empty and binary bodies never leave the parsed pane blank', async ({ explorer, page }) => {
  await fetchFixture(explorer, page, 'empty-200');
  await expect(explorer.parsed).toContainText('The body is empty (HTTP 200).');
  await page.getByLabel('search', { exact: true }).fill('binary');
  await explorer.send.click();
  await expect(explorer.parsed).toContainText('The body is binary (application/octet-stream).');
  await expect(explorer.raw).toContainText('content-type: application/octet-stream');
});

test('hostile strings render as inert text', async ({ explorer, page }) => {
  await fetchFixture(explorer, page, 'hostile');
  await expect(tree(explorer)).toContainText('firstName: "<script>window.__pwned = "script"</script>"');
  await expect(tree(explorer)).toContainText(`lastName: "<img src=x onerror="window.__pwned = 'img'">"`);
  await expect(tree(explorer)).toContainText('<b onmouseover="window.__pwned = 1">key</b>: "<a href=');
  await expect(explorer.raw).toContainText('<script>window.__pwned');
  await expect(page.locator('.response script, .response img, .response b, .response a')).toHaveCount(0);
  await tree(explorer)
    .getByText(/<b onmouseover/)
    .hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('api_output=xml is parsed into the same tree with the v1 envelope on top', async ({ explorer, page }) => {
  await fetchFixture(explorer, page, 'v1-xml');
  await expect(explorer.parsed).toContainText('result_code: 0 · result_message: Failed: Nothing is returned');
  await expect(explorer.parsed).toContainText('XML shown as a tree');
  await expect(tree(explorer)).toContainText('email: "jane.doe@example.org"');
  await expect(tree(explorer)).toContainText('id: "7"');
});

test('a 429 says when to retry, from Retry-After', async ({ explorer, page }) => {
  await fetchFixture(explorer, page, 'rate-limited');
  await expect(page.getByRole('status').filter({ hasText: '429' })).toContainText(
    'Over the rate limit of 5 requests per second. Retry after 2 seconds.',
  );
});

test('a 20 MB response stays responsive: bounded DOM, expand works, the raw pane scrolls to the end', async ({
  explorer,
  page,
}) => {
  test.setTimeout(90_000);
  await fetchFixture(explorer, page, 'contacts-20mb');
  await expect(explorer.raw).toContainText('HTTP 200 OK', BIG);
  await expect(explorer.raw).toContainText(/MB \([\d,]+ bytes\)/);
  await expect(tree(explorer)).toContainText('contacts: [100000]', BIG);
  await expect(tree(explorer)).toContainText('total: "100000"');

  await tree(explorer).getByRole('button', { name: 'Expand contacts', exact: true }).click();
  await expect(tree(explorer).getByRole('treeitem', { name: '0: {8}', exact: true })).toBeVisible();
  const items = tree(explorer).getByRole('treeitem');
  expect(await items.count()).toBeLessThan(200);

  // The raw pane is windowed too: a handful of short rows, never the 20 MB as one text node.
  const longest = await explorer.raw.evaluate((el) =>
    Math.max(...[...el.querySelectorAll('div')].map((d) => d.textContent?.length ?? 0)),
  );
  expect(longest).toBeLessThan(200_000);
  await explorer.raw.locator('.virtual-text').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(explorer.raw).toContainText('"meta":{"total":"100000"}}');
});

test('raw and parsed: a resizable split in a wide pane, tabs in a narrow one', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Get the user who owns the API key');
  await explorer.send.click();
  await expect(tree(explorer)).toBeVisible();

  const divider = page.getByRole('separator', { name: 'Resize the raw and parsed panes' });
  const before = (await explorer.raw.boundingBox())?.width ?? 0;
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '60');
  expect((await explorer.raw.boundingBox())?.width ?? 0).toBeGreaterThan(before + 40);

  const box = await divider.boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x - 200, box.y + 20, { steps: 4 });
    await page.mouse.up();
  }
  expect(Number(await divider.getAttribute('aria-valuenow'))).toBeLessThan(60);

  // A pane narrower than 880 px shows raw and parsed as tabs instead of two cramped columns.
  await page.setViewportSize({ width: 700, height: 900 });
  await expect(divider).toBeHidden();
  const tabs = page.getByRole('tablist', { name: 'Response views' });
  await expect(tabs.getByRole('tab', { name: 'Parsed' })).toHaveAttribute('aria-selected', 'true');
  await expect(tree(explorer)).toBeVisible();
  await expect(explorer.raw).toBeHidden();
  // The workspace re-arranges its panes at this width (stacked, sidebar as a drawer): click once it has settled.
  await expect(async () => {
    await tabs.getByRole('tab', { name: 'Raw' }).click();
    await expect(explorer.raw).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(explorer.parsed).toBeHidden();
  // Back to the default desktop size: the response pane is wide enough for both again.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(explorer.raw).toBeVisible();
  await expect(explorer.parsed).toBeVisible();
  await expect(divider).toBeVisible();
});

test('a 20 MB response: after expanding 100,000 items, scrolling reaches the end', async ({ explorer, page }) => {
  test.setTimeout(90_000);
  await fetchFixture(explorer, page, 'contacts-20mb');
  await expect(tree(explorer)).toContainText('contacts: [100000]', BIG);
  await tree(explorer).getByRole('button', { name: 'Expand contacts', exact: true }).click();
  await expect(tree(explorer).getByRole('treeitem', { name: '0: {8}', exact: true })).toBeVisible();
  await expect(async () => {
    await tree(explorer).evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(tree(explorer).getByRole('treeitem', { name: 'meta: {1}', exact: true })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await tree(explorer).getByRole('button', { name: 'Expand contacts[99999]', exact: true }).click();
  await expect(tree(explorer)).toContainText('email: "contact100000@example.com"');
  expect(await tree(explorer).getByRole('treeitem').count()).toBeLessThan(200);
});
