import type { Page } from '@playwright/test';
import type { Dataset } from '../src/schema';
import { largeDataset } from '../src/app/testing/fixture';
import { actorIdsOf, clickNode, dataset, expect, panel, test, waitForGraph } from './fixtures';

/** Visible actors per country (or group of actors without one), as the summary counts them. */
function actorsPerGroup(data: Dataset): Map<string, number> {
  const used = new Set(data.events.flatMap(actorIdsOf));
  const counts = new Map<string, number>();
  for (const actor of data.actors) {
    if (!used.has(actor.id)) continue;
    const group = actor.country ?? (actor.kind === 'organization' ? 'organizations' : 'none');
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/** The countries of `largeDataset`, by the names the explorer shows. */
const LARGE_DATASET_COUNTRIES: Record<string, string> = { IRN: 'Iran', IRQ: 'Iraq', USA: 'United States', LBN: 'Lebanon' };

const drawnIds = (page: Page) => page.evaluate(() => window.__diplograph!.cy!.nodes().map((node) => node.id()));

test('a deep link with level=countries draws one node per country and lists them in the panel', async ({ page }) => {
  const groups = actorsPerGroup(dataset);
  await page.goto('./?test&level=countries');
  await waitForGraph(page);
  expect((await drawnIds(page)).sort()).toEqual([...groups.keys()].map((group) => `country:${group}`).sort());
  await expect(page.getByTestId('level-note')).toContainText('Country summary');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Country summary');
  const items = panel(page).getByTestId('summary-groups').locator('li');
  await expect(items).toHaveCount(groups.size);
  await expect(items.filter({ hasText: 'Iraq' })).toContainText(`${groups.get('IRQ')} actor`);
});

test('clicking a country drills into its actors; the note switches back to the summary', async ({ page }) => {
  const iraqi = dataset.actors.find((actor) => actor.country === 'IRQ' && dataset.events.some((event) => actorIdsOf(event).includes(actor.id)))!;
  await page.goto('./?test&level=countries');
  await clickNode(page, 'country:IRQ');
  await expect(page).toHaveURL(/[?&]country=IRQ&level=actors$/);
  await expect(page.getByRole('checkbox', { name: /Iraq/ })).toBeChecked();
  await expect.poll(() => drawnIds(page)).toContain(iraqi.id);

  await page.getByTestId('level-note').getByRole('button', { name: 'Country summary' }).click();
  await expect(page).toHaveURL(/[?&]level=countries$/);
  await expect.poll(() => drawnIds(page)).toContain('country:IRQ');
});

test('clicking the group of organizations without a country drills into them and their counterparts', async ({ page }) => {
  const countryless = dataset.actors.filter((actor) => actor.kind === 'organization' && actor.country === null).map((actor) => actor.id);
  const kept = dataset.events.filter((event) => actorIdsOf(event).some((id) => countryless.includes(id)));
  expect(kept.length).toBeGreaterThan(0);
  await page.goto('./?test&level=countries');
  await clickNode(page, 'country:organizations');
  await expect(page).toHaveURL(/[?&]country=organizations&level=actors$/);
  await expect(page.getByRole('checkbox', { name: 'Organizations without a country' })).toBeChecked();
  await expect(page.getByTestId('event-count')).toHaveText(String(kept.length));
  await expect.poll(async () => (await drawnIds(page)).sort()).toEqual([...new Set(kept.flatMap(actorIdsOf))].sort());
});

test('a graph too large to read opens as the country summary, with the reason and a way out', async ({ page }) => {
  // 3,000 events among 1,500 actors drawn twice (the summary, then in full): on a busy 2-core machine that can take most of the default 30 s.
  test.slow();
  const large = largeDataset(3000, 1500);
  const groups = actorsPerGroup(large);
  await page.route('**/dataset.json', (route) => route.fulfill({ json: large }));
  await page.goto('./?test');
  await waitForGraph(page);
  await expect(page.getByTestId('level-note')).toContainText('too many to read');
  expect((await drawnIds(page)).sort()).toEqual([...groups.keys()].map((group) => `country:${group}`).sort());
  for (const [group, count] of groups) {
    await expect(panel(page).getByTestId('summary-groups').locator('li').filter({ hasText: LARGE_DATASET_COUNTRIES[group] })).toContainText(`${count} actors`);
  }

  await page.getByTestId('level-note').getByRole('button', { name: 'Show every actor' }).click();
  await expect(page).toHaveURL(/[?&]level=actors$/);
  await expect.poll(async () => (await drawnIds(page)).length).toBe(large.actors.length);
});

test('an actor chosen in the summary shows its details and marks its country', async ({ page }) => {
  await page.goto('./?test&level=countries&actor=ali-khamenei');
  await waitForGraph(page);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await expect.poll(() => page.evaluate(() => window.__diplograph!.cy!.$(':selected').map((node) => node.id()))).toEqual(['country:IRN']);
});
