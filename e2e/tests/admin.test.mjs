// Admin mode in the real client against the real API (embedded store seeded
// with the real dataset, a superadmin created at start): roles decide who
// sees the workspace (and bulk delete); a superadmin creates a title (the
// server's per-field message first), finds it in the user search, edits it,
// meets a stale-edit conflict and reloads, then deletes it after confirming;
// the audit log has every one of those writes. Then: export of the filtered
// list as downloaded files, bulk delete by filter after its count, imports
// (one broken record; the netflix pair) with the report saved, credits in
// the form, and the people, interactions and audit-by-time screens.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';

import { Api, openClient, screenshotsDir, shareServerAndBrowser, superadminOptions, uniqueName, vegaMovies } from '../lib/index.mjs';

const ROOT = 'root';
const PASSWORD = 'correct horse battery';

let server;
let browser;
shareServerAndBrowser({ seed: true, ...superadminOptions(ROOT, PASSWORD) }, (started) => ({ server, browser } = started));

function letters(n) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return s;
}

/** Creates `n` titles whose names share the unique word `tag`; returns their ids. */
async function createTagged(api, tag, n) {
  const ids = [];
  for (let i = 0; i < n; i += 1) {
    const { json } = await api.request('POST', '/movies',
      { title: `Tagged ${tag} ${i + 1}`, type: 'MOVIE', release_year: 2000 + i });
    ids.push(json.id);
  }
  return ids;
}

/** Signs in as the superadmin and filters the movies table to the titles named `word`. */
async function filterTable(client, word, total) {
  await client.fill('admin.search', word);
  await client.press('Enter');
  return client.waitFor(({ w, n }) => window.moviedbUi.text['admin.movies.status'] === 'ready'
    && window.moviedbUi.text['admin.movies.total'] === n, { w: word, n: String(total) });
}

