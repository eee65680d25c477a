// One finger on a touch screen (Chromium emulating a 390×844 phone, touches
// sent through the DevTools protocol as a real screen sends them): a swipe
// scrolls the list under it and keeps going after release (momentum) without
// opening anything, a tap opens a row, and a long press only points
// (web/touch.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openClient, shareServerAndBrowser } from '../lib/index.mjs';

let server;
let browser;
shareServerAndBrowser({ seed: true }, (started) => ({ server, browser } = started));

// Density 1: Chromium's software renderer draws a 3× phone at a few frames a second,
// too slow to send a swipe at a finger's pace.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, phone: true };

/** The index of the first browse row on screen. */
const firstRow = (client) => client.page.evaluate(() => Math.min(...Object.keys(window.moviedbUi.items)
  .filter((k) => /^browse\.row\.\d+$/.test(k)).map((k) => Number(k.slice('browse.row.'.length)))));

// `timestamp` (seconds): when the finger was there. A swipe says its own pace,
// so how fast a busy machine delivers the events does not change the speed.
async function touch(cdp, type, x, y, timestamp) {
  await cdp.send('Input.dispatchTouchEvent',
    { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }], ...(timestamp ? { timestamp } : {}) });
}

async function openBrowse(t) {
  const client = await openClient(browser, server.url, { t, ...PHONE, path: '/#/browse' });
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready'
    && Boolean(window.moviedbUi.items['browse.row.8']));
  return { client, cdp: await client.context.newCDPSession(client.page) };
}

test('a swipe scrolls the list with momentum and opens nothing', async (t) => {
  const { client, cdp } = await openBrowse(t);
  const row = await client.item('browse.row.6');
  const x = row.x + row.w / 2;
  const from = row.y + row.h / 2;
  assert.equal(await firstRow(client), 0);

  // 240 px upwards in 12 steps of 10 ms (a flick), then the finger lifts.
  const start = Date.now() / 1000;
  await touch(cdp, 'touchStart', x, from, start);
  for (let i = 1; i <= 12; i += 1) await touch(cdp, 'touchMove', x, from - i * 20, start + i * 0.01);
  await touch(cdp, 'touchEnd', x, from - 240, start + 0.13);
  await client.nextFrame(2);
  const atRelease = await firstRow(client);
  assert.ok(atRelease > 0, `the list followed the finger (first row ${atRelease})`);
  await client.page.waitForTimeout(600);
  await client.nextFrame(2);
  const afterCoasting = await firstRow(client);
  assert.ok(afterCoasting > atRelease, `it kept going after release (${atRelease} → ${afterCoasting})`);
  assert.equal((await client.ui()).screen, 'browse', 'no row opened');
});

test('a tap opens the row under the finger; a long press only points', async (t) => {
  const { client, cdp } = await openBrowse(t);
  const row = await client.item('browse.row.2');
  const title = (await client.ui()).text['browse.row.2'];

  await touch(cdp, 'touchStart', row.x + row.w / 2, row.y + row.h / 2);
  await client.page.waitForTimeout(800);
  await touch(cdp, 'touchEnd');
  await client.nextFrame(6);
  assert.equal((await client.ui()).screen, 'browse', 'a long press does not open');

  await client.tap('browse.row.2');
  const ui = await client.waitFor(() => window.moviedbUi.text['movie.status'] === 'ready');
  assert.equal(ui.text['movie.title'], title);
});
