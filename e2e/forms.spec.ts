import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('create a contact with two field values, reordered, in a nested body', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  const preview = page.getByRole('region', { name: 'Request preview' });
  const email = `forms-${Date.now()}@example.com`;
  await page.getByLabel('email', { exact: true }).fill(email);

  const add = page.getByRole('button', { name: 'Add fieldValues item' });
  await add.click();
  await add.click();
  const first = page.getByRole('group', { name: 'fieldValues 1' });
  const second = page.getByRole('group', { name: 'fieldValues 2' });
  await first.getByLabel('field', { exact: true }).fill('1');
  await first.getByLabel('value', { exact: true }).fill('Gold');
  await second.getByLabel('field', { exact: true }).fill('2');
  await second.getByLabel('value', { exact: true }).fill('2026-01-31');
  await expect(preview).toContainText(
    `{"contact":{"email":"${email}","fieldValues":[{"field":"1","value":"Gold"},{"field":"2","value":"2026-01-31"}]}}`,
  );

  await page.getByRole('button', { name: 'Move fieldValues 2 up' }).click();
  await expect(page.getByRole('button', { name: 'Move fieldValues 1 up' })).toBeDisabled();
  await expect(preview).toContainText(
    `"fieldValues":[{"field":"2","value":"2026-01-31"},{"field":"1","value":"Gold"}]`,
  );

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
  const preview = page.getByRole('region', { name: 'Request preview' });
  await expect(preview).toContainText('api_action=contact_add');
  await expect(preview).toContainText('email=v1-forms%40example.com&p[12]=12');
  await page.getByRole('button', { name: 'Remove p entry 1' }).click();
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

test('body as raw JSON: synced both ways, a syntax error gives line and column and loses nothing', async ({
  explorer,
  page,
}) => {
  await explorer.open();
  await explorer.openMethod('Create a contact');
  await page.getByLabel('firstName', { exact: true }).fill('Ada');
  await page.getByLabel('Body as raw JSON').check();
  const editor = page.getByLabel('Request body (JSON)');
  await expect(editor).toHaveValue('{\n  "contact": {\n    "firstName": "Ada"\n  }\n}');

  const broken = '{\n  "contact": {\n    "firstName": "Ada",\n    "email": \n  }\n}';
  await editor.fill(broken);
  await expect(editor).toHaveAccessibleDescription(/invalid JSON at line 5, column 3/);
  await explorer.send.click();
  await expect(page.getByText(/Not sent: the body is not valid JSON/)).toBeVisible();
  await expect(explorer.raw).toHaveCount(0);
  // Switching back is refused while the JSON is broken: the form could not show it.
  await page.getByLabel('Body as raw JSON').click();
  await expect(page.getByText(/Fix the JSON first/)).toBeVisible();
  await expect(page.getByLabel('Body as raw JSON')).toBeChecked();
  await expect(editor).toHaveValue(broken);

  await editor.fill(
    '{\n  "contact": {\n    "firstName": "Ada",\n    "email": "ada@example.com",\n    "nick": "A"\n  }\n}',
  );
  await expect(page.getByText('Not in this method’s schema, so not sent: contact.nick')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Request preview' });
  await expect(preview).toContainText('{"contact":{"email":"ada@example.com","firstName":"Ada"}}');
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
