import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

const LIST = 'List, search and filter contacts';

/** Counts the proxy's 429 answers seen by a page. */
function count429(page: Page): () => number {
  let n = 0;
  page.on('response', (res) => {
    if (res.url().includes('/proxy/') && res.status() === 429) n++;
  });
  return () => n;
}

/** meta.total as the page bar shows it ("1–20 of 250"). */
async function shownTotal(page: Page): Promise<number> {
  const bar = page.getByRole('navigation', { name: 'Pages' });
  await expect(bar).toContainText(/ of \d+/);
  return Number((/ of (\d+)/.exec((await bar.textContent()) ?? '') ?? [])[1]);
}

/**
 * The sandbox counts calls per key in a sliding second, across tests: the calls of the test before
 * are another client's as far as this test's budget knows. Starting a second later leaves the window empty.
 */
async function afterQuietSecond(page: Page): Promise<void> {
  await page.waitForTimeout(1100);
}

test('pages through contacts with Next and Last; each step re-sends and puts the offset in the form', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod(LIST);
  await explorer.send.click();
  const bar = page.getByRole('navigation', { name: 'Pages' });
  const total = await shownTotal(page);
  expect(total).toBeGreaterThan(40);
  await expect(bar).toContainText(`1–20 of ${total}`);
  await expect(bar.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(bar).toContainText(`21–40 of ${total}`);
  await expect(page.getByLabel('offset', { exact: true })).toHaveValue('20');
  await expect(page.getByRole('textbox', { name: 'Request URL' })).toHaveValue(/offset=20/);

  await bar.getByRole('button', { name: 'Last' }).click();
  const lastStart = Math.floor((total - 1) / 20) * 20;
  await expect(bar).toContainText(`${lastStart + 1}–${total} of ${total}`);
  await expect(page.getByLabel('offset', { exact: true })).toHaveValue(String(lastStart));
  await expect(bar.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: 'Last' })).toBeDisabled();
});

test('Fetch all shows progress, can be cancelled and resumed, and exports a CSV with meta.total rows', async ({
  explorer,
  page,
}) => {
  test.setTimeout(90_000);
  const throttled = count429(page);
  await afterQuietSecond(page);
  await explorer.open();
  await explorer.openMethod(LIST);
  await page.getByLabel('limit', { exact: true }).fill('10');
  await explorer.send.click();
  const total = await shownTotal(page);
  const pages = Math.ceil(total / 10);
  const fetchAll = page.getByRole('region', { name: 'Fetch all' });
  await fetchAll.getByRole('button', { name: 'Fetch all' }).click();
  const progress = fetchAll.getByRole('status');
  await expect(progress).toContainText(/Fetching · [1-9]\d* of \d+ pages/);
  await expect(fetchAll.getByRole('progressbar', { name: 'Fetch all progress' })).toBeVisible();
  await expect(progress).toContainText('left');
  await fetchAll.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toContainText('Cancelled');
  const kept = Number((/(\d+) of \d+ pages/.exec((await progress.textContent()) ?? '') ?? [])[1]);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(pages);

  await fetchAll.getByRole('button', { name: 'Resume' }).click();
  await expect(progress).toContainText(`Done · ${pages} of ${pages} pages · ${total} records`, { timeout: 60_000 });
  await expect(fetchAll).toContainText(`All ${total} records received`);
  // The merged document is on screen in the same response views, root key preserved.
  await expect(explorer.raw).toContainText('HTTP 200 OK (merged)');
  await expect(explorer.raw).toContainText('{"contacts":[');

  const download = page.waitForEvent('download');
  await fetchAll.getByRole('button', { name: 'CSV' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  const rows = csv.split('\r\n').filter((l) => l !== '');
  expect(rows[0]).toMatch(/^[^\r\n]*\bemail\b/);
  expect(rows.length - 1).toBe(total);
  expect(csv.includes(E2E.sandboxKey)).toBe(false);
  expect(throttled()).toBe(0);
});

test('calls from several tabs at once share one budget: no 429', async ({ context, explorer, page }) => {
  test.setTimeout(90_000);
  const second = new ExplorerPage(await context.newPage());
  const counters = [count429(page), count429(second.page)];
  await afterQuietSecond(page);
  for (const tab of [explorer, second]) {
    await tab.open();
    await tab.openMethod(LIST);
    await tab.page.getByLabel('limit', { exact: true }).fill('25');
    await tab.send.click();
    await expect(tab.page.getByRole('navigation', { name: 'Pages' })).toContainText('1–25 of');
  }
  // Two Fetch alls at once (about 20 calls), well past 5 per second, plus a single send in each tab.
  for (const tab of [explorer, second]) {
    await tab.page.getByRole('region', { name: 'Fetch all' }).getByRole('button', { name: 'Fetch all' }).click();
  }
  await expect(page.getByRole('status', { name: 'Rate budget' })).toContainText('waiting');
  for (const tab of [explorer, second]) {
    await expect(tab.page.getByRole('region', { name: 'Fetch all' }).getByRole('status')).toContainText('Done', {
      timeout: 60_000,
    });
  }
  expect(counters.map((c) => c())).toEqual([0, 0]);
});
