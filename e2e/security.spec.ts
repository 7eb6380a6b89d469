import type { Dataset } from '../src/schema';
import { dataset, expect, panel, test } from './fixtures';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** The seed dataset with markup in a name and a title, and two document URLs: one https, one javascript:. */
function hostileDataset(): Dataset {
  const [first, second, ...rest] = dataset.documents;
  return {
    ...dataset,
    documents: [
      { ...first, title: `${HOSTILE} title`, url: 'https://example.org/article' },
      { ...second, url: 'javascript:window.__pwned=1' },
      ...rest,
    ],
    actors: dataset.actors.map((actor) => (actor.id === 'ali-khamenei' ? { ...actor, name: `${HOSTILE} Khamenei` } : actor)),
  };
}

test('names, titles and quotes render as text, and only http(s) sources become links', async ({ page }) => {
  const hostile = hostileDataset();
  await page.route('**/dataset.json', (route) => route.fulfill({ json: hostile }));
  page.on('dialog', (dialog) => dialog.dismiss());
  await page.goto('./?actor=ali-khamenei');

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE} Khamenei`);
  await expect(page.locator('img')).toHaveCount(0);

  for (const [index, document] of hostile.documents.slice(0, 2).entries()) {
    await page.goto(`./?doc=${encodeURIComponent(document.id)}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const link = dialog.getByRole('link', { name: 'original article' });
    if (index === 0) {
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE} title`);
      await expect(link).toHaveAttribute('href', 'https://example.org/article');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    } else {
      await expect(link).toHaveCount(0);
    }
  }
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a deep link opens a source with its sentence highlighted', async ({ page }) => {
  const event = dataset.events.find((candidate) => candidate.evidence[0].end - candidate.evidence[0].start > 20)!;
  const { documentId, start, end, quote } = event.evidence[0];
  await page.goto(`./?doc=${encodeURIComponent(documentId)}&span=${start}-${end}`);
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(quote);
  await expect(page.getByRole('dialog').locator('mark')).toBeInViewport();
});