/** Clicks `key` and returns the text of the file the page downloads. */
async function download(client, key) {
  const [file] = await Promise.all([client.page.waitForEvent('download'), client.click(key)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a user never sees the admin workspace and the API refuses them', async (t) => {
  const api = new Api(server.url);
  const username = uniqueName('plain');
  await api.register(username, PASSWORD);
  await api.get('/admin/stats', { expect: 403 });
  // Some activity for the dashboard's charts.
  const [first, second] = (await api.get('/movies?page_size=2')).json.items;
  await api.request('PUT', `/movies/${encodeURIComponent(first.id)}/reaction`, { reaction: 'like' });
  await api.request('PUT', `/movies/${encodeURIComponent(second.id)}/reaction`, { reaction: 'dislike' });
  await api.request('POST', `/movies/${encodeURIComponent(first.id)}/views`);

  const client = await openClient(browser, server.url, { t });
  await client.signIn(username, PASSWORD);
  await client.waitForScreen('browse');
  await client.nextFrame(3);
  const ui = await client.ui();
  assert.ok(!('nav.admin' in ui.items), 'no admin entry for a user');
  assert.ok(!Object.keys(ui.items).some((k) => k.startsWith('admin.')), 'no admin widgets');
});

test('an admin (not super) gets the workspace but bulk delete is refused', async (t) => {
  const root = new Api(server.url);
  await root.login(ROOT, PASSWORD);
  const username = uniqueName('adm');
  await root.request('POST', '/admin/users', { username, password: PASSWORD, role: 'admin' });
  const admin = new Api(server.url);
  await admin.login(username, PASSWORD);
  await admin.request('POST', '/admin/movies/bulk-delete', { ids: ['nope'], dry_run: true }, { expect: 403 });

  const client = await openClient(browser, server.url, { t });
  await client.signIn(username, PASSWORD);
  await client.waitForScreen('admin.movies');
  const ui = await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');
  assert.equal(ui.text['admin.role'], 'admin');
  const { total } = (await root.get('/movies?page_size=1')).json;
  assert.ok(total >= 1000, `the store holds the seed (${total} titles)`);
  assert.equal(ui.text['admin.movies.total'], String(total), 'the whole catalogue is listed');
  assert.ok(!Object.keys(ui.items).some((k) => k.includes('bulk')), 'no bulk delete for an admin');
  assert.ok(ui.items['admin.export.csv'] && ui.items['admin.export.json'], 'an admin may export');

  // Users: an admin cannot grant admin; the server's refusal is shown as sent.
  const target = uniqueName('bob');
  await root.request('POST', '/admin/users', { username: target, password: PASSWORD, role: 'user' });
  await client.click('admin.tab.users');
  await client.waitForScreen('admin.users');
  await client.fill('users.search', target);
  await client.press('Enter');
  const users = await client.waitFor((n) => window.moviedbUi.text['users.status'] === 'ready'
    && window.moviedbUi.text['users.row.0'] === `${n} user`, target);
  assert.equal(users.text['users.total'], '1');
  await client.click('users.role.0.admin');
  const refused = await client.waitFor(() => Boolean(window.moviedbUi.text['users.message']));
  assert.match(refused.text['users.message'], /superadmin/);
  await client.screenshot('admin-users-refused');
  await client.click('users.disable.0');
  await client.waitFor((n) => window.moviedbUi.text['users.row.0'] === `${n} user disabled`, target);
});

test('superadmin: create (with a field error first), find, edit, stale conflict, delete, audit', async (t) => {
  const client = await openClient(browser, server.url, { t });
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const title = `Quorvex ${letters(8)}`;

  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  let ui = await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');
  assert.equal(ui.text['admin.role'], 'superadmin');
  assert.ok(ui.text['admin.row.0'], 'the table has rows');

  // Sort by title from the column header: the server's order comes back.
  await client.click('admin.sort.1');
  await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');

  // "Where?" on a row: the screen says what the placement lookup says.
  ui = await client.waitFor(() => window.moviedbUi.text['admin.id.0'] !== undefined);
  const firstId = ui.text['admin.id.0'];
  const where = (await api.get(`/admin/cluster/placement/movies/${encodeURIComponent(firstId)}`)).json;
  await client.click('locate.0');
  ui = await client.waitFor(() => window.moviedbUi.text['locate.status'] === 'ready');
  assert.equal(ui.text['locate.id'], firstId);
  assert.ok(ui.text['locate.text'].includes(where.note ?? where.shard), ui.text['locate.text']);
  await client.click('locate.close');
  await client.waitFor(() => window.moviedbUi.text['locate.id'] === undefined);
  await client.screenshot('admin-movies');
  await mkdir(screenshotsDir, { recursive: true });
  await copyFile(await client.screenshot('admin-movies-readme'), path.join(screenshotsDir, 'admin.png'));

  // Create: a bad year first, the server's message shows beside the field.
  await client.click('admin.new');
  await client.waitFor(() => window.moviedbUi.text['form.mode'] === 'create');
  await client.fill('form.title', title);
  await client.fill('form.year', 'nineteen');
  await client.fill('form.genres', 'drama, mystery');
  await client.click('form.save');
  ui = await client.waitFor(() => Boolean(window.moviedbUi.text['form.error.release_year']));
  await client.screenshot('admin-form-field-error');
  await client.fill('form.year', '2001');
  await client.click('form.save');
  await client.waitFor(() => window.moviedbUi.text['form.open'] === 'false');

  // The user search finds it.
  await client.click('nav.browse');
  await client.waitForScreen('browse');
  await client.fill('browse.search', title);
  ui = await client.waitFor((w) => {
    const tx = window.moviedbUi.text;
    return tx['browse.query'] === w && tx['browse.status'] === 'ready' && Boolean(tx['browse.row.0']);
  }, title);
  assert.equal(ui.text['browse.row.0'], title);

  // Back in the workspace: filter to it and edit.
  await client.click('nav.admin');
  await client.waitForScreen('admin.movies');
  await client.fill('admin.search', title);
  await client.press('Enter');
  ui = await client.waitFor((w) => window.moviedbUi.text['admin.movies.status'] === 'ready'
    && window.moviedbUi.text['admin.row.0'] === w && window.moviedbUi.text['admin.movies.total'] === '1', title);
  const id = ui.text['admin.id.0'];
  await client.click('admin.edit.0');
  await client.waitFor(() => window.moviedbUi.text['form.mode'] === 'edit' && window.moviedbUi.text['form.version'] !== '0');
  await client.fill('form.runtime', '101');
  await client.click('form.save');
  await client.waitFor(() => window.moviedbUi.text['form.open'] === 'false');
  assert.equal((await api.movie(id)).runtime, 101);

  // A stale edit: someone saves while the form is open.
  await client.click('admin.edit.0');
  ui = await client.waitFor(() => window.moviedbUi.text['form.mode'] === 'edit' && window.moviedbUi.text['form.version'] !== '0');
  const version = Number(ui.text['form.version']);
  await api.request('PATCH', `/movies/${encodeURIComponent(id)}`, { version, runtime: 102 });
  await client.fill('form.runtime', '103');
  await client.click('form.save');
  ui = await client.waitFor(() => window.moviedbUi.text['form.conflict'] === 'true');
  assert.match(ui.text['form.message'], /Reload/);
  await client.screenshot('admin-form-conflict');
  await client.click('form.reload');
  ui = await client.waitFor((v) => window.moviedbUi.text['form.conflict'] === 'false'
    && Number(window.moviedbUi.text['form.version']) > v, version);
  await client.click('form.cancel');
  await client.waitFor(() => window.moviedbUi.text['form.open'] === 'false');
  assert.equal((await api.movie(id)).runtime, 102, 'the stale edit did not overwrite');

  // Delete, after confirming.
  await client.click('admin.delete.0');
  await client.waitFor((i) => window.moviedbUi.text['delete.pending'] === i, id);
  await client.screenshot('admin-delete-confirm');
  await client.click('delete.confirm');
  await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready'
    && window.moviedbUi.text['admin.movies.total'] === '0');
  await api.get(`/movies/${encodeURIComponent(id)}`, { expect: 404 });

  // The audit log screen lists the writes just made.
  await client.click('admin.tab.audit');
  await client.waitForScreen('admin.audit');
  await client.fill('audit.collection', 'movies');
  await client.press('Enter');
  ui = await client.waitFor(() => window.moviedbUi.text['audit.status'] === 'ready');
  const rows = Object.entries(ui.text).filter(([k]) => k.startsWith('audit.row.')).map(([, v]) => v);
  for (const action of ['create', 'update', 'delete']) {
    assert.ok(rows.includes(`${ROOT} ${action} movies ${id}`), `audit lists ${action}: ${rows.join(' | ')}`);
  }
  await client.screenshot('admin-audit');

  // The dashboard and cluster screens render the server's numbers.
  const stats = (await api.get('/admin/stats')).json;
  await client.click('admin.tab.dashboard');
  await client.waitForScreen('admin.dashboard');
  // On the MongoDB stand-in this scans the titles once per figure (the
  // default wait there is 60 s: see lib/client.mjs).
  ui = await client.waitFor(() => window.moviedbUi.text['dashboard.status'] === 'ready');
  assert.equal(ui.text['dashboard.movies'], String(stats.counts.movies));
  assert.equal(ui.text['dashboard.users'], String(stats.counts.users));
  assert.ok(ui.items['dashboard.genres'] && ui.items['dashboard.activity'], 'both charts drawn');
  await client.screenshot('admin-dashboard');

  const cluster = (await api.get('/admin/cluster')).json;
  await client.click('admin.tab.cluster');
  await client.waitForScreen('admin.cluster');
  ui = await client.waitFor(() => window.moviedbUi.text['cluster.status'] === 'ready');
  assert.equal(ui.text['cluster.adapter'], cluster.adapter);
  if (cluster.collections && !Array.isArray(cluster.collections)) {
    assert.equal(ui.text['cluster.count.movies'], String(cluster.collections.movies));
  }
  await client.screenshot('admin-cluster');

  // Where the data lives (the Placement screen): the server's placement as
  // the screen says it, and one title found by the id typed in.
  const placement = (await api.get('/admin/cluster/placement')).json;
  await client.click('admin.tab.placement');
  await client.waitForScreen('admin.placement');
  ui = await client.waitFor(() => window.moviedbUi.text['placement.status'] === 'ready');
  assert.equal(ui.text['placement.note'], placement.note);
  for (const c of placement.collections ?? []) {
    assert.ok(ui.text[`placement.${c.collection}`], `${c.collection} is listed`);
  }
  const movieId = (await api.get('/movies?page_size=1')).json.items[0].id;
  const placed = (await api.get(`/admin/cluster/placement/movies/${encodeURIComponent(movieId)}`)).json;
  await client.fill('placement.id', movieId);
  await client.click('placement.find');
  ui = await client.waitFor(() => window.moviedbUi.text['locate.status'] === 'ready');
  assert.equal(ui.text['locate.id'], movieId);
  assert.ok(ui.text['locate.text'].includes(placed.note ?? placed.shard), ui.text['locate.text']);
  assert.equal(await client.page.evaluate(() => location.hash), '#/admin/placement');
  await client.screenshot('admin-placement');
});

