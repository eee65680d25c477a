// Installable: the manifest and its icons, and the service worker (web/sw.js)
// that keeps the client's own files so a second visit starts from them, even
// with the server gone, while every API answer still comes from the server
// and none is kept on the device.
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { Api, openClient, shareServerAndBrowser, startServer, uniqueName, webRoot } from '../lib/index.mjs';

const PASSWORD = 'correct horse battery';

// The client's files: all the worker may keep, and all it must keep.
const CLIENT_FILES = ['/', '/index.html', '/app.js', '/keyboard.js', '/pointer.js', '/touch.js', '/screen_reader.js', '/style.css', '/moviedb-client.js', '/moviedb-client.wasm',
  '/fonts/DejaVuSans.ttf', '/favicon.svg', '/manifest.json', '/icons/icon-192.png', '/icons/icon-512.png',
  '/icons/maskable-512.png', '/icons/apple-touch-icon.png'];

// Stopping a server and serving a changed copy of web/ need servers of their
// own, which an already running one (MOVIEDB_E2E_BASE_URL) cannot give.
const OWN_SERVER = { skip: process.env.MOVIEDB_E2E_BASE_URL ? 'needs a server of its own' : false };

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function getPng(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  assert.equal(response.headers.get('content-type'), 'image/png', url);
  return pngSize(Buffer.from(await response.arrayBuffer()));
}

/** Waits until the service worker is active and controls the page. */
async function workerControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every cache of the origin: name → the paths it holds. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const contents = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      contents[name] = requests.map((request) => new URL(request.url).pathname);
    }
    return contents;
  });
}

/** The name of the set the worker starts pages from (its pointer). */
function currentSet(page) {
  return page.evaluate(async () => {
    const pointer = await caches.match('/current', { cacheName: 'moviedb-pointer' });
    return pointer ? pointer.text() : null;
  });
}

test('the manifest names the app, its colours and icons of the sizes it declares', async (t) => {
  const response = await fetch(`${server.url}/manifest.json`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/json');
  const manifest = await response.json();
  assert.equal(manifest.name, 'moviedb');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'a short name fits under an icon');
  assert.ok(manifest.description);
  assert.equal(new URL(manifest.start_url, `${server.url}/manifest.json`).pathname, '/');
  assert.equal(manifest.scope, '/');
  assert.equal(manifest.display, 'standalone');

  // The splash screen and the bars have the page's own dark background.
  const style = await readFile(path.join(webRoot, 'style.css'), 'utf8');
  const background = /html, body \{[^}]*background: (#[0-9a-f]{6});/i.exec(style)?.[1];
  assert.equal(manifest.background_color, background);
  assert.equal(manifest.theme_color, background);

  const declared = [];
  for (const icon of manifest.icons) {
    assert.equal(icon.type, 'image/png');
    assert.equal(await getPng(new URL(icon.src, `${server.url}/manifest.json`)), icon.sizes, icon.src);
    declared.push(`${icon.sizes} ${icon.purpose}`);
  }
  for (const needed of ['192x192 any', '512x512 any', '512x512 maskable']) {
    assert.ok(declared.includes(needed), `an icon ${needed}: ${declared.join(', ')}`);
  }

  // The page links all of it.
  const page = await (await fetch(`${server.url}/`)).text();
  assert.match(page, /<link rel="manifest" href="manifest.json">/);
  assert.match(page, new RegExp(`<meta name="theme-color" content="${manifest.theme_color}">`));
  const touchIcon = /<link rel="apple-touch-icon" href="([^"]+)">/.exec(page)?.[1];
  assert.equal(await getPng(`${server.url}/${touchIcon}`), '180x180');

  // Chromium's own verdict, once the worker runs. Test contexts are
  // incognito, which alone keeps Chromium from offering to install.
  const client = await openClient(browser, server.url, { t });
  await workerControls(client.page);
  const cdp = await client.context.newCDPSession(client.page);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, [], 'Chromium parsed the manifest without complaint');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito'), []);
  assert.deepEqual(client.problems, []);
});

