// Package simtest proves the topology simulator with the official Go driver:
// each test starts the built moviedb-test-mongo (MOVIEDB_TEST_MONGO_BIN) as a
// subprocess on loopback, so this package links no FerretDB and builds in
// seconds. A missing binary is a failure, never a skip.
package simtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/event"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/description"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type server struct {
	ready   string // the first line's URI
	replset string // the members' seed list (the ready URI unless routers front it)
	control string // http://127.0.0.1:P
	lines   []string
}

// start runs the binary with extra flags and waits for its ready line.
func start(t *testing.T, args ...string) *server {
	t.Helper()
	bin := os.Getenv("MOVIEDB_TEST_MONGO_BIN")
	if bin == "" {
		t.Fatal("MOVIEDB_TEST_MONGO_BIN is not set: build the server with " +
			"tests/mongo/build-test-server.sh OUT and run with MOVIEDB_TEST_MONGO_BIN=OUT " +
			"(or run `tests/mongo/build-test-server.sh --test OUT`)")
	}
	argv := append([]string{"--listen", "127.0.0.1:0", "--dir", t.TempDir(), "--log-level", "error"}, args...)
	cmd := exec.Command(bin, argv...)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err = cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	s := &server{}
	found := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			s.lines = append(s.lines, line)
			word := func(prefix string) string {
				rest := strings.TrimPrefix(line, prefix)
				uri, _, _ := strings.Cut(rest, " ")
				return uri
			}
			switch {
			case strings.HasPrefix(line, "moviedb-test-mongo replset "):
				s.replset = word("moviedb-test-mongo replset ")
			case strings.HasPrefix(line, "moviedb-test-mongo control "):
				s.control = word("moviedb-test-mongo control ")
			case strings.HasPrefix(line, "moviedb-test-mongo ready "):
				s.ready = word("moviedb-test-mongo ready ")
				if s.replset == "" && strings.Contains(s.ready, "replicaSet=") {
					s.replset = s.ready
				}
				found <- nil
				_, _ = io.Copy(io.Discard, stdout)
				return
			}
		}
		found <- io.ErrUnexpectedEOF
	}()
	select {
	case err := <-found:
		if err != nil {
			t.Fatalf("server exited before its ready line; output: %q", s.lines)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("no ready line within 15 s; output: %q", s.lines)
	}
	return s
}

type logEntry struct {
	Listener         string          `json:"listener"`
	Via              string          `json:"via"`
	RoutedTo         string          `json:"routedTo"`
	Command          string          `json:"command"`
	DB               string          `json:"db"`
	Collection       string          `json:"collection"`
	ReadPreference   json.RawMessage `json:"readPreference"`
	SecondaryOk      bool            `json:"secondaryOk"`
	LSID             bool            `json:"lsid"`
	TxnNumber        *int64          `json:"txnNumber"`
	AfterClusterTime json.RawMessage `json:"afterClusterTime"`
	Retried          bool            `json:"retried"`
	Injected         bool            `json:"injected"`
	ErrorCode        int32           `json:"errorCode"`
	ErrorLabels      []string        `json:"errorLabels"`
}

// String prints an entry as the control API sent it (readable in failures).
func (e logEntry) String() string {
	out, _ := json.Marshal(e)
	return string(out)
}

func (e logEntry) mode() string {
	var rp struct {
		Mode string `json:"mode"`
	}
	_ = json.Unmarshal(e.ReadPreference, &rp)
	return rp.Mode
}

type topologyView struct {
	Members []struct {
		Name  string `json:"name"`
		Host  string `json:"host"`
		State string `json:"state"`
	} `json:"members"`
	Primary    string `json:"primary"`
	Term       int64  `json:"term"`
	ElectionID string `json:"electionId"`
}

func (s *server) post(t *testing.T, path string, body any) topologyView {
	t.Helper()
	raw, _ := json.Marshal(body)
	resp, err := http.Post(s.control+path, "application/json", bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(resp.Body)
		t.Fatalf("POST %s: %s %s", path, resp.Status, msg)
	}
	var v topologyView
	_ = json.NewDecoder(resp.Body).Decode(&v)
	return v
}