test('import: the dry run reports exactly the broken record, the import keeps the others', async (t) => {
  const client = await openClient(browser, server.url, { t });
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const tag = letters(6);
  const ids = [`imp-${tag}-a`, `imp-${tag}-x`, `imp-${tag}-b`];
  const records = [
    { id: ids[0], title: `Imported ${tag} one`, type: 'MOVIE', release_year: 2003, genres: ['drama'] },
    { id: ids[1], release_year: 'soon' },  // no title, a year that is not one
    { id: ids[2], title: `Imported ${tag} two`, type: 'SHOW', release_year: 2011, seasons: 2 },
  ];

  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await client.click('admin.tab.import');
  await client.waitForScreen('admin.import');
  const [chooser] = await Promise.all([
    client.page.waitForEvent('filechooser'),
    client.click('import.pick'),
  ]);
  await chooser.setFiles({ name: 'few.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(records)) });
  await client.waitFor(() => window.moviedbUi.text['import.file'] === 'few.json');
  assert.equal(await client.text('import.format'), 'json');

  await client.click('import.dry_run');
  let ui = await client.waitFor(() => window.moviedbUi.text['import.phase'] === 'checked');
  assert.equal(ui.text['import.kind'], 'dry_run');
  assert.equal(ui.text['import.inserted'], '2');
  assert.equal(ui.text['import.rejected'], '1');
  assert.equal(ui.text['import.errors'], '1');
  assert.match(ui.text['import.error.0'], new RegExp(`^#1 ${ids[1]}: `));
  await client.screenshot('admin-import-dry-run');
  await api.get(`/movies/${ids[0]}`, { expect: 404 });  // a dry run writes nothing

  await client.click('import.run');
  ui = await client.waitFor(() => window.moviedbUi.text['import.phase'] === 'imported');
  assert.equal(ui.text['import.kind'], 'import');
  assert.equal(ui.text['import.inserted'], '2');
  assert.equal(ui.text['import.rejected'], '1');
  assert.match(ui.text['import.error.0'], /^#1 /, 'the result keeps the error list');
  await client.screenshot('admin-import-done');
  assert.equal((await api.movie(ids[0])).title, records[0].title);
  assert.equal((await api.movie(ids[2])).title, records[2].title);
  await api.get(`/movies/${ids[1]}`, { expect: 404 });

  const audit = (await api.get('/admin/audit?page_size=100')).json;
  assert.ok(audit.items.some((e) => e.action === 'import'), 'the audit log has the import');
});

test('export: the filtered list downloads as CSV and JSON with exactly its rows', async (t) => {
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const tag = letters(8);
  const ids = await createTagged(api, tag, 3);

  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await filterTable(client, tag, 3);

  const csv = await download(client, 'admin.export.csv');
  assert.equal(csv.name, 'movies.csv');
  const lines = csv.text.split('\r\n').filter(Boolean);
  assert.equal(lines.length, 4, `a header and three rows: ${csv.text}`);
  const header = lines[0].split(',');
  const idColumn = header.indexOf('id');
  const titleColumn = header.indexOf('title');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[idColumn]).sort(), [...ids].sort());
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[titleColumn]).sort(),
    [1, 2, 3].map((i) => `Tagged ${tag} ${i}`));
  await client.waitFor(() => window.moviedbUi.text['export.rows'] === '3');
  assert.equal(await client.text('export.file'), 'movies.csv');

  const json = await download(client, 'admin.export.json');
  assert.equal(json.name, 'movies.json');
  const items = JSON.parse(json.text);
  assert.deepEqual(items.map((m) => m.id).sort(), [...ids].sort());
  await client.screenshot('admin-export');
});

