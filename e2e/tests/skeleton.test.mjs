// The foundation: the client loads under the server's strict CSP, fills and
// follows the window, and shows the version the API reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { cspViolations, openClient, shareServerAndBrowser } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({}, (started) => ({ server, browser } = started));

async function healthz() {
  const response = await fetch(new URL('/healthz', server.url));
  assert.equal(response.status, 200);
  return response.json();
}

async function canvasGeometry(client) {
  return client.page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    const rect = canvas.getBoundingClientRect();
    return {
      left: rect.left, top: rect.top, width: rect.width, height: rect.height,
      pixelWidth: canvas.width, pixelHeight: canvas.height,
      viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
      dpr: window.devicePixelRatio,
    };
  });
}

function assertFillsViewport(geometry) {
  assert.deepEqual(
    [geometry.left, geometry.top, geometry.width, geometry.height],
    [0, 0, geometry.viewportWidth, geometry.viewportHeight],
    'canvas covers the viewport');
  assert.equal(geometry.pixelWidth, Math.round(geometry.width * geometry.dpr), 'backing store width = CSS × dpr');
  assert.equal(geometry.pixelHeight, Math.round(geometry.height * geometry.dpr), 'backing store height = CSS × dpr');
}

test('the landing screen shows the server version, fills the window and follows resizes', async (t) => {
  const client = await openClient(browser, server.url, { t, viewport: { width: 1280, height: 800 } });
  const ui = await client.ui();
  assert.equal(ui.ready, true);
  assert.equal(ui.screen, 'login');
  assert.equal(typeof ui.frame, 'number');
  assert.ok(Array.isArray(ui.toasts));
  assert.equal(await client.page.locator('#status').getAttribute('class'), 'hidden', 'loading message gone');

  const { version } = await healthz();
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.equal(await client.waitForText('server.version', version), version);
  assert.equal((await client.ui()).text['server.status'], 'ok');

  assertFillsViewport(await canvasGeometry(client));
  await client.page.setViewportSize({ width: 900, height: 640 });
  await client.waitFor(() => document.getElementById('canvas').width === 900);
  await client.nextFrame(2);
  const resized = await canvasGeometry(client);
  assertFillsViewport(resized);
  assert.equal(resized.width, 900);
  assert.equal(resized.height, 640);
  assert.equal((await client.ui()).text['server.version'], version, 'still drawn after the resize');

  const frame = (await client.ui()).frame;
  await client.nextFrame(3);
  assert.ok((await client.ui()).frame >= frame + 3, 'frame counter advances');

  assert.deepEqual(await cspViolations(client), [], 'no CSP violations');
  assert.deepEqual(client.problems, [], 'no console errors, page errors or failed requests');
});

test('HiDPI: the canvas is backed by device pixels and widgets stay in CSS pixels', async (t) => {
  const client = await openClient(browser, server.url, { t, viewport: { width: 1024, height: 700 }, deviceScaleFactor: 2 });
  const geometry = await canvasGeometry(client);
  assert.equal(geometry.dpr, 2);
  assertFillsViewport(geometry);
  assert.equal(geometry.pixelWidth, 2048);
  const ui = await client.ui();
  assert.equal(ui.pixelRatio, 2);
  await client.waitForText('server.version', (await healthz()).version);
  assert.deepEqual(client.problems, []);
});

test('a failed health check shows the error with a Retry button that recovers', async (t) => {
  let failNext = true;
  const client = await openClient(browser, server.url, { t });
  // The first start's check must be over before the next one is made to fail:
  // a check still to come when the route is set would take the failure, and
  // the reload's check would pass.
  const { version } = await healthz();
  await client.waitForText('server.version', version);
  await client.page.route('**/healthz', (route) => {
    if (failNext) {
      failNext = false;
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'maintenance', details: [] } }),
      });
    }
    return route.continue();
  });
  await client.page.reload();
  await client.waitReady();

  assert.equal(await client.waitForText('server.error'), 'HTTP 503: maintenance');
  const ui = await client.ui();
  assert.equal(ui.text['server.status'], 'failed');
  assert.ok(ui.toasts.some((toast) => toast.includes('maintenance')), `toast shown: ${JSON.stringify(ui.toasts)}`);
  const retry = await client.item('Retry');
  assert.ok(retry.w > 0 && retry.h > 0);

  await client.click('Retry');
  assert.equal(await client.waitForText('server.version', version), version);
  assert.equal((await client.ui()).items.Retry, undefined, 'Retry gone once the server answered');

  await client.click('toast.dismiss');
  await client.waitFor(() => window.moviedbUi.toasts.length === 0);
});
