package simtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/event"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/description"
	"go.mongodb.org/mongo-driver/mongo/options"
	"go.mongodb.org/mongo-driver/mongo/readpref"
)

// Without the new flags the server is what the C++ tests have always
// started: one listener, and the same single ready line first.
func TestPlainServerReadyLineUnchanged(t *testing.T) {
	s := start(t)
	re := regexp.MustCompile(`^moviedb-test-mongo ready mongodb://127\.0\.0\.1:\d+/ \(FerretDB v[^,]+, dir /.+\)$`)
	if len(s.lines) != 1 || !re.MatchString(s.lines[0]) {
		t.Fatalf("stdout = %q", s.lines)
	}
	c := connect(t, s.ready, nil, nil)
	if err := c.Ping(ctx(t), nil); err != nil {
		t.Fatal(err)
	}
}

// Reads and writes land where the Server Selection spec sends them.
func TestReplicaSetRoutesByReadPreference(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	if !strings.HasSuffix(s.ready, "/?replicaSet=rs0") || strings.Count(s.ready, ",") != 2 {
		t.Fatalf("ready URI %q is not a 3-member seed list", s.ready)
	}
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))

	coll := c.Database("sim").Collection("routes")
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatal(err)
	}
	if err := coll.FindOne(ctx(t), bson.D{}).Err(); err != nil {
		t.Fatal(err)
	}
	secondary := coll.Database().Collection("routes",
		options.Collection().SetReadPreference(readpref.SecondaryPreferred()))
	for i := 0; i < 4; i++ {
		if err := secondary.FindOne(ctx(t), bson.D{}).Err(); err != nil {
			t.Fatal(err)
		}
	}

	inserts := s.commands(t, "insert", "routes")
	if len(inserts) != 1 || inserts[0].Listener != "member0" || inserts[0].ErrorCode != 0 ||
		inserts[0].TxnNumber == nil || !inserts[0].LSID {
		t.Fatalf("the write did not land once on the primary as a retryable write: %v", inserts)
	}
	finds := s.commands(t, "find", "routes")
	if len(finds) != 5 {
		t.Fatalf("want 5 finds, got %v", finds)
	}
	if finds[0].Listener != "member0" || finds[0].ReadPreference != nil {
		t.Errorf("primary read: %v (want member0 without $readPreference)", finds[0])
	}
	for _, f := range finds[1:] {
		if f.Listener == "member0" || f.mode() != "secondaryPreferred" || f.ErrorCode != 0 {
			t.Errorf("secondaryPreferred read: %v (want a secondary, mode secondaryPreferred)", f)
		}
	}
}

