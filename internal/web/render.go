package web

import (
	"bytes"
	"net/http"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/views/layout"
)

// render writes a templ component through a buffer, so a failed render
// becomes an error response instead of half a page sent with status 200.
func render(c echo.Context, status int, comp templ.Component) error {
	var buf bytes.Buffer
	if err := comp.Render(c.Request().Context(), &buf); err != nil {
		return err
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// page fills what the layout needs from the request: the language (from
// ?lang=en, so a shared link keeps it) and the URL of the other language.
func page(c echo.Context, title, nav string) layout.Page {
	p := layout.Page{Lang: "zh", Title: title, Nav: nav}
	if c.QueryParam("lang") == "en" {
		p.Lang = "en"
	}
	u := *c.Request().URL
	q := u.Query()
	if p.Lang == "en" {
		q.Del("lang")
	} else {
		q.Set("lang", "en")
	}
	u.RawQuery = q.Encode()
	p.SwitchURL = u.RequestURI()
	return p
}

// securityHeaders sets the headers every response carries: no framing, a
// CSP with no inline script and no other host, no MIME sniffing.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		return next(c)
	}
}

func (s *Server) handleHealthz(c echo.Context) error {
	if err := s.store.Ping(c.Request().Context()); err != nil {
		return c.String(http.StatusServiceUnavailable, "database unreachable\n")
	}
	return c.String(http.StatusOK, "ok\n")
}
