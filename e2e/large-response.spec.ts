import { E2E } from './env';
import { expect, test } from './fixtures';
import { HistoryPageObject } from './pages/history-page';

/**
 * What the explorer does around a huge answer besides showing it (issue 6,
 * speed): the contract check waits to be asked, and history stores the body
 * as a Blob yet gives the whole call back after a reload.
 */
test('a 20 MB answer: contract check on request, stored in history as a Blob', async ({ explorer, page }) => {
  test.setTimeout(90_000);
  const BIG = { timeout: 30_000 };
  await explorer.open();
  await explorer.useAccount(E2E.fixtureUrl);
  await explorer.openMethod('List, search and filter contacts');
  await page.getByLabel('search', { exact: true }).fill('contacts-20mb');
  await explorer.send.click();
  await expect(explorer.parsed.getByRole('tree', { name: 'Parsed JSON' })).toContainText('contacts: [100000]', BIG);

  await explorer.openSupportBundle();
  const contract = page.getByRole('region', { name: 'Contract check' });
  await expect(contract).toContainText('Not checked yet: the body is large');
  await contract.getByRole('button', { name: 'Check against the documented shape' }).click();
  await expect(contract.getByRole('button', { name: 'Check against the documented shape' })).toHaveCount(0);
  await expect(contract).toContainText(/documented|missing/);
  await explorer.closeDialog();

  // The stored record holds the body as a Blob of every byte, and an empty string in its place.
  const bodyBytes = Number(/\(([\d,]+) bytes\)/.exec((await explorer.raw.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<{ blob: number; text: number } | undefined>((resolve, reject) => {
            const req = indexedDB.open('explorer-history', 1);
            req.onerror = () => reject(new Error('cannot open history'));
            req.onsuccess = () => {
              const all = req.result.transaction('calls').objectStore('calls').getAll();
              all.onsuccess = () => {
                const last = (all.result as { responseBody?: Blob; exchange: { response: { bodyText: string } } }[]).at(
                  -1,
                );
                req.result.close();
                resolve(
                  last?.responseBody && { blob: last.responseBody.size, text: last.exchange.response.bodyText.length },
                );
              };
            };
          }),
      ),
    )
    .toEqual({ blob: bodyBytes, text: 0 });

  await new HistoryPageObject(page).open();
  await page.reload();
  const rows = new HistoryPageObject(page).rows;
  await expect(rows).toHaveCount(1, BIG);
  await expect(page.getByText(/skipped/i)).toHaveCount(0);
});
