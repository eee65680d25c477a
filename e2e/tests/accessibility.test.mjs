// A screen reader's way through the client: the hidden DOM mirror
// (web/screen_reader.js) offers real buttons, links, checkboxes and text
// fields with names. This journey signs in, searches, opens a film and likes
// it using only Playwright's role queries and the keyboard — the mirror's
// controls operate the real ones — and axe-core finds no serious or critical
// violation on any screen it passes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { Api, openClient, shareServerAndBrowser, uniqueName } from '../lib/index.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
let axeSource;

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP refuses injected scripts.
  axeSource ??= await readFile(AXE, 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('sign in, search, open a film and like it with role queries and the keyboard only', async (t) => {
  const username = uniqueName('reader');
  const password = 'heard not seen 1';
  await new Api(server.url).register(username, password, 'Reader');
  const client = await openClient(browser, server.url, { t, path: '/#/login' });
  const { page } = client;
  await client.waitForScreen('login');
  await page.getByRole('heading', { name: /Sign in/ }).waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'the sign-in screen');

  await page.getByRole('textbox', { name: 'username' }).focus();
  await client.nextFrame(4);  // the mirror's click lands after two frames
  await page.keyboard.type(username);
  await page.getByRole('textbox', { name: 'password' }).focus();
  await client.nextFrame(4);  // the mirror's click lands after two frames
  await page.keyboard.type(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).press('Enter');
  await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');

  await page.getByRole('button', { name: 'Browse', exact: true }).press('Enter');
  await client.waitForScreen('browse');
  await page.getByRole('textbox', { name: 'search' }).focus();
  await client.nextFrame(4);  // the mirror's click lands after two frames
  await page.keyboard.type('Titanic');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'Titanic'
    && window.moviedbUi.text['browse.status'] === 'ready' && Boolean(window.moviedbUi.text['browse.row.0']));
  assert.deepEqual(await seriousViolations(page), [], 'the browse screen');

  const film = page.getByRole('link', { name: 'Titanic', exact: true }).first();
  await film.press('Enter');
  const ui = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  assert.equal(ui.text['movie.title'], 'Titanic');
  await page.getByRole('heading', { name: /Titanic/ }).waitFor();

  await page.getByRole('button', { name: 'Like', exact: false }).first().press('Enter');
  await page.getByRole('button', { name: /Liked/ }).waitFor();
  const api = new Api(server.url);
  await api.login(username, password);
  const detail = (await api.get(`/movies/${encodeURIComponent(ui.text['movie.id'])}`)).json;
  assert.equal(detail.viewer?.reaction, 'like', JSON.stringify(detail.viewer));
  assert.deepEqual(await seriousViolations(page), [], 'the film page');
});

test('toasts are read out: the live region carries them', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  const { page } = client;
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  await page.getByRole('link', { name: /./ }).first().press('Enter');
  await client.waitForScreen('movie');
  await page.getByRole('button', { name: 'Copy link' }).press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Link copied' });
  await status.waitFor();
  assert.match(await status.textContent(), /Link copied to the clipboard/);
});
