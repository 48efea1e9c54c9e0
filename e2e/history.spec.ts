import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { HistoryPageObject } from './pages/history-page';

/** Our made-up Chrome DevTools HAR of a web page (15 calls) plus 3 ActiveCampaign calls. */
const CHROME_HAR = fileURLToPath(new URL('../src/core/bundle/test-data/chrome-devtools.har', import.meta.url));

test('two calls of one method with different parameters are told apart, in compact rows, by keyboard', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  for (const limit of ['1', '2']) {
    await page.getByLabel('limit', { exact: true }).fill(limit);
    await explorer.send.click();
    await expect(explorer.raw).toContainText('HTTP 200');
  }
  const history = new HistoryPageObject(page);
  await history.open();
  await expect(history.rows).toHaveCount(2);
  const [newer, older] = [history.rows.nth(0), history.rows.nth(1)];
  await expect(newer).toContainText('/contacts?limit=2');
  await expect(older).toContainText('/contacts?limit=1');
  await expect(newer).toHaveAccessibleName(/^GET \/contacts\?limit=2, HTTP 200, List, search and filter contacts/);
  for (const row of [newer, older]) {
    // The method shows once, as its badge; the status is there too.
    const text = await row.innerText();
    expect(text.match(/\bGET\b/g)).toHaveLength(1);
    expect(text).toContain('200');
    const box = await row.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(32);
  }

  // One tab stop: Tab reaches the list, arrows move, Enter opens.
  await page.getByRole('button', { name: 'Clear history' }).focus();
  await page.keyboard.press('Tab');
  await expect(history.list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(older).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Stored request' })).toContainText('limit=1');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Stored request' })).toContainText('limit=2');

  // The text filter narrows by what the rows show.
  await page.getByRole('searchbox', { name: 'Filter calls' }).fill('limit=1');
  await expect(history.rows).toHaveCount(1);
  await expect(history.rows.first()).toContainText('/contacts?limit=1');

  // Ctrl+Enter re-sends the active row; the new call is the newest row.
  await page.getByRole('searchbox', { name: 'Filter calls' }).fill('');
  await history.rows.nth(1).click();
  await page.keyboard.press('Control+Enter');
  await expect(history.status).toContainText('Re-sent List, search and filter contacts');
  await expect(history.rows).toHaveCount(3);
  await expect(history.rows.first()).toContainText('/contacts?limit=1');
});

test('a Chrome DevTools HAR of a web page: other hosts labelled as such, never as v3 methods', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  const history = new HistoryPageObject(page);
  await history.open();
  // A styled button that opens the file picker, not a bare file input.
  await expect(history.importButton).toBeVisible();
  await expect(history.importButton).toHaveAttribute('type', 'button');

  await history.importHar(CHROME_HAR);
  await expect(history.status).toContainText(
    'Imported 18 calls from chrome-devtools.har; 15 to other hosts (not ActiveCampaign)',
  );
  await expect(history.rows).toHaveCount(18);
  const urchin = history.rows.filter({ hasText: '/urchin.js' });
  await expect(urchin).toHaveCount(1);
  await expect(urchin).toContainText('Other host: www.google-analytics.com');
  await expect(urchin).toHaveAccessibleName(/^GET \/urchin\.js, HTTP 200, Other host: www\.google-analytics\.com/);
  const texts = await history.rows.allInnerTexts();
  expect(texts.filter((t) => t.includes('Other host: '))).toHaveLength(15);
  for (const t of texts) {
    expect(t).not.toMatch(/\b(GET|POST)\b[\s\S]*\b(GET|POST)\b/);
    expect(t).not.toContain('(v3)');
  }
  // The ActiveCampaign calls in the same file are recognised by API.
  await expect(history.rows.filter({ hasText: 'contact_view_email?email=jane.doe@example.org' })).toContainText('v1');
  await expect(history.rows.filter({ hasText: '/contacts?limit=1&filters[email]=jane.doe@example.org' })).toHaveCount(
    1,
  );
  // The blocked request is a failed call; filtering by status class finds it.
  await page.getByLabel('Status').selectOption('failed');
  await expect(history.rows).toHaveCount(1);
  await expect(history.rows.first()).toContainText('/pixel.gif?id=83731');
  await page.getByLabel('Status').selectOption('');

  // Opening an imported call shows it; it cannot be re-sent (no form values).
  await urchin.click();
  await expect(page.getByRole('region', { name: 'Stored request' })).toContainText(
    'GET https://www.google-analytics.com/urchin.js',
  );
  await expect(page.getByRole('button', { name: 'Re-send' })).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await expect(history.alert).toContainText('Imported entries can be viewed, not re-sent');
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('explorer-history', 1);
        req.onsuccess = () => {
          const all = req.result.transaction('calls').objectStore('calls').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
        };
      }),
  );
  expect(stored).not.toContain('made-up-key-0000000000000000000000000000');

  const axe = await new AxeBuilder({ page }).include('.history').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a broken HAR file gets a specific message and loses nothing', async ({ explorer, page }) => {
  await explorer.open();
  const history = new HistoryPageObject(page);
  await history.open();
  await history.importHar(CHROME_HAR);
  await expect(history.rows).toHaveCount(18);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'har-'));
  const broken = path.join(dir, 'broken.har');
  await fs.writeFile(broken, '{"log": {"entries": [\n  {"request": }\n]}}');
  await history.importHar(broken);
  await expect(history.alert).toContainText(
    /broken\.har could not be imported\. The file is not valid JSON: .*line 2, column \d+/,
  );
  const notHar = path.join(dir, 'contacts.json');
  await fs.writeFile(notHar, '{"contacts": []}');
  await history.importHar(notHar);
  await expect(history.alert).toContainText('contacts.json could not be imported. This file is JSON but not a HAR log');
  await expect(history.rows).toHaveCount(18);
});
