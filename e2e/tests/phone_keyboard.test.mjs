// The phone's keyboard: on a touch screen (Chromium emulating a 390×844 phone
// at 3× density) a tapped text field hands the focus to a real <input>
// (web/keyboard.js), the one thing a phone raises its keyboard for. What is
// typed there — as a phone's keyboard sends it, including a word replaced
// mid-text — becomes the field's text; a password field is a password input;
// Enter submits. On a desktop the <input> stays out of the way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Api, openClient, shareServerAndBrowser, uniqueName } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, phone: true };

/** The <input> that has the focus: its type, or null when the page's focus is elsewhere. */
const focusedKeyboard = (client) => client.page.evaluate(() => {
  const input = document.getElementById('keyboard-input');
  return document.activeElement === input ? input.type : null;
});

test('on a phone, a tapped field takes the keyboard: type, correct, sign in with Enter', async (t) => {
  const username = uniqueName('thumb');
  const password = 'typed on glass 1';
  await new Api(server.url).register(username, password, 'Thumb');

  const client = await openClient(browser, server.url, { t, ...PHONE, path: '/#/login' });
  await client.waitForScreen('login');
  await client.tap('login.username');
  await client.page.waitForFunction(() => document.activeElement?.id === 'keyboard-input');
  assert.equal(await focusedKeyboard(client), 'text');
  assert.equal(await client.page.evaluate(() => document.activeElement.getAttribute('autocapitalize')), 'none');

  // A phone keyboard's autocorrect replaces text rather than typing keys:
  // the field follows the <input>'s whole text.
  await client.page.keyboard.type(`${username}x`);
  await client.page.evaluate((text) => {
    const input = document.getElementById('keyboard-input');
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  }, username);

  await client.tap('login.password');
  await client.page.waitForFunction(() => document.getElementById('keyboard-input').type === 'password');
  assert.equal(await focusedKeyboard(client), 'password');
  assert.equal(await client.page.evaluate(() => document.activeElement.getAttribute('autocomplete')),
    'current-password');
  await client.page.keyboard.type(password);
  await client.page.keyboard.press('Enter');
  const ui = await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
  assert.equal(ui.text.user, username, 'the corrected username signed in');
  assert.deepEqual(client.problems.filter((p) => !p.includes('/favicon')), []);
});

test('on a phone, the search field follows what is typed, and leaving it hides the input', async (t) => {
  const client = await openClient(browser, server.url, { t, ...PHONE, path: '/#/browse' });
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  await client.tap('browse.search');
  await client.page.waitForFunction(() => document.activeElement?.id === 'keyboard-input');
  await client.page.keyboard.type('alien');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'alien');
  await client.page.keyboard.press('Backspace');
  await client.page.keyboard.press('Backspace');
  await client.page.keyboard.type('en');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'alien', undefined, 5000);
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');

  // A tap outside the field ends the editing: the <input> goes with it.
  const { x, y } = await client.centreOf('browse.search');
  await client.page.touchscreen.tap(x, y + 300);
  await client.page.waitForFunction(() => document.getElementById('keyboard-input').hidden);
  assert.equal(await focusedKeyboard(client), null);
});

test('on a desktop, typing goes straight to the canvas and the input stays hidden', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  await client.type('browse.search', 'heat');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'heat');
  assert.equal(await client.page.evaluate(() => document.getElementById('keyboard-input').hidden), true);
  assert.equal(await focusedKeyboard(client), null);
});
