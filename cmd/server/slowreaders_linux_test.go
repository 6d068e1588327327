//go:build linux

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The audit's first attack: 20 sockets with a 4 KB receive buffer ask
// for the full CSV export of a generated database and stop reading.
// Each export held a pooled connection; sixteen took the pool, and every
// page, cached ones and /healthz included, hung behind them. Now exports
// are bounded (one per client, eight in all; the rest get a 503 at once),
// and cached pages and /healthz never wait on the pool: all answer while
// the readers stall. The clients come from ten loopback addresses, so
// both bounds are met.
func TestSlowReadersDoNotHangTheServer(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a database and runs a server")
	}
	dbPath := filepath.Join(t.TempDir(), "gen.db")
	if err := run(context.Background(), []string{"gen", "-db", dbPath, "-prefectures", "2", "-years", "10"}, noEnv, strings.NewReader(""), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	base, _, stop := startServer(t, dbPath)
	defer stop()
	addr := strings.TrimPrefix(base, "http://")
	hc := &http.Client{Timeout: 10 * time.Second}
	get := func(path string) (int, time.Duration) {
		start := time.Now()
		resp, err := hc.Get(base + path)
		if err != nil {
			t.Errorf("GET %s: %v (hung behind the slow readers?)", path, err)
			return 0, time.Since(start)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, time.Since(start)
	}
	get("/indicators") // into the page cache
	var regions struct{ Regions []struct{ Code string } }
	resp, err := hc.Get(base + "/api/regions")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&regions)
	resp.Body.Close()

	var conns []net.Conn
	for i := range 20 {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(1+i/2))}, Control: func(_, _ string, rc syscall.RawConn) error {
			var err error
			rc.Control(func(fd uintptr) { err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
			return err
		}}
		c, err := d.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "GET /export/figures.csv HTTP/1.1\r\nHost: "+addr+"\r\n\r\n")
		conns = append(conns, c)
	}
	time.Sleep(time.Second) // the exports start and fill their sockets

	for _, path := range []string{"/healthz", "/indicators", "/regions/" + regions.Regions[len(regions.Regions)-1].Code, "/api/figures?per_page=1000"} {
		code, took := get(path)
		if code != http.StatusOK {
			t.Errorf("GET %s with 20 slow readers = %d", path, code)
		}
		t.Logf("GET %s with 20 slow readers: %d in %v", path, code, took.Round(time.Millisecond))
	}
	counts := map[string]int{}
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		line, _ := bufio.NewReader(c).ReadString('\n')
		counts[strings.TrimSpace(line)]++
	}
	if counts["HTTP/1.1 200 OK"] != 8 || counts["HTTP/1.1 503 Service Unavailable"] != 12 {
		t.Errorf("20 exports from 10 clients: %v, want 8 running (one per client, eight in all) and 12 refused", counts)
	}
}
