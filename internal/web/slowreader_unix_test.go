//go:build unix

package web

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
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

// dialFrom connects from a loopback address of its own (127.0.0.N is a
// client of its own to the limits), with a 4 KB receive window.
func dialFrom(t *testing.T, from, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Control: func(_, _ string, rc syscall.RawConn) error {
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

// The audit's denial: two addresses holding two slow exports each filled
// all four slots, and every other client's export was a 503 for ~45 s.
// Now a client holds one export at a time, and one that reads too slowly
// (a trickle that keeps each write under the chunk timeout) loses its
// slot: a fresh client exports at once, in full, while they hang on.
func TestSlowReadersCannotDenyAFreshClient(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 300000, quote: strings.Repeat("增长", 40)}
	ts := httptest.NewServer(NewServer(b, quietLog(), Config{ExportChunkTimeout: 4 * time.Second, ExportMinRate: 64 << 10}))
	defer ts.Close()
	addr := strings.TrimPrefix(ts.URL, "http://")
	get := func(c net.Conn) *bufio.Reader {
		io.WriteString(c, "GET /export/figures.csv HTTP/1.1\r\nHost: x\r\n\r\n")
		return bufio.NewReader(c)
	}
	// Four slow clients, each asking twice: the second is refused.
	stop := make(chan struct{})
	done := make(chan int64, 4)
	for i := range 4 {
		from := "127.0.0." + itoa64(int64(10+i))
		c := dialFrom(t, from, addr)
		defer c.Close()
		br := get(c)
		status, _ := br.ReadString('\n')
		if !strings.Contains(status, "200") {
			t.Fatalf("slow client %s: %q", from, status)
		}
		second := dialFrom(t, from, addr)
		defer second.Close()
		second.SetReadDeadline(time.Now().Add(10 * time.Second))
		if st, _ := get(second).ReadString('\n'); !strings.Contains(st, "503") {
			t.Errorf("client %s's second export at once: %q, want 503", from, st)
		}
		// A trickle: at most 16 KB every 50 ms, under the minimum rate.
		go func() {
			var n int64
			buf := make([]byte, 16<<10)
			for {
				select {
				case <-stop:
					done <- n
					return
				case <-time.After(50 * time.Millisecond):
				}
				c.SetReadDeadline(time.Now().Add(time.Second))
				k, err := br.Read(buf)
				n += int64(k)
				if err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
					done <- n
					return
				}
			}
		}()
	}
	// A fresh client (another address) gets its export at once, whole.
	start := time.Now()
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/export/figures.csv", nil)
	resp, err := (&http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.99")}}).DialContext}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || n < 20<<20 {
		t.Errorf("a fresh client's export beside four slow ones = %d, %d bytes", resp.StatusCode, n)
	}
	// The trickles were cut off well before the whole file, within
	// seconds: their slots are free again.
	time.Sleep(6 * time.Second)
	close(stop)
	for range 4 {
		if got := <-done; got > 20<<20 {
			t.Errorf("a trickling client read %d bytes: not cut off", got)
		}
	}
	for i := range 4 {
		c := dialFrom(t, "127.0.0."+itoa64(int64(10+i)), addr)
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		if st, _ := get(c).ReadString('\n'); !strings.Contains(st, "200") {
			t.Errorf("slow client %d after %v: %q, want its slot back", i, time.Since(start).Round(time.Second), st)
		}
	}
}

// The minimum rate: a client that keeps each write just under the chunk
// timeout still runs out of waiting time once the server has waited on
// it longer than the chunk timeout plus what it was sent at the rate.
func TestChunkDeadlineHoldsTheMinimumRate(t *testing.T) {
	w := &chunkDeadline{d: 10 * time.Second, rate: 8 << 10}
	if got := w.wait(4096); got != 10*time.Second {
		t.Errorf("first write may wait %v, want the chunk timeout", got)
	}
	w.blocked = 9 * time.Second // 9 s waited for 4 KB
	if got := w.wait(4096); got != 2*time.Second {
		t.Errorf("after 9 s for 4 KB, the next 4 KB may wait %v, want 2 s (10 s + 8 KB at 8 KB/s − 9 s)", got)
	}
	w.blocked = 30 * time.Second
	if got := w.wait(4096); got > time.Millisecond {
		t.Errorf("a client 30 s behind may still wait %v", got)
	}
	fast := &chunkDeadline{d: 10 * time.Second, rate: 8 << 10}
	for range 1000 {
		fast.wait(64 << 10) // 64 MB sent without waiting: the budget grows, the wait stays one chunk's
	}
	if got := fast.wait(0); got != 10*time.Second {
		t.Errorf("a fast reader's write may wait %v, want the chunk timeout", got)
	}
}
