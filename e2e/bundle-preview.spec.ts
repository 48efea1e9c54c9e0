import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { HarLog } from '../src/core/bundle/har';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { runCurl } from './run-curl';
import { HistoryPageObject } from './pages/history-page';
import type { ExplorerPage } from './pages/explorer-page';

const bundle = (page: Page) => page.getByRole('dialog', { name: 'Support bundle' });
const preview = (page: Page) => bundle(page).getByRole('region', { name: /^Bundle text/ });
const format = (page: Page, name: 'Markdown' | 'Plain text') =>
  bundle(page).getByRole('group', { name: 'Format' }).getByRole('button', { name });
const maskContacts = (page: Page) =>
  bundle(page).getByRole('checkbox', { name: 'Mask email addresses and phone numbers' });

/** Copies with the one Copy button and returns the clipboard, after checking it is exactly the preview's text. */
async function copyMatchesPreview(explorer: ExplorerPage, page: Page): Promise<string> {
  await bundle(page).getByRole('button', { name: 'Copy support bundle' }).click();
  await expect(bundle(page).getByRole('status')).toContainText('Support bundle copied');
  const copied = await explorer.clipboard();
  expect(copied).toBe(await preview(page).textContent());
  return copied;
}

async function downloadOf(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return fs.readFile(await (await download).path(), 'utf8');
}

/** Everything this origin stored in IndexedDB's history, as text. */
function storedHistory(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('explorer-history', 1);
        req.onsuccess = () => {
          const all = req.result.transaction('calls').objectStore('calls').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

/** The header lines fenced under a heading of the Markdown bundle. */
function headerBlock(markdown: string, heading: string): string {
  const marker = `${heading}:\n\n\`\`\`\n`;
  const at = markdown.indexOf(marker);
  expect(at, heading).toBeGreaterThan(-1);
  const start = at + marker.length;
  return markdown.slice(start, markdown.indexOf('\n```', start));
}

async function backgroundOf(el: Locator): Promise<string> {
  return el.evaluate((e) => getComputedStyle(e).backgroundColor);
}

test('the preview is exactly what is copied, with every redaction highlighted; masking changes both alike', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 422');
  await explorer.openSupportBundle();

  // The four items, where the call went, the proxy's headers apart: all in the preview itself.
  const text = preview(page);
  for (const item of [
    '## 1. Full request URL',
    '## 2. POST data',
    '## 3. Expected response / action',
    '## 4. Actual response',
  ])
    await expect(text).toContainText(item);
  await expect(text).toContainText(
    "Connection: Sandbox: the explorer's offline stand-in for an account, not ActiveCampaign",
  );
  await expect(text).toContainText(`API URL: ${E2E.sandboxUrl}`);
  const shown = (await text.textContent()) ?? '';
  const proxyAdded = headerBlock(shown, "Added by the explorer's proxy (not from ActiveCampaign)");
  expect(proxyAdded).toContain('server-timing: dns;dur=');
  expect(proxyAdded).toContain('content-security-policy: sandbox');
  expect(proxyAdded).not.toMatch(/^content-type:/m);
  expect(headerBlock(shown, 'Added by the sandbox (ActiveCampaign does not send these)')).toMatch(
    /^ratelimit-limit: 5$/m,
  );
  const fromServer = headerBlock(shown, 'Headers from the sandbox (standing in for ActiveCampaign)');
  expect(fromServer).toContain('content-type: application/json');
  expect(fromServer).not.toMatch(/server-timing|ratelimit|content-security-policy/);

  // The key's place is a highlighted, named mark; masked addresses are too (masking is on by default).
  const keyMark = text.getByRole('img', { name: '[REDACTED], API key' });
  await expect(keyMark).toHaveCount(1);
  await expect(keyMark).toHaveText('[REDACTED]');
  expect(await backgroundOf(keyMark)).not.toBe(await backgroundOf(text));
  await expect(text.getByRole('img', { name: 'YOUR_API_KEY, API key' })).toHaveCount(1);
  await expect(maskContacts(page)).toBeChecked();
  const emails = text.getByRole('img', { name: '[EMAIL], email address' });
  await expect(emails).toHaveCount(2); // the POST data and the cURL command's body
  await expect(bundle(page).getByRole('group', { name: 'Redactions in this text' })).toContainText('2 emails');
  await expect(text).not.toContainText('jane.doe@example.org');

  const masked = await copyMatchesPreview(explorer, page);
  expect(masked).toContain('"email":"[EMAIL]"');
  expect(masked).not.toContain('jane.doe@example.org');
  expect(masked).not.toContain(E2E.sandboxKey);

  // Unmasked: the preview shows the address, and the copy follows it.
  await maskContacts(page).uncheck();
  await expect(emails).toHaveCount(0);
  await expect(text).toContainText('"email":"jane.doe@example.org"');
  const open = await copyMatchesPreview(explorer, page);
  expect(open).toContain('"email":"jane.doe@example.org"');
  expect(open).not.toContain(E2E.sandboxKey);

  // A listed field is a redaction of its own kind.
  await bundle(page).getByLabel('Also redact these fields').fill('email');
  await expect(text.getByRole('img', { name: '[REDACTED], field you listed' }).first()).toBeVisible();
  await expect(text).not.toContainText('jane.doe@example.org');

  // Plain text: the same model, the same guarantee.
  await format(page, 'Plain text').click();
  await expect(bundle(page).getByRole('region', { name: 'Bundle text (Plain text)' })).toContainText(
    '1. Full request URL\n-------------------',
  );
  const plain = await copyMatchesPreview(explorer, page);
  expect(plain).toContain('Api-Token: [REDACTED]');
  expect(plain).not.toContain('jane.doe@example.org');

  const results = await new AxeBuilder({ page }).include('.bundle-dialog').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  );
});

