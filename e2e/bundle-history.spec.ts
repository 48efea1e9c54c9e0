import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { HarLog } from '../src/core/bundle/har';
import { harErrors } from '../src/core/bundle/validate-har';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { runCurl } from './run-curl';
import { HistoryPageObject } from './pages/history-page';

async function downloadOf(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await (await download).path();
  return fs.readFile(file, 'utf8');
}

/** Serious or critical accessibility violations inside the given parts of the page (whole-page axe is slow here). */
async function seriousViolations(page: Page, ...selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const s of selectors) builder = builder.include(s);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openHistory(page: Page): Promise<void> {
  await new HistoryPageObject(page).open();
}

const historyRows = (page: Page) => new HistoryPageObject(page).rows;

test('a failed call: support bundle, plain text, JSON and a valid HAR that imports into history', async ({
  explorer,
  page,
}) => {
  test.setTimeout(90_000);
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 422');
  await explorer.openSupportBundle();
  await expect(page.getByRole('region', { name: 'Contract check' })).toContainText(/documented/);
  expect(await seriousViolations(page, '.bundle-dialog')).toEqual([]);

  await explorer.copySupportBundle();
  await expect(page.getByText('Support bundle copied')).toBeVisible();
  const bundle = await explorer.clipboard();
  for (const heading of [
    '## 1. Full request URL',
    '## 2. POST data',
    '## 3. Expected response / action',
    '## 4. Actual response',
  ])
    expect(bundle).toContain(heading);
  expect(bundle).toContain('HTTP 422');
  // Contacts are masked by default (bundles end up in public forums).
  expect(bundle).toContain('"email":"[EMAIL]"');
  expect(bundle).not.toContain('jane.doe@example.org');
  expect(bundle).toContain('Api-Token: [REDACTED]');
  expect(bundle).not.toContain(E2E.sandboxKey);

  // The user's own choice: unmask contacts, then copy as plain text.
  await page.getByRole('checkbox', { name: 'Mask email addresses and phone numbers' }).uncheck();
  await page.getByRole('group', { name: 'Format' }).getByRole('button', { name: 'Plain text' }).click();
  await page.getByRole('button', { name: 'Copy support bundle' }).click();
  await expect(page.getByText('Support bundle copied (Plain text)')).toBeVisible();
  const plain = await explorer.clipboard();
  expect(plain).toContain('1. Full request URL');
  expect(plain).toContain('"email":"jane.doe@example.org"');
  expect(plain).not.toContain('[EMAIL]');
  expect(plain).not.toContain(E2E.sandboxKey);

  const json = JSON.parse(await downloadOf(page, 'Download JSON')) as { actual: { status: number } };
  expect(json.actual.status).toBe(422);

  const harText = await downloadOf(page, 'Download HAR');
  expect(harText).not.toContain(E2E.sandboxKey);
  const har = JSON.parse(harText) as HarLog;
  expect(harErrors(har)).toEqual([]);
  expect(har.log.entries[0]?.response.status).toBe(422);

  const harFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'har-')), 'failed-call.har');
  await fs.writeFile(harFile, harText);
  await explorer.closeDialog();
  await openHistory(page);
  await expect(historyRows(page)).toHaveCount(1);
  await new HistoryPageObject(page).importHar(harFile);
  await expect(page.getByText('Imported 1 call from failed-call.har')).toBeVisible();
  await expect(historyRows(page)).toHaveCount(2);
  await historyRows(page).first().click();
  await expect(page.getByRole('region', { name: 'Stored response' })).toContainText('HTTP 422');
  await expect(page.getByRole('button', { name: 'Re-send' })).toBeDisabled();
  expect(await seriousViolations(page, '.history')).toEqual([]);
});