test('bulk delete by filter: the exact count first, then only the typed count deletes', async (t) => {
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const tag = letters(8);
  const ids = await createTagged(api, tag, 4);

  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  assert.ok((await client.ui()).items['admin.bulk.filter'], 'a superadmin sees bulk delete');
  await filterTable(client, tag, 4);

  await client.click('admin.bulk.filter');
  let ui = await client.waitFor(() => window.moviedbUi.text['bulk.phase'] === 'confirming');
  assert.equal(ui.text['bulk.count'], '4');
  assert.match(ui.text['bulk.message'], /deletes 4 titles/);
  await client.fill('bulk.typed', 'delete 3');
  await client.click('bulk.confirm');  // disabled: the wrong count
  await client.nextFrame(3);
  assert.equal(await client.text('bulk.phase'), 'confirming');
  for (const id of ids) await api.get(`/movies/${encodeURIComponent(id)}`, { expect: 200 });
  await client.screenshot('admin-bulk-delete-confirm');

  await client.fill('bulk.typed', 'delete 4');
  await client.click('bulk.confirm');
  // The toast first: it fades after a few seconds, and on a slow store the
  // table's reload after the delete can take longer than that.
  await client.waitFor(() => window.moviedbUi.toasts.includes('Deleted 4 titles.'));
  await client.waitFor(() => window.moviedbUi.text['bulk.phase'] === 'closed'
    && window.moviedbUi.text['admin.movies.status'] === 'ready'
    && window.moviedbUi.text['admin.movies.total'] === '0');
  for (const id of ids) await api.get(`/movies/${encodeURIComponent(id)}`, { expect: 404 });

  // The audit log, narrowed to today, has the bulk delete; a range in the past has nothing.
  const today = new Date().toISOString().slice(0, 10);
  await client.click('admin.tab.audit');
  await client.waitForScreen('admin.audit');
  await client.fill('audit.action', 'bulk_delete');
  await client.fill('audit.since', today);
  await client.press('Enter');
  ui = await client.waitFor(() => window.moviedbUi.text['audit.status'] === 'ready'
    && Number(window.moviedbUi.text['audit.total']) >= 1);
  assert.ok(ui.text['audit.row.0'].startsWith(`${ROOT} bulk_delete movies`), ui.text['audit.row.0']);
  await client.screenshot('admin-audit-since');
  await client.fill('audit.since', '2000-01-01');
  await client.fill('audit.until', '2000-12-31');
  await client.press('Enter');
  await client.waitFor(() => window.moviedbUi.text['audit.status'] === 'ready'
    && window.moviedbUi.text['audit.total'] === '0');
});

