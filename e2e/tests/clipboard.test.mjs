// Copy and paste in the real client against Chromium's system clipboard:
// "Copy link" on a title puts its absolute address there (and that link opens
// the title), Ctrl+V pastes it into the focused field, and Ctrl+C in a field
// writes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openClient, shareServerAndBrowser } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

async function withClipboard(client) {
  await client.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
}

const clipboardText = (client) => client.page.evaluate(() => navigator.clipboard.readText());

async function chord(client, modifier, key) {
  await client.page.keyboard.down(modifier);
  await client.press(key);
  await client.page.keyboard.up(modifier);
  await client.nextFrame();
}

test('Copy link puts the title\'s address on the clipboard, and the link opens it', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse?q=alien' });
  await withClipboard(client);
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready'
    && Boolean(window.moviedbUi.text['browse.row.0']));
  await client.click('browse.row.0');
  const ui = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  const id = ui.text['movie.id'];

  await client.click('movie.copy_link');
  await client.waitFor(() => window.moviedbUi.toasts.includes('Link copied to the clipboard.'));
  const link = await clipboardText(client);
  assert.equal(link, new URL(`/#/movies/${encodeURIComponent(id)}`, server.url).href);

  const friend = await openClient(browser, server.url, { t, path: link.slice(server.url.length) });
  const seen = await friend.waitFor((i) => window.moviedbUi.text['movie.id'] === i
    && window.moviedbUi.text['movie.status'] === 'ready', id);
  assert.equal(seen.text['movie.title'], ui.text['movie.title']);
});

test('Ctrl+V pastes the system clipboard into the search box; Ctrl+C copies out of it', async (t) => {
  const client = await openClient(browser, server.url, { t, path: '/#/browse' });
  await withClipboard(client);
  await client.page.evaluate(() => navigator.clipboard.writeText('matrix'));
  await client.click('browse.search');
  // The browser answers Ctrl+V with a paste event carrying the clipboard.
  await chord(client, 'Control', 'v');
  await client.waitFor(() => window.moviedbUi.text['browse.query'] === 'matrix');

  await client.page.evaluate(() => navigator.clipboard.writeText('something else'));
  await chord(client, 'Control', 'a');
  await chord(client, 'Control', 'c');
  await client.waitFor(() => navigator.clipboard.readText().then((text) => text === 'matrix'));
});