// A secondary refuses writes (10107) and reads that did not opt in (13435),
// with the codes, names and labels of the real server.
func TestSecondaryRefusals(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	secondary := s.host(t, "member1")

	// The Go driver, connected directly: the write is refused.
	c := connect(t, "mongodb://"+secondary+"/?directConnection=true", nil, nil)
	_, err := c.Database("sim").Collection("refusals").InsertOne(ctx(t), bson.D{{Key: "x", Value: 1}})
	var se mongo.ServerError
	if !errors.As(err, &se) || !se.HasErrorCode(10107) || !se.HasErrorMessage("not primary") ||
		!se.HasErrorLabel("RetryableWriteError") {
		t.Fatalf("write on a secondary: %v (want 10107 not primary, RetryableWriteError)", err)
	}
	// Directly connected, the driver reads with primaryPreferred (Server
	// Selection spec, topology Single), which a secondary accepts.
	if err = c.Database("sim").Collection("refusals").FindOne(ctx(t), bson.D{}).Err(); err != nil &&
		!errors.Is(err, mongo.ErrNoDocuments) {
		t.Fatalf("direct read: %v", err)
	}
	finds := s.commands(t, "find", "refusals")
	if len(finds) != 1 || finds[0].mode() != "primaryPreferred" || finds[0].ErrorCode != 0 {
		t.Fatalf("direct read log: %v", finds)
	}

	// A read without $readPreference: NotPrimaryNoSecondaryOk.
	reply := raw(t, secondary, bson.D{{Key: "find", Value: "refusals"}, {Key: "$db", Value: "sim"}}, 5*time.Second)
	if reply["code"] != int32(13435) || reply["codeName"] != "NotPrimaryNoSecondaryOk" || reply["topologyVersion"] == nil {
		t.Fatalf("unflagged read on a secondary: %v", reply)
	}
	// The same read with a secondary-permitting $readPreference is served.
	reply = raw(t, secondary, bson.D{{Key: "find", Value: "refusals"}, {Key: "$db", Value: "sim"},
		{Key: "$readPreference", Value: bson.D{{Key: "mode", Value: "secondary"}}}}, 5*time.Second)
	if reply["ok"] != 1.0 || reply["operationTime"] == nil || reply["$clusterTime"] == nil {
		t.Fatalf("secondaryOk read: %v", reply)
	}
	// A write without txnNumber is not a retryable write: no label.
	reply = raw(t, secondary, bson.D{{Key: "drop", Value: "refusals"}, {Key: "$db", Value: "sim"}}, 5*time.Second)
	if reply["code"] != int32(10107) || reply["codeName"] != "NotWritablePrimary" || reply["errorLabels"] != nil {
		t.Fatalf("drop on a secondary: %v", reply)
	}

	// hello on a secondary reports the set as a member would.
	hello := raw(t, secondary, bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if hello["setName"] != "rs0" || hello["secondary"] != true || hello["isWritablePrimary"] != false ||
		hello["primary"] != s.host(t, "member0") || hello["me"] != secondary || hello["electionId"] != nil ||
		hello["lastWrite"] == nil || hello["maxWireVersion"] != int32(21) || hello["topologyVersion"] == nil {
		t.Fatalf("hello on a secondary: %v", hello)
	}
}

// The primary steps down as it fails a write it has applied: the driver
// finds the new primary, retries once with the same txnNumber, and the
// retry is answered from the retryable-write table, so the write is applied
// exactly once.
func TestStepdownMidWriteRetriedOnceAppliedOnce(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	var mu sync.Mutex
	attempts := 0
	cmds := &event.CommandMonitor{Started: func(_ context.Context, e *event.CommandStartedEvent) {
		if e.CommandName == "insert" {
			mu.Lock()
			attempts++
			mu.Unlock()
		}
	}}
	w := &topoWatch{}
	c := connect(t, s.ready, w, cmds)
	w.await(t, "a primary and two secondaries", allKnown(3))
	coll := c.Database("sim").Collection("retry")

	s.post(t, "/faults/writes", map[string]any{"count": 1, "code": 189, "applied": true, "stepDown": true})
	started := time.Now()
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: "once"}}); err != nil {
		t.Fatalf("the retried insert failed: %v", err)
	}
	t.Logf("insert acknowledged after %v", time.Since(started))

	top := s.topology(t)
	if top.Primary == "" || top.Primary == "member0" || top.Term != 2 {
		t.Fatalf("after the stepdown: %v", top)
	}
	inserts := s.commands(t, "insert", "retry")
	if len(inserts) != 2 || attempts != 2 {
		t.Fatalf("want 2 attempts, got %d: %v", attempts, inserts)
	}
	first, retry := inserts[0], inserts[1]
	if first.Listener != "member0" || first.ErrorCode != 189 || !first.Injected ||
		len(first.ErrorLabels) != 1 || first.ErrorLabels[0] != "RetryableWriteError" {
		t.Errorf("first attempt: %v", first)
	}
	if retry.Listener != top.Primary || retry.ErrorCode != 0 || !retry.Retried ||
		first.TxnNumber == nil || retry.TxnNumber == nil || *first.TxnNumber != *retry.TxnNumber {
		t.Errorf("retry: %v (first %v)", retry, first)
	}
	n, err := coll.CountDocuments(ctx(t), bson.D{{Key: "_id", Value: "once"}})
	if err != nil || n != 1 {
		t.Fatalf("documents: %d, %v (want exactly 1)", n, err)
	}
}

