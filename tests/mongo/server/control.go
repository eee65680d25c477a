package main

// The control API: a loopback HTTP server through which a test reads the
// command log and injects the faults a real deployment has (a stepdown and
// election, an unreachable, slow or lagging member, writes failing with a
// retryable error). Requests and replies are JSON; every POST answers the
// topology as it is afterwards.

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"
)

type memberView struct {
	Name        string `json:"name"`
	Host        string `json:"host"`
	State       string `json:"state"` // PRIMARY or SECONDARY
	Unreachable bool   `json:"unreachable"`
	DelayMS     int64  `json:"delayMs"`
	LagSeconds  int64  `json:"lagSeconds"`
	Counter     int64  `json:"topologyVersionCounter"`
}

type topologyView struct {
	SetName    string       `json:"setName,omitempty"`
	Members    []memberView `json:"members"`
	Primary    string       `json:"primary,omitempty"`
	Term       int64        `json:"term"`
	ElectionID string       `json:"electionId,omitempty"`
	SetVersion int64        `json:"setVersion"`
	Routers    []string     `json:"routers"`
	Storage    string       `json:"storage"`
	WriteFault writeFault   `json:"writeFault"`
}

func (s *simulator) view() topologyView {
	t := s.topo
	t.mu.Lock()
	defer t.mu.Unlock()
	v := topologyView{SetName: t.setName, Term: t.term, SetVersion: t.setVersion,
		Storage: s.storageAddr, WriteFault: t.faults, Members: []memberView{}, Routers: []string{}}
	for _, m := range t.members {
		state := "SECONDARY"
		if t.primary == m.index {
			state = "PRIMARY"
			v.Primary = m.name
			v.ElectionID = electionID(t.term).Hex()
		}
		v.Members = append(v.Members, memberView{Name: m.name, Host: m.host, State: state,
			Unreachable: m.unreachable, DelayMS: m.delay.Milliseconds(),
			LagSeconds: int64(m.lag / time.Second), Counter: m.counter})
	}
	for _, r := range t.routers {
		v.Routers = append(v.Routers, r.name+" "+r.host)
	}
	return v
}

