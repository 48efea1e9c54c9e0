import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('create a contact with two field values, reordered, in a nested body', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  const preview = page.getByRole('region', { name: 'Request preview' });
  const email = `forms-${Date.now()}@example.com`;
  await page.getByLabel('email', { exact: true }).fill(email);
  const bodyTab = page.getByRole('tab', { name: /^Body/ });
  const headersTab = page.getByRole('tab', { name: /^Headers/ });

  const add = page.getByRole('button', { name: 'Add fieldValues item' });
  await add.click();
  await add.click();
  const first = page.getByRole('group', { name: 'fieldValues 1' });
  const second = page.getByRole('group', { name: 'fieldValues 2' });
  await first.getByLabel('field', { exact: true }).fill('1');
  await first.getByLabel('value', { exact: true }).fill('Gold');
  await second.getByLabel('field', { exact: true }).fill('2');
  await second.getByLabel('value', { exact: true }).fill('2026-01-31');
  await headersTab.click();
  await expect(preview).toContainText(
    `{"contact":{"email":"${email}","fieldValues":[{"field":"1","value":"Gold"},{"field":"2","value":"2026-01-31"}]}}`,
  );
  await expect(bodyTab).toHaveText('Body (5 set)');

  await bodyTab.click();
  await page.getByRole('button', { name: 'Move fieldValues 2 up' }).click();
  await expect(page.getByRole('button', { name: 'Move fieldValues 1 up' })).toBeDisabled();
  await headersTab.click();
  await expect(preview).toContainText(
    `"fieldValues":[{"field":"2","value":"2026-01-31"},{"field":"1","value":"Gold"}]`,
  );
  await bodyTab.click();

  // Collapsing the nested group hides its fields but keeps its values.
  await page.getByRole('button', { name: 'Collapse contact' }).click();
  await expect(page.getByLabel('email', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Expand contact' }).click();
  await expect(page.getByLabel('email', { exact: true })).toHaveValue(email);

  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 201 Created');
  await expect(explorer.raw).toContainText(email);
});

test('a v1 bracketed list parameter is a key/value row sent as p[<id>]', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Add a contact (v1)');
  await page.getByLabel('email', { exact: true }).fill('v1-forms@example.com');
  await page.getByRole('button', { name: 'Add p entry' }).click();
  await expect(page.getByLabel('p key 1')).toBeFocused();
  await page.getByLabel('p key 1').fill('12');
  await page.getByLabel('p value 1').fill('12');
  await expect(page.getByLabel('p value 1')).toHaveAccessibleDescription('sent as p[12]');
  await expect(page.getByRole('textbox', { name: 'Request URL' })).toHaveValue(/api_action=contact_add/);
  await page.getByRole('tab', { name: /^Headers/ }).click();
  const preview = page.getByRole('region', { name: 'Request preview' });
  await expect(preview).toContainText('email=v1-forms%40example.com&p[12]=12');
  await page.getByRole('tab', { name: /^Params/ }).click();
  await page.getByRole('button', { name: 'Remove p entry 1' }).click();
  await page.getByRole('tab', { name: /^Headers/ }).click();
  await expect(preview).not.toContainText('p[12]');
});

test('invalid values block sending, with the reason on each field and focus on the first', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  const limit = page.getByRole('spinbutton', { name: 'limit' });
  await limit.fill('500');
  await limit.blur();
  await expect(limit).toHaveAccessibleDescription(/limit must be at most 100\./);
  await explorer.send.click();
  await expect(page.getByText(/Not sent: 1 field needs attention/)).toBeVisible();
  await expect(limit).toBeFocused();
  await expect(explorer.raw).toHaveCount(0);
  await limit.fill('5');
  await expect(limit).not.toHaveAttribute('aria-invalid', 'true');
  await explorer.send.click();
  await expect(explorer.raw).toContainText('HTTP 200');
});

test('a 422 from the sandbox appears on the field it points at, and goes once the field is edited', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  const email = page.getByLabel('email', { exact: true });
  await email.fill('jane.doe@example.org');
  await email.press('Control+Enter');
  await expect(explorer.raw).toContainText('HTTP 422');
  await expect(email).toHaveAccessibleDescription(/Email address already exists in the system/);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('someone-new@example.org');
  await expect(email).not.toHaveAccessibleDescription(/already exists/);
});

