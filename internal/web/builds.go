package web

import (
	"bytes"
	"net/http"
	"runtime"
	"sync"

	"github.com/labstack/echo/v4"
)

// buildSlots admits as many uncached page builds (and API pages) at once
// as there are cores; the rest wait their turn in arrival order (a
// channel's blocked senders are woken first come, first served). Builds
// are CPU work on a database the page cache keeps in memory: when fifty
// run at once on two cores, each gets a twenty-fifth of a core, so a
// province's compare that takes 27 ms alone finishes after 700 ms while
// every small page beside it waits too. Run a core's worth at a time,
// each build takes its own time and the queue is worked through at the
// same rate, so the slowest responses come sooner. Only the build holds
// a slot, not the write to the client: a slow reader holds nothing.
type buildSlots chan struct{}

func newBuildSlots() buildSlots { return make(buildSlots, runtime.GOMAXPROCS(0)) }

// do runs fn once a slot is free; a request whose deadline passes while
// it waits is answered 503 with Retry-After, as an overloaded export is.
func (b buildSlots) do(c echo.Context, fn func() error) error {
	release, err := b.take(c)
	if err != nil {
		return err
	}
	defer release()
	return fn()
}

// take waits for a slot and returns the function that gives it back,
// which may be called more than once (an export that outgrows its buffer
// gives its slot back while it still runs; see export_buffer.go).
func (b buildSlots) take(c echo.Context) (release func(), err error) {
	select {
	case b <- struct{}{}:
	case <-c.Request().Context().Done():
		c.Response().Header().Set("Retry-After", "5")
		return nil, echo.NewHTTPError(http.StatusServiceUnavailable, said{
			"服务器正忙:请稍后再试。", "the server is busy: try again in a moment"})
	}
	var once sync.Once
	return func() { once.Do(func() { <-b }) }, nil
}

// inTurn runs a page the cache does not keep (a document, a search, the
// documents list, a figure and the review queue) in a build slot, as a
// cached page's build runs, and sends it once the slot is given back: a
// burst of searches (one for a word found nowhere reads every text)
// waits its turn with the other pages instead of taking every core at
// once, and a slow reader holds no slot. Such pages are bounded (a
// hundred documents, fifty hits, one report's text), so each is held in
// memory whole; none may call s.cached, whose build would wait for a
// second slot while holding one.
func (s *Server) inTurn(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		res := c.Response()
		orig := res.Writer
		var held *heldResponse
		err := s.builds.do(c, func() error {
			held = &heldResponse{ResponseWriter: orig}
			res.Writer = held
			defer func() { res.Writer = orig }()
			return next(c)
		})
		if held == nil || held.status == 0 {
			return err // it waited in vain, or wrote nothing: the error (if any) gets its page
		}
		orig.WriteHeader(held.status)
		_, _ = orig.Write(held.buf.Bytes()) // an error is the client gone
		return err
	}
}

// heldResponse keeps a response in memory; inTurn sends it.
type heldResponse struct {
	http.ResponseWriter // its Header is the response's
	buf                 bytes.Buffer
	status              int
}

func (w *heldResponse) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *heldResponse) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.buf.Write(b)
}

// Flush does nothing: the response is sent whole once it is built.
func (w *heldResponse) Flush() {}