func (s *simulator) serveControl(l net.Listener) {
	mux := http.NewServeMux()
	// Always a Content-Length, never chunked: the C++ tests' raw HTTP client
	// reads length-delimited bodies.
	reply := func(w http.ResponseWriter, v any) {
		body, err := json.Marshal(v)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}
	fail := func(w http.ResponseWriter, status int, msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
	}
	// decode reads an optional JSON body into v (an empty body keeps defaults).
	decode := func(w http.ResponseWriter, r *http.Request, v any) bool {
		if r.ContentLength == 0 {
			return true
		}
		if err := json.NewDecoder(r.Body).Decode(v); err != nil {
			fail(w, http.StatusBadRequest, "body: "+err.Error())
			return false
		}
		return true
	}
	// withMember runs f on the member named in the path, under the lock.
	withMember := func(w http.ResponseWriter, r *http.Request, f func(m *member)) {
		name := r.PathValue("name")
		s.topo.mu.Lock()
		var found *member
		for _, m := range s.topo.members {
			if m.name == name || m.host == name {
				found = m
			}
		}
		if found != nil {
			f(found)
		}
		s.topo.mu.Unlock()
		if found == nil {
			fail(w, http.StatusNotFound, "no member "+name)
			return
		}
		reply(w, s.view())
	}

	mux.HandleFunc("GET /topology", func(w http.ResponseWriter, r *http.Request) { reply(w, s.view()) })

	mux.HandleFunc("GET /log", func(w http.ResponseWriter, r *http.Request) {
		reply(w, s.log.snapshot(r.URL.Query().Get("listener"), r.URL.Query().Get("hello") == "1"))
	})
	clearLog := func(w http.ResponseWriter, r *http.Request) {
		s.log.clear()
		reply(w, map[string]bool{"ok": true})
	}
	mux.HandleFunc("DELETE /log", clearLog)
	mux.HandleFunc("POST /log/clear", clearLog)

	mux.HandleFunc("POST /stepdown", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			ElectionDelayMS *int64 `json:"electionDelayMs"`
			Next            string `json:"next"` // member to elect; default: the next reachable one
		}
		if !decode(w, r, &body) {
			return
		}
		t := s.topo
		t.mu.Lock()
		next := -1
		for _, m := range t.members {
			if m.name == body.Next || m.host == body.Next {
				next = m.index
			}
		}
		var delay *time.Duration
		if body.ElectionDelayMS != nil {
			d := time.Duration(*body.ElectionDelayMS) * time.Millisecond
			delay = &d
		}
		ok := t.stepDownLocked(delay, next)
		t.mu.Unlock()
		if !ok {
			fail(w, http.StatusConflict, "no primary to step down (an election is pending)")
			return
		}
		reply(w, s.view())
	})

	// The sharding catalogue (catalogue.go): a JSON array of extended-JSON
	// documents for config.<collection>.
	mux.HandleFunc("POST /catalogue/{collection}", func(w http.ResponseWriter, r *http.Request) {
		var documents []json.RawMessage
		if !decode(w, r, &documents) {
			return
		}
		if err := s.seedCatalogue(r.PathValue("collection"), documents); err != nil {
			fail(w, http.StatusBadRequest, err.Error())
			return
		}
		reply(w, s.view())
	})

	mux.HandleFunc("POST /members/{name}/unreachable", func(w http.ResponseWriter, r *http.Request) {
		body := struct {
			Unreachable bool `json:"unreachable"`
		}{Unreachable: true}
		if !decode(w, r, &body) {
			return
		}
		withMember(w, r, func(m *member) {
			m.unreachable = body.Unreachable
			if m.unreachable {
				for c := range m.conns {
					c.Close()
				}
				// A real set elects another primary once the old one is
				// unreachable (after electionTimeoutMillis).
				if s.topo.primary == m.index {
					s.topo.stepDownLocked(nil, -1)
				}
			}
			m.counter++
			s.topo.signal()
		})
	})

	mux.HandleFunc("POST /members/{name}/slow", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			DelayMS int64 `json:"delayMs"`
		}
		if !decode(w, r, &body) {
			return
		}
		withMember(w, r, func(m *member) { m.delay = time.Duration(body.DelayMS) * time.Millisecond })
	})

	mux.HandleFunc("POST /members/{name}/stale", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			LagSeconds int64 `json:"lagSeconds"`
		}
		if !decode(w, r, &body) {
			return
		}
		withMember(w, r, func(m *member) {
			m.lag = time.Duration(body.LagSeconds) * time.Second
			// Not a topology change on a real server, but waking the
			// monitors lets a test see the lag without a heartbeat's wait.
			m.counter++
			s.topo.signal()
		})
	})

	mux.HandleFunc("POST /faults/writes", func(w http.ResponseWriter, r *http.Request) {
		f := writeFault{Count: 1, Code: 91}
		if !decode(w, r, &f) {
			return
		}
		if !retriableCodes[f.Code] {
			fail(w, http.StatusBadRequest, fmt.Sprintf("code %d is not a retryable error code", f.Code))
			return
		}
		s.topo.mu.Lock()
		s.topo.faults = f
		s.topo.mu.Unlock()
		reply(w, s.view())
	})

	mux.HandleFunc("POST /reconfig", func(w http.ResponseWriter, r *http.Request) {
		s.topo.mu.Lock()
		s.topo.setVersion++
		s.topo.bumpAll()
		s.topo.mu.Unlock()
		reply(w, s.view())
	})

	mux.HandleFunc("POST /reset", func(w http.ResponseWriter, r *http.Request) {
		s.reset()
		reply(w, s.view())
	})

	_ = (&http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}).Serve(l)
}

// reset clears every fault and makes member0 primary again (an election, so
// the term moves, if it was not).
func (s *simulator) reset() {
	t := s.topo
	t.mu.Lock()
	defer t.mu.Unlock()
	t.faults = writeFault{}
	if t.election != nil {
		t.election.Stop()
		t.election = nil
	}
	for _, m := range t.members {
		m.unreachable, m.delay, m.lag = false, 0, 0
	}
	if len(t.members) > 0 && t.primary != 0 {
		t.primary = 0
		t.term++
	}
	t.bumpAll()
}
