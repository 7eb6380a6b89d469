import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { actorIdsOf, actorName, dataset, expect, panel, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('no serious axe violations in the graph, list and source views', async ({ page }) => {
  // Three full axe scans: on a busy 2-core machine they alone can take most of the default 30 s.
  test.slow();
  await page.goto('./?actor=ali-khamenei');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByTestId('actors-table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await panel(page).getByRole('button', { name: 'Open source' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the details panel is a labelled landmark', async ({ page }) => {
  await page.goto('./?actor=ali-khamenei');
  await expect(page.getByRole('complementary', { name: 'Ali Khamenei' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Network graph' })).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
});

test('everything works from the keyboard: find, read, open a source, switch to the list', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Diplograph' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Find an actor' })).toBeFocused();
  await page.keyboard.type('khamenei');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');

  const openSource = panel(page).getByRole('button', { name: 'Open source' }).first();
  for (let i = 0; i < 80 && !(await openSource.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(openSource).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  const list = page.getByRole('button', { name: 'List' });
  await list.focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveAttribute('aria-pressed', 'true');
  const sudani = page.getByTestId('actors-table').getByRole('button', { name: 'Mohammed Shia al-Sudani' });
  await sudani.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Mohammed Shia al-Sudani');
  await expect(page).toHaveURL(/actor=mohammed-shia-al-sudani&view=list/);
});

test('the graph canvas works from the keyboard: step through actors, zoom and pan', async ({ page }) => {
  const named = [...new Set(dataset.events.flatMap(actorIdsOf))].map(actorName).sort((a, b) => a.localeCompare(b));
  await page.goto('./?test');
  await page.waitForFunction(() => (window.__diplograph?.cy?.nodes().length ?? 0) > 0);
  const canvas = page.getByRole('application', { name: /Network graph/ });
  await canvas.focus();
  await page.keyboard.press('n');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(named[0]);
  await page.keyboard.press('n');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(named[1]);
  await page.keyboard.press('p');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(named[0]);

  // Selecting pans the view to the actor in an animation; let it arrive before measuring.
  await page.waitForFunction(() => {
    const cy = window.__diplograph!.cy!;
    const { x, y } = cy.$(':selected').renderedPosition();
    return !cy.animated() && Math.abs(x - cy.width() / 2) < 1 && Math.abs(y - cy.height() / 2) < 1;
  });
  const zoom = () => page.evaluate(() => window.__diplograph!.cy!.zoom());
  const before = await zoom();
  await canvas.focus();
  await page.keyboard.press('+');
  expect(await zoom()).toBeGreaterThan(before);
  const pan = await page.evaluate(() => window.__diplograph!.cy!.pan());
  await page.keyboard.press('ArrowLeft');
  expect((await page.evaluate(() => window.__diplograph!.cy!.pan())).x).toBeGreaterThan(pan.x);
});
