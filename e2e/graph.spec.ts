import { actorName, busiestActor, clickEdge, clickNode, eventsOf, expect, panel, test } from './fixtures';

test('clicking a node shows its interactions with their quotes', async ({ page }) => {
  const id = busiestActor();
  await page.goto('./?test');
  await clickNode(page, id);

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(actorName(id));
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
  const quotes = new Set(eventsOf(id).flatMap((event) => event.evidence.map((evidence) => evidence.quote)));
  const shown = await panel(page).locator('blockquote').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const quote of shown) expect(quotes).toContain(quote);
  await expect(panel(page).getByRole('heading', { level: 4 }).first()).toContainText('with');
});

test('hovering a node fades everything outside its neighbourhood', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  const faded = await page.evaluate(() => {
    const cy = window.__diplograph!.cy!;
    const node = cy.getElementById('ali-khamenei');
    return {
      neighbour: node.neighborhood('node').first().hasClass('faded'),
      self: node.hasClass('faded'),
      others: cy.nodes('.faded').length,
    };
  });
  expect(faded).toEqual({ neighbour: false, self: false, others: expect.any(Number) });
  expect(faded.others).toBeGreaterThan(0);
});

test('clicking an edge lists the events between the pair', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await clickEdge(page, 'meeting:ali-khamenei|mohammed-shia-al-sudani');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/Ali Khamenei — Mohammed Shia al-Sudani/);
  await expect(panel(page).locator('article').first()).toContainText('Meeting');
  await expect(page).toHaveURL(/edge=meeting:ali-khamenei\|mohammed-shia-al-sudani/);
});

test('positions stay put when a filter changes', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  const position = () => page.evaluate(() => window.__diplograph!.cy!.getElementById('ali-khamenei').position());
  const before = await position();
  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  await expect(page.getByTestId('event-count')).not.toHaveText(String(eventsOf('ali-khamenei').length));
  expect(await position()).toEqual(before);
});
