// Addresses and history in the real client: every screen has a #/… address,
// a pasted link opens it (after sign-in when it needs one), Back and Forward
// move between screens, a reload keeps the screen and its filters, and the
// page title names the screen or the film.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openClient, shareServerAndBrowser, superadminOptions } from '../lib/index.mjs';

const ROOT = 'root';
const PASSWORD = 'correct horse battery';

let server;
let browser;
shareServerAndBrowser({ seed: true, ...superadminOptions(ROOT, PASSWORD) }, (started) => ({ server, browser } = started));

const hashOf = (client) => client.page.evaluate(() => window.location.hash);
const titleOf = (client) => client.page.title();

async function browseReady(client, query) {
  await client.waitForScreen('browse');
  return client.waitFor((q) => window.moviedbUi.text['browse.query'] === q
    && window.moviedbUi.text['browse.status'] === 'ready' && Boolean(window.moviedbUi.text['browse.row.0']), query);
}

async function movieReady(client, id) {
  await client.waitForScreen('movie');
  return client.waitFor((i) => window.moviedbUi.text['movie.id'] === i
    && window.moviedbUi.text['movie.status'] === 'ready', id);
}

test('links, Back and Forward, a reload: the same screen with the same filters', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse?q=alien&sort=title' });
  let ui = await browseReady(client, 'alien');
  assert.equal(await hashOf(client), '#/browse?q=alien&sort=title');
  assert.equal(await titleOf(client), 'Browse · moviedb');
  const first = ui.text['browse.row.0'];

  await client.click('browse.row.0');
  await client.waitForScreen('movie');
  ui = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  const id = ui.text['movie.id'];
  assert.equal(ui.text['movie.title'], first);
  await client.waitFor((h) => window.location.hash === h, `#/movies/${encodeURIComponent(id)}`);
  await client.waitFor((title) => document.title === title, `${first} · moviedb`);

  await client.page.goBack();
  ui = await browseReady(client, 'alien');
  assert.equal(ui.text['browse.row.0'], first, 'the same results, in the same order');
  await client.page.goForward();
  await movieReady(client, id);

  // A reload opens the same film.
  await client.page.reload();
  await client.waitReady();
  await movieReady(client, id);

  // A top-level screen from the bar is an entry of its own; Back returns.
  await client.click('nav.catalog');
  await client.waitForScreen('catalog');
  await client.waitFor(() => window.location.hash === '#/top');
  await client.page.goBack();
  await movieReady(client, id);

  // Typing a search replaces the entry rather than adding one per letter.
  const entries = await client.page.evaluate(() => window.history.length);
  await client.click('nav.browse');
  await client.waitForScreen('browse');
  await client.fill('browse.search', 'star');
  await browseReady(client, 'star');
  await client.waitFor(() => window.location.hash.startsWith('#/browse?q=star'));
  assert.ok(await client.page.evaluate(() => window.history.length) <= entries + 1);
  await client.page.reload();
  await client.waitReady();
  await browseReady(client, 'star');
});

test('a link to a film opens it; a link to an admin screen asks to sign in first', async (t) => {
  const api = await fetch(`${server.url}/api/v1/movies?q=alien&page_size=1`).then((r) => r.json());
  const { id, title } = api.items[0];
  const client = await openClient(browser, server.url, { t, path: `/#/movies/${encodeURIComponent(id)}` });
  const ui = await movieReady(client, id);
  assert.equal(ui.text['movie.title'], title);
  await client.waitFor((name) => document.title === name, `${title} · moviedb`);

  const admin = await openClient(browser, server.url, { path: '/#/admin/cluster' });
  try {
    await admin.waitForScreen('login');
    await admin.signIn(ROOT, PASSWORD);
    await admin.waitForScreen('admin.cluster');
    await admin.waitFor(() => window.location.hash === '#/admin/cluster');
    // Nonsense leaves the screen as it is.
    await admin.page.evaluate(() => { window.location.hash = '#/no/such/screen'; });
    await admin.nextFrame(3);
    assert.equal((await admin.ui()).screen, 'admin.cluster');
  } finally {
    await admin.close();
  }
});
