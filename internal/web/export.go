package web

import (
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// Exports stream from one query for as long as the client reads, and so
// hold a pooled database connection as long; a client that stops reading
// must not keep it, and a few clients must not take every slot: one
// export per client at a time, and a client that reads slower than
// exportMinRate loses its slot within seconds, so a handful of slow
// sockets cannot make everyone else's export a 503.
const (
	maxExports          = 8 // at once, in all: the pool has 16 connections, pages keep the other half
	maxExportsPerClient = 1 // at once, per client (an IPv6 /64 is one client)
	// exportChunkTimeout is how long one write to the client may take:
	// a client that reads nothing for this long is dropped and its
	// connection freed, however long the whole file takes to send.
	exportChunkTimeout = 10 * time.Second
	// exportMinRate is the slowest average a client may read at once the
	// first chunk timeout has passed (a phone on a poor line reads tens of
	// KB a second); a trickle that keeps every single write under the
	// chunk timeout is dropped all the same.
	exportMinRate = 8 << 10
	// exportTimeout bounds a whole export (all 2 million figures of a
	// national database stream in under a minute to a client that reads).
	exportTimeout = 10 * time.Minute
)

// exportSlots counts the exports streaming, in all and per client.
type exportSlots struct {
	mu    sync.Mutex
	total int
	per   map[string]int
}

func (x *exportSlots) take(client string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.total >= maxExports || x.per[client] >= maxExportsPerClient {
		return false
	}
	if x.per == nil {
		x.per = map[string]int{}
	}
	x.total++
	x.per[client]++
	return true
}

func (x *exportSlots) give(client string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.total--
	if x.per[client]--; x.per[client] <= 0 {
		delete(x.per, client)
	}
}

// chunked gives each write of an export to w exportChunkTimeout instead
// of the server's whole-response write timeout, and holds the client to
// exportMinRate.
func (s *Server) chunked(w http.ResponseWriter) http.ResponseWriter {
	d, rate := s.cfg.ExportChunkTimeout, s.cfg.ExportMinRate
	if d <= 0 {
		d = exportChunkTimeout
	}
	if rate <= 0 {
		rate = exportMinRate
	}
	return &chunkDeadline{ResponseWriter: w, rc: http.NewResponseController(w), d: d, rate: rate}
}

// exportsBusy is the answer when no export slot is free.
func exportsBusy(c echo.Context) error {
	c.Response().Header().Set("Retry-After", "30")
	return echo.NewHTTPError(http.StatusServiceUnavailable, said{
		"正在导出的文件太多(每个访问者同时只能导出一个):请等上一个下载完成,或一分钟后再试。",
		"too many exports are running (one at a time per visitor): wait for your last download to finish, or try again in a minute"})
}

// chunkDeadline sets the connection's write deadline before each write,
// so the deadline is per chunk rather than per response, and holds the
// client to the minimum rate: the time the server has spent waiting on
// the client's reading may not pass d + sent/rate. Only time blocked in a
// write counts, so a slow query between rows is never the client's fault.
type chunkDeadline struct {
	http.ResponseWriter
	rc      *http.ResponseController
	d       time.Duration
	rate    int
	sent    int64
	blocked time.Duration
}

// wait is how long the next write may block: the chunk timeout, or less
// once the client has used up what its rate allows.
func (w *chunkDeadline) wait(more int) time.Duration {
	w.sent += int64(more)
	left := w.d + time.Duration(float64(w.sent)/float64(w.rate)*float64(time.Second)) - w.blocked
	return max(min(left, w.d), time.Millisecond)
}

func (w *chunkDeadline) Write(b []byte) (int, error) {
	t := time.Now()
	_ = w.rc.SetWriteDeadline(t.Add(w.wait(len(b)))) // unsupported (a test recorder): no deadline to move
	n, err := w.ResponseWriter.Write(b)
	w.blocked += time.Since(t)
	return n, err
}

func (w *chunkDeadline) Flush() {
	t := time.Now()
	_ = w.rc.SetWriteDeadline(t.Add(w.wait(0)))
	_ = w.rc.Flush()
	w.blocked += time.Since(t)
}

// Unwrap lets http.ResponseController reach the connection underneath.
func (w *chunkDeadline) Unwrap() http.ResponseWriter { return w.ResponseWriter }
