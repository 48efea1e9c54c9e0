import { expect, test } from './fixtures';

test('search finds a method by a parameter name and by its v1 api_action', async ({ explorer, page }) => {
  await explorer.open();
  await page.keyboard.press('/');
  await expect(explorer.search).toBeFocused();
  await page.keyboard.type('id_greater');
  await expect(explorer.methods.getByRole('link', { name: 'List, search and filter contacts' })).toBeVisible();

  await explorer.search.fill('contact_view_email');
  const first = explorer.methods.getByRole('link').first();
  await expect(first).toHaveAccessibleName('View a contact by email (v1)');
});

test('results can be walked with the keyboard and opened with Enter', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.search.fill('contact');
  await explorer.search.press('ArrowDown');
  const focused = page.locator(':focus');
  const firstName = await focused.textContent();
  await page.keyboard.press('ArrowDown');
  await expect(focused).not.toHaveText(firstName ?? '');
  const secondName = (await focused.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${secondName.replace(/\./g, '\\.')}$`));
});

test('a method page documents parameters, an example request, the expected response and errors', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByRole('tab', { name: 'Docs' }).click();
  await page.getByText('Parameters (').click();
  await expect(page.getByRole('cell', { name: 'contact.email', exact: true })).toBeVisible();
  await page.getByText('Example request').click();
  await expect(page.getByText('Api-Token: [REDACTED]').first()).toBeVisible();
  await page.getByText('Expected response').click();
  await expect(page.getByText('The contact was created')).toBeVisible();
  await expect(page.getByText(/Possible errors \(\d+\)/)).toBeVisible();
});

test('a shared link reopens the method with the same inputs and never carries the key', async ({
  explorer,
  page,
  context,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  await page.getByRole('textbox', { name: 'search', exact: true }).fill('tanaka');
  await page.getByLabel('limit', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Copy link with these values' }).click();
  const link = await explorer.clipboard();
  expect(link).toContain('/m/v3.contacts.list?values=');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'search', exact: true })).toHaveValue('tanaka');
  await expect(other.getByLabel('limit', { exact: true })).toHaveValue('7');
  const decoded = Buffer.from(new URL(link).searchParams.get('values') ?? '', 'base64url').toString();
  expect(decoded).not.toContain('e2e-sandbox-key');
  await other.close();
});
