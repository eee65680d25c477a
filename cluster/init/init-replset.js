// Initiates one replica set (the config servers or one shard), idempotently.
// Run on the FIRST member over 127.0.0.1. Before any user exists only the
// localhost exception lets us in (see lib.js): this step initiates with
// replSetInitiate, reads state with hello (no authentication needed), creates
// the shard-local admin with createUser, and authenticates before anything
// else. Re-runnable after a failure at any point.
//
// Inputs (environment):
//   MONGO_INIT_URI             this node, e.g. mongodb://127.0.0.1:27018/?directConnection=true&tls=true&...
//   MONGO_INIT_RS_NAME         replica set name (config: cfgrs; shards: shard0, shard1, ...)
//   MONGO_INIT_RS_MEMBERS      host:port,host:port,... ; the first is this node
//   MONGO_INIT_RS_CONFIGSVR    "true" for the config server replica set
//   MONGO_INIT_RS_LOCAL_ADMIN  "true" to create the shard-local admin user. On the
//                              config servers this is "false": their admin database
//                              IS the cluster's user store, and the cluster admin is
//                              created through mongos (init-sharding.js), as documented.
//   MONGO_INIT_ADMIN_USER / MONGO_INIT_ADMIN_PASSWORD

main(function () {
  const name = env('RS_NAME');
  const members = splitList(env('RS_MEMBERS'), ',');
  const configsvr = env('RS_CONFIGSVR', 'false') === 'true';
  const localAdmin = env('RS_LOCAL_ADMIN', configsvr ? 'false' : 'true') === 'true';
  const adminUser = env('ADMIN_USER');
  const adminPwd = env('ADMIN_PASSWORD');
  if (members.length < 1) throw new Error('MONGO_INIT_RS_MEMBERS is empty');

  let authed = tryAuth(adminUser, adminPwd);
  log(name + ': ' + (authed ? 'authenticated as ' + adminUser : 'no usable credentials yet (localhost exception)'));

  // 1. initiate with every member at once; the first gets priority 2 so the
  //    node we are connected to becomes primary and the zone layout is predictable.
  const hello = must('admin', { hello: 1 }, 'hello');
  if (!hello.setName) {
    if (joinsExistingSet(name, members)) return;
    const config = {
      _id: name,
      members: members.map(function (host, i) {
        return { _id: i, host: host, priority: i === 0 ? 2 : 1 };
      }),
    };
    if (configsvr) config.configsvr = true;
    must('admin', { replSetInitiate: config }, 'replSetInitiate ' + name);
    log(name + ': initiated with ' + members.join(', '));
  } else if (hello.setName !== name) {
    throw new Error('this node belongs to replica set ' + hello.setName + ', not ' + name);
  } else {
    log(name + ': already initiated');
  }

  // Without credentials we may go on only while the exception is open; a
  // refused replSetGetStatus means users exist and our password is wrong.
  if (!authed) {
    const st = cmd('admin', { replSetGetStatus: 1 });
    if (st.code === 13) {
      throw new Error(name + ': users exist and ' + adminUser + ' cannot authenticate: wrong admin password?');
    }
  }

  // A replaced member whose config came by heartbeat is in initial sync
  // (neither primary nor secondary, another node primary): users and config
  // come by replication, and creating a user here would be refused. A
  // SECONDARY without users is a set whose admin was never created: it waits
  // below for its priority-2 takeover like a first run.
  const now = must('admin', { hello: 1 }, 'hello');
  if (!authed && now.primary && now.primary !== now.me && !now.secondary && !now.isWritablePrimary) {
    log(name + ': ' + now.me + ' is syncing as a new secondary of ' + name + ' (primary ' + now.primary + '); users and config come by replication');
    return;
  }

  // 2. the shard-local admin closes this shard's localhost exception for good.
  if (localAdmin && !authed) {
    waitFor(name + ' primary on this node', 120, isWritablePrimary);
    createFirstUser(adminUser, adminPwd, [{ role: 'root', db: 'admin' }]);
    authed = true;
  }

  // 3. add members that the inventory names but the set lacks (a new host).
  //    Removing members stays a human decision: we only warn.
  const have = memberHosts(must('admin', { hello: 1 }, 'hello'));
  const missing = members.filter(function (h) { return have.indexOf(h) < 0; });
  const extra = have.filter(function (h) { return members.indexOf(h) < 0; });
  if (extra.length) log(name + ': WARNING members not in the inventory: ' + extra.join(', '));
  if (missing.length) {
    if (!authed) {
      throw new Error(name + ': members missing (' + missing.join(', ') + ') and no admin user yet to reconfigure with; ' +
        'run the sharding step (it creates the cluster admin in the config servers) and re-run this one');
    }
    if (!isWritablePrimary()) {
      throw new Error(name + ': members missing (' + missing.join(', ') + ') but this node is not primary; re-run on ' + cmd('admin', { hello: 1 }).primary);
    }
    missing.forEach(addMember);
  }

  waitFor(name + ' to have a primary', 120, function () {
    return !!cmd('admin', { hello: 1 }).primary;
  });
  const st = must('admin', { replSetGetStatus: 1 }, 'replSetGetStatus');
  st.members.forEach(function (m) { log(name + ': ' + m.name + ' ' + m.stateStr); });
});

