package simtest

import (
	"errors"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"go.mongodb.org/mongo-driver/mongo/readpref"
)

// An unreachable secondary gets no reads and refuses connections; made
// reachable again (reset), the driver finds it again.
func TestUnreachableMemberAndReset(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))

	s.post(t, "/members/member1/unreachable", map[string]any{"unreachable": true})
	w.await(t, "member1 unreachable", allKnown(2))
	coll := c.Database("sim").Collection("unreachable",
		options.Collection().SetReadPreference(readpref.Secondary()))
	for i := 0; i < 4; i++ {
		if err := coll.FindOne(ctx(t), bson.D{}).Err(); err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
			t.Fatal(err)
		}
	}
	for _, f := range s.commands(t, "find", "unreachable") {
		if f.Listener != "member2" {
			t.Errorf("read on %s while member1 is unreachable: %v", f.Listener, f)
		}
	}

	s.post(t, "/reset", nil)
	w.await(t, "member1 back", allKnown(3))
}

// The primary made unreachable: the others elect a new primary after the
// election delay, and writes follow it.
func TestUnreachablePrimaryIsReplaced(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0", "--election-delay", "500ms")
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))
	s.post(t, "/members/member0/unreachable", nil)
	coll := c.Database("sim").Collection("failover")
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatalf("insert after the primary became unreachable: %v", err)
	}
	top := s.topology(t)
	if top.Primary == "" || top.Primary == "member0" {
		t.Fatalf("primary after failover: %v", top)
	}
	ok := s.commands(t, "insert", "failover")
	if len(ok) == 0 || ok[len(ok)-1].Listener != top.Primary || ok[len(ok)-1].ErrorCode != 0 {
		t.Fatalf("inserts: %v", ok)
	}
}

// A slow member answers every command after its delay.
func TestSlowMember(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	s.post(t, "/members/member2/slow", map[string]any{"delayMs": 400})
	started := time.Now()
	reply := raw(t, s.host(t, "member2"), bson.D{{Key: "ping", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if reply["ok"] != 1.0 || time.Since(started) < 400*time.Millisecond {
		t.Fatalf("ping on a slow member: %v after %v", reply, time.Since(started))
	}
}

// Causal consistency: after a write, a read in the same causally consistent
// session carries readConcern.afterClusterTime (the operationTime the write
// returned); the simulator logs it and the storage, which never saw it,
// answers.
func TestCausalConsistencyAfterClusterTime(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))
	sess, err := c.StartSession(options.Session().SetCausalConsistency(true))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.EndSession(ctx(t))
	coll := c.Database("sim").Collection("causal", options.Collection().SetReadPreference(readpref.Secondary()))
	err = mongo.WithSession(ctx(t), sess, func(sc mongo.SessionContext) error {
		if _, err := coll.InsertOne(sc, bson.D{{Key: "_id", Value: 1}}); err != nil {
			return err
		}
		return coll.FindOne(sc, bson.D{{Key: "_id", Value: 1}}).Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	finds := s.commands(t, "find", "causal")
	if len(finds) != 1 || finds[0].AfterClusterTime == nil || finds[0].Listener == "member0" || finds[0].ErrorCode != 0 {
		t.Fatalf("causal read: %v", finds)
	}
}

// The control API clears the log and bumps setVersion on reconfig.
func TestControlLogClearAndReconfig(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	_ = raw(t, s.host(t, "member0"), bson.D{{Key: "ping", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if len(s.commands(t, "ping", "")) != 1 {
		t.Fatal("ping not logged")
	}
	s.post(t, "/log/clear", nil)
	if n := len(s.commands(t, "ping", "")); n != 0 {
		t.Fatalf("%d entries after clear", n)
	}
	s.post(t, "/reconfig", nil)
	h := raw(t, s.host(t, "member1"), bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if h["setVersion"] != int32(2) {
		t.Fatalf("setVersion after reconfig: %v", h["setVersion"])
	}
}
