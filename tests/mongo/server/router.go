package main

// A mongos: a loopback listener that answers hello as a router
// (msg: "isdbgrid", no setName; SDAM classifies a server as Mongos by that
// msg) and sends every other command on: with --replset, to the member the
// command's $readPreference selects (as mongos targets a shard's replica
// set), otherwise straight to the storage. Each routed command is logged on
// the router with the $readPreference it carried and the member it went to.

import (
	"errors"
	"sync/atomic"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// How long a router waits for a member its read preference accepts (a
// primary during an election) before failing with
// FailedToSatisfyReadPreference, as mongos does after its own
// server-selection wait.
const routerSelectionWait = 5 * time.Second

var roundRobin atomic.Uint64

// The commands a router answers from its config servers' catalogue.
var configCommands = map[string]func(*request, *clientConn) (bsoncore.Document, error){
	"listShards":     listShardsReply,
	"balancerStatus": balancerStatusReply,
}

func (s *simulator) acceptRouter(r *router) {
	for {
		c, err := r.listener.Accept()
		if err != nil {
			return
		}
		s.topo.mu.Lock()
		r.conns[c] = struct{}{}
		s.topo.mu.Unlock()
		go s.serveTracked(c, r.conns, func(req *request, cc *clientConn) (bsoncore.Document, error) {
			return s.routerCommand(r, req, cc)
		})
	}
}

func (s *simulator) routerCommand(r *router, req *request, cc *clientConn) (bsoncore.Document, error) {
	if isHello(req.name) {
		s.awaitChange(req, func() (primitive.ObjectID, int64) { return r.processID, 0 })
		d := helloHead(req, true)
		d = append(d,
			bson.E{Key: "msg", Value: "isdbgrid"},
			bson.E{Key: "topologyVersion", Value: topologyVersion(r.processID, 0)},
		)
		d = append(d, helloTail(cc)...)
		s.log.add(logEntry{Listener: r.name, ConnectionID: cc.id, Command: req.name, DB: req.db})
		return rewrite(marshal(d), nil, clusterTimeElements(s.topo.now())), nil
	}

	entry := newEntry(r.name, req, cc)
	collStats, stages, isCollStats := collStatsStage(req)
	var reply bsoncore.Document
	if req.name == "endSessions" {
		reply = endSessionsReply(s.topo)
	} else if answer := configCommands[req.name]; answer != nil {
		entry.RoutedTo = "config"
		var err error
		if reply, err = answer(req, cc); err != nil {
			return nil, err
		}
		reply = withClusterTime(reply, s.topo.now())
	} else if isCollStats && stages > 1 {
		reply = withClusterTime(notSupported("stages after $collStats through mongos"), s.topo.now())
	} else if len(s.topo.members) == 0 {
		entry.RoutedTo = "storage"
		fwd, err := s.forward(req, cc)
		if err != nil {
			return nil, err
		}
		ts := s.topo.now()
		if kindOf(req.name, req.cmd) == allowedNever {
			ts = s.topo.tick()
		}
		reply = withClusterTime(fwd, ts)
	} else {
		m := s.selectMember(req)
		if m == nil {
			mode := "primary"
			if req.readPref != nil {
				mode = lookupString(req.readPref, "mode")
			}
			reply = withClusterTime(errorReply(133, codeNames[133],
				"Could not find host matching read preference { mode: \""+mode+"\" } for set "+s.topo.setName, nil),
				s.topo.now())
		} else {
			entry.RoutedTo = m.name
			var err error
			reply, err = s.memberCommand(m, req, cc, r.name)
			if errors.Is(err, errDrop) {
				// The member went away mid-command: mongos reports the
				// network error to its client as HostUnreachable.
				var extra bson.D
				if isRetryableWrite(req.name, req.cmd) {
					extra = bson.D{{Key: "errorLabels", Value: bson.A{"RetryableWriteError"}}}
				}
				reply = withClusterTime(errorReply(6, codeNames[6], "connection to "+m.host+" was closed", extra), s.topo.now())
			}
		}
	}
	if isCollStats {
		var err error
		if reply, err = collStatsOnShards(req, cc, reply, collStats); err != nil {
			return nil, err
		}
		reply = withClusterTime(reply, s.topo.now())
	}
	entry.ErrorCode, entry.ErrorLabels = replyError(reply)
	s.log.add(entry)
	return reply, nil
}

// selectMember picks the member a router sends req to (Server Selection
// spec, "Read operations" for a replica set): writes and mode primary go to
// the primary; secondary modes to a reachable secondary within
// maxStalenessSeconds, round-robin; the *Preferred modes fall back. It waits
// up to routerSelectionWait for a suitable member (an election to finish).
func (s *simulator) selectMember(req *request) *member {
	mode := "primary"
	var maxStaleness time.Duration
	if req.readPref != nil {
		if m := lookupString(req.readPref, "mode"); m != "" {
			mode = m
		}
		if secs, ok := lookupInt(req.readPref, "maxStalenessSeconds"); ok && secs > 0 {
			maxStaleness = time.Duration(secs) * time.Second
		}
	}
	if kindOf(req.name, req.cmd) == allowedNever {
		mode = "primary"
	}
	t := s.topo
	deadline := time.Now().Add(routerSelectionWait)
	for {
		t.mu.Lock()
		var primary *member
		if t.primary >= 0 && !t.members[t.primary].unreachable {
			primary = t.members[t.primary]
		}
		var secondaries []*member
		for _, m := range t.members {
			if m == primary || m.unreachable || m.index == t.primary {
				continue
			}
			if maxStaleness > 0 && primary != nil && m.lag-primary.lag > maxStaleness {
				continue
			}
			secondaries = append(secondaries, m)
		}
		changed := t.changed
		t.mu.Unlock()

		pick := func(ms []*member) *member {
			if len(ms) == 0 {
				return nil
			}
			return ms[roundRobin.Add(1)%uint64(len(ms))]
		}
		var chosen *member
		switch mode {
		case "primaryPreferred":
			if chosen = primary; chosen == nil {
				chosen = pick(secondaries)
			}
		case "secondary":
			chosen = pick(secondaries)
		case "secondaryPreferred":
			if chosen = pick(secondaries); chosen == nil {
				chosen = primary
			}
		case "nearest":
			all := secondaries
			if primary != nil {
				all = append(all, primary)
			}
			chosen = pick(all)
		default:
			chosen = primary
		}
		if chosen != nil {
			return chosen
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil
		}
		select {
		case <-changed:
		case <-time.After(left):
		}
	}
}