func (s *server) topology(t *testing.T) topologyView {
	t.Helper()
	var v topologyView
	s.get(t, "/topology", &v)
	return v
}

func (s *server) get(t *testing.T, path string, v any) {
	t.Helper()
	resp, err := http.Get(s.control + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err = json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// commands returns the log entries named cmd on the test's collection.
func (s *server) commands(t *testing.T, cmd, coll string) []logEntry {
	t.Helper()
	var all []logEntry
	s.get(t, "/log", &all)
	var out []logEntry
	for _, e := range all {
		if e.Command == cmd && (coll == "" || e.Collection == coll) {
			out = append(out, e)
		}
	}
	return out
}

func (s *server) host(t *testing.T, name string) string {
	for _, m := range s.topology(t).Members {
		if m.Name == name {
			return m.Host
		}
	}
	t.Fatalf("no member %s", name)
	return ""
}

// topoWatch follows the driver's view of the topology (SDAM events).
type topoWatch struct {
	mu   sync.Mutex
	desc description.Topology
	ch   chan struct{}
}

func (w *topoWatch) monitor() *event.ServerMonitor {
	return &event.ServerMonitor{TopologyDescriptionChanged: func(e *event.TopologyDescriptionChangedEvent) {
		w.mu.Lock()
		w.desc = e.NewDescription
		w.mu.Unlock()
		select {
		case w.ch <- struct{}{}:
		default:
		}
	}}
}

// await waits until the driver's topology satisfies ok.
func (w *topoWatch) await(t *testing.T, what string, ok func(description.Topology) bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		w.mu.Lock()
		d := w.desc
		w.mu.Unlock()
		if ok(d) {
			return
		}
		select {
		case <-w.ch:
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatalf("driver never saw %s; last topology: %v", what, d)
		}
	}
}

func allKnown(n int) func(description.Topology) bool {
	return func(d description.Topology) bool {
		known := 0
		for _, s := range d.Servers {
			if s.Kind == description.RSPrimary || s.Kind == description.RSSecondary {
				known++
			}
		}
		return known == n
	}
}

// connect opens a driver client; the monitor sees SDAM, cmds sees commands.
func connect(t *testing.T, uri string, w *topoWatch, cmds *event.CommandMonitor, extra ...*options.ClientOptions) *mongo.Client {
	t.Helper()
	opts := options.Client().ApplyURI(uri).
		SetHeartbeatInterval(500 * time.Millisecond).
		SetServerSelectionTimeout(10 * time.Second).
		SetConnectTimeout(5 * time.Second)
	if w != nil {
		w.ch = make(chan struct{}, 1)
		opts.SetServerMonitor(w.monitor())
	}
	if cmds != nil {
		opts.SetMonitor(cmds)
	}
	all := append([]*options.ClientOptions{opts}, extra...)
	c, err := mongo.Connect(context.Background(), all...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Disconnect(context.Background()) })
	return c
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// raw sends one command as OP_MSG on a fresh connection and returns the
// reply: what a driver cannot be made to send (a read without
// $readPreference to a secondary, an awaitable hello on demand).
func raw(t *testing.T, addr string, cmd bson.D, timeout time.Duration) bson.M {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(timeout))
	doc, err := bson.Marshal(cmd)
	if err != nil {
		t.Fatal(err)
	}
	msg := make([]byte, 21, 21+len(doc))
	binary.LittleEndian.PutUint32(msg[0:], uint32(21+len(doc)))
	binary.LittleEndian.PutUint32(msg[4:], 1)
	binary.LittleEndian.PutUint32(msg[12:], 2013)
	msg = append(msg, doc...)
	if _, err = c.Write(msg); err != nil {
		t.Fatal(err)
	}
	var header [16]byte
	if _, err = io.ReadFull(c, header[:]); err != nil {
		t.Fatal(err)
	}
	body := make([]byte, binary.LittleEndian.Uint32(header[:])-16)
	if _, err = io.ReadFull(c, body); err != nil {
		t.Fatal(err)
	}
	var out bson.M
	if err = bson.Unmarshal(body[5:], &out); err != nil {
		t.Fatal(err)
	}
	return out
}
