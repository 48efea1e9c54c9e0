import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { E2E } from './env';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // One output folder per port base, so parallel runs do not delete each other's artefacts.
  outputDir: `../test-results/e2e-${E2E.port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: E2E.explorerUrl,
    // A common desktop size, wide enough for raw and parsed side by side in the response pane; the workspace
    // spec covers 1440×900, 1280×800 and 390×844 on its own.
    viewport: { width: 1920, height: 1080 },
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npx tsx e2e/fixture-server.ts --port ${E2E.fixturePort}`,
      url: `${E2E.fixtureUrl}/empty`,
      cwd: '..',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Exactly what a user runs, with fixed ports and key so tests can rely on them.
      command: `npm start -- --port ${E2E.port} --sandbox-port ${E2E.sandboxPort} --sandbox-api-key ${E2E.sandboxKey} --allow-origin ${E2E.fixtureUrl}`,
      url: `${E2E.explorerUrl}/explorer-config.json`,
      cwd: '..',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
