// Fakes of replica-set members and of mongos for the init-script tests. Since
// no mongod runs on our machines these are the only witness of the init
// scripts, so they refuse whatever MongoDB 7.0 refuses (authorisation in
// fake_auth.js; replication and sharding rules below, each with its source)
// and record every command. A FakeNet joins them so a script can reach peers
// and mongos reaches the config servers' user store. Interruptions (the
// script dying after the n-th change, or losing that change's reply) are
// injected to prove every step can be re-run.
// Used by init_js_test.js (node) and mongosh_runtime_test.sh (real mongosh).
'use strict';
const { authorize } = require('./fake_auth.js');

class ServerError extends Error {
  constructor(code, codeName, msg) {
    super(msg || codeName);
    this.code = code;
    this.codeName = codeName;
  }
}
// What a driver reports when the connection drops: no code, a network error.
class NetworkError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MongoNetworkError';
  }
}

const MUTATIONS = new Set(['replSetInitiate', 'replSetReconfig', 'createUser', 'updateUser', 'addShard',
  'enableSharding', 'createIndexes', 'shardCollection']);
const copy = (x) => (x === undefined ? x : JSON.parse(JSON.stringify(x)));

// Hosts to fakes, so scripts can open connections to peers (connect(uri)).
class FakeNet {
  constructor() {
    this.hosts = {};
  }
  add(host, server) {
    this.hosts[host] = server;
    server.host = host;
    server.net = this;
    return server;
  }
  // A remote connection: the localhost exception never applies to it.
  connect(uri) {
    const m = /^mongodb:\/\/([^/?]+)/.exec(uri);
    const server = m && this.hosts[m[1]];
    if (!server) throw new NetworkError('connect ECONNREFUSED ' + (m ? m[1] : uri));
    return server.connect({ local: false });
  }
}

// State shared by every connection to one fake server: a second "run" opens
// a new, unauthenticated connection to the same state.
class FakeServer {
  constructor() {
    this.users = {};
    this.calls = [];
    this.mutations = 0;
    this.interrupt = null; // {after: n, lostReply: bool}
  }
  // The user store this server checks credentials and the exception against.
  userStore() {
    return this.users;
  }
  connect({ local = true } = {}) {
    const server = this;
    const conn = { user: null, local, dead: false };
    const dbFor = (name) => ({
      runCommand(doc) {
        if (conn.dead) throw new NetworkError('connection closed (interrupted run)');
        const verb = Object.keys(doc)[0];
        server.calls.push({ db: name, verb, doc: copy(doc) });
        const denied = authorize({ dbName: name, verb, doc, user: conn.user, local: conn.local,
          usersExist: Object.keys(server.userStore()).length > 0 });
        if (denied) throw new ServerError(13, 'Unauthorized', denied);
        // a copy in this realm: the script's objects come from the vm context
        const reply = server.run(name, verb, copy(doc), conn);
        if (MUTATIONS.has(verb) && server.interrupt && ++server.mutations >= server.interrupt.after) {
          conn.dead = true;
          if (server.interrupt.lostReply) throw new NetworkError('connection closed before the reply');
        }
        return reply;
      },
      // Users authenticate against admin here (the scripts' only authSource).
      auth(user, pwd) {
        if (conn.dead) throw new NetworkError('connection closed (interrupted run)');
        const u = server.userStore()[user];
        if (!u || u.pwd !== pwd) throw new ServerError(18, 'AuthenticationFailed', 'Authentication failed.');
        conn.user = { name: user, roles: u.roles };
        return { ok: 1 };
      },
    });
    return { getSiblingDB: dbFor };
  }
  userCommand(verb, doc) {
    const store = this.userStore();
    if (verb === 'usersInfo') {
      const u = store[doc.usersInfo];
      return { ok: 1, users: u ? [{ user: doc.usersInfo, roles: u.roles }] : [] };
    }
    if (verb === 'createUser') {
      // src/mongo/db/auth/authorization_manager_impl.cpp / user_management_commands.cpp: 51003 "User already exists"
      if (store[doc.createUser]) throw new ServerError(51003, 'Location51003', 'User "' + doc.createUser + '@admin" already exists');
      store[doc.createUser] = { pwd: doc.pwd, roles: doc.roles };
      return { ok: 1 };
    }
    if (verb === 'updateUser') {
      if (!store[doc.updateUser]) throw new ServerError(11, 'UserNotFound', 'User ' + doc.updateUser + '@admin not found');
      store[doc.updateUser] = { pwd: doc.pwd, roles: doc.roles };
      return { ok: 1 };
    }
    return null;
  }
  tick() {}
}

