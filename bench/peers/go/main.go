// go-peer: the "competent Go peer" of the moviedb benchmarks (bench/peers/go/README.md).
// A plain net/http + database/sql service over the same SQLite file as moviedb-api,
// answering the four benchmarked requests with the same paths and JSON shapes.
//
//	go-peer -listen 127.0.0.1:0 -db /path/to/store.sqlite3
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:8080", "loopback address to listen on (port 0: any free port)")
	dbPath := flag.String("db", "", "the SQLite store file (as written by moviedb-api; not created here)")
	readers := flag.Int("readers", 2*runtime.NumCPU(), "read connections in the pool")
	flag.Parse()
	if *dbPath == "" {
		fmt.Fprintln(os.Stderr, "go-peer: -db PATH is required")
		os.Exit(2)
	}
	if _, err := os.Stat(*dbPath); err != nil {
		fmt.Fprintf(os.Stderr, "go-peer: %v\n", err)
		os.Exit(1)
	}

	store, err := openStore(*dbPath, *readers)
	if err != nil {
		fmt.Fprintf(os.Stderr, "go-peer: %v\n", err)
		os.Exit(1)
	}

	host, _, err := net.SplitHostPort(*listen)
	if err != nil {
		fmt.Fprintf(os.Stderr, "go-peer: -listen %q: %v\n", *listen, err)
		os.Exit(2)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(os.Stderr, "go-peer: -listen %q: only loopback addresses\n", *listen)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintf(os.Stderr, "go-peer: %v\n", err)
		os.Exit(1)
	}

	srv := &http.Server{
		Handler:           newAPI(store).routes(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          log.New(os.Stderr, "go-peer: ", 0),
	}
	fmt.Printf("go-peer listening on http://%s\n", ln.Addr())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		<-stop
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			fmt.Fprintf(os.Stderr, "go-peer: shutdown: %v\n", err)
		}
		close(done)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(os.Stderr, "go-peer: %v\n", err)
		os.Exit(1)
	}
	<-done
	if err := store.Close(); err != nil {
		fmt.Fprintf(os.Stderr, "go-peer: closing the store: %v\n", err)
		os.Exit(1)
	}
}
