package web

import (
	"bytes"
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Most exports are small: one region's figures (a county's 640 rows are
// about 200 KB of CSV), a scope's rankings, a compare's 层层加码. Such an
// export is built like a page: in a build slot (builds.go), into memory,
// and sent once built, so fifty people downloading at once queue for
// the cores as pages do instead of being refused, and a slow reader
// holds a buffer, never a database connection. An export that outgrows
// exportBuffer (a province's, the whole database) becomes a stream: it
// takes one of the export slots, which bound streams in all and per
// client (export.go), and gives its build slot back, since it runs as
// long as its client reads. When no export slot is free it is refused
// with a 503 before any byte is sent, never cut off half-written.
const (
	exportBuffer = 2 << 20
	// exportHeld bounds the built exports waiting on their clients, in
	// all: past it, an export is sent under an export slot, as a stream.
	exportHeld = 64 << 20
)

// errExportRefused is what a write returns to an export that outgrew its
// buffer when no export slot is free; the handler stops, nothing is sent.
var errExportRefused = errors.New("export refused: no export slot free")

// exportSlot runs an export in a build slot, built into memory up to
// exportBuffer and streamed under an export slot past it.
func (s *Server) exportSlot(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		release, err := s.builds.take(c)
		if err != nil {
			return err
		}
		defer release()
		client := clientKey(c.RealIP())
		slot := false
		defer func() {
			if slot {
				s.exports.give(client)
			}
		}()
		res := c.Response()
		orig := res.Writer
		stream := func() (http.ResponseWriter, error) {
			if !s.exports.take(client) {
				return nil, errExportRefused
			}
			slot = true
			release()
			return s.chunked(orig), nil
		}
		w := &exportBuffered{heldResponse: heldResponse{ResponseWriter: orig}, limit: s.cfg.ExportBuffer, stream: stream}
		if w.limit <= 0 {
			w.limit = exportBuffer
		}
		res.Writer = w
		err = longerDeadline(c, exportTimeout, next)
		res.Writer = orig
		switch {
		case w.out != nil:
			return err // streamed: what was sent is all there is
		case w.refused:
			unsend(res)
			return exportsBusy(c)
		case err != nil:
			unsend(res) // nothing was sent: the error gets its page
			return err
		}
		release()
		if w.status == 0 {
			return nil
		}
		out := orig
		n := int64(w.buf.Len())
		held := s.cfg.ExportHeld
		if held <= 0 {
			held = exportHeld
		}
		if s.held.Add(n) > held {
			// Too many built exports are waiting on slow readers: this
			// one goes out under an export slot, as a stream would.
			s.held.Add(-n)
			if out, err = stream(); err != nil {
				unsend(res)
				return exportsBusy(c)
			}
		} else {
			defer s.held.Add(-n)
		}
		out.WriteHeader(w.status)
		_, _ = out.Write(w.buf.Bytes()) // an error is the client gone
		return nil
	}
}

// unsend forgets a response that was written only into the buffer, so
// the error handler can answer in its place.
func unsend(res *echo.Response) {
	res.Committed, res.Status, res.Size = false, http.StatusOK, 0
	h := res.Header()
	h.Del(echo.HeaderContentType)
	h.Del(echo.HeaderContentDisposition)
	h.Del(echo.HeaderContentLength)
}

// exportBuffered holds an export's response in memory, as inTurn holds a
// page's (heldResponse), until it is whole or passes limit; then stream
// gives the writer to send it on, and everything held and after goes
// there.
type exportBuffered struct {
	heldResponse // the response underneath, and what is held of it
	limit        int
	stream       func() (http.ResponseWriter, error)
	out          http.ResponseWriter // set once streaming
	refused      bool
}

func (w *exportBuffered) WriteHeader(code int) {
	if w.out != nil {
		w.out.WriteHeader(code)
		return
	}
	w.heldResponse.WriteHeader(code)
}

func (w *exportBuffered) Write(b []byte) (int, error) {
	if w.out != nil {
		return w.out.Write(b)
	}
	if w.refused {
		return 0, errExportRefused
	}
	if w.buf.Len()+len(b) <= w.limit {
		return w.heldResponse.Write(b)
	}
	out, err := w.stream()
	if err != nil {
		w.refused = true
		return 0, err
	}
	w.out = out
	out.WriteHeader(max(w.status, http.StatusOK))
	if _, err := out.Write(w.buf.Bytes()); err != nil {
		return 0, err
	}
	w.buf = bytes.Buffer{}
	return out.Write(b)
}

// Flush sends what a stream has written; a buffered export is sent whole
// at its end.
func (w *exportBuffered) Flush() {
	if w.out != nil {
		_ = http.NewResponseController(w.out).Flush()
	}
}
