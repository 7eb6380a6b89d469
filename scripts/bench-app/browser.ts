/**
 * Code run inside the page, as plain JavaScript strings: functions compiled by tsx can carry helper
 * calls (`__name`) that do not exist in the page.
 */

/**
 * Init script: from navigation, polls every animation frame for the `?test` hook's cytoscape with
 * nodes, then records the end of the next frame (the one that paints them) in `__bench.firstGraph`.
 * Times are `performance.now()`, i.e. milliseconds since navigation start.
 */
export const FIRST_GRAPH_PROBE = `
(() => {
  const bench = (window.__bench = { hookSeen: null, firstGraph: null, renders: 0 });
  const poll = () => {
    const cy = window.__diplograph && window.__diplograph.cy;
    if (cy && cy.nodes().length > 0) {
      bench.hookSeen = performance.now();
      cy.on('render', () => { bench.renders += 1; });
      requestAnimationFrame(() => requestAnimationFrame(() => { bench.firstGraph = performance.now(); }));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
`;

/**
 * Toggles the checkbox `label` of the fieldset `legend`, and resolves with the milliseconds until
 * the second animation frame after the click (the frame after cytoscape's update has been painted).
 */
export function toggleFilter(legend: string, label: string): string {
  return `
new Promise((resolve, reject) => {
  const fieldset = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.trim() === ${JSON.stringify(legend)});
  const box = fieldset && [...fieldset.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)});
  if (!box) return reject(new Error('no checkbox ' + ${JSON.stringify(`${legend} / ${label}`)}));
  const started = performance.now();
  box.querySelector('input').click();
  const committed = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - started, syncMs: committed - started })));
})`;
}

/** The elements shown: the explorer hides what a filter leaves out instead of removing it. */
export const SHOWN_COUNT = `window.__diplograph.cy.elements(':visible').length`;

/**
 * Chooses the first search hit (mousedown, as a pointer would) and resolves when the details panel
 * shows the actor's name and its interactions, after one more frame; `timeoutMs` caps the wait.
 */
export function chooseSearchHit(name: string, timeoutMs: number): string {
  return `
new Promise((resolve, reject) => {
  const hit = document.querySelector('[role="listbox"] [role="option"]:not([aria-disabled="true"])');
  if (!hit) return reject(new Error('no search hit'));
  const started = performance.now();
  hit.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
  const check = () => {
    const title = document.getElementById('panel-title');
    const ready = title && title.textContent.trim() === ${JSON.stringify(name)} && document.querySelector('aside .counterpart');
    if (ready) return requestAnimationFrame(() => resolve({ ms: performance.now() - started, counterparts: document.querySelectorAll('aside .counterpart').length }));
    if (performance.now() - started > ${timeoutMs}) return resolve({ ms: null, counterparts: 0 });
    requestAnimationFrame(check);
  };
  check();
})`;
}

/**
 * Pans with cy.panBy once per animation frame for `durationMs`; resolves with frames, cytoscape
 * render events and frame intervals.
 */
export function panLoop(durationMs: number): string {
  return `
new Promise((resolve) => {
  const cy = window.__diplograph.cy;
  cy.stop(true, true);
  let renders = 0;
  const onRender = () => { renders += 1; };
  cy.on('render', onRender);
  const gaps = [];
  let last = null;
  let step = 0;
  const started = performance.now();
  const frame = (now) => {
    if (last !== null) gaps.push(now - last);
    last = now;
    if (now - started >= ${durationMs}) {
      cy.removeListener('render', onRender);
      return resolve({ elapsed: now - started, frames: gaps.length, renders, gaps });
    }
    step += 1;
    const dir = Math.floor(step / 60) % 2 === 0 ? 1 : -1;
    cy.panBy({ x: 4 * dir, y: 2 * dir });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;
}

/** Starts counting animation frames in `window.__frames`; `stopFrameCount` stops and returns their times. */
export const START_FRAME_COUNT = `
(() => {
  const frames = (window.__frames = []);
  const count = (now) => {
    if (window.__frames !== frames) return;
    frames.push(now);
    requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
})()`;

export const STOP_FRAME_COUNT = `
(() => {
  const frames = window.__frames;
  window.__frames = null;
  return frames;
})()`;

/**
 * Holds an arrow key down on the graph for `durationMs`: a keydown every 33 ms (a keyboard's
 * auto-repeat), alternating left and right each second; resolves with the animation frames' times.
 */
export function arrowKeyLoop(durationMs: number): string {
  return `
new Promise((resolve) => {
  const canvas = document.querySelector('.graph-canvas');
  canvas.focus();
  const frames = [];
  const started = performance.now();
  const press = setInterval(() => {
    const key = Math.floor((performance.now() - started) / 1000) % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, 33);
  const frame = (now) => {
    frames.push(now);
    if (now - started >= ${durationMs}) {
      clearInterval(press);
      return resolve(frames);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;
}