test('credits: added in the form, saved with the title, removed again', async (t) => {
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const tag = letters(8);
  const [id] = await createTagged(api, tag, 1);

  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await filterTable(client, tag, 1);
  await client.click('admin.edit.0');
  await client.waitFor(() => window.moviedbUi.text['form.mode'] === 'edit'
    && window.moviedbUi.text['form.version'] !== '0');
  assert.equal(await client.text('form.credits'), '0');
  await client.click('form.credit.add');
  await client.fill('form.credit.0.name', `Quill ${tag}`);
  await client.click('form.credit.0.director');
  await client.click('form.credit.add');
  await client.fill('form.credit.1.name', `Ada ${tag}`);
  await client.fill('form.credit.1.character', 'The Lead');
  await client.waitFor(() => window.moviedbUi.text['form.credits'] === '2');
  await client.screenshot('admin-form-credits');
  await client.click('form.save');
  await client.waitFor(() => window.moviedbUi.text['form.open'] === 'false');
  let credits = (await api.movie(id)).credits.map((c) => `${c.name}/${c.role}/${c.character ?? ''}`).sort();
  assert.deepEqual(credits, [`Ada ${tag}/ACTOR/The Lead`, `Quill ${tag}/DIRECTOR/`]);

  await client.click('admin.edit.0');
  await client.waitFor(() => window.moviedbUi.text['form.credits'] === '2');
  const director = (await client.ui()).text['form.credit.0'].startsWith('Quill') ? 0 : 1;
  await client.click(`form.credit.${director}.remove`);
  await client.waitFor(() => window.moviedbUi.text['form.credits'] === '1');
  await client.click('form.save');
  await client.waitFor(() => window.moviedbUi.text['form.open'] === 'false');
  credits = (await api.movie(id)).credits.map((c) => c.name);
  assert.deepEqual(credits, [`Ada ${tag}`]);
});

