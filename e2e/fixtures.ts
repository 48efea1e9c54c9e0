import { test as base } from '@playwright/test';
import { ExplorerPage } from './pages/explorer-page';

export const test = base.extend<{ explorer: ExplorerPage }>({
  context: async ({ context, baseURL }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await use(context);
  },
  explorer: async ({ page }, use) => {
    await use(new ExplorerPage(page));
  },
});

export { expect } from '@playwright/test';
