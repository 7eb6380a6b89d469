import { largeDataset } from '../src/app/testing/fixture';
import { expect, test } from './fixtures';

// How fast this happens is measured by `npm run bench:app`, not asserted here.
test('filtering 1,000 events redraws the graph with what the filter keeps', async ({ page }) => {
  const dataset = largeDataset(1000);
  await page.route('**/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.goto('./?test');
  await page.waitForFunction(() => (window.__diplograph?.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByTestId('event-count')).toHaveText('1000');
  // A filter hides what it leaves out (Cytoscape keeps it for when it comes back).
  const statementEdges = () => page.evaluate(() => window.__diplograph!.cy!.edges('[type = "statement"]:visible').length);
  expect(await statementEdges()).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  const meetings = dataset.events.filter((event) => event.type === 'meeting').length;
  await expect(page.getByTestId('event-count')).toHaveText(String(meetings));
  await expect.poll(statementEdges).toBe(0);
  await page.getByRole('checkbox', { name: 'Statements' }).check();
  await expect.poll(statementEdges).toBeGreaterThan(0);
});
