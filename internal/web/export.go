package web

import (
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// Exports stream from one query for as long as the client reads, and so
// hold a pooled database connection as long; a client that stops reading
// must not keep it, and many clients must not take the whole pool.
const (
	maxExports          = 4 // at once, in all: the pool has 16 connections
	maxExportsPerClient = 2 // at once, per client (an IPv6 /64 is one client)
	// exportChunkTimeout is how long one write to the client may take:
	// a client that reads nothing for this long is dropped and its
	// connection freed, however long the whole file takes to send.
	exportChunkTimeout = 30 * time.Second
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

// exportSlot admits an export when a slot is free (503 with Retry-After
// otherwise), bounds it by exportTimeout and gives each write to the
// client exportChunkTimeout instead of the server's whole-response write
// timeout.
func (s *Server) exportSlot(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		client := clientKey(c.RealIP())
		if !s.exports.take(client) {
			c.Response().Header().Set("Retry-After", "30")
			return echo.NewHTTPError(http.StatusServiceUnavailable, "too many exports are running: try again in a minute")
		}
		defer s.exports.give(client)
		d := s.cfg.ExportChunkTimeout
		if d <= 0 {
			d = exportChunkTimeout
		}
		w := c.Response().Writer
		c.Response().Writer = &chunkDeadline{ResponseWriter: w, rc: http.NewResponseController(w), d: d}
		defer func() { c.Response().Writer = w }()
		return longerDeadline(c, exportTimeout, next)
	}
}

// chunkDeadline sets the connection's write deadline before each write,
// so the deadline is per chunk rather than per response.
type chunkDeadline struct {
	http.ResponseWriter
	rc *http.ResponseController
	d  time.Duration
}

func (w *chunkDeadline) Write(b []byte) (int, error) {
	_ = w.rc.SetWriteDeadline(time.Now().Add(w.d)) // unsupported (a test recorder): no deadline to move
	return w.ResponseWriter.Write(b)
}

func (w *chunkDeadline) Flush() {
	_ = w.rc.SetWriteDeadline(time.Now().Add(w.d))
	_ = w.rc.Flush()
}

// Unwrap lets http.ResponseController reach the connection underneath.
func (w *chunkDeadline) Unwrap() http.ResponseWriter { return w.ResponseWriter }
