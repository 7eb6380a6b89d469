import { expect, panel, test } from './fixtures';

test('search tolerates spelling variants and works from the keyboard', async ({ page }) => {
  await page.goto('./?test');
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.click();
  await search.pressSequentially('Soudani');
  const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
  await expect(options.first()).toContainText('Mohammed Shia al-Sudani');
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await search.press('Enter');

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Mohammed Shia al-Sudani');
  await expect(page).toHaveURL(/actor=mohammed-shia-al-sudani/);
  // Chosen means selected in the graph and centred in the view.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.__diplograph!.cy!;
        const node = cy.getElementById('mohammed-shia-al-sudani');
        const { x, y } = node.renderedPosition();
        return node.selected() && Math.abs(x - cy.width() / 2) < 5 && Math.abs(y - cy.height() / 2) < 5;
      }),
    )
    .toBe(true);
});

test('search finds a name through an alias and says so', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Khamenie');
  await expect(page.getByRole('option').first()).toContainText('Ali Khamenei');
  await page.getByRole('option').first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
});
