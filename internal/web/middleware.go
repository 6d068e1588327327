package web

import "github.com/labstack/echo/v4"

// csp is the content security policy of every page: no inline script, no
// other host; frame-ancestors is added per route.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "

// securityHeaders sets the headers every response carries: no framing, a
// CSP with no inline script and no other host, no MIME sniffing.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", csp+"'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
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