// One replica set, seen through the member the script connects to. Its
// secondaries are not modelled separately: users and config replicate.
class FakeMember extends FakeServer {
  constructor({ role = 'shardsvr' } = {}) {
    super();
    this.role = role;
    this.host = 'self:27018';
    this.config = null;
    this.electionTicks = 0;
    this.uncommittedTicks = 0;
    this.heartbeats = 0;
    this.syncSource = null;
  }
  tick() {
    if (this.config) this.electionTicks++;
    if (this.uncommittedTicks > 0) this.uncommittedTicks--;
    // A set's members send their config by heartbeat to every host it lists;
    // an empty node of that name adopts it and starts an initial sync
    // (src/mongo/db/repl/replication_coordinator_impl_heartbeat.cpp).
    if (!this.config && this.net) {
      const peer = Object.values(this.net.hosts).find((p) => p !== this && p.config && (p.hosts() || []).includes(this.host));
      if (peer && ++this.heartbeats >= 3) {
        this.config = copy(peer.config);
        this.electionTicks = -1000; // syncing: it does not become primary here
        this.syncSource = peer.host;
      }
    }
  }
  primary() {
    return this.config !== null && this.electionTicks >= 2;
  }
  hosts() {
    return this.config ? this.config.members.map((m) => m.host) : undefined;
  }
  run(dbName, verb, doc) {
    if (verb === 'hello') {
      this.tick();
      const r = { ok: 1, isWritablePrimary: this.primary(), me: this.host };
      if (this.config) Object.assign(r, { setName: this.config._id, hosts: this.hosts(), setVersion: this.config.version });
      if (this.primary()) r.primary = this.config.members[0].host;
      // initial sync: state STARTUP2, neither primary nor secondary yet
      else if (this.syncSource) Object.assign(r, { primary: this.syncSource, secondary: false });
      return r;
    }
    // src/mongo/db/repl/replication_coordinator_impl.cpp: status and config
    // of a node that has none yet are NotYetInitialized (94).
    if (['replSetGetStatus', 'replSetGetConfig', 'replSetReconfig'].includes(verb) && !this.config) {
      throw new ServerError(94, 'NotYetInitialized', 'no replset config has been received');
    }
    if (verb === 'replSetGetConfig') return { ok: 1, config: copy(this.config) };
    if (verb === 'replSetGetStatus') {
      return { ok: 1, set: this.config._id, members: this.config.members.map((m, i) => ({ name: m.host, stateStr: i === 0 && this.primary() ? 'PRIMARY' : 'SECONDARY' })) };
    }
    if (verb === 'replSetInitiate') return this.initiate(doc.replSetInitiate);
    // src/mongo/db/commands/fsync.cpp: a lock count; unlocking an unlocked
    // server is IllegalOperation (20).
    if (verb === 'fsync') {
      this.lockCount = (this.lockCount || 0) + (doc.lock ? 1 : 0);
      return { ok: 1, lockCount: this.lockCount };
    }
    if (verb === 'fsyncUnlock') {
      if (!this.lockCount) throw new ServerError(20, 'IllegalOperation', 'fsyncUnlock called when not locked');
      this.lockCount--;
      return { ok: 1, lockCount: this.lockCount };
    }
    if (verb === 'replSetReconfig') return this.reconfig(doc.replSetReconfig);
    // src/mongo/db/repl/replication_coordinator_impl.cpp (canAcceptWritesFor):
    // user documents are writes, accepted only by the primary.
    if ((verb === 'createUser' || verb === 'updateUser') && !this.primary()) {
      throw new ServerError(10107, 'NotWritablePrimary', 'not primary');
    }
    const r = this.userCommand(verb, doc);
    if (r) return r;
    throw new ServerError(59, 'CommandNotFound', 'no such command: \'' + verb + '\'');
  }
  initiate(config) {
    // src/mongo/db/repl/replication_coordinator_impl.cpp (processReplSetInitiate)
    if (this.config) throw new ServerError(23, 'AlreadyInitialized', 'already initialized');
    const hosts = config.members.map((m) => m.host);
    // src/mongo/db/repl/repl_set_config_checks.cpp (findSelfInConfig): the
    // node receiving initiate must be in the config.
    if (!hosts.includes(this.host)) {
      throw new ServerError(74, 'NodeNotFound', 'No host described in new configuration for replica set ' + config._id + ' maps to this node');
    }
    // same file (validateConfigForInitiate / checkReplicaSetRole): configsvr:true
    // exactly when the node runs with --configsvr.
    if (!!config.configsvr !== (this.role === 'configsvr')) {
      throw new ServerError(93, 'InvalidReplicaSetConfig', this.role === 'configsvr'
        ? 'Nodes started with the --configsvr flag must have configsvr:true in their config'
        : 'configsvr:true in a config sent to a node started without --configsvr');
    }
    // src/mongo/db/repl/check_quorum_for_config_change.cpp: initiate needs
    // every member to answer, and none may hold data (a member of a set).
    for (const h of hosts) {
      const peer = this.net && h !== this.host ? this.net.hosts[h] : null;
      if (peer && peer.config) throw new ServerError(110, 'CannotInitializeNodeWithData', "'" + h + "' has data already, cannot initiate set.");
    }
    this.config = Object.assign({ version: 1, term: 0 }, copy(config));
    this.electionTicks = 0;
    return { ok: 1 };
  }
  reconfig(next) {
    // src/mongo/db/repl/replication_coordinator_impl.cpp (processReplSetReconfig):
    // primary only, and the previous config committed (CurrentConfigNotCommittedYet, 308).
    if (!this.primary()) throw new ServerError(10107, 'NotWritablePrimary', 'replSetReconfig should only be run on a writable PRIMARY');
    if (this.uncommittedTicks > 0) throw new ServerError(308, 'CurrentConfigNotCommittedYet', 'previous config not yet committed');
    // src/mongo/db/repl/repl_set_config_checks.cpp (validateConfigForReconfig)
    if (!(next.version > this.config.version)) {
      throw new ServerError(103, 'NewReplicaSetConfigurationIncompatible', 'new config version ' + next.version + ' must be greater than ' + this.config.version);
    }
    const voters = (c) => c.members.filter((m) => m.votes !== 0).map((m) => m.host);
    const before = voters(this.config);
    const after = voters(next);
    const changed = after.filter((h) => !before.includes(h)).length + before.filter((h) => !after.includes(h)).length;
    if (changed > 1) {
      throw new ServerError(103, 'NewReplicaSetConfigurationIncompatible', 'Non force replica set reconfig can only add or remove at most 1 voting member.');
    }
    this.config = copy(next);
    this.uncommittedTicks = 2;
    return { ok: 1 };
  }
}

