import { largeDataset } from '../src/app/testing/fixture';
import { clickNode, expect, panel, test, waitForGraph } from './fixtures';

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

test('every actor of a large graph: after the pointer crosses it, a drag and the arrow keys pan the view and a click selects', async ({ page }) => {
  // 3,000 events among 1,500 actors, drawn in full, then dragged and keyed: on a busy 2-core machine that alone can take most of the default 30 s.
  test.slow();
  await page.route('**/dataset.json', (route) => route.fulfill({ json: largeDataset(3000, 1500) }));
  await page.goto('./?test&level=actors');
  await waitForGraph(page);
  await page.waitForFunction(() => !window.__diplograph!.cy!.animated());
  const box = (await page.locator('.graph-cytoscape').boundingBox())!;
  // A corner is outside the fitted graph: the drag starts on the background.
  const [x, y] = [box.x + 8, box.y + 8];
  for (let step = 0; step < 20; step++) await page.mouse.move(x + 20 * step, y + 10 * step);
  const pan = () => page.evaluate(() => window.__diplograph!.cy!.pan());
  const before = await pan();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(x + 10 * step, y + 5 * step);
  await page.mouse.up();
  const after = await pan();
  expect(after.x - before.x).toBeCloseTo(100, 0);
  expect(after.y - before.y).toBeCloseTo(50, 0);
  // The arrow keys pan a large drawing in short animations, two presses twice as far.
  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await pan()).x - after.x).toBeCloseTo(120, 0);

  await clickNode(page, 'actor-0');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Actor 0');
});
