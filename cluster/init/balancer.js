// Stops or starts the balancer through mongos, for binary upgrades and
// feature-compatibility changes (MongoDB's upgrade procedure for sharded
// clusters: balancer off first, on again last). balancerStop returns once the
// current balancing round has finished, so no chunk migration is in flight
// when it reports success.
// https://www.mongodb.com/docs/v7.0/reference/command/balancerStop/
// Inputs: MONGO_INIT_BALANCER=stop|start, MONGO_INIT_ADMIN_USER / _PASSWORD.

main(function () {
  const want = env('BALANCER');
  if (want !== 'stop' && want !== 'start') throw new Error('MONGO_INIT_BALANCER must be stop or start, not ' + want);
  if (cmd('admin', { hello: 1 }).msg !== 'isdbgrid') throw new Error('not connected to a mongos');
  if (!tryAuth(env('ADMIN_USER'), env('ADMIN_PASSWORD'))) throw new Error('cannot authenticate as ' + env('ADMIN_USER'));
  must('admin', want === 'stop' ? { balancerStop: 1, maxTimeMS: 600000 } : { balancerStart: 1, maxTimeMS: 60000 }, 'balancer ' + want);
  const st = must('admin', { balancerStatus: 1 }, 'balancerStatus');
  const expected = want === 'stop' ? 'off' : 'full';
  if (st.mode !== expected) throw new Error('balancer mode is ' + st.mode + ', expected ' + expected);
  if (want === 'stop' && st.inBalancerRound) throw new Error('a balancing round is still running');
  log('balancer ' + (want === 'stop' ? 'stopped' : 'started') + ' (mode ' + st.mode + ')');
});
