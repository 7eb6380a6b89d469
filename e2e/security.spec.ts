import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { textShardFolder, type Dataset } from '../src/schema';
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

test('a hostile document in a corpus is shown literally and runs nothing', async ({ page }) => {
  // Extract the test corpus with the real CLI, then serve that dataset to the app.
  const output = join(mkdtempSync(join(tmpdir(), 'diplograph-hostile-')), 'dataset.json');
  execFileSync('npx', ['tsx', 'src/cli/extract.ts', '--input', 'e2e/corpus-hostile', '--output', output, '--workers', '1'], { stdio: 'ignore' });
  const hostile: Dataset = JSON.parse(readFileSync(output, 'utf8'));
  await page.route('**/dataset.json', (route) => route.fulfill({ json: hostile }));
  await page.route('**/dataset.texts/*.json', (route) => route.fulfill({ path: join(textShardFolder(output), basename(new URL(route.request().url()).pathname)) }));
  page.on('dialog', (dialog) => dialog.dismiss());
  const document = hostile.documents[0];
  await page.goto(`./?doc=${encodeURIComponent(document.id)}`);
  const viewer = page.getByRole('dialog');
  await expect(viewer).toContainText('<script>window.__pwned = 1</script>');
  await expect(viewer).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(viewer.locator('img, script, a[href^="javascript:"]')).toHaveCount(0);
  await expect(viewer.getByRole('link', { name: 'original article' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the built site forbids inline scripts by its Content-Security-Policy', async ({ page, consoleErrors }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSources = policy?.split(';').find((directive) => directive.trim().startsWith('script-src'));
  expect(scriptSources?.trim()).toBe("script-src 'self'");
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  // The blocked script is reported on the console; that report is this test's expected outcome.
  await expect.poll(() => consoleErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Content Security Policy/.test(e)));
});