// mongos. Its users live on the config servers (the config replica set's
// admin.system.users), so its localhost exception closes, and credentials
// work, exactly as the config servers' do.
// Manual: https://www.mongodb.com/docs/v7.0/core/localhost-exception/ (sharded clusters)
class FakeMongos extends FakeServer {
  constructor({ config } = {}) {
    super();
    this.configServer = config || new FakeMember({ role: 'configsvr' });
    this.shards = [];
    this.shardedDbs = new Set();
    this.collections = {}; // ns -> {key, unique}
    this.indexes = {}; // ns -> [{key, name, unique}]
    this.balancer = 'full';
  }
  userStore() {
    return this.configServer.users;
  }
  run(dbName, verb, doc) {
    if (verb === 'hello') return { ok: 1, msg: 'isdbgrid', isWritablePrimary: true };
    // mongos has no replication commands: src/mongo/s/commands has no replSet* command.
    if (verb.startsWith('replSet')) throw new ServerError(59, 'CommandNotFound', 'no such command: \'' + verb + '\'');
    if (verb === 'listShards') return { ok: 1, shards: this.shards.map((s) => ({ _id: s.name, host: s.host, state: 1 })) };
    if (verb === 'addShard') return this.addShard(doc);
    if (verb === 'enableSharding') {
      this.shardedDbs.add(doc.enableSharding);
      return { ok: 1 };
    }
    if (verb === 'createIndexes') {
      const ns = dbName + '.' + doc.createIndexes;
      const list = (this.indexes[ns] = this.indexes[ns] || []);
      for (const ix of doc.indexes) {
        // src/mongo/db/catalog/index_catalog_impl.cpp: same key, other name → IndexOptionsConflict (85)
        const same = list.find((x) => JSON.stringify(x.key) === JSON.stringify(ix.key));
        if (same && same.name !== ix.name) throw new ServerError(85, 'IndexOptionsConflict', 'Index already exists with a different name: ' + same.name);
        if (!same) list.push(ix);
      }
      return { ok: 1 };
    }
    if (verb === 'find' && dbName === 'config' && doc.find === 'collections') {
      const c = this.collections[doc.filter._id];
      return { ok: 1, cursor: { firstBatch: c ? [Object.assign({ _id: doc.filter._id }, c)] : [] } };
    }
    if (verb === 'shardCollection') return this.shardCollection(doc);
    if (verb === 'balancerStop' || verb === 'balancerStart') {
      this.balancer = verb === 'balancerStop' ? 'off' : 'full';
      return { ok: 1 };
    }
    if (verb === 'balancerStatus') return { ok: 1, mode: this.balancer, inBalancerRound: false };
    const r = this.userCommand(verb, doc);
    if (r) return r;
    throw new ServerError(59, 'CommandNotFound', 'no such command: \'' + verb + '\'');
  }
  addShard(doc) {
    const [rsName, hostList] = String(doc.addShard).split('/');
    const seed = this.net && hostList ? this.net.hosts[hostList.split(',')[0]] : null;
    // src/mongo/db/s/config/sharding_catalog_manager_shard_operations.cpp
    // (_validateHostAsShard): the replica set must be up and named as given.
    if (seed && (!seed.config || seed.config._id !== rsName)) {
      throw new ServerError(96, 'OperationFailed', 'in seed list ' + doc.addShard + ', host does not belong to replica set ' + rsName);
    }
    const existing = this.shards.find((s) => s.name === doc.name);
    if (existing) {
      // same file: re-adding an identical shard is a no-op; a different one is refused.
      if (existing.host === doc.addShard) return { ok: 1, shardAdded: doc.name };
      throw new ServerError(96, 'OperationFailed', 'A shard named ' + doc.name + ' already exists');
    }
    this.shards.push({ name: doc.name, host: doc.addShard });
    return { ok: 1, shardAdded: doc.name };
  }
  shardCollection(doc) {
    const ns = doc.shardCollection;
    if (this.shards.length === 0) throw new ServerError(70, 'ShardNotFound', 'no shards found');
    // src/mongo/s/commands/cluster_shard_collection_cmd.cpp (7.0 no longer needs
    // enableSharding first, but an index that cannot back the key is refused).
    if (this.collections[ns]) {
      if (JSON.stringify(this.collections[ns].key) === JSON.stringify(doc.key)) return { ok: 1, collectionsharded: ns };
      throw new ServerError(20, 'AlreadyInitialized', 'already sharded with a different key');
    }
    // Manual, "Shard Key Indexes" (https://www.mongodb.com/docs/v7.0/core/sharding-shard-key/#shard-key-indexes):
    // the key needs an index that starts with it (a hashed key: that hashed
    // index); unique:true needs a unique index on exactly the key.
    const fields = Object.keys(doc.key);
    const backs = (x) => {
      const k = Object.keys(x.key);
      return fields.every((f, i) => k[i] === f && String(x.key[f]) === String(doc.key[f]));
    };
    const ix = (this.indexes[ns] || []).find((x) => backs(x) && (!doc.unique || Object.keys(x.key).length === fields.length));
    if (!ix) throw new ServerError(72, 'InvalidOptions', 'Please create an index that starts with the proposed shard key before sharding the collection');
    if (doc.unique && !ix.unique) throw new ServerError(72, 'InvalidOptions', 'shard key index is not unique');
    this.collections[ns] = { key: doc.key, unique: !!doc.unique };
    return { ok: 1, collectionsharded: ns };
  }
}

module.exports = { ServerError, NetworkError, FakeNet, FakeServer, FakeMember, FakeMongos, MUTATIONS };
