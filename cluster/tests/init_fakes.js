// Fakes of a replica-set member and of mongos for the init-script tests:
// they model the rules that matter (the localhost exception, auth, primary
// election after initiate, config.collections) and record every command.
// Used by init_js_test.js (node) and mongosh_runtime_test.sh (real mongosh).
'use strict';

class ServerError extends Error {
  constructor(code, codeName, msg) {
    super(msg || codeName);
    this.code = code;
    this.codeName = codeName;
  }
}

// State shared by every connection to one fake server: a second "run" opens
// a new, unauthenticated connection to the same state.
class FakeServer {
  constructor() {
    this.users = {};
    this.calls = [];
  }
  connect() {
    const server = this;
    const conn = { authed: false };
    const dbFor = (name) => ({
      runCommand(doc) {
        const verb = Object.keys(doc)[0];
        server.calls.push({ db: name, verb, doc: JSON.parse(JSON.stringify(doc)) });
        if (verb !== 'hello' && !conn.authed && Object.keys(server.users).length > 0) {
          throw new ServerError(13, 'Unauthorized', 'command ' + verb + ' requires authentication');
        }
        // a copy in this realm: the script's objects come from the vm context
        return server.run(name, verb, JSON.parse(JSON.stringify(doc)));
      },
      auth(user, pwd) {
        if (!server.users[user] || server.users[user].pwd !== pwd) {
          throw new ServerError(18, 'AuthenticationFailed', 'Authentication failed.');
        }
        conn.authed = true;
        return { ok: 1 };
      },
    });
    return { getSiblingDB: dbFor };
  }
  userCommand(verb, doc) {
    if (verb === 'usersInfo') {
      const u = this.users[doc.usersInfo];
      return { ok: 1, users: u ? [{ user: doc.usersInfo, roles: u.roles }] : [] };
    }
    if (verb === 'createUser') {
      if (this.users[doc.createUser]) throw new ServerError(51003, 'Location51003', 'User already exists');
      this.users[doc.createUser] = { pwd: doc.pwd, roles: doc.roles };
      return { ok: 1 };
    }
    if (verb === 'updateUser') {
      this.users[doc.updateUser] = { pwd: doc.pwd, roles: doc.roles };
      return { ok: 1 };
    }
    return null;
  }
  tick() {}
}

class FakeMember extends FakeServer {
  constructor() {
    super();
    this.config = null;
    this.electionTicks = 0;
  }
  tick() {
    if (this.config) this.electionTicks++;
  }
  primary() {
    return this.config !== null && this.electionTicks >= 2;
  }
  run(dbName, verb, doc) {
    if (verb === 'hello') {
      this.tick();
      return { ok: 1, isWritablePrimary: this.primary(), primary: this.primary() ? this.config.members[0].host : undefined };
    }
    if (verb === 'replSetGetStatus' || verb === 'replSetGetConfig') {
      if (!this.config) throw new ServerError(94, 'NotYetInitialized', 'no replset config has been received');
      if (verb === 'replSetGetConfig') return { ok: 1, config: JSON.parse(JSON.stringify(this.config)) };
      return { ok: 1, set: this.config._id, members: this.config.members.map((m, i) => ({ name: m.host, stateStr: i === 0 ? 'PRIMARY' : 'SECONDARY' })) };
    }
    if (verb === 'replSetInitiate') {
      if (this.config) throw new ServerError(23, 'AlreadyInitialized', 'already initialized');
      this.config = Object.assign({ version: 1 }, doc.replSetInitiate);
      return { ok: 1 };
    }
    if (verb === 'replSetReconfig') {
      if (doc.replSetReconfig.version !== this.config.version + 1) throw new ServerError(103, 'NewReplicaSetConfigurationIncompatible', 'bad version');
      this.config = doc.replSetReconfig;
      return { ok: 1 };
    }
    if ((verb === 'createUser' || verb === 'updateUser') && !this.primary()) {
      throw new ServerError(10107, 'NotWritablePrimary', 'not primary');
    }
    const r = this.userCommand(verb, doc);
    if (r) return r;
    throw new ServerError(59, 'CommandNotFound', 'no such command ' + verb);
  }
}

class FakeMongos extends FakeServer {
  constructor() {
    super();
    this.shards = [];
    this.shardedDbs = new Set();
    this.collections = {}; // ns -> {key, unique}
    this.indexes = {}; // ns -> [{key, name, unique}]
  }
  run(dbName, verb, doc) {
    if (verb === 'hello') return { ok: 1, msg: 'isdbgrid' };
    if (verb === 'listShards') return { ok: 1, shards: this.shards.map((s) => ({ _id: s.name, host: s.host, state: 1 })) };
    if (verb === 'addShard') {
      if (this.shards.some((s) => s.name === doc.name)) throw new ServerError(11000, 'DuplicateKey', 'shard exists');
      this.shards.push({ name: doc.name, host: doc.addShard });
      return { ok: 1, shardAdded: doc.name };
    }
    if (verb === 'enableSharding') {
      this.shardedDbs.add(doc.enableSharding);
      return { ok: 1 };
    }
    if (verb === 'createIndexes') {
      const ns = dbName + '.' + doc.createIndexes;
      const list = (this.indexes[ns] = this.indexes[ns] || []);
      for (const ix of doc.indexes) {
        const same = list.find((x) => JSON.stringify(x.key) === JSON.stringify(ix.key));
        if (same && same.name !== ix.name) throw new ServerError(85, 'IndexOptionsConflict', 'Index already exists with a different name');
        if (!same) list.push(ix);
      }
      return { ok: 1 };
    }
    if (verb === 'find' && dbName === 'config' && doc.find === 'collections') {
      const c = this.collections[doc.filter._id];
      return { ok: 1, cursor: { firstBatch: c ? [Object.assign({ _id: doc.filter._id }, c)] : [] } };
    }
    if (verb === 'shardCollection') {
      const ns = doc.shardCollection;
      if (!this.shardedDbs.has(ns.split('.')[0])) throw new ServerError(20, 'IllegalOperation', 'sharding not enabled');
      if (this.collections[ns]) throw new ServerError(20, 'AlreadyInitialized', 'already sharded');
      const ix = (this.indexes[ns] || []).find((x) => JSON.stringify(x.key) === JSON.stringify(doc.key));
      if (!ix) throw new ServerError(72, 'InvalidOptions', 'no shard key index');
      if (doc.unique && !ix.unique) throw new ServerError(72, 'InvalidOptions', 'shard key index is not unique');
      this.collections[ns] = { key: doc.key, unique: !!doc.unique };
      return { ok: 1, collectionsharded: ns };
    }
    const r = this.userCommand(verb, doc);
    if (r) return r;
    throw new ServerError(59, 'CommandNotFound', 'no such command ' + verb);
  }
}

module.exports = { ServerError, FakeServer, FakeMember, FakeMongos };
