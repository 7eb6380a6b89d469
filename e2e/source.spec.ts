import { dataset, eventsOf, expect, panel, test } from './fixtures';

test('opening a source highlights the quoted sentence and scrolls it into view', async ({ page }) => {
  await page.goto('./?actor=ali-khamenei');
  const card = panel(page).locator('article').first();
  const quote = (await card.locator('blockquote').first().textContent())!;
  await card.getByRole('button', { name: 'Open source' }).first().click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const mark = dialog.locator('mark');
  await expect(mark).toHaveText(quote);
  await expect(mark).toBeInViewport();
  // The highlighted words sit at the evidence offsets in the document text.
  const evidence = eventsOf('ali-khamenei').flatMap((event) => event.evidence).find((item) => item.quote === quote)!;
  const document = dataset.documents.find((doc) => doc.id === evidence.documentId)!;
  await expect(page).toHaveURL(new RegExp(`doc=${encodeURIComponent(document.id).replace(/%7E/g, '~')}&span=${evidence.start}-${evidence.end}`));
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(document.title ?? document.path);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/doc=/);
});

test('a document whose text shard is missing says which file and what to do', async ({ page, consoleErrors }) => {
  await page.route('**/dataset.texts/*.json', (route) => route.fulfill({ status: 404, body: '' }));
  const document = dataset.documents[0];
  await page.goto(`./?doc=${encodeURIComponent(document.id)}`);
  const alert = page.getByRole('dialog').getByRole('alert');
  await expect(alert).toContainText(`dataset.texts/${document.textShard}.json`);
  await expect(alert).toContainText('HTTP 404');
  await expect(alert).toContainText('npm run extract');
  // The browser reports the failed request on the console; that report is this test's expected outcome.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
});
