// Every init step re-runs cleanly after dying at any point: for each change a
// clean run makes (initiate, first user, addShard, enableSharding, each index,
// each shardCollection, each app user), the run is cut right after that change
// was applied, both with the reply received and with the reply lost; a second
// run must then succeed and leave exactly what an uninterrupted deployment
// leaves, and a third run must change nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./init_harness.js');
const { MUTATIONS } = require('./init_fakes.js');

const ORDER = ['cfg', 'shard0', 'shard1', 'mongos'];

function deployed() {
  const c = h.cluster();
  for (const step of ORDER) assert.ok(c.step(step).ok, step);
  return c;
}
const reference = h.state(deployed());

for (const target of ['cfg', 'shard0', 'mongos']) {
  // How many changes the clean run of this step makes on its server.
  const probe = h.cluster();
  let changes = 0;
  for (const step of ORDER) {
    const r = probe.step(step);
    if (step === target) changes = r.calls.filter((x) => MUTATIONS.has(x.verb)).length;
  }
  assert.ok(changes > 0, target);

  for (let after = 1; after <= changes; after++) {
    for (const lostReply of [false, true]) {
      test(target + ': interrupted after change ' + after + '/' + changes + (lostReply ? ' (reply lost)' : '') + ', then re-run', () => {
        const c = h.cluster();
        for (const step of ORDER) {
          if (step !== target) {
            assert.ok(c.step(step).ok, step);
            continue;
          }
          const server = c.servers[step];
          server.interrupt = { after, lostReply };
          const cut = c.step(step);
          server.interrupt = null;
          assert.equal(cut.ok, false, 'the interrupted run must fail, not report success:\n' + cut.output);
          const again = c.step(step);
          assert.ok(again.ok, 'the re-run must succeed:\n' + again.output);
        }
        assert.deepEqual(h.state(c), reference);
        for (const step of ORDER) {
          const third = c.step(step);
          assert.ok(third.ok, step);
          assert.deepEqual(h.verbs(third.calls).filter((x) => h.ONCE.includes(x)), [], step);
        }
      });
    }
  }
}
