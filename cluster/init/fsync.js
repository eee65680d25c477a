// Locks or unlocks this member against writes for a snapshot of its data
// volume (backup.yml). Run on one SECONDARY of every replica set at once, with
// the balancer stopped, so the snapshots show the config servers and every
// shard at one point. Lock is counted by the server; unlock loops until the
// count is zero, so a retried lock never leaves a member locked.
// https://www.mongodb.com/docs/v7.0/reference/command/fsync/
// https://www.mongodb.com/docs/v7.0/tutorial/backup-sharded-cluster-with-filesystem-snapshots/
// Inputs: MONGO_INIT_FSYNC=lock|unlock, MONGO_INIT_ADMIN_USER / _PASSWORD.

main(function () {
  const want = env('FSYNC');
  if (want !== 'lock' && want !== 'unlock') throw new Error('MONGO_INIT_FSYNC must be lock or unlock, not ' + want);
  if (!tryAuth(env('ADMIN_USER'), env('ADMIN_PASSWORD'))) throw new Error('cannot authenticate as ' + env('ADMIN_USER'));
  const me = must('admin', { hello: 1 }, 'hello');
  if (want === 'lock') {
    // a primary would stop taking writes for the whole set: never lock one
    if (me.isWritablePrimary) throw new Error(me.me + ' is primary; lock a secondary');
    const r = must('admin', { fsync: 1, lock: true }, 'fsync lock');
    log(me.me + ' locked for a snapshot (lockCount ' + r.lockCount + ')');
    return;
  }
  for (let i = 0; i < 100; i++) {
    const r = cmd('admin', { fsyncUnlock: 1 });
    if (!r.ok) {
      if (r.codeName === 'IllegalOperation') break; // not locked (any more)
      throw new Error('fsyncUnlock failed: ' + (r.codeName || r.code) + ': ' + r.errmsg);
    }
    if (!r.lockCount) break;
  }
  log(me.me + ' unlocked');
});
