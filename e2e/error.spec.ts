import AxeBuilder from '@axe-core/playwright';
import { dataset, expect, test } from './fixtures';

test('a dataset that breaks the schema shows what is wrong and which file', async ({ page }) => {
  const broken = { ...dataset, actors: dataset.actors.map((actor, i) => (i === 0 ? { ...actor, kind: 'planet' } : actor)) };
  await page.route('**/dataset.json', (route) => route.fulfill({ json: broken }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
  await expect(page.getByText('dataset.json', { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('actors.0.kind');
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => violation.id)).toEqual([]);
});

test('a file that is not JSON shows the parse error', async ({ page }) => {
  await page.route('**/dataset.json', (route) => route.fulfill({ body: '{"formatVersion": 1, "documents": [', contentType: 'application/json' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('not valid JSON');
});

test('a loading state shows while the dataset is on its way', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/dataset.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText('Loading the dataset…')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: 'Diplograph' })).toBeVisible();
});
