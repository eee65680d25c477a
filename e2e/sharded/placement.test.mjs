// The Cluster and Placement screens and "Where is this title?" behind mongos. On the
// simulator (MOVIEDB_TEST_MONGO_CONTROL, see tests/mongo/server/README.md) the
// test seeds the sharding catalogue as MongoDB 7.0 keeps it — two shards,
// movies hashed on _id in four chunks, credits ranged on movie_id — and the
// screen must show exactly that; on a real sharded cluster
// (MOVIEDB_TEST_MONGODB_URI) it must show what the API reads from its catalogue.
// Run by ctest e2e.client.sharded (e2e/run-on-mongo.sh sharded/).
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  Api, launchBrowser, openClient, screenshotsDir, startServer, superadminOptions,
} from '../lib/index.mjs';

const ROOT = 'root';
const PASSWORD = 'correct horse battery';
const control = process.env.MOVIEDB_TEST_MONGO_CONTROL;

let server;
let browser;

before(async () => {
  assert.ok(process.env.MOVIEDB_E2E_MONGODB_URI, 'run through e2e/run-on-mongo.sh');
  // The simulator starts empty for each run, so a fixed database name keeps
  // the README's screenshot the same from run to run.
  server = await startServer({
    ...superadminOptions(ROOT, PASSWORD), ...(control ? { database: 'moviedb_sharded' } : {}),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const long = (value) => ({ $numberLong: value });
const uuid = (hex) => ({ $binary: { base64: Buffer.from(hex, 'hex').toString('base64'), subType: '04' } });

/** The catalogue of a two-shard cluster, written through the simulator's control API. */
async function seedCatalogue(database) {
  const movies = uuid('3b241101e2bb42558caf4136c566a962');
  const credits = uuid('9a1c4e0bd5f04f0c8a2e6b7d3c5e1f20');
  const chunk = (collection, min, max, shard) => ({ uuid: collection, min, max, shard });
  const bounds = ['-9223372036854775808', '-4611686018427387904', '0', '4611686018427387904',
    '9223372036854775807'];
  const catalogue = {
    shards: [
      { _id: 'shard-a', host: 'shard-a/10.0.1.10:27018,10.0.1.11:27018,10.0.1.12:27018', state: 1 },
      { _id: 'shard-b', host: 'shard-b/10.0.2.10:27018,10.0.2.11:27018,10.0.2.12:27018', state: 1 },
    ],
    databases: [{ _id: database, primary: 'shard-a' }],
    settings: [{ _id: 'balancer', stopped: false, activeWindow: { start: '23:00', stop: '6:00' } }],
    collections: [
      { _id: `${database}.movies`, key: { _id: 'hashed' }, unique: false, uuid: movies },
      { _id: `${database}.credits`, key: { movie_id: 1 }, unique: false, uuid: credits },
    ],
    chunks: [
      ...bounds.slice(0, -1).map((min, i) => chunk(movies, { _id: long(min) }, { _id: long(bounds[i + 1]) },
        i % 2 ? 'shard-b' : 'shard-a')),
      chunk(credits, { movie_id: '' }, { movie_id: 'tt05' }, 'shard-a'),
      chunk(credits, { movie_id: 'tt05' }, { movie_id: '~' }, 'shard-b'),
    ],
  };
  for (const [collection, documents] of Object.entries(catalogue)) {
    const response = await fetch(`${control}/catalogue/${collection}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(documents),
    });
    assert.equal(response.status, 200, await response.text());
  }
}

test('the Cluster and Placement screens show where the data lives, and Where? names the shard of a title', async (t) => {
  const database = server.store.match(/^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/)[1];
  if (control) await seedCatalogue(database);
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  for (const [id, title] of [['tt0100001', 'Placement Alpha'], ['tt0700001', 'Placement Omega']]) {
    const { status } = await api.request('POST', '/movies', { id, title, type: 'MOVIE' });
    assert.equal(status, 201);
  }
  const placement = (await api.get('/admin/cluster/placement')).json;
  assert.equal(placement.sharded, true, 'the API is behind mongos');
  const movies = placement.collections.find((c) => c.collection === 'movies');
  const chunkWords = Object.entries(movies.chunks_per_shard).map(([s, n]) => `${s} ${n}`).join(' · ');
  if (control) assert.equal(chunkWords, 'shard-a 2 · shard-b 2');

  // Tall enough that each screenshot holds its whole screen: the Cluster
  // screen down to its notes, then the shorter Placement screen.
  const client = await openClient(browser, server.url, { t, viewport: { width: 1280, height: 1740 } });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await client.click('admin.tab.cluster');
  await client.waitForScreen('admin.cluster');
  let ui = await client.waitFor(() => window.moviedbUi.text['cluster.status'] === 'ready');
  if (control) {
    // listShards through the simulated mongos answers from the seeded config.shards.
    const rows = Object.entries(ui.text).filter(([k, v]) => k.startsWith('cluster.row.') && v.startsWith('shards: '));
    assert.equal(rows.length, 2, JSON.stringify(rows));
    // balancerStatus through the simulated mongos, from the seeded config.settings.
    const balancer = Object.values(ui.text).filter((v) => v.startsWith('balancer: '));
    assert.deepEqual(balancer, ['balancer: mode: full · in_round: false · rounds: 0']);
    // $collStats through the simulated mongos names the shards: both titles
    // hash into a chunk of shard-b; unsharded users live on the primary.
    assert.equal(ui.text['cluster.documents.movies'], 'shard-a 0 · shard-b 2');
    assert.equal(ui.text['cluster.documents.users'], 'shard-a 1');
  }
  await mkdir(screenshotsDir, { recursive: true });
  await copyFile(await client.screenshot('cluster'), path.join(screenshotsDir, 'cluster.png'));

  await client.page.setViewportSize({ width: 1280, height: 1180 });
  await client.nextFrame(3);
  await client.click('admin.tab.placement');
  await client.waitForScreen('admin.placement');
  ui = await client.waitFor(() => window.moviedbUi.text['placement.chunks.movies'] !== undefined);
  assert.equal(ui.text['placement.movies'], `sharded, ${movies.chunks} chunks`);
  assert.equal(ui.text['placement.chunks.movies'], chunkWords);
  const users = placement.collections.find((c) => c.collection === 'users');
  assert.equal(ui.text['placement.users'], `all on ${users.shard}`);
  if (control) assert.equal(ui.text['placement.balancer'], 'runs 23:00 to 6:00');
  await copyFile(await client.screenshot('placement'), path.join(screenshotsDir, 'placement.png'));

  // From the table: the row's title, placed as the API places it.
  await client.click('admin.tab.movies');
  await client.waitForScreen('admin.movies');
  ui = await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready'
    && window.moviedbUi.text['admin.id.0'] !== undefined);
  const id = ui.text['admin.id.0'];
  const where = (await api.get(`/admin/cluster/placement/movies/${id}`)).json;
  if (control) {
    // Worked out apart (Python's hashlib): tt0100001 hashes to -82719822668428400,
    // tt0700001 to -4179903354754799820: both in the second chunk, on shard-b;
    // their credits on either side of "tt05".
    assert.equal(where.shard, 'shard-b');
    assert.equal(where.credits.shard, id === 'tt0100001' ? 'shard-a' : 'shard-b');
  }
  await client.click('locate.0');
  ui = await client.waitFor(() => window.moviedbUi.text['locate.status'] === 'ready');
  assert.equal(ui.text['locate.id'], id);
  assert.ok(ui.text['locate.text'].startsWith(`on ${where.shard}, chunk `), ui.text['locate.text']);
  assert.ok(ui.text['locate.text'].endsWith(`its credits on ${where.credits.shard}`), ui.text['locate.text']);
  await client.screenshot('admin-movies-where');
});
