// The fakes are the only witness of the init scripts, so they are tested
// first: each MongoDB rule they claim to enforce is exercised here against the
// fake directly (sources are cited beside the rules in fake_auth.js and
// init_fakes.js). If a rule is loosened, these fail.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { FakeNet, FakeMember, FakeMongos } = require('./init_fakes.js');

const refused = (fn, code) => assert.throws(fn, (e) => e.code === code, 'expected error code ' + code);
const ROOT = [{ role: 'root', db: 'admin' }];
function primaryMember(net, host) {
  const m = net ? net.add(host, new FakeMember()) : Object.assign(new FakeMember(), { host });
  m.connect().getSiblingDB('admin').runCommand({ replSetInitiate: { _id: 'rs', members: [{ _id: 0, host }] } });
  m.tick();
  m.tick();
  return m;
}

test('localhost exception: only the bootstrap privileges, before any user exists', () => {
  const m = new FakeMember();
  const admin = m.connect().getSiblingDB('admin');
  assert.equal(admin.runCommand({ hello: 1 }).ok, 1); // no authentication needed
  refused(() => admin.runCommand({ replSetGetStatus: 1 }), 94); // allowed, but nothing to report yet
  refused(() => admin.runCommand({ usersInfo: 'x' }), 13);
  refused(() => admin.runCommand({ replSetGetConfig: 1 }), 13);
  refused(() => m.connect().getSiblingDB('moviedb').runCommand({ createUser: 'x', pwd: 'p', roles: [] }), 13);
});

test('localhost exception: the first user only with roles on admin', () => {
  const m = primaryMember(null, 'h:1');
  const admin = m.connect().getSiblingDB('admin');
  refused(() => admin.runCommand({ createUser: 'app', pwd: 'p', roles: [{ role: 'readWrite', db: 'moviedb' }] }), 13);
  assert.equal(admin.runCommand({ createUser: 'root', pwd: 'p', roles: ROOT }).ok, 1);
});

test('localhost exception: closed once a user exists, for every new connection', () => {
  const m = primaryMember(null, 'h:1');
  m.connect().getSiblingDB('admin').runCommand({ createUser: 'root', pwd: 'p', roles: ROOT });
  const fresh = m.connect().getSiblingDB('admin');
  refused(() => fresh.runCommand({ replSetGetStatus: 1 }), 13);
  refused(() => fresh.runCommand({ createUser: 'again', pwd: 'p', roles: ROOT }), 13);
  refused(() => m.connect().getSiblingDB('admin').auth('root', 'wrong'), 18);
  const authed = m.connect().getSiblingDB('admin');
  authed.auth('root', 'p');
  assert.equal(authed.runCommand({ replSetGetConfig: 1 }).ok, 1);
});

test('localhost exception: never for a remote connection', () => {
  const m = new FakeMember();
  refused(() => m.connect({ local: false }).getSiblingDB('admin').runCommand({ replSetGetStatus: 1 }), 13);
});

test('mongos: users live on the config servers; its exception closes theirs', () => {
  const net = new FakeNet();
  const cfg = net.add('cfg:1', new FakeMember({ role: 'configsvr' }));
  const s = new FakeMongos({ config: cfg });
  const admin = s.connect().getSiblingDB('admin');
  refused(() => admin.runCommand({ listShards: 1 }), 13);
  refused(() => admin.runCommand({ replSetGetStatus: 1 }), 59); // allowed by the exception, but no such command on mongos
  assert.equal(admin.runCommand({ createUser: 'root', pwd: 'p', roles: ROOT }).ok, 1);
  refused(() => cfg.connect().getSiblingDB('admin').runCommand({ replSetGetStatus: 1 }), 13);
  const direct = cfg.connect().getSiblingDB('admin');
  assert.equal(direct.auth('root', 'p').ok, 1);
});

test('replSetInitiate: must name this node, configsvr flag must match, peers must be empty', () => {
  const net = new FakeNet();
  const m = net.add('a:1', new FakeMember({ role: 'configsvr' }));
  const admin = m.connect().getSiblingDB('admin');
  refused(() => admin.runCommand({ replSetInitiate: { _id: 'c', configsvr: true, members: [{ _id: 0, host: 'b:1' }] } }), 74);
  refused(() => admin.runCommand({ replSetInitiate: { _id: 'c', members: [{ _id: 0, host: 'a:1' }] } }), 93);
  primaryMember(net, 'b:1');
  refused(() => admin.runCommand({ replSetInitiate: { _id: 'c', configsvr: true, members: [{ _id: 0, host: 'a:1' }, { _id: 1, host: 'b:1' }] } }), 110);
});

test('replSetReconfig: primary only, one voting member per change, previous config committed', () => {
  const m = primaryMember(null, 'a:1');
  const admin = m.connect().getSiblingDB('admin');
  admin.runCommand({ createUser: 'root', pwd: 'p', roles: ROOT });
  admin.auth('root', 'p');
  const cfg = admin.runCommand({ replSetGetConfig: 1 }).config;
  const two = Object.assign({}, cfg, { version: cfg.version + 1, members: cfg.members.concat([{ _id: 1, host: 'b:1' }, { _id: 2, host: 'c:1' }]) });
  refused(() => admin.runCommand({ replSetReconfig: two }), 103);
  const one = Object.assign({}, cfg, { version: cfg.version + 1, members: cfg.members.concat([{ _id: 1, host: 'b:1' }]) });
  assert.equal(admin.runCommand({ replSetReconfig: one }).ok, 1);
  refused(() => admin.runCommand({ replSetReconfig: Object.assign({}, one, { version: one.version + 1 }) }), 308);
});

test('writes (user documents) only on the primary', () => {
  const m = new FakeMember();
  m.host = 'a:1';
  const admin = m.connect().getSiblingDB('admin');
  admin.runCommand({ replSetInitiate: { _id: 'rs', members: [{ _id: 0, host: 'a:1' }] } });
  refused(() => admin.runCommand({ createUser: 'root', pwd: 'p', roles: ROOT }), 10107);
});

test('addShard: the replica set must be initiated under that name', () => {
  const net = new FakeNet();
  const shard = net.add('s:1', new FakeMember());
  const s = net.add('m:1', new FakeMongos());
  s.connect().getSiblingDB('admin').runCommand({ createUser: 'root', pwd: 'p', roles: ROOT });
  const admin = s.connect().getSiblingDB('admin');
  admin.auth('root', 'p');
  refused(() => admin.runCommand({ addShard: 'shard0/s:1', name: 'shard0' }), 96);
  shard.connect().getSiblingDB('admin').runCommand({ replSetInitiate: { _id: 'shard0', members: [{ _id: 0, host: 's:1' }] } });
  assert.equal(admin.runCommand({ addShard: 'shard0/s:1', name: 'shard0' }).ok, 1);
});
