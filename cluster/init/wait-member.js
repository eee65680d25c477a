// Waits until this member is healthy again after a restart: PRIMARY or
// SECONDARY, the set has a primary, and (as a secondary) it is less than
// MONGO_INIT_MAX_LAG_SECONDS (default 10) behind. rolling.yml moves on to
// the next member only then. Inputs: MONGO_INIT_ADMIN_USER / _PASSWORD.

main(function () {
  const maxLag = Number(env('MAX_LAG_SECONDS', '10'));
  waitFor('mongod to accept connections', 300, function () { return !!cmd('admin', { hello: 1 }).ok; });
  if (!tryAuth(env('ADMIN_USER'), env('ADMIN_PASSWORD'))) throw new Error('cannot authenticate as ' + env('ADMIN_USER'));
  waitFor('PRIMARY or SECONDARY with a primary in the set', 600, function () {
    const h = cmd('admin', { hello: 1 });
    return (h.isWritablePrimary || h.secondary) && !!h.primary;
  });
  waitFor('replication lag under ' + maxLag + 's', 600, function () {
    const st = cmd('admin', { replSetGetStatus: 1 });
    if (!st.ok) return false;
    const primary = st.members.filter(function (m) { return m.stateStr === 'PRIMARY'; })[0];
    const self = st.members.filter(function (m) { return m.self; })[0];
    if (!primary || !self) return false;
    return (primary.optimeDate - self.optimeDate) / 1000 <= maxLag;
  });
  const h = cmd('admin', { hello: 1 });
  log(h.me + ' healthy as ' + (h.isWritablePrimary ? 'PRIMARY' : 'SECONDARY') + ' of ' + h.setName);
});
