package web

import (
	"bytes"
	"strings"

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
	p := layout.Page{Lang: "zh", Title: title, Nav: nav, Origin: origin(c)}
	if sess := session(c); sess != nil {
		p.User, p.CSRF = sess.User.Name, sess.CSRF
		// A page carrying the session's CSRF token is nobody else's and
		// must not sit in any cache, the browser's history included.
		c.Response().Header().Set("Cache-Control", "no-store")
	}
	if c.QueryParam("lang") == "en" {
		p.Lang = "en"
	}
	u := *c.Request().URL
	// The path as requested may be //host/x (a 404): as a link that is
	// another site. One leading slash keeps it on this one.
	u.Path, u.RawPath = "/"+strings.TrimLeft(u.Path, "/\\"), ""
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