// A stepdown: while the election is pending no member is writable and none
// names a primary; awaitable hellos return at once with the new
// topologyVersion; then another member wins with a greater electionId and
// the driver writes to it.
func TestStepdownElectionWindow(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))
	m2 := s.host(t, "member2")

	before := raw(t, s.host(t, "member0"), bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	oldElection := before["electionId"].(primitive.ObjectID)
	tv := raw(t, m2, bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)["topologyVersion"].(bson.M)

	// An awaitable hello on member2, parked until something changes.
	awaited := make(chan bson.M, 1)
	go func() {
		awaited <- raw(t, m2, bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"},
			{Key: "topologyVersion", Value: tv}, {Key: "maxAwaitTimeMS", Value: int64(8000)}}, 10*time.Second)
	}()
	time.Sleep(300 * time.Millisecond)
	select {
	case r := <-awaited:
		t.Fatalf("awaitable hello returned before any change: %v", r)
	default:
	}

	stepped := time.Now()
	s.post(t, "/stepdown", map[string]any{"electionDelayMs": 2000})
	select {
	case r := <-awaited:
		if time.Since(stepped) > time.Second || r["topologyVersion"].(bson.M)["counter"].(int64) <= tv["counter"].(int64) {
			t.Fatalf("awaitable hello after stepdown: %v after %v", r, time.Since(stepped))
		}
	case <-time.After(3 * time.Second):
		t.Fatal("awaitable hello did not return on the stepdown")
	}
	for _, name := range []string{"member0", "member1", "member2"} {
		h := raw(t, s.host(t, name), bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
		if h["isWritablePrimary"] != false || h["primary"] != nil || h["electionId"] != nil {
			t.Fatalf("%s during the election: %v", name, h)
		}
	}

	coll := c.Database("sim").Collection("election")
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatalf("insert across the election: %v", err)
	}
	if time.Since(stepped) < 1500*time.Millisecond {
		t.Errorf("the write was acknowledged %v after the stepdown, inside the 2 s election window", time.Since(stepped))
	}
	top := s.topology(t)
	if top.Primary == "" || top.Primary == "member0" {
		t.Fatalf("no new primary: %v", top)
	}
	after := raw(t, s.host(t, top.Primary), bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	newElection := after["electionId"].(primitive.ObjectID)
	if after["isWritablePrimary"] != true || strings.Compare(newElection.Hex(), oldElection.Hex()) <= 0 {
		t.Fatalf("new primary's hello: %v (old electionId %v)", after, oldElection)
	}
	for _, e := range s.commands(t, "insert", "election") {
		if e.ErrorCode == 0 && e.Listener != top.Primary {
			t.Errorf("insert applied on %s, not the new primary %s", e.Listener, top.Primary)
		}
	}
}

