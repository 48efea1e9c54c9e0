import type { APIRequestContext, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import type { ExplorerPage } from './pages/explorer-page';
import { HistoryPageObject } from './pages/history-page';
import { askSandbox, currentSandboxKey } from './sandbox-key';

// The sandbox's own URL entered as a real account (the proxy allows it, as it would an --allow-origin origin):
// to the explorer it is then an ActiveCampaign account like any other, and the rails apply.
const ACCOUNT = 'My ActiveCampaign account';
const HOST = new URL(E2E.sandboxUrl).host;

async function sandboxTag(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post(`${E2E.sandboxUrl}/api/3/tags`, {
    headers: { 'Api-Token': await currentSandboxKey(request) },
    data: { tag: { tag: name, tagType: 'contact' } },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { tag: { id: string } }).tag.id;
}

async function tagStatus(request: APIRequestContext, id: string): Promise<number> {
  return (await askSandbox(request, 'GET', `/api/3/tags/${id}`)).status;
}

async function tagsNamed(request: APIRequestContext, name: string): Promise<number> {
  const { body } = await askSandbox(request, 'GET', `/api/3/tags?search=${encodeURIComponent(name)}`);
  return (body as { tags: unknown[] }).tags.length;
}

/** Every call the page makes to the explorer's proxy from now on (method and target path). */
function proxyCalls(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/proxy/')) seen.push(`${r.method()} ${url.pathname.slice('/proxy'.length)}`);
  });
  return seen;
}

/** The sandbox entered as "My ActiveCampaign account", its key checked, so the rails know whose key it is. */
async function useSandboxAsAccount(explorer: ExplorerPage, page: Page, key: string): Promise<void> {
  await explorer.open();
  await explorer.useAccount(E2E.sandboxUrl, key);
  await explorer.openConnectionSettings();
  await page.getByRole('button', { name: 'Check key' }).click();
  await expect(page.getByText(/The key works\. It belongs to Avery Sandbox/)).toBeVisible();
  await explorer.closeDialog();
}

test.describe('safety rails on real accounts', () => {
  test('a destructive call asks first, naming the account: Cancel and Esc send nothing, Confirm sends', async ({
    explorer,
    page,
    request,
  }) => {
    const id = await sandboxTag(request, `e2e-rails-${Date.now()}`);
    await useSandboxAsAccount(explorer, page, await currentSandboxKey(request));
    await explorer.openMethod('Delete a tag');
    await expect(page.getByText('Destructive', { exact: true })).toBeVisible();
    await page.getByLabel('id', { exact: true }).fill(id);
    const proxied = proxyCalls(page);

    const question = page.getByRole('dialog', { name: `Delete or overwrite data in “${ACCOUNT}”?` });
    await explorer.send.click();
    await expect(question).toBeVisible();
    await expect(question).toContainText(`“${ACCOUNT}” (${HOST}, key of Avery Sandbox, admin@example.com)`);
    await expect(question).toContainText('Deletes or overwrites data; the explorer cannot undo it.');
    await expect(question).toContainText(`DELETE ${E2E.sandboxUrl}/api/3/tags/${id}`);
    await expect(question).not.toContainText(E2E.sandboxKey);
    // Focus starts on Cancel, so Enter says no.
    const cancel = question.getByRole('button', { name: 'Cancel', exact: true });
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(page.getByText(`Not sent: cancelled at the confirmation; nothing went to “${ACCOUNT}”`)).toBeVisible();
    await expect(explorer.send).toBeFocused();
    expect(await tagStatus(request, id)).toBe(200);

    await page.keyboard.press('Enter');
    await expect(question).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(explorer.send).toBeFocused();
    expect(await tagStatus(request, id)).toBe(200);
    expect(proxied).toEqual([]);

    // Yes needs focus on the confirm button, which says what it does.
    await explorer.send.click();
    await page.keyboard.press('Tab');
    const confirm = question.getByRole('button', { name: 'Delete a tag', exact: true });
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.raw).toContainText('HTTP 200');
    expect(await tagStatus(request, id)).toBe(404);
    expect(proxied).toEqual([`DELETE /api/3/tags/${id}`]);

    // History holds the one call that went out, and its re-send asks again.
    const history = new HistoryPageObject(page);
    await history.open();
    await expect(history.rows).toHaveCount(1);
    await history.rows.first().click();
    await page.keyboard.press('Control+Enter');
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(history.rows).toHaveCount(1);
  });

  test('a read-only connection refuses a POST before it leaves the browser, and still sends reads', async ({
    explorer,
    page,
    request,
  }) => {
    const name = `e2e-readonly-${Date.now()}`;
    await useSandboxAsAccount(explorer, page, await currentSandboxKey(request));
    await explorer.openConnectionSettings();
    await page.getByRole('checkbox', { name: /^Read-only/ }).check();
    await explorer.closeDialog();
    await expect(page.getByRole('combobox', { name: 'Connection' })).toContainText(`${ACCOUNT} (read-only)`);

    await explorer.openMethod('Create a tag');
    await page.getByRole('textbox', { name: 'tag', exact: true }).fill(name);
    const proxied = proxyCalls(page);
    await explorer.send.click();
    await expect(
      page.getByText(
        `Not sent: “${ACCOUNT}” (${HOST}, key of Avery Sandbox, admin@example.com) is read-only and “Create a tag” is a write call.`,
      ),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await tagsNamed(request, name)).toBe(0);
    expect(proxied).toEqual([]);

    await explorer.openMethod('List tags');
    await explorer.send.click();
    await expect(explorer.raw).toContainText('HTTP 200');
    expect(proxied).toEqual(['GET /api/3/tags']);

    // Only the read reached history: the refused POST left no trace.
    const history = new HistoryPageObject(page);
    await history.open();
    await expect(history.rows).toHaveCount(1);
    await expect(history.rows.first()).toHaveAccessibleName(/^GET \/tags/);
  });

  test('the sandbox never asks', async ({ explorer, page, request }) => {
    const id = await sandboxTag(request, `e2e-sandbox-${Date.now()}`);
    await explorer.open();
    await explorer.openMethod('Delete a tag');
    await page.getByLabel('id', { exact: true }).fill(id);
    await explorer.send.click();
    await expect(explorer.raw).toContainText('HTTP 200');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await tagStatus(request, id)).toBe(404);
  });
});
