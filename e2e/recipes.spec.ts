import fs from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { shippedRecipes } from '../src/core/recipes/shipped-recipes';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { askSandbox, currentSandboxKey } from './sandbox-key';

/** The recipe tab's panel and its parts, by role and name. */
function recipeTab(page: Page, title: string) {
  const panel = page.getByRole('tabpanel', { name: title });
  const steps = panel.getByRole('listbox', { name: 'Steps' });
  return {
    panel,
    steps,
    step: (n: number) => steps.getByRole('option', { name: new RegExp(`^Step ${n}: `) }),
    button: (name: string) => panel.getByRole('button', { name, exact: true }),
    summary: panel.getByRole('region', { name: 'Run summary' }),
    request: panel.getByRole('region', { name: 'Request', exact: true }),
    response: panel.getByRole('region', { name: 'Response panel' }),
  };
}

async function openRecipe(page: Page, id: string, title: string) {
  await page.goto(`/recipes/${id}`);
  const tab = recipeTab(page, title);
  await expect(tab.button('Run all')).toBeEnabled();
  return tab;
}

/** What the sandbox holds for a contact email, asked directly with its current key. */
async function sandboxContact(page: Page, email: string): Promise<Record<string, string> | undefined> {
  const key = await currentSandboxKey(page.request);
  const res = await page.request.get(`${E2E.sandboxUrl}/api/3/contacts?email=${encodeURIComponent(email)}`, {
    headers: { 'Api-Token': key },
  });
  const body = (await res.json()) as { contacts: Record<string, string>[] };
  return body.contacts[0];
}

/** A run's calls wait their turn in the rate budget and each step renders its answer: generous on a busy machine. */
const RUN = { timeout: 30_000 };

// The webhook recipe subscribes the explorer's inbox to the sandbox's events: remove those webhooks after each
// test, so later specs' calls do not fire deliveries at it.
test.afterEach(async ({ request }) => {
  const listed = await askSandbox(
    request,
    'GET',
    `/api/3/webhooks?limit=100&filters[url]=${encodeURIComponent(E2E.explorerUrl)}`,
  );
  expect(listed.status).toBe(200);
  const { webhooks } = listed.body as { webhooks: { id: string; url: string }[] };
  for (const hook of webhooks.filter((w) => w.url.endsWith('/webhooks/inbox/recipes'))) {
    expect((await askSandbox(request, 'DELETE', `/api/3/webhooks/${hook.id}`)).status).toBe(200);
  }
});

const inputValue = (panel: Locator, label: string) => panel.getByLabel(label, { exact: true }).inputValue();

for (const recipe of shippedRecipes) {
  test(`recipe “${recipe.title}” runs green end to end on the sandbox`, async ({ page }) => {
    const tab = await openRecipe(page, recipe.id, recipe.title);
    await tab.button('Run all').click();
    const n = recipe.steps.length;
    await expect(tab.summary.getByRole('heading')).toHaveText(`All ${n} step${n === 1 ? '' : 's'} passed`, RUN);
    await expect(tab.summary).toContainText(`${n} passed · 0 failed · 0 skipped · ${n} call${n === 1 ? '' : 's'} in`);
    for (let i = 1; i <= n; i++) await expect(tab.step(i)).toHaveAccessibleName(/, passed$/);
    // The last step's request and answer are in the normal views.
    await expect(tab.response.getByRole('region', { name: 'Parsed response' })).toBeAttached();
    await expect(page.getByRole('status').filter({ hasText: /^20[01]/ })).toBeVisible();
  });
}