// A member whose lastWrite lags 200 s is beyond maxStalenessSeconds=90: the
// driver sends it no reads.
func TestStaleMemberGetsNoReads(t *testing.T) {
	s := start(t, "--replset", "rs0", "--control", "127.0.0.1:0")
	s.post(t, "/members/member2/stale", map[string]any{"lagSeconds": 200})
	w := &topoWatch{}
	c := connect(t, s.ready, w, nil)
	w.await(t, "a primary and two secondaries", allKnown(3))
	w.await(t, "member2's lag", func(d description.Topology) bool {
		for _, srv := range d.Servers {
			if srv.Kind == description.RSSecondary && time.Since(srv.LastWriteTime) > 100*time.Second {
				return true
			}
		}
		return false
	})

	rp, err := readpref.New(readpref.SecondaryMode, readpref.WithMaxStaleness(90*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	coll := c.Database("sim").Collection("stale", options.Collection().SetReadPreference(rp))
	for i := 0; i < 8; i++ {
		if err := coll.FindOne(ctx(t), bson.D{}).Err(); err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
			t.Fatal(err)
		}
	}
	finds := s.commands(t, "find", "stale")
	if len(finds) != 8 {
		t.Fatalf("want 8 finds, got %v", finds)
	}
	for _, f := range finds {
		if f.Listener != "member1" {
			t.Errorf("read landed on %s (want member1, the only fresh secondary): %v", f.Listener, f)
		}
	}
}

// Through mongos: hello says isdbgrid, the router records each command's
// $readPreference, a secondaryPreferred read goes to a secondary member and
// a write to the primary.
func TestMongosRecordsReadPreference(t *testing.T) {
	s := start(t, "--replset", "rs0", "--mongos", "2", "--control", "127.0.0.1:0")
	if strings.Contains(s.ready, "replicaSet") || strings.Count(s.ready, ",") != 1 || s.replset == "" {
		t.Fatalf("ready URI %q should name the 2 routers (replset line %q)", s.ready, s.replset)
	}
	router := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s.ready, "mongodb://"), "/"), ",")[0]
	hello := raw(t, router, bson.D{{Key: "hello", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if hello["msg"] != "isdbgrid" || hello["setName"] != nil || hello["isWritablePrimary"] != true {
		t.Fatalf("mongos hello: %v", hello)
	}

	c := connect(t, s.ready, nil, nil)
	coll := c.Database("sim").Collection("routed")
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatal(err)
	}
	sp := coll.Database().Collection("routed", options.Collection().SetReadPreference(readpref.SecondaryPreferred()))
	if err := sp.FindOne(ctx(t), bson.D{}).Err(); err != nil {
		t.Fatal(err)
	}
	if err := coll.FindOne(ctx(t), bson.D{}).Err(); err != nil {
		t.Fatal(err)
	}

	var atRouter, atMember []logEntry
	for _, cmd := range []string{"insert", "find"} {
		for _, e := range s.commands(t, cmd, "routed") {
			if strings.HasPrefix(e.Listener, "mongos") {
				atRouter = append(atRouter, e)
			} else {
				atMember = append(atMember, e)
			}
		}
	}
	if len(atRouter) != 3 || len(atMember) != 3 {
		t.Fatalf("router entries %v, member entries %v", atRouter, atMember)
	}
	insert, spRead, primaryRead := atRouter[0], atRouter[1], atRouter[2]
	if insert.Command != "insert" || insert.RoutedTo != "member0" {
		t.Errorf("routed write: %v", insert)
	}
	if spRead.mode() != "secondaryPreferred" || spRead.RoutedTo == "member0" || spRead.RoutedTo == "" {
		t.Errorf("routed secondaryPreferred read: %v", spRead)
	}
	if primaryRead.ReadPreference != nil || primaryRead.RoutedTo != "member0" {
		t.Errorf("routed primary read: %v", primaryRead)
	}
	for _, e := range atMember {
		if !strings.HasPrefix(e.Via, "mongos") || e.ErrorCode != 0 {
			t.Errorf("member entry: %v", e)
		}
	}
}

// A router alone fronts the storage directly.
func TestMongosWithoutReplicaSet(t *testing.T) {
	s := start(t, "--mongos", "1", "--control", "127.0.0.1:0")
	c := connect(t, s.ready, nil, nil)
	coll := c.Database("sim").Collection("direct")
	if _, err := coll.InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatal(err)
	}
	inserts := s.commands(t, "insert", "direct")
	if len(inserts) != 1 || inserts[0].Listener != "mongos0" || inserts[0].RoutedTo != "storage" {
		t.Fatalf("inserts: %v", inserts)
	}
}

