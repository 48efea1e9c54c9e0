import AxeBuilder from '@axe-core/playwright';
import { E2E } from './env';
import { currentSandboxKey } from './sandbox-key';
import { expect, test } from './fixtures';

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test.describe(`${viewport.width}×${viewport.height} ${theme}`, () => {
      test.use({ viewport, colorScheme: theme });

      test('after sending, the status line and the parsed tree are in view without scrolling the window', async ({
        explorer,
        page,
      }) => {
        await explorer.open('/m/v3.contacts.list');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await explorer.send.click();
        const status = page
          .getByRole('status')
          .filter({ hasText: /^200\b|200 OK/ })
          .first();
        await expect(status).toBeInViewport();
        await explorer.showParsed();
        const rows = explorer.parsed.getByRole('treeitem');
        await expect(rows.nth(9)).toBeInViewport();
        const scroll = await page.evaluate(() => ({
          y: window.scrollY,
          x: window.scrollX,
          overflowX: document.documentElement.scrollWidth - window.innerWidth,
          overflowY: document.documentElement.scrollHeight - window.innerHeight,
        }));
        expect(scroll).toEqual({ y: 0, x: 0, overflowX: 0, overflowY: 0 });
      });

      test('the top bar is one line', async ({ explorer, page }) => {
        await explorer.open('/m/v3.contacts.create');
        const bar = page.getByRole('banner');
        const box = await bar.boundingBox();
        expect(box?.height).toBeLessThanOrEqual(56);
        // Every control of the bar sits on its one line: none starts below the first row.
        const tops = await bar
          .locator('button:visible, a:visible, select:visible')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
        expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
      });

      test('axe finds no serious or critical violation', async ({ explorer, page }) => {
        // A full axe pass over the workspace takes 5–7 s alone and several times that on a loaded machine.
        test.slow();
        await explorer.open('/m/v3.contacts.list');
        await explorer.send.click();
        await expect(explorer.raw.or(explorer.parsed).first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

test('double-clicking Send on "Create a contact" creates exactly one contact and shows 201', async ({
  explorer,
  page,
  request,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  const email = `double-${Date.now()}@example.com`;
  await page.getByLabel('email', { exact: true }).fill(email);
  await explorer.send.dblclick();
  await expect(page.getByRole('status').filter({ hasText: '201' }).first()).toBeVisible();
  await expect(page.getByText('Email address already exists')).toHaveCount(0);
  // Asked of the sandbox directly (its rate limit is per account, so a 429 is waited out).
  const key = await currentSandboxKey(request);
  await expect
    .poll(async () => {
      const found = await request.get(`${E2E.sandboxUrl}/api/3/contacts?email=${encodeURIComponent(email)}`, {
        headers: { 'Api-Token': key },
      });
      const body = (await found.json()) as { contacts?: unknown[] };
      return body.contacts?.length ?? `HTTP ${found.status()}`;
    })
    .toBe(1);
});

test('Cancel aborts a slow call through the proxy', async ({ explorer, page, request }) => {
  await explorer.open();
  await explorer.useAccount(E2E.fixtureUrl, 'any-key');
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill('slow');
  await explorer.send.click();
  const cancel = page.getByRole('button', { name: 'Cancel request' });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByText(/Cancelled before the answer arrived/).first()).toBeVisible();
  // The fixture saw its client (the proxy) go away before answering: the abort reached the upstream.
  await expect
    .poll(
      async () =>
        ((await (await request.get(`${E2E.fixtureUrl}/slow-closed`)).json()) as { closedEarly: number }).closedEarly,
    )
    .toBeGreaterThan(0);
  await expect(explorer.send).toBeEnabled();
});

test('opening a method with Enter from the search puts focus in its request', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.search.fill('Create a contact');
  await explorer.search.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Create a contact' })).toBeVisible();
  await expect(page.getByLabel('email', { exact: true })).toBeFocused();
  // The first Esc closes the field's help (shown on focus); the next goes back to the search.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(explorer.search).toBeFocused();
});

test('tabs: a pinned tab stays, Ctrl+click opens a new one, and both survive a reload', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Get a contact');
  const tabs = page.getByRole('tablist', { name: 'Open methods' });
  await explorer.openMethod('List tags');
  // An unpinned tab is replaced by the next method opened.
  await expect(tabs.getByRole('tab')).toHaveCount(1);
  await tabs.getByRole('tab', { name: 'List tags' }).dblclick();
  await explorer.openMethod('Get a contact');
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await explorer.search.fill('Create a contact');
  await explorer.methods.getByRole('link', { name: 'Create a contact', exact: true }).click({ modifiers: ['Control'] });
  await expect(tabs.getByRole('tab')).toHaveCount(3);
  await page.reload();
  await expect(tabs.getByRole('tab')).toHaveText([/List tags/, /Get a contact/, /Create a contact/]);
  await expect(page).toHaveTitle(/Create a contact/);
});

test('the command palette opens methods and runs actions', async ({ explorer, page }) => {
  await explorer.open();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search methods and actions' });
  await expect(input).toBeFocused();
  await input.fill('toggle theme');
  const before = await page.locator('html').getAttribute('data-theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  await page.keyboard.press('Control+k');
  await input.fill('list contacts');
  await expect(page.getByRole('option').filter({ hasText: 'List, search and filter contacts' })).toBeVisible();
  await page.getByRole('option').filter({ hasText: 'List, search and filter contacts' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'List, search and filter contacts' });
  await expect(heading).toBeVisible();
  // Focus is in the request's first field now, where `?` is a character: leave the field first.
  await heading.click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('the sandbox and a real account look different in the top bar', async ({ explorer, page }) => {
  await explorer.open();
  const switcher = page.getByRole('combobox', { name: 'Connection' });
  await expect(switcher).toHaveValue('sandbox');
  const sandboxBorder = await switcher.locator('..').evaluate((e) => getComputedStyle(e).borderColor);
  await explorer.useAccount(E2E.fixtureUrl, 'any-key');
  const accountBorder = await switcher.locator('..').evaluate((e) => getComputedStyle(e).borderColor);
  expect(accountBorder).not.toBe(sandboxBorder);
});

test('history in the sidebar: opening an entry shows its values and stored response in the panes', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill('jane');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await explorer.openMethod('Get the user who owns the API key');
  await page.getByRole('link', { name: 'History', exact: true }).click();
  const rows = page.getByRole('listbox', { name: 'Stored calls' }).getByRole('option');
  await expect(rows.filter({ hasText: 'search=jane' })).toHaveCount(1);
  await rows.filter({ hasText: 'search=jane' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'List, search and filter contacts' })).toBeVisible();
  await expect(page.getByLabel('search', { exact: true })).toHaveValue('jane');
  await expect(explorer.raw).toContainText('HTTP 200 OK');
});

test('"Send your first request" on the home view sends the key check and shows who the key belongs to', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await page.getByRole('button', { name: 'Send your first request' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Get the user who owns the API key' })).toBeVisible();
  await explorer.showRaw();
  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await expect(explorer.raw).toContainText('"username":"admin"');
});
