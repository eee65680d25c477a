package main

// The storage: FerretDB on an internal loopback port. Each client connection
// of a member or router gets its own storage connection, opened on first
// use, so that commands from one driver connection reach FerretDB in order
// on one connection as they would without the proxy.

import (
	"bufio"
	"fmt"
	"net"
	"time"

	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

type storageConn struct {
	addr string
	conn net.Conn
	r    *bufio.Reader
	next int32
}

func (s *storageConn) close() {
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
}

// roundTrip sends one command as OP_MSG and returns the reply document.
func (s *storageConn) roundTrip(cmd bsoncore.Document, sequences []byte) (bsoncore.Document, error) {
	if s.conn == nil {
		c, err := net.DialTimeout("tcp", s.addr, 5*time.Second)
		if err != nil {
			return nil, fmt.Errorf("storage: %w", err)
		}
		s.conn, s.r = c, bufio.NewReader(c)
	}
	s.next++
	if err := writeMessage(s.conn, s.next, 0, opMsg, buildOpMsg(0, cmd, sequences)); err != nil {
		s.close()
		return nil, fmt.Errorf("storage: %w", err)
	}
	for {
		m, err := readMessage(s.r)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("storage: %w", err)
		}
		if m.responseTo != s.next || m.opCode != opMsg {
			continue
		}
		reply, err := parseOpMsg(m.body)
		if err != nil {
			s.close()
			return nil, err
		}
		return reply.command, nil
	}
}
