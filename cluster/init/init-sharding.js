// Turns initiated replica sets into the moviedb sharded cluster, through mongos,
// idempotently: cluster admin → addShard × N → enableSharding → shard-key
// indexes → shardCollection → application users.
//
// Inputs (environment):
//   MONGO_INIT_SHARDS     rsName/host:port,host:port,...;rsName/...   (one entry per shard)
//   MONGO_INIT_DB         the application database (moviedb)
//   MONGO_INIT_ADMIN_USER / _PASSWORD       root; used only here and by operators
//   MONGO_INIT_API_USER / _PASSWORD         readWrite on MONGO_INIT_DB only
//   MONGO_INIT_MONITOR_USER / _PASSWORD     clusterMonitor (the admin cluster view)
//   MONGO_INIT_TEST_USER / _PASSWORD        optional; local topology only: the test
//                                           suites create and drop their own databases

// The shard keys are the contract in shared/architecture.md. unique: the
// (user_id, movie_id) pair is the interaction's identity, and a unique index on
// a sharded collection must be prefixed by the shard key, so it IS the key.
// index: the index that backs the key, with exactly the name, key and options
// the API creates at start-up (api/store/mongo/mongo_store.cpp, index_specs),
// or the API's own createIndexes would fail with IndexOptionsConflict
// (tests/init_js_test.js compares them). credits' key {movie_id: 1} is backed
// by the API's unique credit index, which starts with movie_id; movies' hashed
// key by the server's default name (the API creates no hashed index).
const SHARDED_COLLECTIONS = [
  { coll: 'movies', key: { _id: 'hashed' }, unique: false, index: { name: '_id_hashed', key: { _id: 'hashed' } } },
  {
    coll: 'user_interactions', key: { user_id: 1, movie_id: 1 }, unique: true,
    index: { name: 'user_movie_unique', key: { user_id: 1, movie_id: 1 }, unique: true },
  },
  {
    coll: 'credits', key: { movie_id: 1 }, unique: false,
    index: { name: 'credit_unique', key: { movie_id: 1, person_id: 1, role: 1, character: 1 }, unique: true },
  },
];

main(function () {
  const dbName = env('DB', 'moviedb');
  const shards = splitList(env('SHARDS'), ';').map(parseShard);
  const adminUser = env('ADMIN_USER');
  const adminPwd = env('ADMIN_PASSWORD');

  waitFor('mongos to answer', 120, function () { return !!cmd('admin', { hello: 1 }).ok; });
  const hello = cmd('admin', { hello: 1 });
  if (hello.msg !== 'isdbgrid') throw new Error('not connected to a mongos (hello.msg=' + hello.msg + ')');

  // Cluster admin: created over mongos's localhost exception on the first run,
  // which also closes the config servers' exception (they store cluster users).
  // Nothing else is sent before it exists: listShards and usersInfo are
  // outside the exception.
  if (!tryAuth(adminUser, adminPwd)) createFirstUser(adminUser, adminPwd, [{ role: 'root', db: 'admin' }]);
  log('authenticated as ' + adminUser);

  const have = must('admin', { listShards: 1 }, 'listShards').shards.map(function (s) { return s._id; });
  shards.forEach(function (s) {
    if (have.indexOf(s.name) >= 0) {
      log('shard ' + s.name + ' already added');
      return;
    }
    must('admin', { addShard: s.name + '/' + s.hosts.join(','), name: s.name }, 'addShard ' + s.name);
    log('added shard ' + s.name + ' (' + s.hosts.join(',') + ')');
  });

  must('admin', { enableSharding: dbName }, 'enableSharding ' + dbName);
  log('sharding enabled on ' + dbName);

  SHARDED_COLLECTIONS.forEach(function (spec) { shardCollection(dbName, spec); });

  ensureUser(env('API_USER'), env('API_PASSWORD'), [{ role: 'readWrite', db: dbName }]);
  ensureUser(env('MONITOR_USER'), env('MONITOR_PASSWORD'), [{ role: 'clusterMonitor', db: 'admin' }]);
  const testUser = env('TEST_USER', '-');
  if (testUser !== '-') {
    ensureUser(testUser, env('TEST_PASSWORD'), [
      { role: 'readWriteAnyDatabase', db: 'admin' },
      { role: 'dbAdminAnyDatabase', db: 'admin' },
      { role: 'clusterMonitor', db: 'admin' },
    ]);
  }

  must('admin', { listShards: 1 }, 'listShards').shards.forEach(function (s) {
    log('shard ' + s._id + ' ' + s.host);
  });
});

function parseShard(entry) {
  const slash = entry.indexOf('/');
  if (slash <= 0) throw new Error('bad shard entry "' + entry + '": want rsName/host:port,...');
  return { name: entry.slice(0, slash), hosts: splitList(entry.slice(slash + 1), ',') };
}

// Key documents compare by field order and value; BSON numbers come back as
// 1 or 1.0 depending on who wrote them, so normalise before comparing.
function keyString(key) {
  return JSON.stringify(Object.keys(key).map(function (k) {
    return [k, key[k] === 'hashed' ? 'hashed' : Number(key[k])];
  }));
}

function shardCollection(dbName, spec) {
  const ns = dbName + '.' + spec.coll;
  // The shard-key index first: sharding a collection that already holds data
  // requires it, and creating it is a no-op when it exists.
  must(dbName, { createIndexes: spec.coll, indexes: [spec.index] }, 'createIndexes ' + ns);

  const found = must('config', { find: 'collections', filter: { _id: ns }, limit: 1 }, 'read config.collections');
  const doc = found.cursor.firstBatch[0];
  if (doc && !doc.dropped && doc.key) {
    if (keyString(doc.key) !== keyString(spec.key)) {
      throw new Error(ns + ' is sharded on ' + JSON.stringify(doc.key) + ', expected ' + JSON.stringify(spec.key) +
        ': resharding is an operator decision (reshardCollection), not an init step');
    }
    log(ns + ' already sharded on ' + JSON.stringify(spec.key));
    return;
  }
  must('admin', { shardCollection: ns, key: spec.key, unique: spec.unique }, 'shardCollection ' + ns);
  log('sharded ' + ns + ' on ' + JSON.stringify(spec.key) + (spec.unique ? ' (unique)' : ''));
}
