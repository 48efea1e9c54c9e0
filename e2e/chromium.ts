/**
 * How tests and benchmarks launch Debian's Chromium: Playwright cannot
 * download its own browsers here, and without the background-networking
 * flags Chromium tries to reach Google's hosts on a closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
