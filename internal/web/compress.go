package web

import (
	"bufio"
	"compress/gzip"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
)

// compress gzips every text response (pages, JSON, CSV, scripts, styles,
// SVG) for clients that accept it, as it is written: a streaming export
// stays streaming (each flush of the handler flushes the compressor). A
// response that already carries a Content-Encoding (a precompressed asset,
// a cached page kept compressed) and anything not text (the .xlsx, a zip
// already) go out as they are. Level 1: on two cores the CPU a page costs
// matters more than the last few percent of its size.
func compress(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !acceptsEncoding(c.Request().Header.Get("Accept-Encoding"), "gzip") || c.Request().Method == http.MethodHead {
			return next(c)
		}
		res := c.Response()
		w := &gzipWriter{ResponseWriter: res.Writer}
		res.Writer = w
		err := next(c)
		w.close()
		res.Writer = w.ResponseWriter
		return err
	}
}

// acceptsEncoding says whether an Accept-Encoding header takes an
// encoding (and not with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), enc) {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// compressible is the text a gzip pass shrinks.
func compressible(ctype string) bool {
	ctype, _, _ = strings.Cut(ctype, ";")
	switch strings.TrimSpace(strings.ToLower(ctype)) {
	case "text/html", "text/css", "text/csv", "text/plain", "text/javascript", "application/javascript",
		"application/json", "image/svg+xml", "application/xml", "text/xml":
		return true
	}
	return false
}

var gzipPool = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

// gzipWriter decides at the first WriteHeader (or Write) whether to
// compress, from the response's headers.
type gzipWriter struct {
	http.ResponseWriter
	zw      *gzip.Writer
	decided bool
}

func (w *gzipWriter) WriteHeader(code int) {
	if !w.decided {
		w.decided = true
		h := w.Header()
		if code != http.StatusNoContent && code != http.StatusNotModified && code >= 200 &&
			h.Get("Content-Encoding") == "" && compressible(h.Get("Content-Type")) {
			h.Set("Content-Encoding", "gzip")
			h.Add("Vary", "Accept-Encoding")
			h.Del("Content-Length")
			w.zw = gzipPool.Get().(*gzip.Writer)
			w.zw.Reset(w.ResponseWriter)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *gzipWriter) Write(b []byte) (int, error) {
	if !w.decided {
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", http.DetectContentType(b))
		}
		w.WriteHeader(http.StatusOK)
	}
	if w.zw != nil {
		return w.zw.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// Flush sends what was written so far: a streamed export's rows reach
// the client as they are made.
func (w *gzipWriter) Flush() {
	if w.zw != nil {
		_ = w.zw.Flush()
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection (write
// deadlines on exports).
func (w *gzipWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *gzipWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	if h, ok := w.ResponseWriter.(http.Hijacker); ok {
		return h.Hijack()
	}
	return nil, nil, errors.New("hijack not supported")
}

func (w *gzipWriter) close() {
	if w.zw != nil {
		_ = w.zw.Close()
		w.zw.Reset(nil)
		gzipPool.Put(w.zw)
		w.zw = nil
	}
}
