package web

import (
	"context"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

// csp is the content security policy of every page: no inline script, no
// other host; frame-ancestors is added per route.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "

// hsts tells browsers to reach the site by https only, for a year, once
// the operator says users reach it at an https URL. Subdomains are left
// alone: a government domain often has http-only siblings.
const hsts = "max-age=31536000"

// securityHeaders sets the headers every response carries: no framing, a
// CSP with no inline script and no other host, no MIME sniffing; HSTS
// when the public URL is https.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	https := strings.HasPrefix(s.cfg.PublicURL, "https://")
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", csp+"'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		if https {
			h.Set("Strict-Transport-Security", hsts)
		}
		return next(c)
	}
}

// routeKey names a request's route as the exceptions below list it:
// "METHOD /path/:param".
func routeKey(c echo.Context) string { return c.Request().Method + " " + c.Path() }

// maxBody bounds the body of every request but an upload: the forms are
// a few fields (a login, a review, a sentence to add a figure from).
const maxBody = 64 << 10

// limitBodies refuses a body over max before reading it (by its
// Content-Length) and stops reading one that grows past it (chunked).
// The routes named are left to their own, larger limit.
func limitBodies(max int64, except ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			r := c.Request()
			for _, k := range except {
				if routeKey(c) == k {
					return next(c)
				}
			}
			if r.ContentLength > max {
				return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "request body too large")
			}
			if r.Body != nil && r.Body != http.NoBody {
				r.Body = http.MaxBytesReader(c.Response().Writer, r.Body, max)
			}
			return next(c)
		}
	}
}

// requestDeadline is how long a page or an API answer may take; the
// slowest uncached page on two million figures takes about 3 s.
const requestDeadline = 30 * time.Second

// requestTimeout bounds the time a request may spend, in queries above
// all: its context ends after d, which stops a query and gives up a wait
// for a pooled connection, so a slow page frees its connection and the
// visitor gets a 503 instead of a hang. A route that needs longer (an
// export) sets its own with longerDeadline.
func requestTimeout(d time.Duration) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			c.Set(ctxUndeadlined, c.Request())
			return withDeadline(c, c.Request(), d, next)
		}
	}
}

// ctxUndeadlined is the request as it was before requestTimeout.
const ctxUndeadlined = "mubiao.undeadlined"

// longerDeadline runs next with a deadline of d from now in place of
// requestTimeout's (a context cannot outlive its parent, so it starts
// from the request before that one).
func longerDeadline(c echo.Context, d time.Duration, next echo.HandlerFunc) error {
	base, ok := c.Get(ctxUndeadlined).(*http.Request)
	if !ok {
		base = c.Request()
	}
	cur := c.Request()
	defer c.SetRequest(cur)
	return withDeadline(c, cur.WithContext(base.Context()), d, next)
}

// withDeadline runs next with req's context ending after d. The request
// is put back afterwards: the error handler renders the error page after
// this returns, and must not find its context ended.
func withDeadline(c echo.Context, req *http.Request, d time.Duration, next echo.HandlerFunc) error {
	orig := c.Request()
	ctx, cancel := context.WithTimeout(req.Context(), d)
	defer cancel()
	c.SetRequest(req.WithContext(ctx))
	defer c.SetRequest(orig)
	return next(c)
}

// saneURL refuses a path or query holding a NUL or invalid UTF-8: no view
// takes one, and SQLite's full-text query syntax ends a string at a NUL.
func saneURL(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		u := c.Request().URL
		q := c.QueryParams()
		bad := strings.ContainsRune(u.Path, 0) || !utf8.ValidString(u.Path)
		for k, vs := range q {
			for _, v := range append(vs, k) {
				bad = bad || strings.ContainsRune(v, 0) || !utf8.ValidString(v)
			}
		}
		if bad {
			return echo.NewHTTPError(http.StatusBadRequest, "the address holds a NUL or invalid UTF-8")
		}
		return next(c)
	}
}

// allowFraming is the embed routes' exception to securityHeaders: the
// configured origins (any, by default) may frame them. X-Frame-Options
// cannot name several origins and would override nothing useful, so it
// goes; browsers that know CSP follow frame-ancestors.
func allowFraming(ancestors string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			h := c.Response().Header()
			h.Set("Content-Security-Policy", csp+ancestors)
			h.Del("X-Frame-Options")
			return next(c)
		}
	}
}

// ctxOrigin is the context key of the origin users reach Mubiao at.
const ctxOrigin = "mubiao.origin"

// publicOrigin records where this request reached Mubiao: the configured
// public URL, else the request's own scheme and host. Embed snippets and
// export links are absolute with it.
func (s *Server) publicOrigin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		o := s.cfg.PublicURL
		if o == "" {
			o = c.Scheme() + "://" + c.Request().Host
		}
		c.Set(ctxOrigin, o)
		return next(c)
	}
}

func origin(c echo.Context) string {
	o, _ := c.Get(ctxOrigin).(string)
	return o
}
