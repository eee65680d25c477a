// Browse and search: search-as-you-type, filters, sort, the virtualised table
// paging through the API as it scrolls, empty and error states, keyboard.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Api, cspViolations, openClient, shareServerAndBrowser } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

async function browse(t) {
  const client = await openClient(browser, server.url, { t });
  await client.click('login.anonymous');
  await client.waitForScreen('browse');
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  return client;
}

// Answered: a failed search must not count, or a wait right after Retry would
// pass on the frame before Retry takes effect.
function ready() {
  return (q) => window.moviedbUi.text['browse.query'] === q &&
    ['ready', 'empty'].includes(window.moviedbUi.text['browse.status']);
}

test('everything is listed, and scrolling pages through the API', async (t) => {
  const client = await browse(t);
  const api = new Api(server.url);
  const { json } = await api.get('/movies?page_size=1');
  let ui = await client.ui();
  assert.equal(Number(ui.text['browse.count']), json.total);
  assert.equal(Number(ui.text['browse.rows']), json.total, 'one table row per title');
  assert.equal(ui.text['browse.row.0'], json.items[0].title);

  // The last row is reached by scrolling: its page is fetched then.
  const pages = [];
  client.page.on('request', (r) => { if (r.url().includes('/api/v1/movies?')) pages.push(new URL(r.url()).searchParams.get('page')); });
  const { x, y } = await client.centreOf('browse.row.0');
  await client.page.mouse.move(x, y);
  for (let i = 0; i < 80 && !(await client.text(`browse.row.${json.total - 1}`)); ++i) {
    await client.page.mouse.wheel(0, 20000);
    await client.nextFrame(3);
  }
  ui = await client.waitFor((n) => Boolean(window.moviedbUi.text[`browse.row.${n - 1}`]), json.total);
  const last = (await api.get(`/movies?page=${Math.ceil(json.total / 100)}&page_size=100`)).json.items.at(-1);
  assert.equal(ui.text[`browse.row.${json.total - 1}`], last.title);
  assert.ok(pages.length < Math.ceil(json.total / 100), `only the pages scrolled past were fetched: ${pages}`);
  assert.deepEqual(await cspViolations(client), []);
});

test('typing searches after a pause; stale answers never replace newer ones', async (t) => {
  const client = await browse(t);
  const urls = [];
  client.page.on('request', (r) => { if (r.url().includes('/api/v1/movies?')) urls.push(decodeURIComponent(r.url())); });
  await client.click('browse.search');
  await client.typeFast('godfat');
  let ui = await client.waitFor(ready(), 'godfat');
  assert.ok(Number(ui.text['browse.count']) >= 1);
  assert.match(ui.text['browse.row.0'], /Godfather/);
  const searches = urls.filter((u) => u.includes('q='));
  assert.ok(searches.length < 'godfat'.length, `debounced: ${searches.join(' | ')}`);
  assert.ok(searches.at(-1).includes('q=godfat'));

  // Nothing matches: the empty state, then back.
  await client.typeFast('zzzq');
  ui = await client.waitFor(ready(), 'godfatzzzq');
  assert.equal(ui.text['browse.status'], 'empty');
  assert.equal(ui.text['browse.count'], '0');
  await client.screenshot('screen-browse-empty');
});

test('filters and sort narrow the list; Clear brings it back', async (t) => {
  const client = await browse(t);
  const api = new Api(server.url);
  const total = Number(await client.text('browse.count'));

  await client.click('filter.genre.drama');
  let ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready' &&
    window.moviedbUi.text['browse.count'] !== undefined);
  await client.waitFor((n) => Number(window.moviedbUi.text['browse.count']) < n, total);
  const dramas = (await api.get('/movies?genre=drama&page_size=1')).json.total;
  ui = await client.waitFor((n) => Number(window.moviedbUi.text['browse.count']) === n, dramas);

  await client.fill('filter.year_min', '1990');
  await client.fill('filter.year_max', '1999');
  const nineties = (await api.get('/movies?genre=drama&year_min=1990&year_max=1999&page_size=1')).json;
  ui = await client.waitFor((n) => Number(window.moviedbUi.text['browse.count']) === n &&
    window.moviedbUi.text['browse.status'] === 'ready', nineties.total);
  assert.equal(ui.text['browse.row.0'], nineties.items[0].title);

  await client.click('browse.sort');
  await client.click('sort.title');
  const byTitle = (await api.get('/movies?genre=drama&year_min=1990&year_max=1999&sort=title&page_size=1')).json;
  ui = await client.waitFor((title) => window.moviedbUi.text['browse.row.0'] === title &&
    window.moviedbUi.text['browse.status'] === 'ready', byTitle.items[0].title);
  await client.screenshot('screen-browse-filtered');

  await client.click('filter.clear');
  await client.waitFor((n) => Number(window.moviedbUi.text['browse.count']) === n, total);
});

test('"/" focuses the search from anywhere and Esc goes back', async (t) => {
  const client = await browse(t);
  await client.click('nav.catalog');
  await client.waitForScreen('catalog');
  await client.waitFor(() => window.moviedbUi.text['catalog.status'] === 'ready');
  await client.press('/');
  await client.waitForScreen('browse');
  await client.nextFrame(3);
  await client.typeText('alien');
  const ui = await client.waitFor(ready(), 'alien');
  assert.equal(ui.text['browse.query'], 'alien', 'typed into the search box, without the "/"');

  await client.click('browse.row.0');
  await client.waitForScreen('movie');
  await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  const person = Object.keys((await client.ui()).items).find((k) => k.startsWith('person.'));
  assert.ok(person, 'credits are listed');
  await client.click(person);
  await client.waitForScreen('person');
  await client.waitFor(() => window.moviedbUi.text['person.status'] === 'ready');
  assert.ok(Number(await client.text('person.count')) >= 1);
  await client.screenshot('screen-person');
  await client.press('Escape');
  await client.waitForScreen('movie');
  await client.press('Escape');
  await client.waitForScreen('browse');
});

test('a cut title shows in full in a tooltip; a failed search says why and Retry recovers', async (t) => {
  const client = await browse(t);
  await client.page.setViewportSize({ width: 900, height: 640 });
  await client.nextFrame(3);
  await client.fill('browse.search', 'lord of the rings');
  let ui = await client.waitFor(ready(), 'lord of the rings');
  const title = ui.text['browse.row.0'];
  assert.match(title, /Lord of the Rings/);
  const { x, y } = await client.centreOf('browse.row.0');
  await client.page.mouse.move(x - 40, y);
  ui = await client.waitFor(() => Boolean(window.moviedbUi.text.tooltip));
  assert.equal(ui.text.tooltip, title);
  await client.nextFrame(3);
  await client.screenshot('screen-browse-tooltip');

  let fail = true;
  await client.page.route('**/api/v1/movies?*', (route) => (fail
    ? route.fulfill({ status: 503, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'the store is unavailable', details: [] } }) })
    : route.continue()));
  await client.fill('browse.search', 'heat');
  ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'failed');
  assert.equal(ui.text['browse.error'], 'the store is unavailable');
  fail = false;
  await client.click('browse.retry');
  ui = await client.waitFor(ready(), 'heat');
  assert.equal(ui.text['browse.status'], 'ready');
});
