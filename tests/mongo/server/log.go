package main

// The command log: one entry per command a listener handled, what tests read
// through GET /log to see where a driver sent what (which member a read
// landed on, which $readPreference a router was given, whether a retry
// carried the same txnNumber). Bounded: the oldest entries go first.

import (
	"encoding/json"
	"sync"
	"time"
)

const maxLogEntries = 20000

type logEntry struct {
	Seq              int64           `json:"seq"`
	Time             time.Time       `json:"time"`
	Listener         string          `json:"listener"`           // member0..., mongos0...
	Via              string          `json:"via,omitempty"`      // the router that forwarded it to this member
	RoutedTo         string          `json:"routedTo,omitempty"` // on a router's entry: the member (or "storage") it went to
	ConnectionID     int32           `json:"connectionId"`
	Command          string          `json:"command"`
	DB               string          `json:"db"`
	Collection       string          `json:"collection,omitempty"`
	Namespace        string          `json:"namespace,omitempty"`
	ReadPreference   json.RawMessage `json:"readPreference,omitempty"`
	SecondaryOk      bool            `json:"secondaryOk"`
	WriteConcern     json.RawMessage `json:"writeConcern,omitempty"`
	LSID             bool            `json:"lsid"`
	TxnNumber        *int64          `json:"txnNumber,omitempty"`
	AfterClusterTime json.RawMessage `json:"afterClusterTime,omitempty"`
	Documents        int             `json:"documents,omitempty"` // insert's document sequence size
	Retried          bool            `json:"retried,omitempty"`   // answered from the retryable-write table
	Injected         bool            `json:"injected,omitempty"`  // the error came from a control-API fault
	ErrorCode        int32           `json:"errorCode"`
	ErrorLabels      []string        `json:"errorLabels,omitempty"`
}

type commandLog struct {
	mu      sync.Mutex
	seq     int64
	entries []logEntry
}

func (l *commandLog) add(e logEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	e.Seq = l.seq
	e.Time = time.Now().UTC()
	if len(l.entries) >= maxLogEntries {
		l.entries = append(l.entries[:0], l.entries[len(l.entries)/2:]...)
	}
	l.entries = append(l.entries, e)
}

// snapshot returns the entries of one listener ("" for all), optionally
// leaving out the monitoring hellos, which otherwise dominate.
func (l *commandLog) snapshot(listener string, withHello bool) []logEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := []logEntry{}
	for _, e := range l.entries {
		if listener != "" && e.Listener != listener {
			continue
		}
		if !withHello && isHello(e.Command) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func (l *commandLog) clear() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = nil
}

func isHello(name string) bool {
	return name == "hello" || name == "isMaster" || name == "ismaster"
}
