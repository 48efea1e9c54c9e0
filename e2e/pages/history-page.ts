import { expect, type Locator, type Page } from '@playwright/test';

/** Locators and actions on History (its page or its panel), by role and accessible name only. */
export class HistoryPageObject {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Stored calls' });
  }
  get rows(): Locator {
    return this.list.getByRole('option');
  }
  /** The history page or panel itself, to scope its status line and alerts. */
  get region(): Locator {
    return this.page.getByRole('region', { name: 'History', exact: true });
  }
  get status(): Locator {
    return this.region.getByRole('status');
  }
  get alert(): Locator {
    return this.region.getByRole('alert');
  }
  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import HAR' });
  }

  /** The full history page: the top bar's History opens the sidebar panel, which links to the page. */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'History', exact: true }).click();
    await this.page.getByRole('link', { name: /^Full history/ }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'History', exact: true })).toBeVisible();
  }

  /** Imports a file the way a user does: the Import HAR button, then the file picker. */
  async importHar(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(file);
  }

  /** Marks a row for comparison (a click opens it and focuses the list; Space marks it). */
  async mark(row: Locator): Promise<void> {
    await row.click();
    await this.page.keyboard.press('Space');
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }
}
