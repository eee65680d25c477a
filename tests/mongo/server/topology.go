package main

// The simulated replica set's state: who is primary, the election term, each
// member's topologyVersion and injected faults. One mutex guards it all; every
// change that a hello reply would show closes the `changed` channel, which
// wakes the awaitable hellos (SDAM "Awaitable hello or legacy hello
// Protocol": reply when topologyVersion.counter moves or maxAwaitTimeMS
// elapses) so drivers learn of a stepdown at once instead of a heartbeat
// later.
//
// Nothing is replicated: every member forwards to the one FerretDB, so data
// is always "replicated" instantly; lag exists only in what hello reports.

import (
	"encoding/binary"
	"net"
	"sync"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// The wire versions this simulator claims are FerretDB 1.24's (it reports
// 0..21, MongoDB 7.0): the members must not promise features the storage
// behind them lacks, and drivers see one consistent value everywhere.
const (
	minWireVersion               = 0
	maxWireVersion               = 21
	logicalSessionTimeoutMinutes = 30
)

type member struct {
	index     int
	name      string // listener name in the log and control API: member0...
	host      string // 127.0.0.1:PORT as it appears in hosts/me/primary
	listener  net.Listener
	processID primitive.ObjectID
	counter   int64

	// Faults, set through the control API.
	unreachable bool
	delay       time.Duration
	lag         time.Duration

	conns map[net.Conn]struct{}
}

type router struct {
	name      string
	host      string
	listener  net.Listener
	processID primitive.ObjectID
	conns     map[net.Conn]struct{}
}

// writeFault is "fail the next count writes on the primary".
type writeFault struct {
	Count    int    `json:"count"`
	Code     int32  `json:"code"`
	Errmsg   string `json:"errmsg,omitempty"`
	Applied  bool   `json:"applied"`  // apply the write to storage, then report the error (a lost acknowledgement)
	StepDown bool   `json:"stepDown"` // the primary steps down as it fails the write
}

type topology struct {
	mu sync.Mutex

	setName    string
	members    []*member
	routers    []*router
	primary    int // index into members, -1 while an election is pending
	term       int64
	setVersion int64

	electionDelay time.Duration
	election      *time.Timer
	changed       chan struct{}

	faults writeFault

	// The cluster clock: $clusterTime and operationTime. Writes advance it.
	clockT, clockI uint32

	// The retryable-write table (the server's config.transactions): the reply
	// to each (lsid, txnNumber) that succeeded, so that a retry of a write the
	// storage already applied answers the first reply and applies nothing.
	retried map[string]bsoncore.Document

	nextConnID int32
}

func newTopology(setName string, electionDelay time.Duration) *topology {
	return &topology{
		setName:       setName,
		primary:       0,
		term:          1,
		setVersion:    1,
		electionDelay: electionDelay,
		changed:       make(chan struct{}),
		retried:       map[string]bsoncore.Document{},
	}
}

// signal wakes every awaitable hello. Callers hold t.mu.
func (t *topology) signal() {
	close(t.changed)
	t.changed = make(chan struct{})
}

// bumpAll marks a change every member's hello shows (the primary field, the
// set version): each member's counter moves. Callers hold t.mu.
func (t *topology) bumpAll() {
	for _, m := range t.members {
		m.counter++
	}
	t.signal()
}

func (t *topology) connID() int32 {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.nextConnID++
	return t.nextConnID
}

// now returns the cluster time; tick advances it for a write.
func (t *topology) now() primitive.Timestamp {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.nowLocked(false)
}

func (t *topology) tick() primitive.Timestamp {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.nowLocked(true)
}

func (t *topology) nowLocked(advance bool) primitive.Timestamp {
	secs := uint32(time.Now().Unix())
	switch {
	case secs > t.clockT:
		t.clockT, t.clockI = secs, 1
	case advance:
		t.clockI++
	}
	return primitive.Timestamp{T: t.clockT, I: t.clockI}
}

// clusterTimeElements is what every reply carries: $clusterTime with the
// dummy signature an unauthenticated deployment sends, and operationTime
// (Causal Consistency spec: drivers gossip the one and use the other as
// afterClusterTime).
func clusterTimeElements(ts primitive.Timestamp) []byte {
	return elements(bson.D{
		{Key: "$clusterTime", Value: bson.D{
			{Key: "clusterTime", Value: ts},
			{Key: "signature", Value: bson.D{
				{Key: "hash", Value: primitive.Binary{Subtype: 0, Data: make([]byte, 20)}},
				{Key: "keyId", Value: int64(0)},
			}},
		}},
		{Key: "operationTime", Value: ts},
	})
}

// electionID is what a real primary reports: an ObjectId whose first four
// bytes are 0x7fffffff and whose last eight are the term, so that later
// elections compare greater (drivers use it to ignore a stale primary).
func electionID(term int64) primitive.ObjectID {
	var id primitive.ObjectID
	binary.BigEndian.PutUint32(id[0:4], 0x7fffffff)
	binary.BigEndian.PutUint64(id[4:12], uint64(term))
	return id
}

// stepDown makes the primary a secondary now and elects another member
// after delay (nil: the default). During the window there is no primary.
// Callers hold t.mu.
func (t *topology) stepDownLocked(delay *time.Duration, next int) bool {
	if t.primary < 0 {
		return false
	}
	old := t.primary
	t.primary = -1
	t.bumpAll()
	d := t.electionDelay
	if delay != nil {
		d = *delay
	}
	if t.election != nil {
		t.election.Stop()
	}
	t.election = time.AfterFunc(d, func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.election = nil
		t.electLocked(old, next)
	})
	return true
}

// electLocked picks the next primary: `next` when it names a member, else the
// first reachable member after `old` with the least lag (a real election
// prefers the most up-to-date electable member). Callers hold t.mu.
func (t *topology) electLocked(old, next int) {
	if t.primary >= 0 {
		return
	}
	choice := -1
	if next >= 0 && next < len(t.members) && !t.members[next].unreachable {
		choice = next
	} else {
		n := len(t.members)
		for k := 1; k <= n; k++ {
			i := (old + k) % n
			m := t.members[i]
			if m.unreachable || (i == old && n > 1 && choice >= 0) {
				continue
			}
			if choice < 0 || m.lag < t.members[choice].lag {
				choice = i
			}
		}
	}
	if choice < 0 {
		return // nobody reachable: stays without a primary until reset
	}
	t.primary = choice
	t.term++
	t.bumpAll()
}

// lastWrite is the member's lastWrite document: a live member wrote "now"
// (a real idle primary writes a no-op every 10 s, so its lastWriteDate
// never trails much), a stale one `lag` ago. This is what the Server
// Selection spec's maxStalenessSeconds arithmetic reads.
func (t *topology) lastWriteLocked(m *member) bson.D {
	at := time.Now().Add(-m.lag).Truncate(time.Millisecond)
	op := bson.D{
		{Key: "ts", Value: primitive.Timestamp{T: uint32(at.Unix()), I: 1}},
		{Key: "t", Value: t.term},
	}
	return bson.D{
		{Key: "opTime", Value: op},
		{Key: "lastWriteDate", Value: at},
		{Key: "majorityOpTime", Value: op},
		{Key: "majorityWriteDate", Value: at},
	}
}

func topologyVersion(processID primitive.ObjectID, counter int64) bson.D {
	return bson.D{{Key: "processId", Value: processID}, {Key: "counter", Value: counter}}
}
