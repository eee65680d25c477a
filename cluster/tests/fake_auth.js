// Authorisation as MongoDB 7.0 decides it, for the fakes in init_fakes.js:
// which privileges each command the init scripts send requires, what the
// localhost exception grants, and what an authenticated user may do. Anything
// not listed here is refused, so the fakes are never more permissive than the
// server. Each rule names its source.
'use strict';

// Commands that run without authentication: their requiresAuth() is false.
// hello: src/mongo/db/repl/replication_info.cpp (mongod) and
// src/mongo/s/commands/cluster_hello_cmd.cpp (mongos), CmdHello::requiresAuth;
// ping, buildInfo: src/mongo/db/commands/generic.cpp; saslStart/saslContinue
// (what auth() sends): src/mongo/db/auth/sasl_commands.cpp.
const NO_AUTH_COMMANDS = new Set(['hello', 'isMaster', 'ping', 'buildInfo', 'saslStart', 'saslContinue']);

// What an unauthenticated localhost connection may do while no user exists.
// Source: src/mongo/db/auth/authorization_session_impl.cpp,
// AuthorizationSessionImpl::_getDefaultPrivileges (createUser + grantRole on
// admin, createUser on $external, addShard/replSetConfigure/replSetGetStatus on
// the cluster resource); manual: https://www.mongodb.com/docs/v7.0/core/localhost-exception/
const LOCALHOST_EXCEPTION = [
  { db: 'admin', action: 'createUser' },
  { db: 'admin', action: 'grantRole' },
  { db: '$external', action: 'createUser' },
  { cluster: true, action: 'addShard' },
  { cluster: true, action: 'replSetConfigure' },
  { cluster: true, action: 'replSetGetStatus' },
];

// Privileges each command needs (one entry per action; resource is a
// database, a namespace or the cluster). Sources per line.
function requiredPrivileges(dbName, verb, doc) {
  const cluster = (action) => [{ cluster: true, action }];
  switch (verb) {
    // src/mongo/db/commands/user_management_commands.cpp: createUser needs
    // createUser on the user's db and grantRole on each granted role's db.
    case 'createUser':
      return [{ db: dbName, action: 'createUser' }].concat(
        (doc.roles || []).map((r) => ({ db: typeof r === 'string' ? dbName : r.db, action: 'grantRole' })));
    // same file: updateUser with pwd needs changePassword, with roles grant/revoke.
    case 'updateUser':
      return [{ db: dbName, action: 'changePassword' }, { db: dbName, action: 'revokeRole' }];
    // same file: usersInfo needs viewUser on the database it looks in.
    case 'usersInfo':
      return [{ db: dbName, action: 'viewUser' }];
    // src/mongo/db/repl/repl_set_commands.cpp: initiate and reconfig are
    // replSetConfigure; replSetGetConfig and replSetGetStatus have their own actions.
    case 'replSetInitiate':
    case 'replSetReconfig':
      return cluster('replSetConfigure');
    case 'replSetGetStatus':
      return cluster('replSetGetStatus');
    case 'replSetGetConfig':
      return cluster('replSetGetConfig');
    case 'replSetStepDown':
      return cluster('replSetStateChange');
    // src/mongo/s/commands/cluster_add_shard_cmd.cpp, cluster_list_shards_cmd.cpp
    case 'addShard':
      return cluster('addShard');
    case 'listShards':
      return cluster('listShards');
    // src/mongo/s/commands/cluster_enable_sharding_cmd.cpp and
    // cluster_shard_collection_cmd.cpp: enableSharding on the db / namespace.
    case 'enableSharding':
      return [{ db: doc.enableSharding, action: 'enableSharding' }];
    case 'shardCollection':
      return [{ db: String(doc.shardCollection).split('.')[0], action: 'enableSharding' }];
    // src/mongo/db/commands/create_indexes_cmd.cpp: createIndex on the namespace.
    case 'createIndexes':
      return [{ db: dbName, action: 'createIndex' }];
    // src/mongo/s/commands/cluster_balancer_ctrl_cmd.cpp: balancer control is a
    // cluster privilege outside the exception (root holds it).
    case 'balancerStart':
    case 'balancerStop':
    case 'balancerStatus':
      return cluster(verb === 'balancerStatus' ? 'balancerStatus' : 'balancerControl');
    // src/mongo/db/commands/fsync.cpp: fsync (lock) and unlock on the cluster.
    case 'fsync':
      return cluster('fsync');
    case 'fsyncUnlock':
      return cluster('unlock');
    // src/mongo/db/commands/find_cmd.cpp: find on the namespace.
    case 'find':
      return [{ db: dbName, action: 'find' }];
    default:
      // Unknown to this model: require an action nothing grants, so the test
      // fails loudly instead of the fake allowing what the server might not.
      return [{ cluster: true, action: 'unmodelled:' + verb }];
  }
}

function granted(privilege, grants) {
  return grants.some((g) => g.action === privilege.action &&
    (g.cluster ? privilege.cluster === true : !privilege.cluster && g.db === privilege.db));
}

// An authenticated user's roles. The scripts authenticate only as the root
// user; root holds every action above (src/mongo/db/auth/builtin_roles.yml,
// role root = readWriteAnyDatabase + dbAdminAnyDatabase + userAdminAnyDatabase
// + clusterAdmin + restore + backup). Other roles grant nothing here, which is
// stricter than the server, never looser.
function userMay(user, privileges) {
  return user.roles.some((r) => r.role === 'root' && r.db === 'admin') && privileges.length > 0;
}

// Returns null when allowed, else the error the server returns (code 13,
// Unauthorized: src/mongo/base/error_codes.yml).
function authorize({ dbName, verb, doc, user, local, usersExist }) {
  if (NO_AUTH_COMMANDS.has(verb)) return null;
  const needs = requiredPrivileges(dbName, verb, doc);
  if (user) return userMay(user, needs) ? null : 'not authorized on ' + dbName + ' to execute command { ' + verb + ' }';
  // The exception holds only for connections from the loopback interface and
  // only while no user exists (in the user store this server consults: its
  // own admin.system.users; for mongos, the config servers').
  // Source: src/mongo/db/auth/authz_session_external_state_server_common.cpp
  // (_checkShouldAllowLocalhost: client is local && !hasAnyPrivilegeDocuments).
  if (local && !usersExist && needs.every((p) => granted(p, LOCALHOST_EXCEPTION))) return null;
  return 'command ' + verb + ' requires authentication';
}

module.exports = { authorize, requiredPrivileges, LOCALHOST_EXCEPTION, NO_AUTH_COMMANDS };
