// Admin mode in the real client against the real API (embedded store seeded
// with the real dataset, a superadmin created at start): roles decide who
// sees the workspace; a superadmin creates a title (the server's per-field
// message first), finds it in the user search, edits it, meets a stale-edit
// conflict and reloads, then deletes it after confirming; the audit log has
// every one of those writes.
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
  Api, launchBrowser, openClient, screenshotsDir, startServer, superadminOptions, uniqueName,
} from '../lib/index.mjs';

const ROOT = 'root';
const PASSWORD = 'correct horse battery';

let server;
let browser;

before(async () => {
  server = await startServer({ seed: true, ...superadminOptions(ROOT, PASSWORD) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(client, username, password = PASSWORD) {
  await client.waitForScreen('login');
  await client.fill('login.username', username);
  await client.fill('login.password', password);
  await client.click('login.submit');
  await client.waitFor(() => window.moviedbUi.text.session === 'signed_in');
}

function letters(n) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return s;
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
  await signIn(client, username);
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
  await signIn(client, username);
  await client.waitForScreen('admin.movies');
  const ui = await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');
  assert.equal(ui.text['admin.role'], 'admin');
  assert.ok(Number(ui.text['admin.movies.total']) > 3000, 'the whole catalogue is listed');
  assert.ok(!Object.keys(ui.items).some((k) => k.includes('bulk')), 'no bulk delete for an admin');

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

  await signIn(client, ROOT);
  await client.waitForScreen('admin.movies');
  let ui = await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');
  assert.equal(ui.text['admin.role'], 'superadmin');
  assert.ok(ui.text['admin.row.0'], 'the table has rows');

  // Sort by title from the column header: the server's order comes back.
  await client.click('admin.sort.1');
  await client.waitFor(() => window.moviedbUi.text['admin.movies.status'] === 'ready');
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

  await signIn(client, ROOT);
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