test('the problem typed in the bundle is kept with its call: reopened, in history, after a reload', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('limit', { exact: true }).fill('1');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 200');
  await explorer.openSupportBundle();
  const problem = bundle(page).getByLabel('Problem, in one line');
  await expect(problem).toBeFocused();
  await problem.fill('Only one contact comes back although the account has 250');
  await expect(bundle(page).getByText('Kept with this call in history.')).toBeVisible();
  await expect(preview(page)).toContainText('**Problem:** Only one contact comes back although the account has 250');
  await explorer.closeDialog();

  // A new bundle for the same call starts from it.
  await explorer.openSupportBundle();
  await expect(problem).toHaveValue('Only one contact comes back although the account has 250');
  await explorer.closeDialog();

  // After a reload, the call opened from the History sidebar brings its problem back into the bundle.
  await page.reload();
  const history = new HistoryPageObject(page);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await history.rows.first().click();
  await expect(explorer.raw).toContainText('HTTP 200');
  await explorer.openSupportBundle();
  await expect(problem).toHaveValue('Only one contact comes back although the account has 250');
  await explorer.closeDialog();

  // The history page's entry view shows it with the call.
  await page.getByRole('link', { name: /^Full history/ }).click();
  await history.rows.first().click();
  await expect(page.getByText('Problem: Only one contact comes back although the account has 250')).toBeVisible();
});

const ECHO_KEY = 'e2e-echo-key-9a8b7c6d5e4f+/=';
const keyForms = [ECHO_KEY, encodeURIComponent(ECHO_KEY)];

for (const c of [
  { name: 'v3 (Api-Token)', method: 'List, search and filter contacts', field: 'search', value: 'echo-key' },
  { name: 'v1 (api_key)', method: 'View a contact by email (v1)', field: 'email', value: 'echo@example.org' },
]) {
  test(`${c.name}: a key the upstream echoes in its body and headers is in no output`, async ({ explorer, page }) => {
    test.setTimeout(60_000);
    await explorer.open();
    await explorer.useAccount(E2E.fixtureUrl, ECHO_KEY);
    await explorer.openMethod(c.method);
    await page.getByLabel(c.field, { exact: true }).fill(c.value);
    await explorer.send.click();
    await expect(explorer.raw).toContainText('HTTP 200');
    await expect(explorer.raw).toContainText('your key is [REDACTED]');
    await explorer.openSupportBundle();

    const text = preview(page);
    await expect(text).toContainText(`Connection: ActiveCampaign account at 127.0.0.1`);
    await expect(text).toContainText('x-echo-api-token: [REDACTED]');
    // The echoed key is marked where it was: the body and the echo headers.
    expect(await text.getByRole('img', { name: /^\[REDACTED\], secret value/ }).count()).toBeGreaterThanOrEqual(4);

    const outputs: Record<string, string> = {
      'page text': await page.locator('body').innerText(),
      'preview (Markdown)': (await text.textContent()) ?? '',
      'clipboard (Markdown)': await copyMatchesPreview(explorer, page),
    };
    await format(page, 'Plain text').click();
    outputs['clipboard (plain text)'] = await copyMatchesPreview(explorer, page);
    await maskContacts(page).uncheck();
    outputs['clipboard (plain text, unmasked)'] = await copyMatchesPreview(explorer, page);
    outputs.har = await downloadOf(page, 'Download HAR');
    outputs.json = await downloadOf(page, 'Download JSON');
    outputs.history = await storedHistory(page);
    expect(outputs.history).toContain('your key is [REDACTED]'); // the call is stored, so the check means something
    for (const [name, out] of Object.entries(outputs))
      for (const form of keyForms) expect(out, name).not.toContain(form);
    const har = JSON.parse(outputs.har) as HarLog;
    expect(har.log.entries[0]?.response.headers).toContainEqual({ name: 'x-echo-api-token', value: '[REDACTED]' });
  });
}

for (const c of [
  { name: 'v3 POST', method: 'Create a contact', fill: 'jane.doe@example.org' },
  { name: 'v1 GET', method: 'View a contact by email (v1)', fill: 'jane.doe@example.org' },
]) {
  test(`${c.name}: the bundle's reproduction command, run by curl with the key put back, gets the same answer`, async ({
    explorer,
    page,
  }) => {
    await explorer.open();
    await explorer.openMethod(c.method);
    await page.getByLabel('email', { exact: true }).fill(c.fill);
    await explorer.send.click();
    await explorer.openSupportBundle();
    // Support gets the contact's address in a private ticket: unmasked, the command is complete.
    await maskContacts(page).uncheck();
    const shown = (await preview(page).textContent()) ?? '';
    const command = /## Reproduce\n\n.*\n\n```sh\n([\s\S]*?)\n```/.exec(shown)?.[1];
    expect(command).toContain('YOUR_API_KEY');
    expect(command).toContain(E2E.sandboxUrl);
    const har = JSON.parse(await downloadOf(page, 'Download HAR')) as HarLog;
    const explorerSaw = har.log.entries[0]?.response;

    const viaCurl = await runCurl((command ?? '').replaceAll('YOUR_API_KEY', E2E.sandboxKey));
    expect(viaCurl.status).toBe(explorerSaw?.status);
    expect(viaCurl.body).toBe(explorerSaw?.content.text);
  });
}
