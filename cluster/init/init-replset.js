// Initiates one replica set (the config servers or one shard), idempotently.
// Run on the FIRST member over 127.0.0.1: before any user exists, only the
// localhost exception lets us in, and only until the first user is created.
//
// Inputs (environment):
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
  const status = cmd('admin', { replSetGetStatus: 1 });
  if (!status.ok && (status.code === 94 || status.codeName === 'NotYetInitialized')) {
    const config = {
      _id: name,
      members: members.map(function (host, i) {
        return { _id: i, host: host, priority: i === 0 ? 2 : 1 };
      }),
    };
    if (configsvr) config.configsvr = true;
    must('admin', { replSetInitiate: config }, 'replSetInitiate ' + name);
    log(name + ': initiated with ' + members.join(', '));
  } else if (!status.ok) {
    throw new Error(name + ': cannot read replica set status (' + (status.codeName || status.code) +
      '): wrong admin password, or users exist and the localhost exception is closed');
  } else {
    if (status.set !== name) throw new Error('this node belongs to replica set ' + status.set + ', not ' + name);
    log(name + ': already initiated');
  }

  // 2. the shard-local admin closes this shard's localhost exception for good.
  if (localAdmin && !authed) {
    waitFor(name + ' primary on this node', 120, isWritablePrimary);
    ensureUser(adminUser, adminPwd, [{ role: 'root', db: 'admin' }]);
    authed = tryAuth(adminUser, adminPwd);
    if (!authed) throw new Error(name + ': created ' + adminUser + ' but cannot authenticate as it');
  }

  // 3. add members that the inventory names but the set lacks (a replaced or
  //    new host). Removing members stays a human decision: we only warn.
  const current = must('admin', { replSetGetConfig: 1 }, 'replSetGetConfig').config;
  const have = current.members.map(function (m) { return m.host; });
  const missing = members.filter(function (h) { return have.indexOf(h) < 0; });
  const extra = have.filter(function (h) { return members.indexOf(h) < 0; });
  if (extra.length) log(name + ': WARNING members not in the inventory: ' + extra.join(', '));
  if (missing.length) {
    if (!isWritablePrimary()) {
      const hello = cmd('admin', { hello: 1 });
      throw new Error(name + ': members missing (' + missing.join(', ') + ') but this node is not primary; re-run on ' + hello.primary);
    }
    missing.forEach(addMember);
  }

  waitFor(name + ' to have a primary', 120, function () {
    const h = cmd('admin', { hello: 1 });
    return !!h.primary;
  });
  const st = must('admin', { replSetGetStatus: 1 }, 'replSetGetStatus');
  st.members.forEach(function (m) { log(name + ': ' + m.name + ' ' + m.stateStr); });
});

function isWritablePrimary() {
  const h = cmd('admin', { hello: 1 });
  return !!h.isWritablePrimary;
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
