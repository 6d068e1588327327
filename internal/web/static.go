package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/static"
)

// handleStatic serves the embedded assets. Files kept only as .gz are sent
// compressed to clients that accept gzip and inflated for the rest;
// versioned vendor files are cached for a year.
func handleStatic(c echo.Context) error {
	name := path.Clean(strings.TrimPrefix(c.Param("*"), "/"))
	if name == "." || strings.HasPrefix(name, "..") {
		return errNotFound
	}
	h := c.Response().Header()
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(name, "vendor/") {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=300")
	}
	if b, err := fs.ReadFile(static.FS, name); err == nil {
		return c.Blob(http.StatusOK, ctype, b)
	}
	gz, err := fs.ReadFile(static.FS, name+".gz")
	if err != nil {
		return errNotFound
	}
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(c.Request().Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		return c.Blob(http.StatusOK, ctype, gz)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	return c.Stream(http.StatusOK, ctype, io.NopCloser(zr))
}

// handleFavicon answers browsers that ask for /favicon.ico before reading
// the page's icon link.
func handleFavicon(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/static/favicon.svg")
}
