// Signing in: the server's reasons are shown as sent (wrong password, taken
// username, rate limiting with its wait), show/hide password, Enter submits,
// and actions that need an account ask for one and come back.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Api, openClient, shareServerAndBrowser, uniqueName } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

const PASSWORD = 'correct horse battery';

async function serverMessage(response) {
  return response.json.error.message;
}

test('a wrong password shows the server\'s error and the form stays usable', async (t) => {
  const username = uniqueName('grace');
  await new Api(server.url).register(username, PASSWORD);
  const expected = await serverMessage(await new Api(server.url).request(
    'POST', '/auth/login', { username, password: 'not the password' }, { expect: 401 }));

  const client = await openClient(browser, server.url, { t });
  await client.fill('login.username', username);
  await client.fill('login.password', 'still not it');
  await client.press('Enter');
  assert.equal(await client.waitForText('login.error'), expected);
  assert.equal((await client.ui()).screen, 'login');
  await client.screenshot('screen-login-error');

  await client.fill('login.password', PASSWORD);
  await client.click('login.submit');
  const ui = await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.screen, 'browse');
  assert.equal(ui.text['login.error'], undefined);
});

test('the keyboard alone signs in: Tab between fields, Enter submits', async (t) => {
  const username = uniqueName('keys');
  await new Api(server.url).register(username, PASSWORD);
  const client = await openClient(browser, server.url, { t });
  await client.nextFrame(2);  // the username field has the focus on arrival
  await client.typeText(username);
  await client.press('Tab');
  await client.typeText(PASSWORD);
  await client.press('Enter');
  const ui = await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.text.user, username);
});

test('a taken username is reported beside the form', async (t) => {
  const username = uniqueName('taken');
  await new Api(server.url).register(username, PASSWORD);
  const client = await openClient(browser, server.url, { t });
  await client.click('login.mode');
  await client.fill('login.username', username);
  await client.fill('login.password', PASSWORD);
  await client.click('login.submit');
  const ui = await client.waitFor(() => Boolean(window.moviedbUi.text['login.error'] ||
    window.moviedbUi.text['login.field.username']));
  assert.equal(ui.screen, 'login');
  assert.equal(ui.text.session, 'anonymous');
});

test('show/hide password and empty fields never reach the server', async (t) => {
  const client = await openClient(browser, server.url, { t });
  await client.click('login.submit');
  const ui = await client.waitFor(() => Boolean(window.moviedbUi.text['login.field.username']));
  assert.ok(ui.text['login.field.password']);
  await client.fill('login.password', 'hunter2');
  const hidden = await client.page.screenshot({ clip: await clip(client, 'login.password') });
  await client.click('login.show_password');
  await client.nextFrame(2);
  const shown = await client.page.screenshot({ clip: await clip(client, 'login.password') });
  assert.notDeepEqual(shown, hidden, 'the password field changes when shown');
});

async function clip(client, key) {
  const r = await client.item(key);
  return { x: r.x, y: r.y, width: r.w, height: r.h };
}

test('anonymous browsing works; liking asks to sign in and comes back to the title', async (t) => {
  const username = uniqueName('anon');
  await new Api(server.url).register(username, PASSWORD);
  const client = await openClient(browser, server.url, { t });
  await client.click('login.anonymous');
  await client.waitForScreen('browse');
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  await client.click('browse.row.0');
  await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  const id = await client.text('movie.id');
  await client.click('movie.like');
  let ui = await client.waitForScreen('login');
  assert.ok(ui.text['login.prompt'], 'says why');
  await client.fill('login.username', username);
  await client.fill('login.password', PASSWORD);
  await client.press('Enter');
  ui = await client.waitFor(() => window.moviedbUi.screen === 'movie' && window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.text['movie.id'], id, 'back on the same title');
  await client.click('movie.like');
  ui = await client.waitFor(() => window.moviedbUi.text['movie.reaction'] === 'like' &&
    window.moviedbUi.text['movie.busy'] === 'false');
  // Esc goes back to the list.
  await client.press('Escape');
  await client.waitForScreen('browse');
});

// Last: the limiter may also count failures per client address.
test('rate limiting shows the server\'s message and the wait from Retry-After', async (t) => {
  const username = uniqueName('ratelimit');
  await new Api(server.url).register(username, PASSWORD);
  // The form is filled first: the server's window may be only seconds long.
  const client = await openClient(browser, server.url, { t });
  await client.fill('login.username', username);
  await client.fill('login.password', PASSWORD);

  const api = new Api(server.url);
  let limited = false;
  for (let i = 0; i < 40 && !limited; ++i) {
    const { status } = await api.request('POST', '/auth/login', { username, password: `wrong-${i}` },
      { expect: i === 0 ? 401 : undefined }).catch((error) => ({ status: Number(/→ (\d+)/.exec(error.message)?.[1]) }));
    limited = status === 429;
  }
  if (!limited) {
    t.skip('the server did not rate-limit 40 failed sign-ins for one username');
    return;
  }
  await client.click('login.submit');
  const ui = await client.waitFor(() => Boolean(window.moviedbUi.text['login.wait']));
  assert.ok(Number(ui.text['login.wait']) > 0, `a wait is shown: ${ui.text['login.wait']}`);
  assert.match(ui.text['login.error'], /./, 'with the server\'s message');
  assert.equal(ui.text.session, 'anonymous');
  assert.equal(ui.items['login.submit'] !== undefined, true);
  await client.screenshot('screen-login-rate-limited');

  // The wait runs out and the same form signs in.
  await client.waitFor(() => !window.moviedbUi.text['login.wait'], undefined, 70000);
  await client.click('login.submit');
  await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
});
