// A phone's width (390×844 touch emulation): the top bar folds into a Menu, so
// nothing in it overlaps or leaves the screen, and the menu's buttons are
// finger sized and take the user where the desktop's do; the browse list
// takes the whole width and the filters open as a sheet over it. A desktop
// keeps its bar and its side panel.
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openClient, screenshotsDir, shareServerAndBrowser } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

const PHONE = { viewport: { width: 390, height: 844 }, phone: true };

/** Keeps the page as it is now as e2e/screenshots/<name>.png (the README shows them). */
async function keep(client, name) {
  await mkdir(screenshotsDir, { recursive: true });
  await copyFile(await client.screenshot(`${name}-readme`), path.join(screenshotsDir, `${name}.png`));
}

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Pairs of `keys` whose rectangles intersect, and keys not inside the viewport. */
function layoutProblems(items, keys, viewport) {
  const problems = [];
  keys.forEach((a, i) => keys.slice(i + 1).forEach((b) => {
    if (overlaps(items[a], items[b])) problems.push(`${a} overlaps ${b}`);
  }));
  for (const key of keys) {
    const r = items[key];
    if (r.x < 0 || r.y < 0 || r.x + r.w > viewport.width + 0.5 || r.y + r.h > viewport.height + 0.5) {
      problems.push(`${key} leaves the screen`);
    }
  }
  return problems;
}

test('on a phone the top bar is a Menu: nothing overlaps, the buttons are finger sized', async (t) => {
  const client = await openClient(browser, server.url, { t, ...PHONE, path: '/#/browse' });
  let ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  const bar = Object.keys(ui.items).filter((k) => k.startsWith('nav.'));
  assert.deepEqual(bar, ['nav.menu'], 'only the menu button in the bar');
  assert.deepEqual(layoutProblems(ui.items, bar, PHONE.viewport), []);

  await client.tap('nav.menu');
  ui = await client.waitFor(() => Boolean(window.moviedbUi.items['nav.catalog']));
  const menu = Object.keys(ui.items).filter((k) => k.startsWith('nav.') && k !== 'nav.menu');
  assert.deepEqual(menu, ['nav.browse', 'nav.catalog', 'nav.recommendations', 'nav.lists', 'nav.signin']);
  assert.deepEqual(layoutProblems(ui.items, menu, PHONE.viewport), []);
  for (const key of menu) assert.ok(ui.items[key].h >= 44, `${key} is ${ui.items[key].h} px tall`);
  await keep(client, 'phone-menu');

  await client.tap('nav.catalog');
  await client.waitForScreen('catalog');
  ui = await client.waitFor(() => !window.moviedbUi.items['nav.browse']);
  assert.equal(await client.page.evaluate(() => location.hash), '#/top');
});

test('on a phone the list starts at the edge and the filters are a sheet', async (t) => {
  const client = await openClient(browser, server.url, { t, ...PHONE, path: '/#/browse' });
  let ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready'
    && Boolean(window.moviedbUi.items['browse.row.0']));
  assert.ok(ui.items['browse.row.0'].x < 40, `the list starts at the edge (x ${ui.items['browse.row.0'].x})`);
  // A card: the title has the whole width, its facts a line below it.
  assert.ok(ui.items['browse.row.0'].w > PHONE.viewport.width - 60, `a row is a card (w ${ui.items['browse.row.0'].w})`);
  assert.ok(ui.items['browse.row.0'].h >= 44, `a card is finger sized (h ${ui.items['browse.row.0'].h})`);
  assert.equal(ui.items['filter.score_min'], undefined, 'the filters wait behind their button');
  const top = ['browse.search', 'browse.sort', 'browse.filters'];
  assert.deepEqual(layoutProblems(ui.items, top, PHONE.viewport), []);
  await keep(client, 'phone-browse');

  await client.tap('browse.filters');
  ui = await client.waitFor(() => Boolean(window.moviedbUi.items['filter.score_min']));
  assert.equal(ui.items['browse.row.0'], undefined, 'the sheet covers the list');
  await client.tap('browse.filters.close');
  await client.waitFor(() => Boolean(window.moviedbUi.items['browse.row.0']));
});

test('on a desktop the sections stay in the bar', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  const ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  assert.equal(ui.items['nav.menu'], undefined);
  const bar = ['nav.browse', 'nav.catalog', 'nav.recommendations', 'nav.lists', 'nav.signin'];
  for (const key of bar) assert.ok(ui.items[key], key);
  assert.deepEqual(layoutProblems(ui.items, bar, { width: 1280, height: 800 }), []);
  assert.ok(ui.items['filter.score_min'], 'the filters sit beside the list');
});
