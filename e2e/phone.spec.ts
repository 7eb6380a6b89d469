import AxeBuilder from '@axe-core/playwright';
import { expect, panel, test } from './fixtures';

test('on a phone the details open as a drawer and the filters as a panel', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(panel(page)).toBeHidden();
  await page.getByTestId('actors-table').getByRole('button', { name: 'Ali Khamenei' }).click();
  const drawer = panel(page);
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  const box = (await drawer.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await drawer.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toBeHidden();

  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  await expect(page).toHaveURL(/type=meeting/);

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => violation.id)).toEqual([]);
});
