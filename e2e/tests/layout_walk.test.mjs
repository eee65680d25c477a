// Every screen at 360, 390, 768 and 1280 CSS px (touch below 700): no two
// widgets the bridge reports overlap, each lies inside the viewport, none is
// cut where no scrolling shows the rest of it (the bridge's `cut`: past a
// window without a scrollbar that way, or past its table column), and on a
// touch screen each is at least 44 × 44 CSS px unless it is only scrolled
// partly out of view. Signed in as a superadmin, so every screen is reachable;
// on a phone the menus and sheets that fold the desktop's controls are opened
// and walked too.
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { Api, openClient, screenshotsDir, shareServerAndBrowser, superadminOptions } from '../lib/index.mjs';

const ROOT = 'root';
const PASSWORD = 'correct horse battery';
const TOUCH_TARGET = 44;

let server;
let browser;
shareServerAndBrowser({ seed: true, ...superadminOptions(ROOT, PASSWORD) }, (started) => ({ server, browser } = started));

// Rectangles meeting along an edge do not overlap; the bridge rounds to 0.01 px.
const EPSILON = 0.5;
const overlaps = (a, b) => a.x < b.x + b.w - EPSILON && b.x < a.x + a.w - EPSILON
  && a.y < b.y + b.h - EPSILON && b.y < a.y + a.h - EPSILON;

/** What is wrong with the layout of `items` in `viewport`, one line each. */
function layoutProblems(items, viewport, touch) {
  const keys = Object.keys(items);
  const at = (key) => `${key} ${JSON.stringify(items[key])}`;
  const problems = [];
  keys.forEach((a, i) => keys.slice(i + 1).forEach((b) => {
    if (overlaps(items[a], items[b])) problems.push(`${at(a)} overlaps ${at(b)}`);
  }));
  for (const key of keys) {
    const r = items[key];
    if (r.x < -EPSILON || r.y < -EPSILON || r.x + r.w > viewport.width + EPSILON
      || r.y + r.h > viewport.height + EPSILON) problems.push(`${at(key)} leaves the screen`);
    if (r.cut) problems.push(`${at(key)} is cut`);
    if (touch && !r.partial && (r.w < TOUCH_TARGET - EPSILON || r.h < TOUCH_TARGET - EPSILON)) {
      problems.push(`${at(key)} is smaller than a finger`);
    }
  }
  return problems;
}

/** Waits until the screen has loaded what it shows and drawn it twice more. */
async function settle(client) {
  await client.waitFor(() => Object.entries(window.moviedbUi.text)
    .every(([key, value]) => !key.endsWith('status') || value !== 'loading'));
  await client.nextFrame(3);
  return client.ui();
}

async function screens(api) {
  const [movie] = (await api.get('/movies?page_size=1')).json.items;
  const detail = (await api.get(`/movies/${encodeURIComponent(movie.id)}`)).json;
  return [
    ['browse', 'browse'], ['top', 'catalog'], ['for-you', 'recommendations'], ['lists', 'lists'],
    [`movies/${encodeURIComponent(movie.id)}`, 'movie'],
    [`people/${encodeURIComponent(detail.credits[0].person_id)}`, 'person'],
    ['admin/movies', 'admin.movies'], ['admin/import', 'admin.import'], ['admin/people', 'admin.people'],
    ['admin/interactions', 'admin.interactions'], ['admin/users', 'admin.users'],
    ['admin/dashboard', 'admin.dashboard'], ['admin/cluster', 'admin.cluster'],
    ['admin/placement', 'admin.placement'], ['admin/audit', 'admin.audit'],
  ];
}

// On a phone: the panels that fold what a desktop shows side by side, each
// opened on its screen by tapping `open` (and closed the same way).
const FOLDS = [
  { screen: 'browse', open: 'nav.menu', shows: 'nav.browse' },
  { screen: 'browse', open: 'browse.filters', shows: 'filter.score_min', close: 'browse.filters.close' },
  { screen: 'admin/movies', open: 'admin.more', shows: 'admin.apply' },
];

// Screens the README shows as a phone sees them (at 390 px).
const README_SHOTS = { movie: 'phone-movie', 'admin.movies': 'phone-admin' };

/** Keeps the page as it is now as e2e/screenshots/<name>.png. */
async function keep(client, name) {
  await mkdir(screenshotsDir, { recursive: true });
  await copyFile(await client.screenshot(`${name}-readme`), path.join(screenshotsDir, `${name}.png`));
}

for (const width of [360, 390, 768, 1280]) {
  test(`every screen at ${width} px: nothing overlaps, leaves the screen or is cut`, async (t) => {
    const touch = width < 700;
    const viewport = { width, height: touch ? 844 : 800 };
    const client = await openClient(browser, server.url, { t, viewport, phone: touch, path: '/#/login' });
    const problems = [];
    const check = (where, ui) => {
      for (const line of layoutProblems(ui.items, viewport, touch)) problems.push(`${where}: ${line}`);
    };
    check('login', await settle(client));
    await client.signIn(ROOT, PASSWORD);

    const go = async (address, name) => {
      await client.page.evaluate((a) => { window.location.hash = `#/${a}`; }, address);
      await client.waitForScreen(name);
      return settle(client);
    };
    for (const [address, name] of await screens(new Api(server.url))) {
      const ui = await go(address, name);
      assert.ok(Object.keys(ui.items).length > 0, `${name} shows controls`);
      check(name, ui);
      if (width === 390 && README_SHOTS[name]) await keep(client, README_SHOTS[name]);
    }
    if (touch) {
      for (const fold of FOLDS) {
        await go(fold.screen, fold.screen.replace('/', '.'));
        await client.tap(fold.open);
        await client.waitFor((key) => Boolean(window.moviedbUi.items[key]), fold.shows);
        check(`${fold.screen} with ${fold.open} open`, await settle(client));
        await client.tap(fold.close ?? fold.open);
        await client.waitFor((key) => !window.moviedbUi.items[key], fold.shows);
      }
    }
    assert.deepEqual(problems, []);
  });
}
