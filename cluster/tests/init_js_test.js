// Runs cluster/init/*.js (exactly the text mongo-init.sh feeds to mongosh)
// against small fakes of a replica-set member and of mongos, and asserts on the
// commands they send: order, replica-set members, shard keys, user roles, and
// that a second run changes nothing. The fakes are in init_fakes.js.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const initDir = path.join(__dirname, '..', 'init');
const lib = fs.readFileSync(path.join(initDir, 'lib.js'), 'utf8');
const scripts = {
  replset: lib + fs.readFileSync(path.join(initDir, 'init-replset.js'), 'utf8'),
  sharding: lib + fs.readFileSync(path.join(initDir, 'init-sharding.js'), 'utf8'),
};

const { FakeMember, FakeMongos } = require('./init_fakes.js');

const PASSWORDS = { ADMIN_PASSWORD: 'pw-admin-0123456789', API_PASSWORD: 'pw-api-0123456789', MONITOR_PASSWORD: 'pw-monitor-0123456789' };

// Runs one script against a new connection; returns {ok, output, calls}.
function run(kind, server, env) {
  const out = [];
  const start = server.calls.length;
  const fullEnv = {};
  for (const [k, v] of Object.entries(Object.assign({ ADMIN_USER: 'clusterAdmin' }, PASSWORDS, env))) fullEnv['MONGO_INIT_' + k] = v;
  const ctx = vm.createContext({
    db: server.connect(),
    print: (s) => out.push(String(s)),
    sleep: () => server.tick(),
    process: { env: fullEnv },
    quit: (code) => { throw Object.assign(new Error('quit'), { quitCode: code }); },
  });
  let ok = true;
  try {
    vm.runInContext(scripts[kind], ctx, { filename: kind + '.js' });
  } catch (e) {
    if (e.quitCode === undefined) throw e;
    ok = e.quitCode === 0;
  }
  return { ok, output: out.join('\n'), calls: server.calls.slice(start) };
}

const verbs = (calls) => calls.map((c) => c.verb);
const MUTATIONS = ['replSetInitiate', 'replSetReconfig', 'createUser', 'addShard', 'shardCollection'];
const SHARD_MEMBERS = 'shard0-1.db:27018,shard0-2.db:27018,shard0-3.db:27018';
const CFG_MEMBERS = 'cfg-1.db:27019,cfg-2.db:27019,cfg-3.db:27019';
const SHARDS = 'shard0/' + SHARD_MEMBERS + ';shard1/shard1-1.db:27018,shard1-2.db:27018,shard1-3.db:27018';
const SHARDING_ENV = { SHARDS, DB: 'moviedb', API_USER: 'moviedb-api', MONITOR_USER: 'moviedb-monitor' };

function assertNoSecrets(output) {
  for (const pw of Object.values(PASSWORDS)) assert.ok(!output.includes(pw), 'a password was printed');
}

test('shard replica set: initiate with all members, then the shard-local admin', () => {
  const m = new FakeMember();
  const r = run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS });
  assert.ok(r.ok, r.output);
  const initiate = r.calls.find((c) => c.verb === 'replSetInitiate').doc.replSetInitiate;
  assert.equal(initiate._id, 'shard0');
  assert.equal(initiate.configsvr, undefined);
  assert.deepEqual(initiate.members.map((x) => x.host), SHARD_MEMBERS.split(','));
  assert.deepEqual(initiate.members.map((x) => x.priority), [2, 1, 1]);
  const create = r.calls.filter((c) => c.verb === 'createUser');
  assert.equal(create.length, 1);
  assert.equal(create[0].doc.createUser, 'clusterAdmin');
  assert.deepEqual(create[0].doc.roles, [{ role: 'root', db: 'admin' }]);
  assert.ok(verbs(r.calls).indexOf('replSetInitiate') < verbs(r.calls).indexOf('createUser'));
  assertNoSecrets(r.output);
});

test('shard replica set: a second run changes nothing', () => {
  const m = new FakeMember();
  assert.ok(run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS }).ok);
  const again = run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS });
  assert.ok(again.ok, again.output);
  assert.deepEqual(verbs(again.calls).filter((v) => MUTATIONS.includes(v)), []);
  assert.match(again.output, /already initiated/);
});

test('config replica set: configsvr flag, no user created on it', () => {
  const m = new FakeMember();
  const env = { RS_NAME: 'cfgrs', RS_MEMBERS: CFG_MEMBERS, RS_CONFIGSVR: 'true' };
  const r = run('replset', m, env);
  assert.ok(r.ok, r.output);
  const initiate = r.calls.find((c) => c.verb === 'replSetInitiate').doc.replSetInitiate;
  assert.equal(initiate.configsvr, true);
  assert.equal(initiate._id, 'cfgrs');
  assert.deepEqual(verbs(r.calls).filter((v) => v === 'createUser'), []);
  const again = run('replset', m, env);
  assert.ok(again.ok, again.output);
  assert.deepEqual(verbs(again.calls).filter((v) => MUTATIONS.includes(v)), []);
});

