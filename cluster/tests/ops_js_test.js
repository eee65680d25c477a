// The operation scripts rolling.yml uses, against the strict fakes:
// member-state reads the state with hello alone (works with or without
// users); balancer needs the admin and leaves the balancer in the wanted mode.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./init_harness.js');

function deployed() {
  const c = h.cluster();
  for (const step of ['cfg', 'shard0', 'shard1', 'mongos']) assert.ok(c.step(step).ok, step);
  return c;
}

test('member-state: PRIMARY, and OTHER before initiation, with hello only', () => {
  const c = deployed();
  const r = h.run('member-state', c.servers.shard0, {}, c.net);
  assert.ok(r.ok, r.output);
  assert.match(r.output, /member-state=PRIMARY set=shard0/);
  assert.deepEqual([...new Set(h.verbs(r.calls))], ['hello']);
  const fresh = h.run('member-state', h.cluster().servers.shard1, {});
  assert.match(fresh.output, /member-state=OTHER set=-/);
});

test('balancer: stop then start through mongos as the admin', () => {
  const c = deployed();
  const stop = h.run('balancer', c.servers.mongos, { BALANCER: 'stop' }, c.net);
  assert.ok(stop.ok, stop.output);
  assert.equal(c.servers.mongos.balancer, 'off');
  assert.match(stop.output, /balancer stopped/);
  const start = h.run('balancer', c.servers.mongos, { BALANCER: 'start' }, c.net);
  assert.ok(start.ok, start.output);
  assert.equal(c.servers.mongos.balancer, 'full');
});

test('balancer: refused without the admin, and on a replica set member', () => {
  const c = deployed();
  const wrong = h.run('balancer', c.servers.mongos, { BALANCER: 'stop', ADMIN_PASSWORD: 'wrong-password-0123' }, c.net);
  assert.equal(wrong.ok, false);
  assert.equal(c.servers.mongos.balancer, 'full');
  const member = h.run('balancer', c.servers.shard0, { BALANCER: 'stop' }, c.net);
  assert.equal(member.ok, false);
  assert.match(member.output, /not connected to a mongos/);
});

test('fsync: locks a secondary (never a primary), unlock clears every lock', () => {
  const c = deployed();
  const primary = h.run('fsync', c.servers.shard0, { FSYNC: 'lock' }, c.net);
  assert.equal(primary.ok, false);
  assert.match(primary.output, /is primary/);
  assert.ok(!c.servers.shard0.lockCount);
  c.servers.shard0.electionTicks = -1000; // now a secondary
  c.servers.shard0.syncSource = 'shard0-2.db:27018';
  assert.ok(h.run('fsync', c.servers.shard0, { FSYNC: 'lock' }, c.net).ok);
  assert.ok(h.run('fsync', c.servers.shard0, { FSYNC: 'lock' }, c.net).ok); // a retried lock
  assert.equal(c.servers.shard0.lockCount, 2);
  const unlock = h.run('fsync', c.servers.shard0, { FSYNC: 'unlock' }, c.net);
  assert.ok(unlock.ok, unlock.output);
  assert.equal(c.servers.shard0.lockCount, 0);
  assert.ok(h.run('fsync', c.servers.shard0, { FSYNC: 'unlock' }, c.net).ok); // unlocking twice is fine
});
