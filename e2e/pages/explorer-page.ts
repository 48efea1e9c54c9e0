import { expect, type Locator, type Page } from '@playwright/test';

/** Locators and actions on the explorer, by role and accessible name only. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search methods' });
  }
  get methods(): Locator {
    return this.page.getByRole('navigation', { name: 'Methods' });
  }
  get raw(): Locator {
    return this.page.getByRole('region', { name: 'Raw response' });
  }
  get parsed(): Locator {
    return this.page.getByRole('region', { name: 'Parsed response' });
  }
  get send(): Locator {
    return this.page.getByRole('button', { name: 'Send request' });
  }
  get connectionSettings(): Locator {
    return this.page.getByRole('dialog', { name: 'Connection settings' });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'ActiveCampaign API Explorer' })).toBeAttached();
  }

  /** Opens a method from the sidebar search (on a narrow screen the sidebar is a drawer: opened first). */
  async openMethod(summary: string): Promise<void> {
    await this.openSidebar();
    await this.search.fill(summary);
    await this.methods.getByRole('link', { name: summary, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: summary })).toBeVisible();
  }

  async openSidebar(): Promise<void> {
    const menu = this.page.getByRole('button', { name: 'Methods menu' });
    if ((await menu.count()) > 0 && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  }

  async openConnectionSettings(): Promise<void> {
    if (await this.connectionSettings.isVisible()) return;
    await this.page.getByRole('button', { name: 'Connection settings' }).click();
    await expect(this.connectionSettings).toBeVisible();
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Switches to "My ActiveCampaign account" with this URL (and key, when given), and closes the settings. */
  async useAccount(apiUrl: string, apiKey?: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: 'My ActiveCampaign account' });
    await this.openConnectionSettings();
    await this.page.getByLabel('API URL').fill(apiUrl);
    if (apiKey !== undefined) await this.page.getByLabel('API key', { exact: true }).fill(apiKey);
    await this.closeDialog();
    await expect(this.connectionSettings).toBeHidden();
  }

  /** The parsed tree, when the response pane shows raw and parsed as tabs (narrow) rather than side by side. */
  async showParsed(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Parsed', exact: true });
    if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  /** The support bundle is one action in the response's status line: it opens a panel with the bundle. */
  async openSupportBundle(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Support bundle' });
    if (await dialog.isVisible()) return;
    await this.page.getByRole('button', { name: 'Support bundle', exact: true }).click();
    await expect(dialog).toBeVisible();
  }

  async copySupportBundle(): Promise<void> {
    await this.openSupportBundle();
    await this.page.getByRole('button', { name: 'Copy support bundle' }).click();
  }

  /** The raw view: beside the parsed one in a wide response pane, a tab of its own in a narrow one. */
  async showRaw(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Raw', exact: true });
    if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