test('import progress: a bar with the upload size and the time waited while the request runs', async (t) => {
  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await client.click('admin.tab.import');
  await client.waitForScreen('admin.import');
  const bytes = await readFile(vegaMovies);
  const [chooser] = await Promise.all([client.page.waitForEvent('filechooser'), client.click('import.pick')]);
  await chooser.setFiles({ name: 'movies.json', mimeType: 'application/json', buffer: bytes });
  await client.waitFor(() => window.moviedbUi.text['import.file'] === 'movies.json');
  await client.click('import.format.vega');
  // A slow uplink (about 2 s for the file) makes the running request observable.
  const cdp = await client.page.context().newCDPSession(client.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: bytes.length / 2 });
  await client.click('import.dry_run');
  const ui = await client.waitFor(() => /^Dry run: uploading \d/.test(window.moviedbUi.text['import.progress'] ?? ''));
  assert.match(ui.text['import.progress'], / [KM]B, then the server checks every record · \d+ s elapsed$/);
  await client.screenshot('admin-import-progress');
  // The MongoDB stand-in checks the records far slower than either real store.
  const checking = process.env.MOVIEDB_E2E_MONGODB_URI ? 240000 : 30000;
  await client.waitFor(() => window.moviedbUi.text['import.phase'] === 'checked', undefined, checking);
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  assert.equal(await client.text('import.progress'), undefined, 'the bar goes when the answer comes');
});