test('body as raw JSON: a code editor synced both ways; a syntax error shows inline with line and column', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('firstName', { exact: true }).fill('Ada');
  await page.getByLabel('Body as raw JSON').check();
  const editor = page.getByRole('textbox', { name: 'Request body (JSON)' });
  const text = () => editor.evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
  await expect.poll(text).toBe('{\n  "contact": {\n    "firstName": "Ada"\n  }\n}');
  // Folding: the outer object folds to a placeholder and opens again.
  await page.locator('.cm-foldGutter [title="Fold line"]').first().click();
  await expect(page.locator('.cm-foldPlaceholder')).toBeVisible();
  await page.locator('.cm-foldPlaceholder').click();
  await expect(page.locator('.cm-foldPlaceholder')).toHaveCount(0);

  const broken = '{\n  "contact": {\n    "firstName": "Ada",\n    "email": \n  }\n}';
  await editor.fill(broken);
  await expect(editor).toHaveAccessibleDescription(/invalid JSON at line 5, column 3/);
  // Inline: the error is marked in the text and in the gutter, and its tooltip names line and column.
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await page.locator('.cm-lint-marker-error').hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('invalid JSON at line 5, column 3');
  await explorer.send.click();
  await expect(page.getByText(/Not sent: the body is not valid JSON/)).toBeVisible();
  await expect(explorer.raw).toHaveCount(0);
  // Switching back is refused while the JSON is broken: the form could not show it.
  await page.getByLabel('Body as raw JSON').click();
  await expect(page.getByText(/Fix the JSON first/)).toBeVisible();
  await expect(page.getByLabel('Body as raw JSON')).toBeChecked();
  await expect.poll(text).toBe(broken);

  await editor.fill(
    '{\n  "contact": {\n    "firstName": "Ada",\n    "email": "ada@example.com",\n    "nick": "A"\n  }\n}',
  );
  await expect(page.getByText('Not in this method’s schema, so not sent: contact.nick')).toBeVisible();
  await page.getByRole('tab', { name: /^Headers/ }).click();
  const preview = page.getByRole('region', { name: 'Request preview' });
  await expect(preview).toContainText('{"contact":{"email":"ada@example.com","firstName":"Ada"}}');
  await page.getByRole('tab', { name: /^Body/ }).click();
  await page.getByLabel('Body as raw JSON').uncheck();
  await expect(page.getByLabel('email', { exact: true })).toHaveValue('ada@example.com');
});

test('values are kept per method across a switch to another method and a reload', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill('kept@example.com');
  await page.getByRole('button', { name: 'Add fieldValues item' }).click();
  await page.getByRole('group', { name: 'fieldValues 1' }).getByLabel('value', { exact: true }).fill('Kept');
  await explorer.openMethod('List, search and filter contacts');
  await page.getByRole('spinbutton', { name: 'limit' }).fill('7');
  await explorer.openMethod('Create a contact');
  await expect(page.getByLabel('email', { exact: true })).toHaveValue('kept@example.com');
  await expect(page.getByRole('group', { name: 'fieldValues 1' }).getByLabel('value', { exact: true })).toHaveValue(
    'Kept',
  );
  await page.reload();
  await expect(page.getByLabel('email', { exact: true })).toHaveValue('kept@example.com');
  await explorer.openMethod('List, search and filter contacts');
  await expect(page.getByRole('spinbutton', { name: 'limit' })).toHaveValue('7');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('spinbutton', { name: 'limit' })).toHaveValue('');
});

test('keyboard only: add a row, fill it, send with Ctrl+Enter', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).focus();
  await page.keyboard.type(`keys-${Date.now()}@example.com`);
  const add = page.getByRole('button', { name: 'Add fieldValues item' });
  await add.focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('group', { name: 'fieldValues 1' });
  await expect(row.getByLabel('field', { exact: true })).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await expect(row.getByLabel('value', { exact: true })).toBeFocused();
  await page.keyboard.type('Gold');
  await page.keyboard.press('Control+Enter');
  await expect(explorer.raw).toContainText('HTTP 201 Created');
});

