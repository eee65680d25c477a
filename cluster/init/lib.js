// Shared helpers for the initialisation scripts. mongo-init.sh concatenates
// this file in front of init-replset.js / init-sharding.js and runs the result
// with mongosh; tests/init_js_test.js runs the same text against a fake server.
//
// Every step is "look, then act only if needed", so any script can be re-run
// at any time. Inputs come from MONGO_INIT_* environment variables, never from
// the command line (a password on argv is visible in ps to every local user).
// Only the globals db (through cmd and tryAuth alone), connect (through
// peerHello alone), sleep, print, quit and process are used, which is what
// lets the tests swap in fake servers.
//
// Before the first user exists, the server accepts from a loopback connection
// only what its localhost exception grants: createUser/grantRole on admin,
// replSetInitiate/replSetReconfig, replSetGetStatus, addShard, plus commands
// that need no authentication at all (hello, ping). Not usersInfo, not
// replSetGetConfig, not listShards. So an unauthenticated step uses only
// those, creates the first user directly, then authenticates for the rest.
// https://www.mongodb.com/docs/v7.0/core/localhost-exception/

function env(name, fallback) {
  const v = process.env['MONGO_INIT_' + name];
  if (v === undefined || v === '') {
    if (fallback !== undefined) return fallback;
    throw new Error('MONGO_INIT_' + name + ' is not set');
  }
  return v;
}

function log(msg) {
  print('[mongo-init] ' + msg);
}

// Runs a command and always returns the reply document: mongosh throws on
// ok:0 and we want to branch on the error code instead.
function cmd(dbName, doc) {
  try {
    return db.getSiblingDB(dbName).runCommand(doc);
  } catch (e) {
    return { ok: 0, code: e.code, codeName: e.codeName, errmsg: e.message };
  }
}

function must(dbName, doc, what) {
  const r = cmd(dbName, doc);
  if (!r.ok) throw new Error(what + ' failed: ' + (r.codeName || r.code) + ': ' + r.errmsg);
  return r;
}

function tryAuth(user, pwd) {
  try {
    const r = db.getSiblingDB('admin').auth(user, pwd);
    return !!(r && r.ok);
  } catch (e) {
    return false;
  }
}

function waitFor(what, seconds, check) {
  for (let i = 0; i < seconds; i++) {
    if (check()) return;
    sleep(1000);
  }
  throw new Error('timed out after ' + seconds + 's waiting for ' + what);
}

// The first user, through the localhost exception (which it closes). If the
// server refuses or the reply is lost, the user may still exist (a previous
// run, or this one before the connection dropped): being able to
// authenticate is what counts.
function createFirstUser(name, pwd, roles) {
  const r = cmd('admin', { createUser: name, pwd: pwd, roles: roles, writeConcern: { w: 'majority', wtimeout: 60000 } });
  if (r.ok) log('created user ' + name + ' ' + describeRoles(roles) + ' (localhost exception, now closed)');
  if (tryAuth(name, pwd)) return;
  if (r.code === 13) {
    throw new Error('cannot authenticate as ' + name + ' and the localhost exception is closed (a user exists): wrong password?');
  }
  throw new Error('createUser ' + name + ' failed: ' + (r.codeName || r.code) + ': ' + r.errmsg);
}

// hello from another member, which needs no authentication; null when it
// cannot be reached. The URI is this node's with the host swapped, so TLS
// options carry over.
function peerHello(host) {
  const base = env('URI');
  const uri = base.replace(/^mongodb:\/\/[^/?]+/, 'mongodb://' + host) +
    (base.indexOf('?') >= 0 ? '&' : '?') + 'serverSelectionTimeoutMS=5000';
  try {
    return connect(uri).getSiblingDB('admin').runCommand({ hello: 1 });
  } catch (e) {
    return null;
  }
}

// Creates the user or, if it exists, resets its password and roles: re-running
// is how passwords are rotated and how roles drift back to least privilege.
// Needs an authenticated connection (usersInfo is outside the exception).
function ensureUser(name, pwd, roles) {
  const found = must('admin', { usersInfo: name }, 'usersInfo ' + name);
  const exists = found.users && found.users.length > 0;
  const wc = { w: 'majority', wtimeout: 60000 };
  if (!exists) {
    must('admin', { createUser: name, pwd: pwd, roles: roles, writeConcern: wc }, 'createUser ' + name);
    log('created user ' + name + ' ' + describeRoles(roles));
  } else {
    must('admin', { updateUser: name, pwd: pwd, roles: roles, writeConcern: wc }, 'updateUser ' + name);
    log('user ' + name + ' exists; password and roles reset to ' + describeRoles(roles));
  }
}

function describeRoles(roles) {
  return roles.map(function (r) { return r.role + '@' + r.db; }).join(',');
}

// "a:1,b:2" -> ["a:1","b:2"], rejecting empty entries early.
function splitList(s, sep) {
  return s.split(sep).map(function (x) { return x.trim(); }).filter(function (x) { return x.length > 0; });
}

function main(fn) {
  try {
    fn();
  } catch (e) {
    print('[mongo-init] FAILED: ' + e.message);
    if (typeof quit === 'function') quit(1);
    throw e;
  }
}
