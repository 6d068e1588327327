package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/static"
)

// handleStatic serves the embedded assets. A URL with the content's hash
// in it (static.Path) is cached for a year, immutable; any other (an
// old hash, or a bare name such as the embed-host.js other sites link)
// must be revalidated, and an ETag makes that a 304. Each asset goes out
// in the best form the client accepts: Brotli or gzip made ahead (the
// echarts build) or made once, on first request, at the best setting
// (the stylesheet and scripts: Brotli is about 15% smaller than gzip on
// them, every byte counts on the first view), inflated for the rest.
func handleStatic(c echo.Context) error {
	name := path.Clean(strings.TrimPrefix(c.Param("*"), "/"))
	if name == "." || strings.HasPrefix(name, "..") {
		return errNotFound
	}
	a, hashed, ok := static.Resolve(name)
	if !ok {
		return errNotFound
	}
	h := c.Response().Header()
	ctype := mime.TypeByExtension(path.Ext(a.Name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	etag := `"` + a.Hash + `"`
	h.Set("ETag", etag)
	h.Set("Vary", "Accept-Encoding")
	if hashed {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, no-cache")
	}
	if inm := c.Request().Header.Get("If-None-Match"); inm != "" && strings.Contains(inm, etag) {
		return c.NoContent(http.StatusNotModified)
	}
	accept := c.Request().Header.Get("Accept-Encoding")
	br, gz := a.Brotli, a.Gzip
	if a.Plain != nil && compressible(ctype) {
		if br == nil && acceptsEncoding(accept, "br") {
			br = compressOnce(&brotlied, a, brotliBest)
		}
		if gz == nil {
			gz = compressOnce(&gzipped, a, gzipBest)
		}
	}
	switch {
	case br != nil && acceptsEncoding(accept, "br"):
		h.Set("Content-Encoding", "br")
		return c.Blob(http.StatusOK, ctype, br)
	case gz != nil && acceptsEncoding(accept, "gzip"):
		h.Set("Content-Encoding", "gzip")
		return c.Blob(http.StatusOK, ctype, gz)
	case a.Plain != nil:
		return c.Blob(http.StatusOK, ctype, a.Plain)
	case a.Gzip != nil:
		zr, err := gzip.NewReader(bytes.NewReader(a.Gzip))
		if err != nil {
			return err
		}
		return c.Stream(http.StatusOK, ctype, io.NopCloser(zr))
	}
	return errNotFound
}

// gzipped and brotlied hold the compressed forms of plain text assets,
// made on first use.
var gzipped, brotlied sync.Map // *static.Asset → []byte

func compressOnce(forms *sync.Map, a *static.Asset, compress func(io.Writer, []byte)) []byte {
	if b, ok := forms.Load(a); ok {
		return b.([]byte)
	}
	var buf bytes.Buffer
	compress(&buf, a.Plain)
	b := buf.Bytes()
	if len(b) >= len(a.Plain) {
		b = nil // not worth it (a tiny file)
	}
	forms.Store(a, b)
	return b
}

func gzipBest(w io.Writer, b []byte) {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
}

func brotliBest(w io.Writer, b []byte) {
	zw := brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 22})
	zw.Write(b)
	zw.Close()
}

// handleFavicon answers browsers that ask for /favicon.ico before reading
// the page's icon link.
func handleFavicon(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, static.Path("favicon.svg"))
}
