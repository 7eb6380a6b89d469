import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import type { Dataset, DiplographEvent } from '../src/schema';

/** The dataset the app serves: what `npm run extract` wrote from the seed corpus. */
export const dataset: Dataset = JSON.parse(readFileSync(new URL('../public/dataset.json', import.meta.url), 'utf8'));

export function actorIdsOf(event: DiplographEvent): string[] {
  return event.type === 'meeting' ? event.participants : [event.speaker, ...event.targets];
}

export function eventsOf(actorId: string): DiplographEvent[] {
  return dataset.events.filter((event) => actorIdsOf(event).includes(actorId));
}

export function actorName(id: string): string {
  const actor = dataset.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor ${id} in public/dataset.json`);
  return actor.name;
}

/** The actor with the most events. */
export function busiestActor(): string {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of new Set(actorIdsOf(event))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** Every spec fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the graph has drawn its nodes (the `?test` hook exposes cytoscape). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__diplograph?.cy?.nodes().length ?? 0) > 0);
}

/** Clicks a node where cytoscape drew it on the canvas. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForGraph(page);
  await page.waitForFunction(() => !window.__diplograph!.cy!.animated());
  const point = await page.evaluate((nodeId) => {
    const cy = window.__diplograph!.cy!;
    const node = cy.getElementById(nodeId);
    cy.stop(true, true);
    cy.center(node);
    const { x, y } = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/**
 * Clicks an edge where cytoscape drew it (edges between one pair curve apart), at a point no other
 * node covers, after zooming so the edge is long on screen.
 */
export async function clickEdge(page: Page, id: string): Promise<void> {
  await waitForGraph(page);
  await page.waitForFunction(() => !window.__diplograph!.cy!.animated());
  const point = await page.evaluate((edgeId) => {
    const cy = window.__diplograph!.cy!;
    const edge = cy.getElementById(edgeId);
    // A selection pans the view in an animation; settle it before reading positions.
    cy.stop(true, true);
    const [a, b] = [edge.source().position(), edge.target().position()];
    cy.zoom(Math.min(4, 500 / Math.hypot(a.x - b.x, a.y - b.y)));
    cy.center(edge.source().union(edge.target()));
    // A point of the line that no other node's body covers (labels take no clicks): the midpoint, else one
    // further along the curve (a quadratic through both endpoints and the midpoint), so the click cannot select a node.
    const [source, mid, target] = [edge.renderedSourceEndpoint(), edge.renderedMidpoint(), edge.renderedTargetEndpoint()];
    const control = { x: 2 * mid.x - (source.x + target.x) / 2, y: 2 * mid.y - (source.y + target.y) / 2 };
    const along = (t: number) => ({
      x: (1 - t) ** 2 * source.x + 2 * t * (1 - t) * control.x + t ** 2 * target.x,
      y: (1 - t) ** 2 * source.y + 2 * t * (1 - t) * control.y + t ** 2 * target.y,
    });
    const others = cy.nodes(':visible').difference(edge.connectedNodes()).map((node) => node.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
    const free = (p: { x: number; y: number }) => others.every((b) => p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2);
    const { x, y } = [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75].map(along).find(free) ?? mid;
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

export function panel(page: Page) {
  return page.getByRole('complementary');
}
