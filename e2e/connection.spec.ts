import { E2E } from './env';
import { expect, test } from './fixtures';

test.describe('connections', () => {
  test('the sandbox is the default, and Check key says whose key it is', async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('combobox', { name: 'Connection' })).toHaveValue('sandbox');
    await explorer.openConnectionSettings();
    await expect(page.getByLabel('API URL')).toHaveValue(E2E.sandboxUrl);
    await page.getByRole('button', { name: 'Check key' }).click();
    await expect(
      page.getByText('The key works. It belongs to Avery Sandbox, user admin, admin@example.com.'),
    ).toBeVisible();
  });

  test('the API URL is checked with a specific message for each common mistake', async ({ explorer, page }) => {
    await explorer.open();
    await page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: 'My ActiveCampaign account' });
    const url = page.getByLabel('API URL');
    const cases: [string, RegExp][] = [
      ['https://acct.api-us1.com/api/3', /Leave out \/api\/3/],
      ['https://acct.activehosted.com/app/contacts', /web app, not the API URL/],
      ['http://acct.api-us1.com', /Use https:\/\//],
      ['https://acct.api-us1.com/', /trailing \/ is dropped/],
    ];
    for (const [value, message] of cases) {
      await url.fill(value);
      await expect(url).toHaveAccessibleDescription(message);
    }
    await url.fill('https://acct.api-us1.com');
    await expect(url).not.toHaveAttribute('aria-describedby');
  });

  test('a wrong key gets the 403 explanation, the right one names its user', async ({ explorer, page }) => {
    await explorer.open();
    await page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: 'My ActiveCampaign account' });
    await page.getByLabel('API URL').fill(E2E.sandboxUrl);
    const key = page.getByLabel('API key', { exact: true });
    await key.fill('not-the-right-key');
    await page.getByRole('button', { name: 'Check key' }).click();
    await expect(page.getByText(/refused this key \(HTTP 403\): it is invalid or was reset/)).toBeVisible();
    await expect(page.getByText(/denies all access until every app uses the new one/)).toBeVisible();
    await key.fill(E2E.sandboxKey);
    await expect(page.getByText(/refused this key/)).toHaveCount(0); // a result never outlives the key it was for
    await page.getByRole('button', { name: 'Check key' }).click();
    await expect(page.getByText(/The key works\. It belongs to Avery Sandbox/)).toBeVisible();
  });

  test('the key is masked until revealed, kept per tab unless remembered, and forgotten on request', async ({
    explorer,
    page,
  }) => {
    const secret = 'e2e-user-key-remember-me-123';
    const stored = () =>
      page.evaluate(() => ({ session: JSON.stringify(sessionStorage), local: JSON.stringify(localStorage) }));
    await explorer.open();
    await page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: 'My ActiveCampaign account' });
    const key = page.getByLabel('API key', { exact: true });
    await key.fill(secret);
    await expect(key).toHaveAttribute('type', 'password');
    await page.getByRole('button', { name: 'Show key' }).click();
    await expect(key).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide key' }).click();
    await expect(key).toHaveAttribute('type', 'password');

    let s = await stored();
    expect(s.session).toContain(secret);
    expect(s.local).not.toContain(secret);

    await page.getByRole('checkbox', { name: 'Remember on this device' }).check();
    s = await stored();
    expect(s.local).toContain(secret);

    await page.getByRole('button', { name: 'Forget all keys' }).click();
    await expect(key).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: 'Remember on this device' })).not.toBeChecked();
    s = await stored();
    expect(s.session + s.local).not.toContain(secret);
  });

  test('saved connections can be added, named and removed', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.openConnectionSettings();
    await page.getByRole('button', { name: 'Add connection' }).click();
    const select = page.getByRole('combobox', { name: 'Connection' });
    await page.getByRole('textbox', { name: 'Name' }).fill('Staging');
    await explorer.closeDialog();
    // The new connection is in use, and the top bar's switcher names it.
    await expect(select.locator('option:checked')).toHaveText('Staging');
    await explorer.openConnectionSettings();
    await page.getByRole('button', { name: 'Remove connection' }).click();
    await explorer.closeDialog();
    await expect(select).toHaveValue('sandbox');
    await expect(select.locator('option', { hasText: 'Staging' })).toHaveCount(0);
  });
});
