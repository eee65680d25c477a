// The client's budgets, measured (the numbers are also written to
// build/e2e-artifacts/budgets.json for the README):
//   - WASM + JS ≤ 3 MB uncompressed, served compressed to browsers that accept it;
//   - the first interactive frame ≤ 1.5 s after navigation (headless Chromium, localhost);
//   - a frame under 16 ms with 5,000 rows loaded in the browse table.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { artifactsDir, launchBrowser, openClient, startServer, webRoot } from '../lib/index.mjs';

const MB = 1024 * 1024;
const budgets = {};
let server;
let browser;
let extraDir;

// Titles in the API's own JSON shape, enough to take the store past 5,000.
async function syntheticTitles(count) {
  extraDir = await mkdtemp(path.join(os.tmpdir(), 'moviedb-budget-'));
  const genres = ['Drama', 'Comedy', 'Action', 'Horror', 'Documentary'];
  const titles = Array.from({ length: count }, (_, i) => ({
    id: `budget-${i}`,
    title: `Budget Title ${i} — a long name to exercise the ellipsis in narrow columns`,
    type: i % 4 === 0 ? 'SHOW' : 'MOVIE',
    release_year: 1950 + (i % 70),
    genres: [genres[i % genres.length]],
    imdb_score: (i % 90) / 10,
  }));
  const file = path.join(extraDir, 'titles.json');
  await writeFile(file, JSON.stringify(titles));
  return file;
}

before(async () => {
  server = await startServer({ seed: true, imports: [{ format: 'json', file: await syntheticTitles(2000) }] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (extraDir) await rm(extraDir, { recursive: true, force: true });
  await mkdir(artifactsDir, { recursive: true });
  await writeFile(path.join(artifactsDir, 'budgets.json'), `${JSON.stringify(budgets, null, 2)}\n`);
});

function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, bytes }));
    }).on('error', reject);
  });
}

test('WASM + JS fit in 3 MB and are served compressed', async (t) => {
  const files = ['moviedb-client.wasm', 'moviedb-client.js'];
  let raw = 0;
  let wire = 0;
  for (const file of files) {
    raw += (await stat(path.join(webRoot, file))).size;
    const plain = await rawGet(`${server.url}/${file}`, {});
    assert.equal(plain.status, 200);
    const gz = await rawGet(`${server.url}/${file}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(gz.status, 200);
    assert.equal(gz.headers['content-encoding'], 'gzip', `${file} served compressed`);
    wire += gz.bytes;
  }
  budgets.wasm_js_bytes = raw;
  budgets.wasm_js_gzip_bytes = wire;
  t.diagnostic(`WASM + JS: ${(raw / MB).toFixed(2)} MB, ${(wire / MB).toFixed(2)} MB compressed`);
  assert.ok(raw <= 3 * MB, `${raw} bytes`);
});

test('the first interactive frame comes within 1.5 s of navigation', async (t) => {
  const times = [];
  for (let i = 0; i < 3; ++i) {
    const client = await openClient(browser, server.url);  // a fresh context: nothing cached
    times.push(await client.page.evaluate(() => window.moviedbReadyAt));
    await client.close();
  }
  times.sort((a, b) => a - b);
  budgets.first_interactive_frame_ms = { runs: times.map((v) => Math.round(v)), median: Math.round(times[1]) };
  t.diagnostic(`first interactive frame: ${times.map((v) => `${Math.round(v)} ms`).join(', ')}`);
  assert.ok(times[1] <= 1500, `median ${times[1]} ms`);
});

test('frames stay under 16 ms with 5,000 rows loaded', async (t) => {
  const client = await openClient(browser, server.url, { t });
  await client.click('login.anonymous');
  await client.waitFor(() => window.moviedbUi.text['browse.status'] === 'ready');
  const total = Number(await client.text('browse.count'));
  assert.ok(total >= 5000, `${total} titles in the store`);

  // Scroll down a few screenfuls at a time (the table fetches a page ahead)
  // until 5,000 rows are loaded.
  const { x, y } = await client.centreOf('browse.row.0');
  await client.page.mouse.move(x, y);
  for (let i = 0; i < 400 && Number(await client.text('browse.loaded')) < 5000; ++i) {
    await client.page.mouse.wheel(0, 5000);
    await client.nextFrame(2);
    await client.waitFor(() => !/searching/.test(window.moviedbUi.text['browse.status']));
  }
  const loaded = Number(await client.text('browse.loaded'));
  assert.ok(loaded >= 5000, `${loaded} rows loaded`);

  // Measure while scrolling back up through them and while idle.
  const samples = [];
  for (let i = 0; i < 60; ++i) {
    await client.page.mouse.wheel(0, i < 40 ? -2500 : 0);
    await client.nextFrame(2);
    samples.push((await client.ui()).frameMs);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(samples.length * 0.5)];
  const p95 = samples[Math.floor(samples.length * 0.95)];
  const max = samples.at(-1);
  budgets.frame_ms_5000_rows = { rows_loaded: loaded, p50, p95, max };
  t.diagnostic(`frame with ${loaded} rows loaded: p50 ${p50} ms, p95 ${p95} ms, max ${max} ms`);
  await client.screenshot('screen-browse-5000-rows');
  assert.ok(p95 < 16, `p95 ${p95} ms`);
});