test('values edited before a step runs are the ones sent, the first step and a later one', async ({ page }) => {
  const tab = await openRecipe(page, 'onboard-contact', 'Onboard a contact');
  const email = await inputValue(tab.panel, 'Email');
  // Step 1 is selected: its editor shows its values, the email from the recipe's input.
  await expect(tab.request.getByLabel('email', { exact: true })).toHaveValue(email);
  await tab.request.getByLabel('firstName', { exact: true }).fill('Edited');
  // Step 4 has not run: its tag name can be changed too before Run all.
  await tab.step(4).click();
  await expect(tab.request.getByRole('heading', { name: 'Step 4 · Create a tag' })).toBeVisible();
  const tagName = `Edited tag ${Date.now()}`;
  await tab.request.getByRole('textbox', { name: 'tag', exact: true }).fill(tagName);
  // Step 5 waits for steps 1 and 4: its fields say where their values come from.
  await tab.step(5).click();
  await expect(tab.request.getByLabel('contact', { exact: true })).toHaveValue('{{create-contact.contact.id}}');

  await tab.button('Run all').click();
  await expect(tab.summary.getByRole('heading')).toHaveText('All 7 steps passed', RUN);
  expect((await sandboxContact(page, email))?.firstName).toBe('Edited');
  await tab.step(4).click();
  await expect(tab.response).toContainText(tagName);
  // After the run, step 5 shows the values it was sent with: the new contact's and tag's ids.
  await tab.step(5).click();
  const contactId = (await sandboxContact(page, email))?.id;
  await expect(tab.request.getByLabel('contact', { exact: true })).toHaveValue(contactId ?? 'missing');
});

test('step by step: each step binds the answers before it, Send runs the selected step', async ({ page }) => {
  const tab = await openRecipe(page, 'find-contact-by-email', 'Find a contact by email, v1 then v3');
  const email = await inputValue(tab.panel, 'Email');
  await tab.button('Run next step').click();
  await expect(tab.step(1)).toHaveAccessibleName(/, passed$/, RUN);
  await expect(tab.step(2)).toHaveAccessibleName(/, pending$/);
  await expect(tab.summary).toHaveCount(0);

  await tab.step(2).click();
  await expect(tab.request.getByLabel('email', { exact: true })).toHaveValue(email);
  await tab.request.getByRole('button', { name: 'Send request' }).click();
  await expect(tab.step(2)).toHaveAccessibleName(/, passed$/, RUN);
  await expect(tab.step(2)).toContainText('result_code is 1');

  await tab.button('Run next step').click();
  await expect(tab.summary.getByRole('heading')).toHaveText('All 3 steps passed', RUN);
  const id = (await sandboxContact(page, email))?.id ?? 'missing';
  await expect(tab.summary).toContainText(`Created: Contact ${id}`);
  await expect(tab.step(3)).toContainText(`contacts.0.id is ${id}`);

  // What to try next opens a method with the new contact's id filled in.
  await tab.summary.getByRole('button', { name: 'Get the contact' }).click();
  const method = page.getByRole('tabpanel', { name: 'Get a contact' });
  await expect(method.getByRole('heading', { level: 2, name: 'Get a contact' })).toBeVisible();
  // The URL as it will be sent carries the id. (Field labels are not used here: the method form's field ids are
  // the same in every open tab, so a label can point into the recipe tab's editor.)
  await expect(method.getByRole('textbox', { name: 'Request URL' })).toHaveValue(
    `${E2E.sandboxUrl}/api/3/contacts/${id}`,
  );
});