test('replica set: a wrong admin password fails once users exist', () => {
  const m = new FakeMember();
  assert.ok(run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS }).ok);
  const r = run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS, ADMIN_PASSWORD: 'wrong' });
  assert.equal(r.ok, false);
  assert.match(r.output, /FAILED/);
});

test('replica set: a member added to the inventory is added with one reconfig', () => {
  const m = new FakeMember();
  assert.ok(run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS }).ok);
  const r = run('replset', m, { RS_NAME: 'shard0', RS_MEMBERS: SHARD_MEMBERS + ',shard0-4.db:27018' });
  assert.ok(r.ok, r.output);
  const reconfigs = r.calls.filter((c) => c.verb === 'replSetReconfig');
  assert.equal(reconfigs.length, 1);
  assert.equal(reconfigs[0].doc.replSetReconfig.version, 2);
  assert.deepEqual(reconfigs[0].doc.replSetReconfig.members.map((x) => x.host).slice(-1), ['shard0-4.db:27018']);
});

test('sharding: admin, addShard x2, enableSharding, shard keys, least-privilege users, in order', () => {
  const s = new FakeMongos();
  const r = run('sharding', s, SHARDING_ENV);
  assert.ok(r.ok, r.output);
  const v = verbs(r.calls);
  const adds = r.calls.filter((c) => c.verb === 'addShard').map((c) => c.doc);
  assert.deepEqual(adds.map((d) => d.name), ['shard0', 'shard1']);
  assert.equal(adds[0].addShard, 'shard0/' + SHARD_MEMBERS);
  assert.equal(r.calls.find((c) => c.verb === 'enableSharding').doc.enableSharding, 'moviedb');
  assert.ok(v.lastIndexOf('addShard') < v.indexOf('enableSharding'));
  assert.ok(v.indexOf('enableSharding') < v.indexOf('shardCollection'));
  assert.deepEqual(s.collections, {
    'moviedb.movies': { key: { _id: 'hashed' }, unique: false },
    'moviedb.user_interactions': { key: { user_id: 1, movie_id: 1 }, unique: true },
    'moviedb.credits': { key: { movie_id: 1 }, unique: false },
  });
  assert.equal(s.indexes['moviedb.user_interactions'][0].name, 'user_id_1_movie_id_1');
  assert.deepEqual(s.users['clusterAdmin'].roles, [{ role: 'root', db: 'admin' }]);
  assert.deepEqual(s.users['moviedb-api'].roles, [{ role: 'readWrite', db: 'moviedb' }]);
  assert.deepEqual(s.users['moviedb-monitor'].roles, [{ role: 'clusterMonitor', db: 'admin' }]);
  assert.deepEqual(Object.keys(s.users).sort(), ['clusterAdmin', 'moviedb-api', 'moviedb-monitor']);
  // the admin is created first (it closes the localhost exception), app users last
  assert.equal(r.calls.find((c) => c.verb === 'createUser').doc.createUser, 'clusterAdmin');
  assert.ok(v.lastIndexOf('shardCollection') < v.lastIndexOf('createUser'));
  assertNoSecrets(r.output);
});

test('sharding: a second run adds nothing and resets app users to least privilege', () => {
  const s = new FakeMongos();
  assert.ok(run('sharding', s, SHARDING_ENV).ok);
  s.users['moviedb-api'].roles.push({ role: 'root', db: 'admin' }); // drift
  const again = run('sharding', s, SHARDING_ENV);
  assert.ok(again.ok, again.output);
  assert.deepEqual(verbs(again.calls).filter((v) => MUTATIONS.includes(v)), []);
  assert.deepEqual(s.users['moviedb-api'].roles, [{ role: 'readWrite', db: 'moviedb' }]);
});

test('sharding: a collection sharded on another key is reported, not changed', () => {
  const s = new FakeMongos();
  s.collections['moviedb.credits'] = { key: { person_id: 1 }, unique: false };
  s.shardedDbs.add('moviedb');
  const r = run('sharding', s, SHARDING_ENV);
  assert.equal(r.ok, false);
  assert.match(r.output, /moviedb\.credits is sharded on/);
});

test('sharding: the optional test user exists only when asked for', () => {
  const s = new FakeMongos();
  const r = run('sharding', s, Object.assign({ TEST_USER: 'moviedb-test', TEST_PASSWORD: 'pw-test-0123456789' }, SHARDING_ENV));
  assert.ok(r.ok, r.output);
  assert.ok(s.users['moviedb-test']);
});

test('sharding: refuses to run against something that is not mongos', () => {
  const m = new FakeMember();
  const r = run('sharding', m, SHARDING_ENV);
  assert.equal(r.ok, false);
  assert.match(r.output, /not connected to a mongos/);
});
