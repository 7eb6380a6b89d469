import { actorIdsOf, dataset, expect, panel, test } from './fixtures';

/** A dated meeting of the two actors the seed corpus is about. */
function khameneiSudaniMeeting() {
  const meeting = dataset.events.find(
    (event) => event.type === 'meeting' && event.date && event.participants.includes('ali-khamenei') && event.participants.includes('mohammed-shia-al-sudani'),
  );
  if (!meeting?.date) throw new Error('the seed dataset should hold a dated Khamenei–al-Sudani meeting');
  return meeting;
}

test('a deep link restores the actor and the filters', async ({ page }) => {
  const { date } = khameneiSudaniMeeting();
  const iraq = new Set(dataset.actors.filter((actor) => actor.country === 'IRQ').map((actor) => actor.id));
  const expected = dataset.events.filter(
    (event) => event.type === 'meeting' && event.date === date && actorIdsOf(event).some((id) => iraq.has(id)),
  );
  await page.goto(`./?actor=ali-khamenei&from=${date}&to=${date}&undated=0&country=IRQ&type=meeting`);

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(date!);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(date!);
  await expect(page.getByRole('checkbox', { name: /Iraq/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Meetings' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Statements' })).not.toBeChecked();
  await expect(page.getByTestId('event-count')).toHaveText(String(expected.length));
  await expect(panel(page).locator('article').first()).toContainText('Meeting');
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toHaveCount(0);
});

test('Back and Forward move between selected actors; filter changes do not add entries', async ({ page }) => {
  await page.goto('./?actor=ali-khamenei');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await panel(page).getByRole('button', { name: 'Mohammed Shia al-Sudani' }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Mohammed Shia al-Sudani');
  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  await expect(page).toHaveURL(/actor=mohammed-shia-al-sudani&type=meeting/);

  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await expect(page).toHaveURL(/\?actor=ali-khamenei$/);
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Mohammed Shia al-Sudani');
  await expect(page.getByRole('checkbox', { name: 'Statements' })).not.toBeChecked();
});

test('Copy link puts the address of the current view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?actor=ali-khamenei&country=IRQ');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/\?actor=ali-khamenei&country=IRQ$/);
});

test('a bad deep link shows short notices, is ignored and never crashes', async ({ page }) => {
  await page.goto(`./?actor=no-such-person&from=2023-13-45&country=XXX,IRQ&type=rumour&edge=%3Cscript%3E&span=${'9'.repeat(600)}`);
  const notices = page.locator('.notice');
  await expect(notices.filter({ hasText: 'Unknown actor “no-such-person” ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: '“from” must be a date' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Unknown country “XXX” ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Unknown event type “rumour” ignored.' })).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Details');
  // The valid part is kept and the address shows only what was restored.
  await expect(page.getByRole('checkbox', { name: /Iraq/ })).toBeChecked();
  await expect(page).toHaveURL(/\?country=IRQ$/);
  const count = await notices.count();
  await notices.first().getByRole('button', { name: /Dismiss/ }).click();
  await expect(notices).toHaveCount(count - 1);
});
