// Runs cluster/init/*.js (exactly the text mongo-init.sh feeds to mongosh)
// against the fakes of init_fakes.js, and builds the fake clusters the tests
// deploy: a config server, two shards and mongos on one FakeNet, host names
// as in the sample inventory.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { FakeNet, FakeMember, FakeMongos } = require('./init_fakes.js');

const initDir = path.join(__dirname, '..', 'init');
const lib = fs.readFileSync(path.join(initDir, 'lib.js'), 'utf8');
const SCRIPTS = {
  replset: lib + fs.readFileSync(path.join(initDir, 'init-replset.js'), 'utf8'),
  sharding: lib + fs.readFileSync(path.join(initDir, 'init-sharding.js'), 'utf8'),
  'member-state': lib + fs.readFileSync(path.join(initDir, 'member-state.js'), 'utf8'),
  balancer: lib + fs.readFileSync(path.join(initDir, 'balancer.js'), 'utf8'),
  fsync: lib + fs.readFileSync(path.join(initDir, 'fsync.js'), 'utf8'),
};

const PASSWORDS = { ADMIN_PASSWORD: 'pw-admin-0123456789', API_PASSWORD: 'pw-api-0123456789', MONITOR_PASSWORD: 'pw-monitor-0123456789' };
const members = (rs, port) => [1, 2, 3].map((i) => rs + '-' + i + '.db:' + port);
const CFG_MEMBERS = members('cfg', 27019).join(',');
const SHARD0_MEMBERS = members('shard0', 27018).join(',');
const SHARD1_MEMBERS = members('shard1', 27018).join(',');
const SHARDS = 'shard0/' + SHARD0_MEMBERS + ';shard1/' + SHARD1_MEMBERS;
const SHARDING_ENV = { SHARDS, DB: 'moviedb', API_USER: 'moviedb-api', MONITOR_USER: 'moviedb-monitor' };
const STEPS = {
  cfg: { kind: 'replset', env: { RS_NAME: 'cfgrs', RS_MEMBERS: CFG_MEMBERS, RS_CONFIGSVR: 'true' } },
  shard0: { kind: 'replset', env: { RS_NAME: 'shard0', RS_MEMBERS: SHARD0_MEMBERS } },
  shard1: { kind: 'replset', env: { RS_NAME: 'shard1', RS_MEMBERS: SHARD1_MEMBERS } },
  mongos: { kind: 'sharding', env: SHARDING_ENV },
};
// Changes that must not repeat on a re-run (updateUser resets app users by
// design; enableSharding and createIndexes are no-ops when done).
const ONCE = ['replSetInitiate', 'replSetReconfig', 'createUser', 'addShard', 'shardCollection'];

// Runs one script on a new loopback connection; returns {ok, output, calls}.
function run(kind, server, env, net) {
  const out = [];
  const start = server.calls.length;
  const fullEnv = { MONGO_INIT_URI: 'mongodb://127.0.0.1:27018/?directConnection=true' };
  for (const [k, v] of Object.entries(Object.assign({ ADMIN_USER: 'clusterAdmin' }, PASSWORDS, env))) fullEnv['MONGO_INIT_' + k] = v;
  const ctx = vm.createContext({
    db: server.connect(),
    connect: (uri) => (net || new FakeNet()).connect(uri),
    print: (s) => out.push(String(s)),
    sleep: () => {
      server.tick();
      if (net) Object.values(net.hosts).forEach((s) => s !== server && s.tick());
    },
    process: { env: fullEnv },
    quit: (code) => { throw Object.assign(new Error('quit'), { quitCode: code }); },
  });
  let ok = true;
  try {
    vm.runInContext(SCRIPTS[kind], ctx, { filename: kind + '.js' });
  } catch (e) {
    if (e.quitCode === undefined) throw e;
    ok = e.quitCode === 0;
  }
  return { ok, output: out.join('\n'), calls: server.calls.slice(start) };
}

// The production topology as fakes: the first member of each set (where init
// runs) and mongos, whose users live on the config server.
function cluster() {
  const net = new FakeNet();
  const cfg = net.add(members('cfg', 27019)[0], new FakeMember({ role: 'configsvr' }));
  const shard0 = net.add(members('shard0', 27018)[0], new FakeMember());
  const shard1 = net.add(members('shard1', 27018)[0], new FakeMember());
  const mongos = net.add('mongos-1.db:27017', new FakeMongos({ config: cfg }));
  const servers = { cfg, shard0, shard1, mongos };
  return {
    net,
    servers,
    step(name, extraEnv) {
      const s = STEPS[name];
      return run(s.kind, servers[name], Object.assign({}, s.env, extraEnv), net);
    },
  };
}

// Everything a run leaves behind, for comparing an interrupted-then-resumed
// deployment with an uninterrupted one.
function state(c) {
  const { cfg, shard0, shard1, mongos } = c.servers;
  return JSON.parse(JSON.stringify({
    configs: [cfg.config, shard0.config, shard1.config],
    users: [cfg.users, shard0.users, shard1.users],
    shards: mongos.shards,
    dbs: [...mongos.shardedDbs],
    collections: mongos.collections,
    indexes: mongos.indexes,
  }));
}

const verbs = (calls) => calls.map((c) => c.verb);

module.exports = { run, cluster, state, verbs, ONCE, STEPS, PASSWORDS, SHARDING_ENV, SHARD0_MEMBERS, CFG_MEMBERS, members };
