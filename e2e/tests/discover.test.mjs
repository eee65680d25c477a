// Catalog, recommendations and the preference search, through the UI.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Api, openClient, shareServerAndBrowser, uniqueName } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

const PASSWORD = 'correct horse battery';

async function signedInClient(t) {
  const username = uniqueName('cat');
  await new Api(server.url).register(username, PASSWORD);
  const client = await openClient(browser, server.url, { t });
  await client.fill('login.username', username);
  await client.fill('login.password', PASSWORD);
  await client.press('Enter');
  await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  return client;
}

const ids = (text) => (text ? text.split(',') : []);

async function likeRow(client, key) {
  await client.click(key);
  await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  const id = await client.text('movie.id');
  await client.click('movie.like');
  await client.waitFor(() => window.moviedbUi.text['movie.reaction'] === 'like' &&
    window.moviedbUi.text['movie.busy'] === 'false');
  await client.press('Escape');
  return id;
}

test('the catalog lists the top 100 and hides interacted titles when asked', async (t) => {
  const client = await signedInClient(t);
  await client.click('nav.catalog');
  await client.waitForScreen('catalog');
  let ui = await client.waitFor(() => window.moviedbUi.text['catalog.status'] === 'ready');
  const all = ids(ui.text['catalog.ids']);
  assert.equal(all.length, 100);
  assert.equal(ui.text['catalog.exclude'], 'false');

  const liked = await likeRow(client, 'catalog.row.0');
  assert.equal(liked, all[0]);
  await client.waitForScreen('catalog');
  await client.click('catalog.exclude');
  ui = await client.waitFor((gone) => {
    const t = window.moviedbUi.text;
    return t['catalog.exclude'] === 'true' && t['catalog.status'] === 'ready' &&
      !t['catalog.ids'].split(',').includes(gone);
  }, liked);
  assert.ok(!ids(ui.text['catalog.ids']).includes(liked), 'the liked title is hidden');
  assert.equal(ids(ui.text['catalog.ids'])[0], all[1], 'the next one moves up');

  // A reaction while the filter is on refreshes the list.
  const second = await likeRow(client, 'catalog.row.0');
  await client.waitForScreen('catalog');
  ui = await client.waitFor((gone) => window.moviedbUi.text['catalog.status'] === 'ready' &&
    !window.moviedbUi.text['catalog.ids'].split(',').includes(gone), second);
  await client.screenshot('screen-catalog');

  await client.click('catalog.exclude');
  ui = await client.waitFor(() => window.moviedbUi.text['catalog.exclude'] === 'false' &&
    window.moviedbUi.text['catalog.status'] === 'ready');
  assert.deepEqual(ids(ui.text['catalog.ids']).slice(0, 2), all.slice(0, 2));
});

test('recommendations change after likes and give a reason; the preference search finds a top 3', async (t) => {
  const client = await signedInClient(t);
  await client.click('nav.recommendations');
  await client.waitForScreen('recommendations');
  let ui = await client.waitFor(() => window.moviedbUi.text['recs.status'] === 'ready');
  const before = ui.text['recs.ids'];

  // Like two titles found by a search.
  await client.click('nav.browse');
  await client.fill('browse.search', 'star trek');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'star trek' &&
    window.moviedbUi.text['browse.status'] === 'ready');
  const first = await likeRow(client, 'browse.row.0');
  await client.waitForScreen('browse');
  const second = await likeRow(client, 'browse.row.1');

  await client.click('nav.recommendations');
  ui = await client.waitFor(() => window.moviedbUi.screen === 'recommendations' &&
    window.moviedbUi.text['recs.status'] === 'ready');
  assert.notEqual(ui.text['recs.ids'], before, 'the suggestions changed');
  const suggested = ids(ui.text['recs.ids']);
  assert.ok(suggested.length > 0);
  assert.ok(!suggested.includes(first) && !suggested.includes(second), 'liked titles are not suggested');
  assert.ok(ui.text['recs.reason.0'], 'each suggestion says why');

  // Preference search: a genre → at most three titles.
  await client.click('pref.genre');
  await client.click('pref.genre.drama');
  await client.click('pref.type');
  await client.click('pref.type.MOVIE');
  await client.click('pref.find');
  ui = await client.waitFor(() => window.moviedbUi.text['pref.status'] === 'ready');
  const top = ids(ui.text['pref.ids']);
  assert.ok(top.length > 0 && top.length <= 3, `top 3: ${ui.text['pref.ids']}`);
  await client.screenshot('screen-recommendations');

  await client.click('pref.row.0');
  ui = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  assert.equal(ui.text['movie.id'], top[0]);
  const movie = await new Api(server.url).movie(top[0]);
  assert.ok(movie.genres.some((g) => g.toLowerCase() === 'drama'));
});

test('anonymous visitors are asked to sign in for suggestions and lists', async (t) => {
  const client = await openClient(browser, server.url, { t });
  await client.click('login.anonymous');
  await client.click('nav.recommendations');
  await client.item('signin.prompt');
  await client.click('nav.lists');
  await client.item('signin.prompt');
  await client.click('signin.prompt');
  await client.waitForScreen('login');
});
