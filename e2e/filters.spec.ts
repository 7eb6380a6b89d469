import { actorIdsOf, dataset, expect, test } from './fixtures';

const eventCount = (page: import('@playwright/test').Page) => page.getByTestId('event-count');

/** The most common event date in the dataset. */
function busiestDate(): string {
  const counts = new Map<string, number>();
  for (const event of dataset.events) if (event.date) counts.set(event.date, (counts.get(event.date) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

test('a date range hides out-of-range events and restores them', async ({ page }) => {
  const date = busiestDate();
  const inRange = dataset.events.filter((event) => event.date === date);
  await page.goto('./?view=list');
  await expect(eventCount(page)).toHaveText(String(dataset.events.length));

  await page.getByLabel('From', { exact: true }).fill(date);
  await page.getByLabel('To', { exact: true }).fill(date);
  await page.getByRole('checkbox', { name: /Include undated events/ }).uncheck();
  await expect(eventCount(page)).toHaveText(String(inRange.length));
  const rows = page.getByTestId('events-table').locator('tbody tr');
  await expect(rows).toHaveCount(inRange.length);
  const outside = dataset.events.find((event) => event.date !== date)!;
  await expect(page.locator(`[data-event-id="${outside.id}"]`)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`from=${date}&to=${date}&undated=0`));

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(eventCount(page)).toHaveText(String(dataset.events.length));
  await expect(page.locator(`[data-event-id="${outside.id}"]`)).toHaveCount(1);
});

test('brushing the timeline sets the date range', async ({ page }) => {
  await page.goto('./');
  const timeline = page.getByRole('img', { name: /drag to choose a date range/ });
  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  await page.mouse.up();
  await expect(page.getByLabel('To', { exact: true })).not.toHaveValue('');
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  const latest = dataset.events.map((event) => event.date).filter((date) => date !== null).sort().at(-1)!;
  expect(from <= latest && latest <= to).toBe(true);
  const kept = dataset.events.filter((event) => event.date === null || (from <= event.date && event.date <= to));
  await expect(eventCount(page)).toHaveText(String(kept.length));
});

test('a country filter keeps that country’s actors and their direct interactions', async ({ page }) => {
  const iraq = new Set(dataset.actors.filter((actor) => actor.country === 'IRQ').map((actor) => actor.id));
  const kept = dataset.events.filter((event) => actorIdsOf(event).some((id) => iraq.has(id)));
  await page.goto('./?view=list');
  await page.getByRole('group', { name: /Countries/ }).getByRole('checkbox', { name: /Iraq/ }).check();

  await expect(eventCount(page)).toHaveText(String(kept.length));
  await expect(page).toHaveURL(/country=IRQ/);
  const actorRows = page.getByTestId('actors-table').locator('tbody tr');
  await expect(actorRows.filter({ hasText: 'Mohammed Shia al-Sudani' })).toHaveCount(1);
  const listed = await actorRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-actor-id')!));
  const counterparts = new Set(kept.flatMap(actorIdsOf));
  for (const id of listed) expect(counterparts.has(id)).toBe(true);
  const outsider = dataset.actors.find((actor) => !counterparts.has(actor.id) && dataset.events.some((event) => actorIdsOf(event).includes(actor.id)));
  if (outsider) await expect(page.locator(`[data-actor-id="${outsider.id}"]`)).toHaveCount(0);
});

test('actor kind and event type filters, with a visible count', async ({ page }) => {
  await page.goto('./?view=list');
  await page.getByRole('checkbox', { name: 'Countries' }).uncheck();
  await expect(page).toHaveURL(/kind=organization,person/);
  const kinds = await page.getByTestId('actors-table').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).not.toContain('country');

  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  // The last type left cannot be switched off: an empty view is what Reset is for.
  await expect(page.getByRole('checkbox', { name: 'Meetings' })).toBeDisabled();
  const types = await page.getByTestId('events-table').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(types.every((type) => type.startsWith('meeting'))).toBe(true);
  await expect(page.getByTestId('event-count')).toHaveText(String(types.length));
  const actorRows = await page.getByTestId('actors-table').locator('tbody tr').count();
  await expect(page.getByTestId('actor-count')).toHaveText(String(actorRows));
});