test('the worker keeps the client files, never an API answer, and API answers stay live', async (t) => {
  const username = uniqueName('pocket');
  const api = new Api(server.url);
  await api.register(username, PASSWORD);
  const { json: found } = await api.get('/movies?q=alien&page_size=1');
  const id = found.items[0].id;

  const client = await openClient(browser, server.url, { t });
  await workerControls(client.page);
  const apiAnswers = [];
  client.page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) apiAnswers.push(response);
  });

  // A signed-in caller browses and opens a film: its answers carry the
  // caller's state (viewer, session).
  await client.signIn(username, PASSWORD);
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  await client.page.evaluate((movie) => { window.location.hash = `#/movies/${encodeURIComponent(movie)}`; }, id);
  let ui = await client.waitFor((movie) => window.moviedbUi.text['movie.id'] === movie
    && window.moviedbUi.text['movie.status'] === 'ready', id);
  assert.equal(ui.text['movie.reaction'], 'none');

  // The state changes elsewhere (another device); the next start, from the
  // worker's files, shows it.
  await api.request('PUT', `/movies/${encodeURIComponent(id)}/reaction`, { reaction: 'like' });
  const navigation = await client.page.reload();
  assert.equal(navigation.fromServiceWorker(), true, 'the page came from the worker');
  await client.waitReady();
  ui = await client.waitFor((movie) => window.moviedbUi.text['movie.id'] === movie
    && window.moviedbUi.text['movie.status'] === 'ready', id);
  assert.equal(ui.text.session, 'signed_in');
  assert.equal(ui.text['movie.reaction'], 'like', 'the caller\'s state came fresh from the server');

  assert.ok(apiAnswers.length >= 4, `${apiAnswers.length} API answers seen`);
  assert.deepEqual(apiAnswers.filter((response) => response.fromServiceWorker()).map((r) => r.url()), [],
    'no API answer came from the worker');

  const contents = await cacheContents(client.page);
  const set = await currentSet(client.page);
  assert.ok(set in contents, `the current set ${set} exists: ${Object.keys(contents)}`);
  assert.deepEqual(contents[set].sort(), [...CLIENT_FILES].sort(), 'the current set holds every client file');
  for (const [name, paths] of Object.entries(contents)) {
    const allowed = name === 'moviedb-pointer' ? ['/current'] : CLIENT_FILES;
    assert.deepEqual(paths.filter((p) => !allowed.includes(p)), [], `${name} holds only client files`);
  }
  assert.deepEqual(client.problems, []);
});

test('a second visit starts from the worker\'s files with the server gone', OWN_SERVER, async (t) => {
  const own = await startServer();
  try {
    const client = await openClient(browser, own.url, { t });
    await workerControls(client.page);
    await own.stop();

    const page = await client.context.newPage();
    const fromWorker = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker()) fromWorker.push(new URL(response.url()).pathname);
    });
    await page.goto(`${own.url}/`);
    await page.waitForFunction(() => window.moviedbUi?.ready === true);
    await page.waitForFunction(() => window.moviedbUi.text['server.status'] === 'failed');
    const ui = await page.evaluate(() => window.moviedbUi);
    assert.equal(ui.screen, 'login', 'the first screen, drawn');
    for (const file of ['/', '/app.js', '/moviedb-client.js', '/moviedb-client.wasm', '/fonts/DejaVuSans.ttf']) {
      assert.ok(fromWorker.includes(file), `${file} came from the worker: ${fromWorker}`);
    }
  } finally {
    await own.stop();
  }
});

test('changed files arrive as a whole set on the load after the one that noticed', OWN_SERVER, async (t) => {
  // A copy of web/ to change, served by a server of its own.
  const webCopy = await mkdtemp(path.join(os.tmpdir(), 'moviedb-web-'));
  let own;
  t.after(async () => {
    await own?.stop();
    await rm(webCopy, { recursive: true, force: true });
  });
  await cp(webRoot, webCopy, { recursive: true, preserveTimestamps: true });
  own = await startServer({ extraArgs: ['--web-root', webCopy] });

  const client = await openClient(browser, own.url, { t });
  await workerControls(client.page);
  const first = await currentSet(client.page);
  const marked = (page) => page.evaluate(async () => {
    const [js, css] = await Promise.all(['moviedb-client.js', 'style.css']
      .map((file) => fetch(file).then((response) => response.text())));
    return [js.includes('// build 2'), css.includes('/* build 2 */')];
  });
  assert.deepEqual(await marked(client.page), [false, false]);

  // A new build: two files change on the server.
  await appendFile(path.join(webCopy, 'moviedb-client.js'), '\n// build 2\n');
  await appendFile(path.join(webCopy, 'style.css'), '\n/* build 2 */\n');

  // This load starts from the set it has and notices the change...
  await client.page.reload();
  await client.waitReady();
  let current = first;
  for (let i = 0; i < 100 && current === first; ++i) {
    await client.page.waitForTimeout(100);
    current = await currentSet(client.page);
  }
  assert.notEqual(current, first, 'a new set is current');
  assert.deepEqual((await cacheContents(client.page))[current].sort(), [...CLIENT_FILES].sort(),
    'the new set is complete');
  assert.deepEqual(await marked(client.page), [false, false], 'a page keeps the set it started from');

  // ...and the next one starts from the new set, still from the worker.
  const navigation = await client.page.reload();
  assert.equal(navigation.fromServiceWorker(), true);
  await client.waitReady();
  assert.deepEqual(await marked(client.page), [true, true]);
  assert.deepEqual(client.problems, []);
});
