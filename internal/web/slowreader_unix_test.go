//go:build unix

package web

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"
)

// dialSmallWindow connects with a 4 KB receive buffer, as the audit's
// slow readers did: set before connecting, so the window stays small.
func dialSmallWindow(t *testing.T, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		var err error
		rc.Control(func(fd uintptr) { err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
		return err
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A client that stops reading an export is dropped once one write has
// waited the chunk timeout, and its export slot (and pooled connection)
// is free again: the deadline is per chunk, not the whole response's.
func TestStalledExportIsDropped(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 300000, quote: strings.Repeat("增长", 40)}
	ts := httptest.NewServer(NewServer(b, quietLog(), Config{ExportChunkTimeout: 300 * time.Millisecond}))
	defer ts.Close()
	addr := strings.TrimPrefix(ts.URL, "http://")
	var stalled []net.Conn
	for range maxExportsPerClient {
		c := dialSmallWindow(t, addr)
		defer c.Close()
		io.WriteString(c, "GET /export/figures.csv HTTP/1.1\r\nHost: x\r\n\r\n")
		stalled = append(stalled, c)
	}
	time.Sleep(3 * time.Second) // many chunk timeouts
	for i, c := range stalled {
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		br := bufio.NewReader(c)
		status, _ := br.ReadString('\n')
		n, err := io.Copy(io.Discard, br)
		if !strings.Contains(status, "200") || err == nil && n > 20<<20 {
			t.Errorf("stalled export %d: %q, then %d bytes (%v): want it cut off well short of the whole file", i, status, n, err)
		}
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Errorf("stalled export %d is still open after %v of stall", i, 3*time.Second)
		}
	}
	// Their slots are free: this client may export again, in full.
	resp, err := http.Get(ts.URL + "/export/figures.csv")
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || n < 20<<20 {
		t.Errorf("an export after the stalled ones = %d, %d bytes", resp.StatusCode, n)
	}
}
