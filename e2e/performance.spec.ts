import { largeDataset } from '../src/app/testing/fixture';
import { expect, test } from './fixtures';

test('filtering 1,000 events updates the graph within a frame or two', async ({ page }) => {
  const dataset = largeDataset(1000);
  await page.route('**/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.goto('./?test');
  await page.waitForFunction(() => (window.__diplograph?.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByTestId('event-count')).toHaveText('1000');

  const meetings = dataset.events.filter((event) => event.type === 'meeting').length;
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const statements = [...document.querySelectorAll<HTMLLabelElement>('label')].find((label) => label.textContent?.trim() === 'Statements')!;
        const started = performance.now();
        statements.querySelector('input')!.click();
        // Two frames: the update is committed and painted.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
      }),
  );
  await expect(page.getByTestId('event-count')).toHaveText(String(meetings));
  expect(elapsed).toBeLessThan(250);
});
