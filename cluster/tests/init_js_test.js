// The init scripts (exactly the text mongo-init.sh feeds to mongosh) against
// the strict fakes: what a first deployment sends, in which order, with which
// members, keys, users and roles; that a second run changes nothing; that a
// replaced first member rejoins instead of initiating a second set.
// Interrupted runs are in init_interrupt_test.js; the fakes' own rules in fakes_test.js.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { FakeMember, FakeMongos } = require('./init_fakes.js');
const h = require('./init_harness.js');

function assertNoSecrets(output) {
  for (const pw of Object.values(h.PASSWORDS)) assert.ok(!output.includes(pw), 'a password was printed');
}
function deploy(c) {
  for (const step of ['cfg', 'shard0', 'shard1', 'mongos']) {
    const r = c.step(step);
    assert.ok(r.ok, step + ':\n' + r.output);
  }
}

test('first deployment, in MongoDB order, passes the localhost-exception rules', () => {
  const c = h.cluster();
  const cfg = c.step('cfg');
  assert.ok(cfg.ok, cfg.output);
  // before any user: only hello, replSetInitiate, replSetGetStatus, createUser (and auth attempts)
  assert.deepEqual([...new Set(h.verbs(cfg.calls))].sort(), ['hello', 'replSetGetStatus', 'replSetInitiate']);
  const initiate = cfg.calls.find((x) => x.verb === 'replSetInitiate').doc.replSetInitiate;
  assert.equal(initiate.configsvr, true);
  assert.equal(initiate._id, 'cfgrs');
  assert.deepEqual(initiate.members.map((x) => x.host), h.CFG_MEMBERS.split(','));
  assert.deepEqual(Object.keys(c.servers.cfg.users), []); // cluster users come through mongos

  const s0 = c.step('shard0');
  assert.ok(s0.ok, s0.output);
  const v = h.verbs(s0.calls);
  const init0 = s0.calls.find((x) => x.verb === 'replSetInitiate').doc.replSetInitiate;
  assert.equal(init0.configsvr, undefined);
  assert.deepEqual(init0.members.map((x) => x.host), h.SHARD0_MEMBERS.split(','));
  assert.deepEqual(init0.members.map((x) => x.priority), [2, 1, 1]);
  assert.ok(v.indexOf('replSetInitiate') < v.indexOf('createUser'));
  assert.ok(!v.includes('usersInfo') || v.indexOf('usersInfo') > v.indexOf('createUser'));
  assert.deepEqual(c.servers.shard0.users.clusterAdmin.roles, [{ role: 'root', db: 'admin' }]);
  assert.ok(c.step('shard1').ok);

  const s = c.step('mongos');
  assert.ok(s.ok, s.output);
  const sv = h.verbs(s.calls);
  assert.equal(s.calls.find((x) => x.verb === 'createUser').doc.createUser, 'clusterAdmin');
  assert.ok(sv.indexOf('createUser') < sv.indexOf('listShards'), 'listShards is outside the exception');
  const adds = s.calls.filter((x) => x.verb === 'addShard').map((x) => x.doc);
  assert.deepEqual(adds.map((d) => d.name), ['shard0', 'shard1']);
  assert.equal(adds[0].addShard, 'shard0/' + h.SHARD0_MEMBERS);
  assert.ok(sv.lastIndexOf('addShard') < sv.indexOf('enableSharding'));
  assert.ok(sv.indexOf('enableSharding') < sv.indexOf('shardCollection'));
  const m = c.servers.mongos;
  assert.deepEqual(m.collections, {
    'moviedb.movies': { key: { _id: 'hashed' }, unique: false },
    'moviedb.user_interactions': { key: { user_id: 1, movie_id: 1 }, unique: true },
    'moviedb.credits': { key: { movie_id: 1 }, unique: false },
  });
  assert.equal(m.indexes['moviedb.user_interactions'][0].name, 'user_movie_unique');
  // cluster users are in the config servers' store; app users last, least privilege
  const users = c.servers.cfg.users;
  assert.deepEqual(Object.keys(users).sort(), ['clusterAdmin', 'moviedb-api', 'moviedb-monitor']);
  assert.deepEqual(users['moviedb-api'].roles, [{ role: 'readWrite', db: 'moviedb' }]);
  assert.deepEqual(users['moviedb-monitor'].roles, [{ role: 'clusterMonitor', db: 'admin' }]);
  assert.ok(sv.lastIndexOf('shardCollection') < sv.lastIndexOf('createUser'));
  for (const r of [cfg, s0, s]) assertNoSecrets(r.output);
});

test('a second run of every step changes nothing and resets app users to least privilege', () => {
  const c = h.cluster();
  deploy(c);
  const before = h.state(c);
  c.servers.cfg.users['moviedb-api'].roles.push({ role: 'root', db: 'admin' }); // drift
  for (const step of ['cfg', 'shard0', 'shard1', 'mongos']) {
    const r = c.step(step);
    assert.ok(r.ok, step + ':\n' + r.output);
    assert.deepEqual(h.verbs(r.calls).filter((x) => h.ONCE.includes(x)), [], step);
  }
  assert.deepEqual(h.state(c), before);
  assert.match(c.step('cfg').output, /authenticated as clusterAdmin/); // the config servers see the cluster admin
});

test('replica set: a wrong admin password fails once users exist', () => {
  const c = h.cluster();
  deploy(c);
  for (const step of ['shard0', 'cfg', 'mongos']) {
    const r = c.step(step, { ADMIN_PASSWORD: 'wrong-password-0123' });
    assert.equal(r.ok, false, step);
    assert.match(r.output, /FAILED: .*(wrong|password)/, step);
  }
});

