package main

// A replica-set member: a loopback listener that answers hello itself, from
// the simulated topology, and forwards every other command to the storage
// after applying the rules a member in its state applies: a secondary
// refuses writes (NotWritablePrimary) and reads that did not opt in to a
// secondary (NotPrimaryNoSecondaryOk); the primary may fail writes on
// request (the control API's write faults).

import (
	"fmt"
	"net"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/bsontype"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

func (s *simulator) acceptMember(m *member) {
	for {
		c, err := m.listener.Accept()
		if err != nil {
			return
		}
		s.topo.mu.Lock()
		refused := m.unreachable
		if !refused {
			m.conns[c] = struct{}{}
		}
		s.topo.mu.Unlock()
		if refused {
			// Unreachable: the connection is closed before the handshake,
			// which a driver sees as a network error, as with a dead host.
			c.Close()
			continue
		}
		go s.serveTracked(c, m.conns, func(req *request, cc *clientConn) (bsoncore.Document, error) {
			return s.memberCommand(m, req, cc, "")
		})
	}
}

// serveTracked serves one accepted connection of a member or router (already
// in conns, which the control API closes to make a listener unreachable) and
// forgets it when it ends.
func (s *simulator) serveTracked(c net.Conn, conns map[net.Conn]struct{}, handle handler) {
	defer func() {
		s.topo.mu.Lock()
		delete(conns, c)
		s.topo.mu.Unlock()
	}()
	serveConn(c, &clientConn{id: s.topo.connID(), storage: &storageConn{addr: s.storageAddr}}, handle)
}

// memberCommand handles one command on member m; via names the router that
// forwarded it ("" when a driver connected to the member directly).
func (s *simulator) memberCommand(m *member, req *request, cc *clientConn, via string) (bsoncore.Document, error) {
	t := s.topo
	t.mu.Lock()
	unreachable, delay := m.unreachable, m.delay
	t.mu.Unlock()
	if unreachable {
		return nil, errDrop
	}
	if delay > 0 {
		time.Sleep(delay)
	}
	if isHello(req.name) {
		reply := s.memberHello(m, req, cc)
		s.log.add(logEntry{Listener: m.name, Via: via, ConnectionID: cc.id, Command: req.name, DB: req.db})
		return reply, nil
	}

	entry := newEntry(m.name, req, cc)
	entry.Via = via
	var reply bsoncore.Document
	var err error
	if req.name == "endSessions" {
		reply = endSessionsReply(t)
	} else {
		reply, err = s.memberDispatch(m, req, cc, &entry)
	}
	if err != nil {
		return nil, err
	}
	entry.ErrorCode, entry.ErrorLabels = replyError(reply)
	s.log.add(entry)
	return reply, nil
}

func (s *simulator) memberDispatch(m *member, req *request, cc *clientConn, entry *logEntry) (bsoncore.Document, error) {
	t := s.topo
	kind := kindOf(req.name, req.cmd)
	retryable := isRetryableWrite(req.name, req.cmd)

	t.mu.Lock()
	isPrimary := t.primary == m.index
	var fault *writeFault
	if kind == allowedNever && isPrimary && t.faults.Count > 0 {
		f := t.faults
		t.faults.Count--
		fault = &f
	}
	t.mu.Unlock()

	switch {
	case kind == allowedNever && !isPrimary:
		return s.stateChangeError(m, 10107, "", retryable), nil
	case kind == allowedOptIn && !isPrimary && !req.secondaryOk:
		return s.stateChangeError(m, 13435, "", false), nil
	}

	// A retry of a write this set already applied answers the first reply.
	key := retryKey(req, retryable)
	if key != "" {
		t.mu.Lock()
		cached, ok := t.retried[key]
		t.mu.Unlock()
		if ok {
			entry.Retried = true
			return withClusterTime(cached, t.now()), nil
		}
	}

	if fault != nil && !fault.Applied {
		entry.Injected = true
		return s.injectedFault(m, *fault, retryable), nil
	}

	reply, err := s.forward(req, cc)
	if err != nil {
		return nil, err
	}

	var ts primitive.Timestamp
	if kind == allowedNever {
		ts = t.tick()
		if code, _ := replyError(reply); code == 0 && key != "" {
			t.mu.Lock()
			if len(t.retried) > 100000 {
				t.retried = map[string]bsoncore.Document{}
			}
			t.retried[key] = reply
			t.mu.Unlock()
		}
	} else {
		ts = t.now()
	}
	if fault != nil { // applied, then the acknowledgement is "lost"
		entry.Injected = true
		return s.injectedFault(m, *fault, retryable), nil
	}
	return withClusterTime(reply, ts), nil
}

// forward sends the command to the storage. Only what this proxy itself
// introduced is removed: $clusterTime (the storage never issued one) and
// readConcern.afterClusterTime (causal consistency is trivially met by a
// single storage). lsid, txnNumber, $readPreference and readConcern are
// accepted and ignored by FerretDB 1.24 on the commands drivers send them with
// (internal/handler/common/*: `ferretdb:"lsid,ignored"` and so on).
func (s *simulator) forward(req *request, cc *clientConn) (bsoncore.Document, error) {
	cmd := req.cmd
	rc := lookupDoc(cmd, "readConcern")
	if has(cmd, "$clusterTime") || (rc != nil && has(rc, "afterClusterTime")) {
		var extra []byte
		if rc != nil {
			rc = rewrite(rc, func(k string) bool { return k == "afterClusterTime" }, nil)
			if len(rc) > 5 {
				extra = elements(bson.D{{Key: "readConcern", Value: bson.Raw(rc)}})
			}
		}
		cmd = rewrite(cmd, func(k string) bool { return k == "$clusterTime" || k == "readConcern" }, extra)
	}
	reply, err := cc.storage.roundTrip(cmd, req.sequences)
	if err != nil {
		return nil, errDrop
	}
	return reply, nil
}

func retryKey(req *request, retryable bool) string {
	if !retryable || req.name == "commitTransaction" || req.name == "abortTransaction" {
		return ""
	}
	lsid := lookupDoc(req.cmd, "lsid")
	txn, ok := lookupInt(req.cmd, "txnNumber")
	if lsid == nil || !ok {
		return ""
	}
	id, err := lsid.LookupErr("id")
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%x/%d", id.Data, txn)
}

func withClusterTime(reply bsoncore.Document, ts primitive.Timestamp) bsoncore.Document {
	return rewrite(reply, func(k string) bool { return k == "$clusterTime" || k == "operationTime" }, clusterTimeElements(ts))
}

// stateChangeError is a NotWritablePrimary/NotPrimaryNoSecondaryOk/...
// reply: with the member's topologyVersion (SDAM: state change errors carry
// it) and, on a retryable write, the RetryableWriteError label the server
// adds since 4.4 (Retryable Writes spec, "RetryableWriteError Labels").
func (s *simulator) stateChangeError(m *member, code int32, errmsg string, retryable bool) bsoncore.Document {
	t := s.topo
	t.mu.Lock()
	tv := topologyVersion(m.processID, m.counter)
	t.mu.Unlock()
	if errmsg == "" {
		errmsg = defaultErrmsg[code]
	}
	var extra bson.D
	if retryable && retriableCodes[code] {
		extra = append(extra, bson.E{Key: "errorLabels", Value: bson.A{"RetryableWriteError"}})
	}
	if stateChangeCodes[code] {
		extra = append(extra, bson.E{Key: "topologyVersion", Value: tv})
	}
	name := codeNames[code]
	if name == "" {
		name = "Error"
	}
	return withClusterTime(errorReply(code, name, errmsg, extra), t.now())
}

func (s *simulator) injectedFault(m *member, f writeFault, retryable bool) bsoncore.Document {
	if f.StepDown {
		s.topo.mu.Lock()
		if s.topo.primary == m.index {
			s.topo.stepDownLocked(nil, -1)
		}
		s.topo.mu.Unlock()
	}
	return s.stateChangeError(m, f.Code, f.Errmsg, retryable)
}

// memberHello answers hello/isMaster as a replica-set member in its current
// state, waiting first when the request is an awaitable hello whose
// topologyVersion is current.
func (s *simulator) memberHello(m *member, req *request, cc *clientConn) bsoncore.Document {
	t := s.topo
	s.awaitChange(req, func() (primitive.ObjectID, int64) { return m.processID, m.counter })

	t.mu.Lock()
	defer t.mu.Unlock()
	isPrimary := t.primary == m.index
	hosts := bson.A{}
	for _, x := range t.members {
		hosts = append(hosts, x.host)
	}
	d := helloHead(req, isPrimary)
	d = append(d,
		bson.E{Key: "topologyVersion", Value: topologyVersion(m.processID, m.counter)},
		bson.E{Key: "hosts", Value: hosts},
		bson.E{Key: "setName", Value: t.setName},
		bson.E{Key: "setVersion", Value: int32(t.setVersion)},
		bson.E{Key: "secondary", Value: !isPrimary},
	)
	if t.primary >= 0 {
		d = append(d, bson.E{Key: "primary", Value: t.members[t.primary].host})
	}
	d = append(d, bson.E{Key: "me", Value: m.host})
	if isPrimary {
		d = append(d, bson.E{Key: "electionId", Value: electionID(t.term)})
	}
	d = append(d, bson.E{Key: "lastWrite", Value: t.lastWriteLocked(m)})
	d = append(d, helloTail(cc)...)
	return rewrite(marshal(d), nil, clusterTimeElements(t.nowLocked(false)))
}

// awaitChange implements the awaitable hello: with topologyVersion and
// maxAwaitTimeMS, and the same processId and counter as now, wait until the
// counter moves or the time is up.
func (s *simulator) awaitChange(req *request, current func() (primitive.ObjectID, int64)) {
	tv := lookupDoc(req.cmd, "topologyVersion")
	wait, ok := lookupInt(req.cmd, "maxAwaitTimeMS")
	if tv == nil || !ok || wait <= 0 {
		return
	}
	pid, err := tv.LookupErr("processId")
	counter, ok2 := lookupInt(tv, "counter")
	if err != nil || !ok2 {
		return
	}
	deadline := time.NewTimer(time.Duration(wait) * time.Millisecond)
	defer deadline.Stop()
	for {
		s.topo.mu.Lock()
		id, n := current()
		changed := s.topo.changed
		s.topo.mu.Unlock()
		if oid, ok := pid.ObjectIDOK(); !ok || oid != id || counter != n {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			return
		}
	}
}

// helloHead and helloTail are the fields every hello reply has, member or
// router; the writable flag is named as the command asked (hello:
// isWritablePrimary; legacy isMaster: ismaster).
func helloHead(req *request, writable bool) bson.D {
	var d bson.D
	// A client that sends helloOk: true is told the server knows hello;
	// libmongoc reads this on every reply and falls back to legacy isMaster
	// when a reply lacks it.
	if v, err := req.cmd.LookupErr("helloOk"); err == nil && v.Type == bsontype.Boolean && v.Boolean() {
		d = append(d, bson.E{Key: "helloOk", Value: true})
	}
	if req.name == "hello" {
		d = append(d, bson.E{Key: "isWritablePrimary", Value: writable})
	} else {
		d = append(d, bson.E{Key: "ismaster", Value: writable})
	}
	return d
}

func helloTail(cc *clientConn) bson.D {
	return bson.D{
		{Key: "maxBsonObjectSize", Value: int32(16 * 1024 * 1024)},
		{Key: "maxMessageSizeBytes", Value: int32(maxMessageSize)},
		{Key: "maxWriteBatchSize", Value: int32(100000)},
		{Key: "localTime", Value: time.Now()},
		{Key: "logicalSessionTimeoutMinutes", Value: int32(logicalSessionTimeoutMinutes)},
		{Key: "connectionId", Value: cc.id},
		{Key: "minWireVersion", Value: int32(minWireVersion)},
		{Key: "maxWireVersion", Value: int32(maxWireVersion)},
		{Key: "readOnly", Value: false},
		{Key: "ok", Value: 1.0},
	}
}

// newEntry fills the log fields every command has.
func newEntry(listener string, req *request, cc *clientConn) logEntry {
	e := logEntry{
		Listener:     listener,
		ConnectionID: cc.id,
		Command:      req.name,
		DB:           req.db,
		SecondaryOk:  req.secondaryOk,
		LSID:         has(req.cmd, "lsid"),
	}
	if coll := lookupString(req.cmd, req.name); coll != "" {
		e.Collection = coll
		e.Namespace = req.db + "." + coll
	}
	e.ReadPreference = extJSON(req.readPref)
	e.WriteConcern = extJSON(lookupDoc(req.cmd, "writeConcern"))
	if n, ok := lookupInt(req.cmd, "txnNumber"); ok {
		e.TxnNumber = &n
	}
	if rc := lookupDoc(req.cmd, "readConcern"); rc != nil {
		if v, err := rc.LookupErr("afterClusterTime"); err == nil {
			e.AfterClusterTime = extJSON(marshal(bson.D{{Key: "ts", Value: bson.RawValue{Type: v.Type, Value: v.Data}}}))
		}
	}
	if req.name == "insert" {
		e.Documents = sequenceCount(req.sequences, "documents")
	}
	return e
}

// endSessionsReply answers endSessions, which drivers send when a client
// closes and FerretDB 1.24 does not know (it answers CommandNotFound and
// libmongoc logs a warning); a server acknowledges it, and the storage here
// keeps no session state to end.
func endSessionsReply(t *topology) bsoncore.Document {
	return withClusterTime(marshal(bson.D{{Key: "ok", Value: 1.0}}), t.now())
}