test('a method page has no serious or critical axe violations', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByRole('button', { name: 'Add fieldValues item' }).click();
  await explorer.send.click();
  await expect(page.getByText(/Not sent:/)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('parameters are a compact table, required first, with help on focus and "Show only set"', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  const table = page.getByRole('table', { name: 'Parameters' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(33); // a header and 32 parameters
  // One compact line per scalar parameter.
  const limitRow = rows.filter({ has: page.getByRole('spinbutton', { name: 'limit' }) });
  const box = await limitRow.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(34);
  // Focus lands in the first field when the method opens; its help shows as a tooltip, not a paragraph.
  const limit = page.getByRole('spinbutton', { name: 'limit' });
  await expect(limit).toBeFocused();
  const help = page.getByRole('tooltip').filter({ hasText: 'How many contacts per page' });
  await expect(help).toBeVisible();
  await expect(limit).toHaveAccessibleDescription(/How many contacts per page \(1–100\)\. Allowed: 1 to 100\./);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('textbox', { name: 'search', exact: true }).focus();
  await expect(help).toBeHidden();

  await page.getByRole('textbox', { name: 'search', exact: true }).fill('jane');
  await limit.fill('5');
  await expect(page.getByRole('tab', { name: /^Params/ })).toHaveText('Params (2 set)');
  await expect(page.getByRole('textbox', { name: 'Request URL' })).toHaveValue(
    /\/api\/3\/contacts\?limit=5&search=jane$/,
  );
  await page.getByLabel('Show only set').check();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('2 of 32 shown')).toBeVisible();
  await page.getByLabel('Show only set').uncheck();
  await expect(rows).toHaveCount(33);

  // Required parameters come first.
  await explorer.openMethod('Get a contact');
  await expect(page.getByRole('table', { name: 'Parameters' }).getByRole('row').nth(1)).toContainText('id');
});

test('a date takes YYYY-MM-DD as the help says; the calendar writes that format too', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('List, search and filter contacts');
  const date = page.getByRole('textbox', { name: 'filters[created_before]' });
  await expect(date).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await date.fill('01/31/2026');
  await date.blur();
  await expect(date).toHaveAccessibleDescription(/must be a date as YYYY-MM-DD/);
  await expect(page.getByRole('button', { name: 'Pick filters[created_before] from a calendar' })).toBeVisible();
  // The calendar's own (hidden) input reports YYYY-MM-DD whatever the locale shows; it lands unchanged.
  await date.locator('xpath=..').locator('input[type="date"]').fill('2026-02-03');
  await expect(date).toHaveValue('2026-02-03');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Request URL' })).toHaveValue(
    /filters%5Bcreated_before%5D=2026-02-03|filters\[created_before\]=2026-02-03/,
  );
});

test('while a call is in flight Send is Cancel, and a double-click sends once', async ({ explorer, page }) => {
  let posts = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/proxy/api/3/contacts', async (route) => {
    if (route.request().method() === 'POST') posts++;
    await held; // slow upstream: the call stays in flight until the test lets it go
    await route.continue().catch(() => undefined);
  });
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('email', { exact: true }).fill(`busy-${Date.now()}@example.com`);
  await explorer.send.dblclick();
  const cancel = page.getByRole('button', { name: 'Cancel request' });
  await expect(cancel).toBeVisible();
  await expect(explorer.send).toHaveCount(0);
  await page.keyboard.press('Control+Enter'); // no second send while busy
  await cancel.click();
  await expect(explorer.send).toBeVisible();
  release();
  await page.waitForTimeout(300);
  expect(posts).toBe(1);
});

test('a method without fields puts focus on Send; descriptions render Markdown', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Get the user who owns the API key');
  await expect(explorer.send).toBeFocused();
  await explorer.openMethod('List, search and filter contacts');
  await page.getByRole('tab', { name: 'Docs' }).click();
  const description = page.getByText(/Pages through contacts/);
  await expect(description.locator('code', { hasText: 'id_greater' })).toBeVisible();
  await expect(description).not.toContainText('`');
});

test('phone-only contact: with allowNullEmail true, phone is required instead of email', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('allowNullEmail', { exact: true }).selectOption('true');
  await explorer.send.click();
  const phone = page.getByLabel('phone', { exact: true });
  await expect(phone).toHaveAccessibleDescription(/phone is required when allowNullEmail is true/);
  await expect(phone).toBeFocused();
  await phone.fill('+1 312 555 0100');
  await page.getByRole('tab', { name: /^Headers/ }).click();
  await expect(page.getByRole('region', { name: 'Request preview' })).toContainText(
    '{"contact":{"phone":"+1 312 555 0100","allowNullEmail":true}}',
  );
});