test('replica set: a member added to the inventory is added with one reconfig', () => {
  const c = h.cluster();
  deploy(c);
  const r = c.step('shard0', { RS_MEMBERS: h.SHARD0_MEMBERS + ',shard0-4.db:27018' });
  assert.ok(r.ok, r.output);
  const reconfigs = r.calls.filter((x) => x.verb === 'replSetReconfig');
  assert.equal(reconfigs.length, 1);
  assert.equal(reconfigs[0].doc.replSetReconfig.version, 2);
  assert.deepEqual(reconfigs[0].doc.replSetReconfig.members.map((x) => x.host).slice(-1), ['shard0-4.db:27018']);
});

test('config replica set: a new member before the cluster admin exists is refused with the way out', () => {
  const c = h.cluster();
  assert.ok(c.step('cfg').ok);
  const r = c.step('cfg', { RS_MEMBERS: h.CFG_MEMBERS + ',cfg-4.db:27019' });
  assert.equal(r.ok, false);
  assert.match(r.output, /run the sharding step/);
  assert.deepEqual(h.verbs(r.calls).filter((x) => x === 'replSetGetConfig'), []);
});

function replaceFirstShardMember(c, heartbeatFirst) {
  const old = c.servers.shard0;
  // the surviving members hold the set's config; the first member is new and empty
  for (const host of h.SHARD0_MEMBERS.split(',').slice(1)) {
    const peer = c.net.add(host, new FakeMember());
    peer.config = JSON.parse(JSON.stringify(old.config));
  }
  const fresh = c.net.add(old.host, new FakeMember());
  c.servers.shard0 = fresh;
  if (heartbeatFirst) for (let i = 0; i < 3; i++) fresh.tick();
  return fresh;
}

for (const [when, heartbeatFirst, says] of [['before', true, /syncing as a new secondary of shard0/], ['after', false, /replacement/]]) {
  test('a replaced first member rejoins its set (config arrives ' + when + ' init runs): no initiate, no user', () => {
    const c = h.cluster();
    deploy(c);
    const fresh = replaceFirstShardMember(c, heartbeatFirst);
    const r = c.step('shard0');
    assert.ok(r.ok, r.output);
    assert.deepEqual(h.verbs(r.calls).filter((x) => h.ONCE.includes(x)), []);
    assert.match(r.output, says);
    assert.equal(fresh.config._id, 'shard0');
    assert.deepEqual(fresh.users, {}); // users arrive by initial sync, never created on a secondary
  });
}

test('sharding: a collection sharded on another key is reported, not changed', () => {
  const c = h.cluster();
  for (const step of ['cfg', 'shard0', 'shard1']) assert.ok(c.step(step).ok);
  c.servers.mongos.collections['moviedb.credits'] = { key: { person_id: 1 }, unique: false };
  const r = c.step('mongos');
  assert.equal(r.ok, false);
  assert.match(r.output, /moviedb\.credits is sharded on/);
});

test('sharding: the optional test user exists only when asked for', () => {
  const c = h.cluster();
  deploy(c);
  assert.equal(c.servers.cfg.users['moviedb-test'], undefined);
  const r = c.step('mongos', { TEST_USER: 'moviedb-test', TEST_PASSWORD: 'pw-test-0123456789' });
  assert.ok(r.ok, r.output);
  assert.ok(c.servers.cfg.users['moviedb-test']);
});

test('sharding: refuses to run against something that is not mongos', () => {
  const r = h.run('sharding', new FakeMember(), h.SHARDING_ENV);
  assert.equal(r.ok, false);
  assert.match(r.output, /not connected to a mongos/);
});

test('sharding: shards not initiated yet stop it before any shard is added', () => {
  const c = h.cluster();
  assert.ok(c.step('cfg').ok);
  const r = c.step('mongos');
  assert.equal(r.ok, false);
  assert.deepEqual(c.servers.mongos.shards, []);
  assert.ok(new FakeMongos()); // the class is exported for the runtime test too
});

// The API creates its indexes at start-up with fixed names; an index with the
// same key under another name makes that createIndexes fail
// (IndexOptionsConflict), so every index init creates must be one of the API's.
test('sharding: init creates the shard-key indexes exactly as the API does', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const api = fs.readFileSync(path.join(__dirname, '..', '..', 'api', 'store', 'mongo', 'mongo_store.cpp'), 'utf8');
  const collections = { kMovies: 'movies', kCredits: 'credits', kInteractions: 'user_interactions' };
  const apiIndexes = {};
  for (const m of api.matchAll(/\{coll::(k\w+), "(\w+)",\s*R"\((\{.*?\})\)"(,\s*true)?/gs)) {
    if (collections[m[1]]) apiIndexes[collections[m[1]] + '/' + m[2]] = { key: JSON.parse(m[3]), unique: !!m[4] };
  }
  assert.ok(Object.keys(apiIndexes).length > 10, 'could not read the API index list');
  const c = h.cluster();
  deploy(c);
  for (const [ns, list] of Object.entries(c.servers.mongos.indexes)) {
    for (const ix of list) {
      const coll = ns.split('.')[1];
      if (coll === 'movies' && ix.key._id === 'hashed') continue; // the API creates no hashed index
      const twin = apiIndexes[coll + '/' + ix.name];
      assert.ok(twin, coll + ': the API has no index named ' + ix.name);
      assert.equal(JSON.stringify(twin.key), JSON.stringify(ix.key), ix.name);
      assert.equal(twin.unique, !!ix.unique, ix.name);
    }
  }
});