test('a value missing from an actual answer stops the run at that step, before its call', async ({ page }) => {
  const tab = await openRecipe(page, 'deal-pipeline', 'Move a deal through a pipeline');
  // Put the deal in the pipeline's ninth stage: a path the documented answer has, but this pipeline has fewer stages.
  await tab.step(4).click();
  await tab.request.getByLabel('stage', { exact: true }).fill('{{list-stages.dealStages.8.id}}');
  await tab.button('Run all').click();
  await expect(tab.summary.getByRole('heading')).toHaveText('Stopped at step 4 (Create a deal)', RUN);
  await expect(tab.summary).toContainText('3 passed · 1 failed · 1 skipped · 3 calls in');
  const message =
    'should take dealStages.8.id from the answer of step 3 (list-stages), but that answer has no dealStages.8.id.';
  await expect(tab.step(4)).toContainText(message);
  await expect(tab.response.getByRole('alert')).toHaveText(`body.deal.stage: ${message}`);
  await expect(tab.step(5)).toHaveAccessibleName(/, skipped$/);
  // Step 3's answer is there to look at, with its support bundle.
  await tab.step(3).click();
  await expect(tab.response).toContainText('"dealStages":[{');
  await tab.response.getByRole('button', { name: 'Support bundle', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Support bundle' })).toContainText('List deal stages');
});

test('a reference to a step that runs later is refused before anything is sent', async ({ page }) => {
  const tab = await openRecipe(page, 'custom-field', 'A custom field that shows in the UI');
  await tab.request.getByLabel('title', { exact: true }).fill('{{set-value.fieldValue.id}}');
  await expect(tab.panel.getByRole('alert')).toContainText(
    'Step 1 (create-field), body.field.title: refers to step “set-value”, which runs later (step 5).',
  );
  await expect(tab.button('Run all')).toBeDisabled();
  await expect(tab.button('Run next step')).toBeDisabled();
});

test('Cancel stops a run', async ({ page }) => {
  const tab = await openRecipe(page, 'deal-pipeline', 'Move a deal through a pipeline');
  // Hold the pipelines call so the run is caught in flight (the proxy is on loopback).
  await page.route('**/proxy/api/3/dealGroups*', async (route) => {
    await new Promise((r) => setTimeout(r, 3_000));
    await route.continue().catch(() => undefined);
  });
  await tab.button('Run all').click();
  await expect(tab.step(2)).toHaveAccessibleName(/, running$/, RUN);
  await tab.button('Cancel').click();
  await expect(tab.summary.getByRole('heading')).toHaveText('Cancelled at step 2 (List pipelines)', RUN);
  await expect(tab.step(3)).toHaveAccessibleName(/, pending$/);
  await page.unroute('**/proxy/api/3/dealGroups*');
  // It goes on from where it stopped.
  await tab.button('Run the rest').click();
  await expect(tab.summary.getByRole('heading')).toHaveText('All 5 steps passed', RUN);
});

test('export then import gives the same recipe with the edited values, never the key', async ({ page }) => {
  const tab = await openRecipe(page, 'onboard-contact', 'Onboard a contact');
  await tab.request.getByLabel('lastName', { exact: true }).fill('Exported');
  await tab.panel.getByLabel('Tag name', { exact: true }).fill('Imported tag name');
  const download = page.waitForEvent('download');
  await tab.button('Export').click();
  const file = await (await download).path();
  const exported = await fs.readFile(file, 'utf8');
  expect(exported).not.toContain(E2E.sandboxKey);
  expect(exported).not.toContain(await currentSandboxKey(page.request));
  expect(JSON.parse(exported)).toMatchObject({
    format: 'activecampaign-explorer-recipe',
    inputs: { tag: 'Imported tag name' },
  });

  // Start over from the shipped recipe, then import the file.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(tab.request.getByLabel('lastName', { exact: true })).toHaveValue('Recipe');
  await tab.button('Import…').click();
  const dialog = page.getByRole('dialog', { name: 'Import a recipe' });
  // A broken file is explained and nothing typed is lost.
  const broken = exported.replace('"version": 1,', '"version": 1,,');
  await dialog.getByLabel('or its JSON').fill(broken);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The file is invalid JSON at line 3, column');
  await expect(dialog.getByLabel('or its JSON')).toHaveValue(broken);
  await dialog.getByLabel('A recipe file (.recipe.json)').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(tab.request.getByLabel('lastName', { exact: true })).toHaveValue('Exported');
  await expect(tab.panel.getByLabel('Tag name', { exact: true })).toHaveValue('Imported tag name');

  // Exported again, it is the same file.
  const again = page.waitForEvent('download');
  await tab.button('Export').click();
  expect(await fs.readFile(await (await again).path(), 'utf8')).toBe(exported);
});

test('a shared link opens the recipe with the edited values, and carries no key', async ({ page, context }) => {
  const tab = await openRecipe(page, 'create-webhook', 'Create a webhook');
  await tab.step(2).click();
  await tab.panel.getByLabel('Webhook name', { exact: true }).fill('Shared hook');
  await tab.button('Copy link').click();
  await expect(tab.panel.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${E2E.explorerUrl}/recipes/create-webhook\\?recipe=[A-Za-z0-9_-]+$`));
  const payload = Buffer.from(new URL(link).searchParams.get('recipe') ?? '', 'base64url').toString('utf8');
  expect(payload).toContain('Shared hook');
  expect(payload).not.toContain(await currentSandboxKey(page.request));

  const other = await context.newPage();
  await other.goto(link);
  const opened = recipeTab(other, 'Create a webhook');
  await expect(opened.panel.getByLabel('Webhook name', { exact: true })).toHaveValue('Shared hook');
  await expect(opened.panel).toContainText('With your values.');
  await expect.poll(() => new URL(other.url()).search).toBe('');
  await opened.button('Run all').click();
  await expect(opened.summary.getByRole('heading')).toHaveText('All 3 steps passed', RUN);
  await expect(opened.response).toContainText('Shared hook');
});

test.describe('recipes on a real account (the sandbox entered as one)', () => {
  const ACCOUNT = 'My ActiveCampaign account';

  async function useSandboxAsAccount(page: Page, readOnly: boolean) {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: ACCOUNT });
    const settings = page.getByRole('dialog', { name: 'Connection settings' });
    if (!(await settings.isVisible())) await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByLabel('API URL').fill(E2E.sandboxUrl);
    await page.getByLabel('API key', { exact: true }).fill(await currentSandboxKey(page.request));
    if (readOnly) await page.getByRole('checkbox', { name: /^Read-only/ }).check();
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
  }

  /** Every call the page sends to the explorer's proxy from now on. */
  function proxied(page: Page): string[] {
    const seen: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/proxy/')) seen.push(`${r.method()} ${url.pathname.slice('/proxy'.length)}`);
    });
    return seen;
  }

  test('a recipe with message-sending steps asks once for the whole run; no sends nothing', async ({ page }) => {
    await useSandboxAsAccount(page, false);
    const tab = await openRecipe(page, 'onboard-contact', 'Onboard a contact');
    await expect(tab.step(7)).toContainText('sends messages');
    const calls = proxied(page);
    const question = page.getByRole('dialog', { name: `Send messages from “${ACCOUNT}”?` });

    await tab.button('Run all').click();
    await expect(question).toContainText('Subscribe or unsubscribe a contact');
    await expect(question).toContainText('Add a contact to an automation');
    await question.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(tab.panel.getByRole('alert')).toContainText('Not sent: cancelled at the confirmation');
    expect(calls).toEqual([]);
    await expect(tab.step(1)).toHaveAccessibleName(/, pending$/);

    await tab.button('Run all').click();
    await question.getByRole('button', { name: 'Run 7 steps', exact: true }).click();
    await expect(question).toBeHidden();
    // One question for the run: had a risky step asked again, nobody would answer and the run would not end.
    await expect(tab.summary.getByRole('heading')).toHaveText('All 7 steps passed', RUN);
    expect(calls).toHaveLength(7);
  });

  test('a read-only connection refuses a recipe that writes, before its first call', async ({ page }) => {
    await useSandboxAsAccount(page, true);
    const tab = await openRecipe(page, 'find-contact-by-email', 'Find a contact by email, v1 then v3');
    const calls = proxied(page);
    await tab.button('Run all').click();
    await expect(tab.panel.getByRole('alert')).toContainText(
      'is read-only and 1 of the 3 steps are not reads: “Create a contact” (write). None was sent.',
    );
    expect(calls).toEqual([]);
    await expect(tab.summary).toHaveCount(0);
    // A step that only reads still runs on its own.
    await tab.step(3).click();
    await tab.panel.getByLabel('Email', { exact: true }).fill('jane.doe@example.org');
    await tab.request.getByRole('button', { name: 'Send request' }).click();
    await expect(tab.step(3)).toHaveAccessibleName(/, failed$/, RUN);
    expect(calls).toEqual(['GET /api/3/contacts']);
  });
});
