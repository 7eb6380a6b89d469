import type { Meeting } from '../src/schema';
import { actorIdsOf, actorName, busiestActor, clickEdge, clickNode, dataset, eventsOf, expect, panel, test } from './fixtures';

test('clicking a node shows its interactions with their quotes', async ({ page }) => {
  const id = busiestActor();
  await page.goto('./?test');
  await clickNode(page, id);

  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(actorName(id));
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
  const quotes = new Set(eventsOf(id).flatMap((event) => event.evidence.map((evidence) => evidence.quote)));
  const shown = await panel(page).locator('blockquote').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const quote of shown) expect(quotes).toContain(quote);
  await expect(panel(page).getByRole('heading', { level: 4 }).first()).toContainText('with');
});

test('hovering a node fades everything outside its neighbourhood', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  const faded = await page.evaluate(() => {
    const cy = window.__diplograph!.cy!;
    const node = cy.getElementById('ali-khamenei');
    return {
      neighbour: node.neighborhood('node').first().hasClass('faded'),
      self: node.hasClass('faded'),
      others: cy.nodes('.faded').length,
    };
  });
  expect(faded).toEqual({ neighbour: false, self: false, others: expect.any(Number) });
  expect(faded.others).toBeGreaterThan(0);
});

test('clicking an edge lists the events between the pair', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ali Khamenei');
  await clickEdge(page, 'meeting:ali-khamenei|mohammed-shia-al-sudani');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/Ali Khamenei — Mohammed Shia al-Sudani/);
  await expect(panel(page).locator('article').first()).toContainText('Meeting');
  await expect(page).toHaveURL(/edge=meeting:ali-khamenei\|mohammed-shia-al-sudani/);
});

test('positions stay put when a filter changes', async ({ page }) => {
  await page.goto('./?test');
  await clickNode(page, 'ali-khamenei');
  const position = () => page.evaluate(() => window.__diplograph!.cy!.getElementById('ali-khamenei').position());
  const before = await position();
  await page.getByRole('checkbox', { name: 'Statements' }).uncheck();
  await expect(page.getByTestId('event-count')).not.toHaveText(String(eventsOf('ali-khamenei').length));
  expect(await position()).toEqual(before);
});

test('grouping by country draws compound nodes and can be undone', async ({ page }) => {
  await page.goto('./?test&actor=ali-khamenei');
  await page.getByRole('checkbox', { name: /Group people and organizations by country/ }).check();
  await expect(page).toHaveURL(/group=country/);
  await expect
    .poll(() => page.evaluate(() => window.__diplograph?.cy?.getElementById('ali-khamenei').parent().map((node) => node.id())[0] ?? null))
    .toBe('group:IRN');
  await clickNode(page, 'mohammed-shia-al-sudani');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Mohammed Shia al-Sudani');

  await page.getByRole('checkbox', { name: /Group people and organizations by country/ }).uncheck();
  await expect
    .poll(() => page.evaluate(() => window.__diplograph?.cy?.nodes(':parent').length ?? -1))
    .toBe(0);
});

test('events that did not happen (planned, cancelled…) look different in the panel and the graph', async ({ page }) => {
  const tentative = dataset.events.find((event): event is Meeting => event.type === 'meeting' && event.status !== 'occurred');
  test.skip(!tentative, 'the seed dataset has no planned or cancelled meeting');
  const [actorId] = actorIdsOf(tentative!);
  await page.goto(`./?test&actor=${actorId}`);
  const card = panel(page).locator('article.event-tentative').first();
  await expect(card).toBeVisible();
  await expect(card.locator('.event-status')).toHaveText(tentative!.status);
  await expect(card).toHaveCSS('border-top-style', 'dashed');

  const [a, b] = [...new Set(tentative!.participants)].sort();
  const pairMeetings = dataset.events.filter((event): event is Meeting => event.type === 'meeting' && event.participants.includes(a) && event.participants.includes(b));
  const expected = pairMeetings.every((event) => event.status !== 'occurred') ? 'dashed' : 'solid';
  await page.waitForFunction(() => (window.__diplograph?.cy?.edges().length ?? 0) > 0);
  expect(await page.evaluate((id) => window.__diplograph!.cy!.getElementById(id).style('line-style'), `meeting:${a}|${b}`)).toBe(expected);
});

test('the aliases say which documents used each name', async ({ page }) => {
  const actor = dataset.actors.filter((candidate) => candidate.aliasUses.length > 1).sort((a, b) => b.aliasUses.length - a.aliasUses.length)[0];
  await page.goto(`./?actor=${actor.id}`);
  await panel(page).getByText(/^Also called/).click();
  const uses = panel(page).locator('.aliases li');
  await expect(uses).toHaveCount(actor.aliasUses.length);
  const use = actor.aliasUses[0];
  const document = dataset.documents.find((doc) => doc.id === use.documentIds[0])!;
  await expect(uses.filter({ has: page.locator('q', { hasText: use.form }) }).first()).toContainText(document.title ?? document.id);
});
