// The end user's main path, in the real client against the real API on a
// store seeded with the real dataset: create an account, sign out and in
// again, search with a partial word, open a result, like it, find it in My
// lists with the count risen, reload (the tab keeps the session), sign in
// again, still liked, switch to dislike and watch the like count fall.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Api, openClient, shareServerAndBrowser, uniqueName } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

const PASSWORD = 'correct horse battery';

async function searchAndOpenFirst(client, words) {
  await client.click('nav.browse');
  await client.waitForScreen('browse');
  await client.fill('browse.search', words);
  const ui = await client.waitFor((w) => {
    const t = window.moviedbUi.text;
    return t['browse.query'] === w && t['browse.status'] === 'ready' && Boolean(t['browse.row.0']);
  }, words);
  const title = ui.text['browse.row.0'];
  await client.click('browse.row.0');
  await client.waitForScreen('movie');
  const movie = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  assert.equal(movie.text['movie.title'], title, 'the row opened is the title shown');
  return movie.text;
}

async function waitSettled(client) {
  return client.waitFor(() => window.moviedbUi.text['movie.busy'] === 'false');
}

test('register, search, like, find it in My lists, reload, sign in again, switch to dislike', async (t) => {
  const client = await openClient(browser, server.url, { t });
  const api = new Api(server.url);
  const username = uniqueName('ada');

  // Create an account (Enter submits the form).
  await client.waitForScreen('login');
  await client.click('login.mode');
  await client.waitForText('login.mode', 'create_account');
  await client.fill('login.username', username);
  await client.fill('login.display_name', 'Ada Lovelace');
  await client.fill('login.password', PASSWORD);
  await client.screenshot('screen-register');
  await client.press('Enter');
  let ui = await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.screen, 'browse');
  assert.equal(ui.text.user, username);

  // Sign out, then sign in with the new account.
  await client.click('nav.signout');
  await client.waitForScreen('login');
  assert.equal((await client.ui()).text.session, 'anonymous');
  await client.signIn(username, PASSWORD);
  assert.equal((await client.ui()).screen, 'browse');

  // A partial word finds titles by the prefix of their words.
  const movie = await searchAndOpenFirst(client, 'termin');
  assert.match(movie['movie.title'], /termin/i);
  const id = movie['movie.id'];
  const likesBefore = Number(movie['movie.likes']);
  assert.equal(movie['movie.reaction'], 'none');
  await client.screenshot('screen-movie');

  // Like: shown at once, confirmed by the server.
  await client.click('movie.like');
  ui = await waitSettled(client);
  assert.equal(ui.text['movie.reaction'], 'like');
  assert.equal(Number(ui.text['movie.likes']), likesBefore + 1, 'the like count rose');
  assert.equal((await api.movie(id)).likes, likesBefore + 1, 'and the server agrees');

  // It is on My lists.
  await client.click('nav.lists');
  await client.waitForScreen('lists');
  ui = await client.waitFor(() => window.moviedbUi.text['lists.status'] === 'ready');
  assert.equal(ui.text['lists.tab'], 'liked');
  assert.ok(ui.text['lists.ids'].split(',').includes(id), `liked list holds ${id}: ${ui.text['lists.ids']}`);
  assert.equal(ui.text['lists.row.0'], movie['movie.title']);
  await client.screenshot('screen-lists');

  // A reload keeps the session for the tab.
  await client.page.reload();
  await client.waitReady();
  ui = await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.text.user, username);

  // Sign in again from scratch: the like is still there.
  await client.click('nav.signout');
  await client.signIn(username, PASSWORD);
  const again = await searchAndOpenFirst(client, 'termin');
  assert.equal(again['movie.id'], id);
  assert.equal(again['movie.reaction'], 'like', 'still liked after signing in again');

  // Switch to dislike: exclusive, and the like count falls.
  await client.click('movie.dislike');
  ui = await waitSettled(client);
  assert.equal(ui.text['movie.reaction'], 'dislike');
  assert.equal(Number(ui.text['movie.likes']), likesBefore, 'the like count fell');
  const after = await api.movie(id);
  assert.equal(after.likes, likesBefore);
  assert.ok(after.dislikes >= 1);

  await client.click('nav.lists');
  await client.waitForScreen('lists');
  await client.waitFor(() => window.moviedbUi.text['lists.status'] === 'ready');
  assert.ok(!(await client.text('lists.ids')).split(',').includes(id), 'no longer liked');
  await client.click('lists.disliked');
  ui = await client.waitFor(() => window.moviedbUi.text['lists.tab'] === 'disliked' &&
    window.moviedbUi.text['lists.status'] === 'ready');
  assert.ok(ui.text['lists.ids'].split(',').includes(id), 'now on the disliked list');

  // Undo from the list clears the reaction.
  await client.click(`lists.undo.${id}`);
  await client.waitFor((m) => !window.moviedbUi.text['lists.ids'].split(',').includes(m), id);
  await client.waitFor(() => window.moviedbUi.text['lists.status'] === 'ready');
  assert.equal((await api.movie(id)).dislikes, after.dislikes - 1);
  assert.deepEqual((await client.ui()).toasts.filter((m) => !/Signed out/.test(m)), []);
});