test('import netflix: titles.csv and credits.csv in one multipart upload, the report saved', async (t) => {
  const api = new Api(server.url);
  await api.login(ROOT, PASSWORD);
  const tag = letters(6);
  const titles = [
    'id,title,type,release_year,runtime,genres',
    `nf-${tag}-1,Netflixed ${tag} one,MOVIE,2019,95,"['drama']"`,
    `nf-${tag}-2,,MOVIE,later,90,"['comedy']"`,
    `nf-${tag}-3,Netflixed ${tag} three,SHOW,2021,30,"['crime']"`,
  ].join('\n');
  const credits = [
    'person_id,id,name,character,role',
    `p-${tag}-1,nf-${tag}-1,Rhea ${tag},Captain,ACTOR`,
    `p-${tag}-2,nf-${tag}-3,Ode ${tag},,DIRECTOR`,
  ].join('\n');

  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await client.click('admin.tab.import');
  await client.waitForScreen('admin.import');
  await client.click('import.format.netflix');
  const pick = async (key, name, text) => {
    const [chooser] = await Promise.all([client.page.waitForEvent('filechooser'), client.click(key)]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  };
  await pick('import.pick', 'titles.csv', titles);
  await client.waitFor(() => window.moviedbUi.text['import.file'] === 'titles.csv');
  await pick('import.pick_credits', 'credits.csv', credits);
  await client.waitFor(() => window.moviedbUi.text['import.credits_file'] === 'credits.csv');
  assert.equal(await client.text('import.format'), 'netflix');

  await client.click('import.dry_run');
  let ui = await client.waitFor(() => window.moviedbUi.text['import.phase'] === 'checked');
  assert.equal(ui.text['import.inserted'], '2');
  assert.equal(ui.text['import.rejected'], '1');
  assert.match(ui.text['import.error.0'], new RegExp(`^#1 nf-${tag}-2: `));
  await client.click('import.run');
  ui = await client.waitFor(() => window.moviedbUi.text['import.phase'] === 'imported');
  assert.equal(ui.text['import.inserted'], '2');
  const report = await download(client, 'import.save_report');
  assert.equal(report.name, 'import-errors.json');
  const saved = JSON.parse(report.text);
  assert.equal(saved.dry_run, false);
  assert.equal(saved.rejected, 1);
  assert.equal(saved.errors.length, 1);
  assert.equal(saved.errors[0].id, `nf-${tag}-2`);
  await client.screenshot('admin-import-netflix');

  const one = await api.movie(`nf-${tag}-1`);
  assert.deepEqual(one.credits.map((c) => `${c.name}/${c.role}`), [`Rhea ${tag}/ACTOR`]);
  await api.get(`/movies/nf-${tag}-2`, { expect: 404 });
});

test('people and interactions: a filmography opens a title; interactions filter by user and kind', async (t) => {
  const user = new Api(server.url);
  const username = uniqueName('fan');
  await user.register(username, PASSWORD);
  const [liked] = (await user.get('/movies?page_size=1')).json.items;
  await user.request('PUT', `/movies/${encodeURIComponent(liked.id)}/reaction`, { reaction: 'like' });

  const client = await openClient(browser, server.url, { t });
  await client.signIn(ROOT, PASSWORD);
  await client.waitForScreen('admin.movies');
  await client.click('admin.tab.people');
  await client.waitForScreen('admin.people');
  await client.fill('people.search', 'Spielberg');
  await client.press('Enter');
  let ui = await client.waitFor(() => window.moviedbUi.text['people.status'] === 'ready'
    && /Spielberg/.test(window.moviedbUi.text['people.row.0'] ?? ''));
  await client.click('people.open.0');
  ui = await client.waitFor(() => window.moviedbUi.text['filmography.status'] === 'ready');
  assert.match(ui.text['filmography.name'], /Spielberg/);
  assert.ok(ui.text['filmography.row.0'], 'the filmography lists titles');
  await client.screenshot('admin-people');
  await client.click('people.title.0');
  await client.waitForScreen('admin.movies');
  await client.waitFor(() => window.moviedbUi.text['form.mode'] === 'edit'
    && window.moviedbUi.text['form.version'] !== '0');
  await client.click('form.cancel');

  await client.click('admin.tab.interactions');
  await client.waitForScreen('admin.interactions');
  await client.fill('activity.user', username);
  await client.press('Enter');
  ui = await client.waitFor(() => window.moviedbUi.text['activity.status'] === 'ready'
    && window.moviedbUi.text['activity.total'] === '1');
  assert.equal(ui.text['activity.row.0'], `${username} ${liked.title} liked`);
  await client.screenshot('admin-interactions');
  await client.click('activity.kind.dislike');
  await client.waitFor(() => window.moviedbUi.text['activity.status'] === 'ready'
    && window.moviedbUi.text['activity.total'] === '0');
});
