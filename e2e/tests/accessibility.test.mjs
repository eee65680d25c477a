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

test('the minimum score is a slider a screen reader can set', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  const { page } = client;
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  const slider = page.getByRole('slider', { name: 'score min' });
  assert.equal(await slider.getAttribute('aria-valuetext'), 'Any');
  await slider.fill('8');
  await client.waitFor(() => window.location.hash.includes('score_min=8'));
  await page.getByRole('slider', { name: 'score min' }).and(page.locator('[aria-valuetext="8.0 or more"]')).waitFor();
});

test("the mirror's focus follows the keyboard on the canvas, and Enter acts once", async (t) => {
  const username = uniqueName('keys');
  const password = 'tab tab enter 1';
  const api = new Api(server.url);
  await api.register(username, password, 'Keys');
  const [movie] = (await api.get('/movies?page_size=1')).json.items;
  const client = await openClient(browser, server.url, { t, path: '/#/login' });
  const { page } = client;
  await client.signIn(username, password);
  await page.evaluate((id) => { window.location.hash = `#/movies/${encodeURIComponent(id)}`; }, movie.id);
  await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  await page.locator('canvas').focus();

  // Tab on the canvas until ImGui's focus reaches Like; the mirror's follows at each step.
  let focused = null;
  for (let i = 0; i < 30 && focused !== 'movie.like'; i += 1) {
    await page.keyboard.press('Tab');
    await client.nextFrame(3);
    const ui = await client.ui();
    focused = Object.keys(ui.items).find((key) => ui.items[key].focused) ?? null;
    if (focused) {
      const mirrored = await page.evaluate(() => document.activeElement?.dataset?.key ?? null);
      assert.equal(mirrored, focused, 'the mirror focuses the widget ImGui does');
    }
  }
  assert.equal(focused, 'movie.like');
  await page.keyboard.press('Enter');
  await client.waitForText('movie.reaction', 'like');
  await client.nextFrame(10);
  assert.equal(await client.text('movie.reaction'), 'like', 'a second click would have taken the like back');
});

test('a table is a table: each row link sits in a row and a cell under its column', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  const { page } = client;
  const ui = await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready'
    && Boolean(window.moviedbUi.text['browse.row.0']));
  const title = ui.text['browse.row.0'];
  const table = page.getByRole('table');
  await table.first().waitFor();
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  assert.equal(await row.count(), 1, `one row holds "${title}"`);
  assert.equal(await row.getByRole('cell').getByRole('link', { name: title, exact: true }).count(), 1);
  const browse = table.filter({ has: page.getByRole('link', { name: title, exact: true }) });
  const headers = await browse.getByRole('columnheader').allTextContents();
  assert.ok(['Title', 'Year', 'Score'].every((name) => headers.includes(name)), `column headers ${headers}`);
  const titleColumn = await browse.getByRole('columnheader', { name: 'Title', exact: true }).getAttribute('aria-colindex');
  const linkCell = row.getByRole('cell').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  assert.equal(await linkCell.getAttribute('aria-colindex'), titleColumn, 'the title link is in the Title column');
  assert.deepEqual(await seriousViolations(page), [], 'the browse table');
});
