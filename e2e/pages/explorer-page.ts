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

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'ActiveCampaign API Explorer' })).toBeVisible();
  }

  async openMethod(summary: string): Promise<void> {
    await this.search.fill(summary);
    await this.methods.getByRole('link', { name: summary, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: summary })).toBeVisible();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