// The catalogue a test seeds through the control API is what mongos answers
// from config.*, in the extended JSON types it was given; documents outside
// the catalogue are refused.
func TestSeededCatalogueIsReadThroughMongos(t *testing.T) {
	s := start(t, "--replset", "rs0", "--mongos", "1", "--control", "127.0.0.1:0")
	s.post(t, "/catalogue/chunks", []json.RawMessage{
		json.RawMessage(`{"uuid": {"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAAAA==", "subType": "04"}},
		  "min": {"_id": {"$numberLong": "-9223372036854775808"}}, "max": {"_id": {"$numberLong": "0"}},
		  "shard": "shard-a"}`),
	})
	c := connect(t, s.ready, nil, nil)
	var chunk bson.M
	if err := c.Database("config").Collection("chunks").FindOne(ctx(t), bson.D{}).Decode(&chunk); err != nil {
		t.Fatal(err)
	}
	if chunk["shard"] != "shard-a" || chunk["max"].(bson.M)["_id"] != int64(0) {
		t.Fatalf("chunk read back: %v", chunk)
	}
	// listShards answers from config.shards, on the admin database only.
	s.post(t, "/catalogue/shards", []json.RawMessage{json.RawMessage(`{"_id": "shard-a", "host": "shard-a/h:1", "state": 1}`)})
	router := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s.ready, "mongodb://"), "/"), ",")[0]
	shards := raw(t, router, bson.D{{Key: "listShards", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	if list, ok := shards["shards"].(bson.A); !ok || len(list) != 1 || list[0].(bson.M)["host"] != "shard-a/h:1" {
		t.Fatalf("listShards: %v", shards)
	}
	refused := raw(t, router, bson.D{{Key: "listShards", Value: 1}, {Key: "$db", Value: "sim"}}, 5*time.Second)
	if refused["code"] != int32(13) {
		t.Fatalf("listShards outside admin: %v", refused)
	}
	// balancerStatus: "full" until config.settings stops the balancer, admin only.
	balancer := func() bson.M {
		return raw(t, router, bson.D{{Key: "balancerStatus", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
	}
	if status := balancer(); status["mode"] != "full" || status["inBalancerRound"] != false || status["numBalancerRounds"] != int64(0) {
		t.Fatalf("balancerStatus without settings: %v", status)
	}
	s.post(t, "/catalogue/settings", []json.RawMessage{json.RawMessage(`{"_id": "balancer", "stopped": true}`)})
	if status := balancer(); status["mode"] != "off" {
		t.Fatalf("balancerStatus once stopped: %v", status)
	}
	refused = raw(t, router, bson.D{{Key: "balancerStatus", Value: 1}, {Key: "$db", Value: "sim"}}, 5*time.Second)
	if refused["code"] != int32(13) {
		t.Fatalf("balancerStatus outside admin: %v", refused)
	}

	body, _ := json.Marshal([]json.RawMessage{json.RawMessage(`{"_id": "x"}`)})
	resp, err := http.Post(s.control+"/catalogue/transactions", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("config.transactions seeded: %s", resp.Status)
	}
}

// The balancer's mode as 7.0's config servers read config.settings: a true
// stopped wins, an unknown mode turns it off, a field of the wrong type
// leaves the default.
func TestBalancerStatusReadsTheSettingsAsTheServerDoes(t *testing.T) {
	for settings, want := range map[string]string{
		`{"_id": "balancer", "mode": "off"}`:                    "off",
		`{"_id": "balancer", "stopped": false, "mode": "full"}`: "full",
		`{"_id": "balancer", "stopped": true, "mode": "full"}`:  "off",
		`{"_id": "balancer", "stopped": 1}`:                     "off",
		`{"_id": "balancer", "mode": "autoSplitOnly"}`:          "off",
		`{"_id": "balancer", "stopped": "yes"}`:                 "full",
		`{"_id": "balancer", "mode": 5}`:                        "full",
	} {
		s := start(t, "--replset", "rs0", "--mongos", "1", "--control", "127.0.0.1:0")
		s.post(t, "/catalogue/settings", []json.RawMessage{json.RawMessage(settings)})
		router := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s.ready, "mongodb://"), "/"), ",")[0]
		status := raw(t, router, bson.D{{Key: "balancerStatus", Value: 1}, {Key: "$db", Value: "admin"}}, 5*time.Second)
		if status["mode"] != want {
			t.Errorf("%s: balancerStatus %v, want mode %q", settings, status, want)
		}
	}
}

// $collStats through mongos names a shard in every document, as on a real
// cluster: the primary for an unsharded collection, and for a sharded one
// each shard that owns chunks, with the documents its chunks hold. The
// hashes, worked out apart (Python's hashlib over seed ‖ type 15 ‖ the BSON
// string): tt0700001 -4179903354754799820, tt0100003 -1846189097131196808,
// tt0100001 -82719822668428400, tt0100002 7416161459846795988.
func TestCollStatsThroughMongosNamesTheShards(t *testing.T) {
	s := start(t, "--replset", "rs0", "--mongos", "1", "--control", "127.0.0.1:0")
	doc := func(text string) json.RawMessage { return json.RawMessage(text) }
	const movies = `{"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAAAQ==", "subType": "04"}}`
	const credits = `{"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAAAg==", "subType": "04"}}`
	const empty = `{"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAAAw==", "subType": "04"}}`
	const whole = `{"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAABA==", "subType": "04"}}`
	s.post(t, "/catalogue/shards", []json.RawMessage{
		doc(`{"_id": "shard-a", "host": "shard-a/10.0.1.10:27018,10.0.1.11:27018", "state": 1}`),
		doc(`{"_id": "shard-b", "host": "shard-b/10.0.2.10:27018", "state": 1}`),
	})
	s.post(t, "/catalogue/databases", []json.RawMessage{doc(`{"_id": "sim", "primary": "shard-a"}`)})
	s.post(t, "/catalogue/collections", []json.RawMessage{
		doc(`{"_id": "sim.movies", "key": {"_id": "hashed"}, "uuid": ` + movies + `}`),
		doc(`{"_id": "sim.credits", "key": {"movie_id": 1}, "uuid": ` + credits + `}`),
		doc(`{"_id": "sim.empty", "key": {"k": 1}, "uuid": ` + empty + `}`),
		doc(`{"_id": "sim.whole", "key": {"_id": "hashed"}, "uuid": ` + whole + `}`),
	})
	s.post(t, "/catalogue/chunks", []json.RawMessage{
		doc(`{"uuid": ` + movies + `, "min": {"_id": {"$numberLong": "-9223372036854775808"}}, "max": {"_id": {"$numberLong": "0"}}, "shard": "shard-a"}`),
		doc(`{"uuid": ` + movies + `, "min": {"_id": {"$numberLong": "0"}}, "max": {"_id": {"$numberLong": "9223372036854775807"}}, "shard": "shard-b"}`),
		doc(`{"uuid": ` + credits + `, "min": {"movie_id": ""}, "max": {"movie_id": "tt05"}, "shard": "shard-a"}`),
		doc(`{"uuid": ` + credits + `, "min": {"movie_id": "tt05"}, "max": {"movie_id": "~"}, "shard": "shard-b"}`),
		doc(`{"uuid": ` + empty + `, "min": {"k": ""}, "max": {"k": "~"}, "shard": "shard-b"}`),
		// One chunk over the whole hashed range, as a newly sharded collection has.
		doc(`{"uuid": ` + whole + `, "min": {"_id": {"$numberLong": "-9223372036854775808"}}, "max": {"_id": {"$numberLong": "9223372036854775807"}}, "shard": "shard-b"}`),
	})
	// More chunks than a first batch holds (101), and more documents than the
	// simulator reads at a time (1,000): ten documents a chunk, alternately.
	const many = `{"$binary": {"base64": "AAAAAAAAAAAAAAAAAAAABQ==", "subType": "04"}}`
	s.post(t, "/catalogue/collections", []json.RawMessage{doc(`{"_id": "sim.many", "key": {"n": 1}, "uuid": ` + many + `}`)})
	var manyChunks []json.RawMessage
	for i := 0; i < 120; i++ {
		manyChunks = append(manyChunks, doc(fmt.Sprintf(`{"uuid": %s, "min": {"n": %d}, "max": {"n": %d}, "shard": "shard-%c"}`,
			many, i*10, (i+1)*10, "ab"[i%2])))
	}
	s.post(t, "/catalogue/chunks", manyChunks)
	c := connect(t, s.ready, nil, nil)
	db := c.Database("sim")
	var manyDocs []any
	for n := 0; n < 1200; n++ {
		manyDocs = append(manyDocs, bson.D{{Key: "n", Value: n}})
	}
	if _, err := db.Collection("many").InsertMany(ctx(t), manyDocs); err != nil {
		t.Fatal(err)
	}
	insert := func(collection string, docs ...bson.D) {
		for _, d := range docs {
			if _, err := db.Collection(collection).InsertOne(ctx(t), d); err != nil {
				t.Fatal(err)
			}
		}
	}
	insert("movies", bson.D{{Key: "_id", Value: "tt0100001"}}, bson.D{{Key: "_id", Value: "tt0100002"}},
		bson.D{{Key: "_id", Value: "tt0100003"}}, bson.D{{Key: "_id", Value: "tt0700001"}})
	insert("credits", bson.D{{Key: "movie_id", Value: "tt0100001"}}, bson.D{{Key: "movie_id", Value: "tt0700001"}},
		bson.D{{Key: "movie_id", Value: "tt0700002"}})
	insert("users", bson.D{{Key: "_id", Value: "u1"}}, bson.D{{Key: "_id", Value: "u2"}})
	insert("whole", bson.D{{Key: "_id", Value: "tt0100002"}}, bson.D{{Key: "_id", Value: "tt0700001"}})
	if err := db.CreateCollection(ctx(t), "empty"); err != nil { // as shardCollection leaves it
		t.Fatal(err)
	}
	if _, err := c.Database("elsewhere").Collection("things").InsertOne(ctx(t), bson.D{{Key: "_id", Value: 1}}); err != nil {
		t.Fatal(err)
	}

	router := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s.ready, "mongodb://"), "/"), ",")[0]
	stats := func(database, collection string, pipeline bson.A) bson.M {
		return raw(t, router, bson.D{{Key: "aggregate", Value: collection}, {Key: "pipeline", Value: pipeline},
			{Key: "cursor", Value: bson.D{}}, {Key: "$db", Value: database}}, 5*time.Second)
	}
	count := bson.A{bson.D{{Key: "$collStats", Value: bson.D{{Key: "count", Value: bson.D{}}}}}}
	perShard := func(collection string) map[string]string {
		reply := stats("sim", collection, count)
		cursor, _ := reply["cursor"].(bson.M)
		batch, ok := cursor["firstBatch"].(bson.A)
		if !ok {
			t.Fatalf("%s: %v", collection, reply)
		}
		out := map[string]string{}
		for _, d := range batch {
			m := d.(bson.M)
			out[fmt.Sprint(m["shard"])] = fmt.Sprintf("%v@%v", m["count"], m["host"])
			if m["ns"] != "sim."+collection {
				t.Errorf("%s: ns %v", collection, m["ns"])
			}
		}
		return out
	}
	for collection, want := range map[string]map[string]string{
		"movies":  {"shard-a": "3@10.0.1.10:27018", "shard-b": "1@10.0.2.10:27018"},
		"credits": {"shard-a": "1@10.0.1.10:27018", "shard-b": "2@10.0.2.10:27018"},
		"users":   {"shard-a": "2@10.0.1.10:27018"},
		"empty":   {"shard-b": "0@10.0.2.10:27018"},
		"whole":   {"shard-b": "2@10.0.2.10:27018"}, // hashes near both ends of the range
		"many":    {"shard-a": "600@10.0.1.10:27018", "shard-b": "600@10.0.2.10:27018"},
	} {
		if got := perShard(collection); !reflect.DeepEqual(got, want) {
			t.Errorf("$collStats of %s: %v, want %v", collection, got, want)
		}
	}
	// What one storage cannot answer per shard is refused, not answered as one.
	storage := bson.A{bson.D{{Key: "$collStats", Value: bson.D{{Key: "storageStats", Value: bson.D{}}}}}}
	if reply := stats("sim", "movies", storage); reply["code"] != int32(115) {
		t.Errorf("storageStats across shards: %v", reply)
	}
	if reply := stats("sim", "users", storage); reply["code"] != nil {
		t.Errorf("storageStats of an unsharded collection: %v", reply)
	}
	more := append(bson.A{}, count[0], bson.D{{Key: "$project", Value: bson.D{{Key: "count", Value: 1}}}})
	if reply := stats("sim", "movies", more); reply["code"] != int32(115) {
		t.Errorf("a stage after $collStats: %v", reply)
	}
	// A database the catalogue does not hold: the storage's answer, no shard.
	reply := stats("elsewhere", "things", count)
	first := reply["cursor"].(bson.M)["firstBatch"].(bson.A)[0].(bson.M)
	if _, named := first["shard"]; named || first["count"] == nil {
		t.Errorf("outside the catalogue: %v", reply)
	}
}