function isWritablePrimary() {
  return !!cmd('admin', { hello: 1 }).isWritablePrimary;
}

// hello lists electable members in hosts, priority-0 ones in passives.
function memberHosts(h) {
  return (h.hosts || []).concat(h.passives || [], h.arbiters || []);
}

// A new, empty node where the set already exists (its first member was
// replaced): initiating would make a second set of the same name, and the
// server refuses anyway (the other members hold data). The set's primary
// already lists this host name and sends it the config by heartbeat; the
// node then syncs by itself. So: wait for the config to arrive, initiate nothing.
function joinsExistingSet(name, members) {
  let existing = null;
  members.slice(1).forEach(function (h) {
    const ph = existing ? null : peerHello(h);
    if (ph && ph.setName) existing = { host: h, hello: ph };
  });
  if (!existing) return false;
  if (existing.hello.setName !== name) {
    throw new Error(existing.host + ' belongs to replica set ' + existing.hello.setName + ', not ' + name);
  }
  const self = members[0];
  if (memberHosts(existing.hello).indexOf(self) < 0) {
    throw new Error(name + ' exists without ' + self + '; add it from the primary (' + existing.hello.primary +
      '): list it in the inventory and re-run there, or rs.add() as an operator');
  }
  log(name + ': already initiated on ' + existing.host + '; ' + self + ' is a replacement, waiting for the set to send it the config');
  waitFor(self + ' to receive the ' + name + ' config', 300, function () {
    return cmd('admin', { hello: 1 }).setName === name;
  });
  log(name + ': ' + self + ' rejoined; it performs an initial sync from the set');
  return true;
}

// One member per reconfig: the server refuses to change more than one voting
// member at a time, and the previous config must be committed first.
function addMember(host) {
  waitFor('previous config to commit before adding ' + host, 120, function () {
    const cfg = must('admin', { replSetGetConfig: 1 }, 'replSetGetConfig').config;
    const ids = cfg.members.map(function (m) { return m._id; });
    const next = Object.assign({}, cfg, {
      version: cfg.version + 1,
      members: cfg.members.concat([{ _id: Math.max.apply(null, ids) + 1, host: host, priority: 1 }]),
    });
    const r = cmd('admin', { replSetReconfig: next });
    if (r.ok) {
      log('added member ' + host);
      return true;
    }
    if (r.codeName === 'CurrentConfigNotCommittedYet' || r.codeName === 'ConfigurationInProgress') return false;
    throw new Error('replSetReconfig adding ' + host + ' failed: ' + r.errmsg);
  });
}
