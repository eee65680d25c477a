// Steps this member down if it is primary, and waits until another member has
// taken over. Used by rolling.yml before restarting a member, and by the
// failover drill (README). Inputs: MONGO_INIT_ADMIN_USER / _PASSWORD.

main(function () {
  if (!tryAuth(env('ADMIN_USER'), env('ADMIN_PASSWORD'))) throw new Error('cannot authenticate as ' + env('ADMIN_USER'));
  const me = cmd('admin', { hello: 1 });
  if (!me.isWritablePrimary) {
    log(me.me + ' is not primary (' + (me.secondary ? 'secondary' : 'other') + '); nothing to do');
    return;
  }
  // secondaryCatchUpPeriodSecs: only step down once a secondary has caught up,
  // so no acknowledged majority write is rolled back.
  const r = cmd('admin', { replSetStepDown: 120, secondaryCatchUpPeriodSecs: 30 });
  if (!r.ok && r.codeName !== 'HostUnreachable' && r.codeName !== 'InterruptedDueToReplStateChange') {
    throw new Error('replSetStepDown failed: ' + r.codeName + ': ' + r.errmsg);
  }
  waitFor('a new primary', 120, function () {
    const h = cmd('admin', { hello: 1 });
    return !h.isWritablePrimary && !!h.primary && h.primary !== me.me;
  });
  log('stepped down ' + me.me + '; primary is now ' + cmd('admin', { hello: 1 }).primary);
});
