package main

// The topology simulator: with --replset and/or --mongos, FerretDB listens on
// an internal loopback port and stays the single storage, and this program
// opens the listeners a driver sees: N replica-set members (member.go) and N
// routers (router.go), plus the control API (control.go). See README.md.

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/bson/primitive"
)

type simulator struct {
	topo        *topology
	log         *commandLog
	storageAddr string
}

type simConfig struct {
	listen        string // host:port of the first listener; port 0 picks free ones
	replSet       string
	members       int
	mongos        int
	control       string
	electionDelay time.Duration
}

// listenAt binds host:port+offset, or a free port when the base port is 0.
func listenAt(host string, port, offset int) (net.Listener, error) {
	p := 0
	if port != 0 {
		p = port + offset
	}
	return net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(p)))
}

// start binds every listener and serves them in the background; it returns
// the lines to print before the ready line and the ready URI.
func startSimulator(cfg simConfig, storageAddr string) (*simulator, []string, string, error) {
	host, portText, err := net.SplitHostPort(cfg.listen)
	if err != nil {
		return nil, nil, "", fmt.Errorf("--listen: %w", err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, nil, "", fmt.Errorf("--listen: %w", err)
	}
	s := &simulator{topo: newTopology(cfg.replSet, cfg.electionDelay), log: &commandLog{}, storageAddr: storageAddr}
	var lines []string
	var seeds []string
	offset := 0
	if cfg.replSet != "" {
		for i := 0; i < cfg.members; i++ {
			l, err := listenAt(host, port, offset)
			if err != nil {
				return nil, nil, "", err
			}
			offset++
			m := &member{index: i, name: fmt.Sprintf("member%d", i), host: l.Addr().String(),
				listener: l, processID: primitive.NewObjectID(), conns: map[net.Conn]struct{}{}}
			s.topo.members = append(s.topo.members, m)
			seeds = append(seeds, m.host)
		}
	}
	var routers []string
	for i := 0; i < cfg.mongos; i++ {
		l, err := listenAt(host, port, offset)
		if err != nil {
			return nil, nil, "", err
		}
		offset++
		r := &router{name: fmt.Sprintf("mongos%d", i), host: l.Addr().String(), listener: l,
			processID: primitive.NewObjectID(), conns: map[net.Conn]struct{}{}}
		s.topo.routers = append(s.topo.routers, r)
		routers = append(routers, r.host)
	}

	lines = append(lines, "moviedb-test-mongo storage mongodb://"+storageAddr+"/")
	uri := ""
	if len(seeds) > 0 {
		uri = "mongodb://" + strings.Join(seeds, ",") + "/?replicaSet=" + cfg.replSet
	}
	if len(routers) > 0 {
		if uri != "" {
			lines = append(lines, "moviedb-test-mongo replset "+uri)
		}
		uri = "mongodb://" + strings.Join(routers, ",") + "/"
	}
	if cfg.control != "" {
		l, err := net.Listen("tcp", cfg.control)
		if err != nil {
			return nil, nil, "", fmt.Errorf("--control: %w", err)
		}
		lines = append(lines, "moviedb-test-mongo control http://"+l.Addr().String())
		go s.serveControl(l)
	}
	for _, m := range s.topo.members {
		go s.acceptMember(m)
	}
	for _, r := range s.topo.routers {
		go s.acceptRouter(r)
	}
	return s, lines, uri, nil
}

func (s *simulator) close() {
	s.topo.mu.Lock()
	defer s.topo.mu.Unlock()
	for _, m := range s.topo.members {
		m.listener.Close()
		for c := range m.conns {
			c.Close()
		}
	}
	for _, r := range s.topo.routers {
		r.listener.Close()
		for c := range r.conns {
			c.Close()
		}
	}
}
