import { E2E } from './env';
import { expect, test } from './fixtures';

test('create a contact on the sandbox, see 201 in both panes, copy a redacted support bundle', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  const email = `e2e-${Date.now()}@example.com`;
  await page.getByLabel('email', { exact: true }).fill(email);
  await page.getByLabel('firstName', { exact: true }).fill('Ada');
  await explorer.send.click();

  await expect(explorer.raw).toContainText('HTTP 201 Created');
  await expect(explorer.raw).toContainText(email);
  await expect(explorer.parsed.getByRole('tree', { name: 'Parsed JSON' })).toContainText(email);
  await expect(page.getByRole('status').filter({ hasText: '201' })).toBeVisible();

  await explorer.copySupportBundle();
  await expect(page.getByText('Support bundle copied')).toBeVisible();
  const bundle = await explorer.clipboard();
  expect(bundle).toContain('## 1. Full request URL');
  expect(bundle).toContain(`POST ${E2E.sandboxUrl}/api/3/contacts`);
  expect(bundle).toContain('## 2. POST data');
  expect(bundle).toContain('"email":"[EMAIL]"'); // contacts are masked by default
  expect(bundle).not.toContain(email);
  expect(bundle).toContain('## 3. Expected response / action');
  expect(bundle).toContain('HTTP 201');
  expect(bundle).toContain('## 4. Actual response');
  expect(bundle).toContain('HTTP 201 Created');
  expect(bundle).toContain('Api-Token: [REDACTED]');
  expect(bundle).not.toContain(E2E.sandboxKey);
});

test('a missing email is rejected before sending, with a clear message on the field', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await explorer.send.click();
  await expect(page.getByText('email is required.')).toBeVisible();
  await expect(page.getByLabel('email', { exact: true })).toBeFocused();
  await expect(page.getByText(/Not sent: 1 field needs attention/)).toBeVisible();
  await expect(explorer.raw).toHaveCount(0);
});

test('a duplicate email comes back as 422 in both panes and on the field', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await page.keyboard.press('Control+Enter');
  await expect(explorer.raw).toContainText('HTTP 422 Unprocessable Entity');
  await expect(explorer.parsed).toContainText('Email address already exists in the system');
  await expect(page.getByLabel('email', { exact: true })).toHaveAccessibleDescription(
    /Email address already exists in the system/,
  );
});

test('a connection without a key is refused by the sandbox with 403', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.useAccount(E2E.sandboxUrl);
  await explorer.openMethod('Get the user who owns the API key');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 403 Forbidden');
  await expect(page.getByText(/The API key is invalid, was reset/)).toBeVisible();
});

test('a deep link reopens its method', async ({ explorer, page }) => {
  await explorer.open('/m/v1.contact_view_email');
  await expect(page.getByRole('heading', { level: 2, name: 'View a contact by email (v1)' })).toBeVisible();
  await page.getByLabel('email', { exact: true }).fill('jane.doe@example.org');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('"result_code":1');
  await expect(explorer.raw).not.toContainText(E2E.sandboxKey);
});
