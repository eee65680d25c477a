// Prints this member's replication state for rolling.yml, which restarts the
// secondaries of a set before its primary. Uses only hello, which needs no
// authentication, so it also works before the admin user exists.
// Output: one line "[mongo-init] member-state=PRIMARY|SECONDARY|OTHER set=NAME".

main(function () {
  const h = must('admin', { hello: 1 }, 'hello');
  const state = h.isWritablePrimary ? 'PRIMARY' : (h.secondary ? 'SECONDARY' : 'OTHER');
  log('member-state=' + state + ' set=' + (h.setName || '-'));
});