test('history survives a reload, re-sends, reopens in the form, compares, filters and clears', async ({
  explorer,
  page,
}) => {
  test.setTimeout(90_000);
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  for (const limit of ['1', '2']) {
    await page.getByLabel('limit', { exact: true }).fill(limit);
    await explorer.send.click();
    await expect(explorer.raw).toContainText('HTTP 200');
  }
  await openHistory(page);
  await page.reload();
  await expect(historyRows(page)).toHaveCount(2);

  // Compare the two list calls: the second has one more contact.
  await new HistoryPageObject(page).mark(historyRows(page).nth(0));
  await new HistoryPageObject(page).mark(historyRows(page).nth(1));
  const comparison = page.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toContainText('contacts[1]');
  await expect(comparison).toContainText('added');

  await historyRows(page).nth(1).click();
  await page.getByRole('button', { name: 'Re-send' }).click();
  await expect(page.getByText(/Re-sent List, search and filter contacts/)).toBeVisible();
  await expect(historyRows(page)).toHaveCount(3);

  await page.getByLabel('Status', { exact: true }).selectOption('4xx');
  await expect(page.getByText('No stored call matches these filters.')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('2xx');
  await page.getByLabel('HTTP method', { exact: true }).selectOption('GET');
  await expect(historyRows(page)).toHaveCount(3);

  // A corrupted record is skipped with a notice, not a crash.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('explorer-history', 1);
        req.onsuccess = () => {
          const tx = req.result.transaction('calls', 'readwrite');
          tx.objectStore('calls').add({ exchange: { broken: true } });
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
  await expect(page.getByText('1 stored entry could not be read and was skipped.')).toBeVisible();
  await expect(historyRows(page)).toHaveCount(3);

  await historyRows(page).last().click();
  await page.getByRole('button', { name: 'Reopen in form' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'List, search and filter contacts' })).toBeVisible();
  await expect(page.getByLabel('limit', { exact: true })).toHaveValue('1');

  await openHistory(page);
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByText('No calls yet.')).toBeVisible();
  // Keys are never stored: the key appears in no stored record.
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
  expect(stored).toBe('[]');
});

for (const c of [
  { name: 'v1 GET', method: 'View a contact by email (v1)', fill: 'jane.doe@example.org' },
  { name: 'v3 POST', method: 'Create a contact', fill: 'jane.doe@example.org' },
]) {
  test(`${c.name}: the copied cURL snippet gets the same status and body as the explorer`, async ({
    explorer,
    page,
  }) => {
    await explorer.open();
    await explorer.openMethod(c.method);
    await page.getByLabel('email', { exact: true }).fill(c.fill);
    await explorer.send.click();
    await explorer.openSupportBundle();
    // The HAR follows the bundle's redaction; unmasked it holds the body exactly as the explorer received it.
    await page.getByRole('checkbox', { name: 'Mask email addresses and phone numbers' }).uncheck();
    const har = JSON.parse(await downloadOf(page, 'Download HAR')) as HarLog;
    const explorerSaw = har.log.entries[0]?.response;
    await explorer.closeDialog();

    await page.getByRole('tab', { name: 'Code' }).click(); // the snippets live in the request's Code tab
    const snippets = page.getByRole('region', { name: 'Code snippets' });
    await snippets.getByLabel('Language').selectOption({ label: 'cURL' });
    await snippets.getByRole('button', { name: 'Copy snippet' }).click();
    const placeholder = await explorer.clipboard();
    expect(placeholder).toContain('YOUR_API_KEY');
    expect(placeholder).not.toContain(E2E.sandboxKey);
    for (const label of ['JavaScript (fetch)', 'Node.js', 'Python (requests)', 'PHP (cURL)']) {
      await snippets.getByLabel('Language').selectOption({ label });
      await expect(snippets.getByLabel(`${label} snippet`)).toContainText('YOUR_API_KEY');
    }

    await snippets.getByLabel('Language').selectOption({ label: 'cURL' });
    await snippets.getByRole('checkbox', { name: 'Include my real API key' }).check();
    await snippets.getByRole('button', { name: 'Copy snippet' }).click();
    await expect(snippets.getByText('cURL snippet copied with your real API key')).toBeVisible();
    const snippet = await explorer.clipboard();
    expect(snippet).toContain(E2E.sandboxUrl);
    const viaCurl = await runCurl(snippet);
    expect(viaCurl.status).toBe(explorerSaw?.status);
    expect(viaCurl.body).toBe(explorerSaw?.content.text);
  });
}
