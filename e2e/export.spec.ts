import { readFile } from 'node:fs/promises';
import { actorIdsOf, dataset, expect, test } from './fixtures';

test('exports the filtered view as CSV, GraphML and PNG', async ({ page }) => {
  const meetings = dataset.events.filter((event) => event.type === 'meeting');
  await page.goto('./?type=meeting&test');
  await page.waitForFunction(() => (window.__diplograph?.cy?.nodes().length ?? 0) > 0);
  const download = async (name: string) => {
    await page.getByText('Export', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), path: (await file.path())! };
  };

  const events = await download('Events as CSV');
  expect(events.name).toBe('diplograph-events.csv');
  const rows = (await readFile(events.path, 'utf8')).trim().split('\r\n');
  expect(rows[0]).toContain('citations');
  expect(rows.filter((row) => row.includes(',meeting,'))).toHaveLength(meetings.length);
  expect(rows.join('\n')).toContain(meetings[0].evidence[0].quote.slice(0, 40).replace(/"/g, '""'));

  const actors = await download('Actors as CSV');
  const actorRows = (await readFile(actors.path, 'utf8')).trim().split('\r\n');
  expect(actorRows).toHaveLength(1 + new Set(meetings.flatMap(actorIdsOf)).size);

  const graphml = await download('GraphML (Gephi)');
  const xml = await readFile(graphml.path, 'utf8');
  expect(xml).toContain('<graphml');
  expect(xml).toContain('<data key="citations">');

  const png = await download('Graph as PNG');
  const bytes = await readFile(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});
