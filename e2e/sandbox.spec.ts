import type { APIRequestContext } from '@playwright/test';
import { E2E } from './env';
import { currentSandboxKey } from './sandbox-key';
import { expect, test } from './fixtures';

async function usersMe(request: APIRequestContext, key: string): Promise<number> {
  return (await request.get(`${E2E.sandboxUrl}/api/3/users/me`, { headers: { 'Api-Token': key } })).status();
}

test('resetting the sandbox key denies the old key at once and the explorer switches to the new one', async ({
  explorer,
  page,
  request,
}) => {
  await explorer.open();
  const oldKey = await currentSandboxKey(request);
  expect(await usersMe(request, oldKey)).toBe(200);

  await explorer.openConnectionSettings();
  await page.getByRole('button', { name: 'Reset sandbox key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New sandbox key issued' })).toBeVisible();

  const newKey = await currentSandboxKey(request);
  expect(newKey === oldKey).toBe(false);
  expect(await usersMe(request, oldKey)).toBe(403);
  expect(await usersMe(request, newKey)).toBe(200);
  // The Connection bar's key follows (compared without printing either key).
  await expect.poll(async () => (await page.getByLabel('API key').inputValue()) === newKey).toBe(true);
  await explorer.closeDialog();

  // Sent with the old key this would be a 403: the refreshed config put the new key in the request.
  await explorer.openMethod('Get the user who owns the API key');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 200 OK');
  await expect(explorer.raw).toContainText('"username":"admin"');
});

test('resetting the sandbox data brings the seeded demo account back', async ({ explorer, page }) => {
  await explorer.open();
  const email = `reset-${Date.now()}@example.com`;
  const create = async () => {
    await explorer.openMethod('Create a contact');
    await page.getByLabel('email', { exact: true }).fill(email);
    await explorer.send.click();
  };
  await create();
  await expect(explorer.raw).toContainText('HTTP 201 Created');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(explorer.raw).toContainText('HTTP 422 Unprocessable Entity');

  await explorer.openConnectionSettings();
  await page.getByRole('button', { name: 'Reset sandbox data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sandbox data reset' })).toBeVisible();
  await explorer.closeDialog();

  // The contact is gone, and ids start again right after the 250 seeded contacts.
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(explorer.raw).toContainText('HTTP 201 Created');
  await expect(explorer.raw).toContainText('/api/3/contacts/251/');
});
