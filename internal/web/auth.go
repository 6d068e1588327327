package web

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/views/pages"
)

// Reading is public; writing (uploads, reviews) needs an account. A
// session is a random token in an HttpOnly, SameSite=Lax cookie (Secure
// behind TLS), stored hashed. Every state-changing request carries the
// session's CSRF token in its form and must not come from another site
// (Origin, Sec-Fetch-Site); the login form, before any session, uses a
// double-submit cookie instead.

const (
	sessionCookie = "mubiao_session"
	loginCookie   = "mubiao_login" // the login form's CSRF token
	sessionTTL    = 12 * time.Hour
	ctxSession    = "mubiao.session"
)

// secureCookies: behind TLS, directly or at a trusted proxy, or when the
// public URL is https.
func (s *Server) secureCookies(c echo.Context) bool {
	return c.Request().TLS != nil || strings.HasPrefix(s.cfg.PublicURL, "https://") ||
		s.fromTrustedProxy(c) && c.Request().Header.Get("X-Forwarded-Proto") == "https"
}

// loadSession attaches the request's session, if its cookie names a live one.
func (s *Server) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
			sess, err := s.store.SessionFor(c.Request().Context(), ck.Value)
			switch {
			case err == nil:
				c.Set(ctxSession, &sess)
			case !errors.Is(err, db.ErrNotFound):
				return err
			}
		}
		return next(c)
	}
}

func session(c echo.Context) *db.Session {
	s, _ := c.Get(ctxSession).(*db.Session)
	return s
}

// requireUser sends a visitor without a session to the login page (GET)
// or refuses the request (anything else).
func requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if session(c) != nil {
			return next(c)
		}
		if c.Request().Method == http.MethodGet {
			return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request().URL.RequestURI()))
		}
		return echo.NewHTTPError(http.StatusForbidden, "log in first")
	}
}

// sameSite refuses a state-changing request another site's page sent: the
// browser names the page's origin in Origin (and Sec-Fetch-Site).
func (s *Server) sameSite(c echo.Context) error {
	h := c.Request().Header
	if h.Get("Sec-Fetch-Site") == "cross-site" {
		return echo.NewHTTPError(http.StatusForbidden, "cross-site request refused")
	}
	if o := h.Get("Origin"); o != "" && o != origin(c) { // "null" (a sandboxed or file page) too
		return echo.NewHTTPError(http.StatusForbidden, "cross-site request refused")
	}
	return nil
}

// csrf guards every state-changing route of a logged-in user: same site,
// and the form's token equal to the session's.
func (s *Server) csrf(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := s.sameSite(c); err != nil {
			return err
		}
		sess := session(c)
		if sess == nil {
			return echo.NewHTTPError(http.StatusForbidden, "log in first")
		}
		if subtle.ConstantTimeCompare([]byte(csrfField(c)), []byte(sess.CSRF)) != 1 {
			return echo.NewHTTPError(http.StatusForbidden, "the form has expired or came from elsewhere: reload the page and try again")
		}
		return next(c)
	}
}

// Login attempts are limited per client (an IPv4 address or an IPv6
// /64) and per account name, in the database, so a restart or a second
// server process does not reset them. A client gets five attempts, then
// one every twelve seconds: enough for a person who mistypes, too few to
// guess. An account gets ten, then one every thirty seconds, however
// many clients try it; a successful login refills it.
const (
	loginClientBurst = 5
	loginClientEvery = 12 * time.Second
	loginNameBurst   = 10
	loginNameEvery   = 30 * time.Second
)

// loginAllowed takes one attempt from the client's and the account's
// allowance, or says how long to wait.
func (s *Server) loginAllowed(c echo.Context, name string) error {
	ctx := c.Request().Context()
	wait, err := s.store.TakeAttempt(ctx, "client:"+clientKey(c.RealIP()), loginClientBurst, loginClientEvery)
	if err == nil && wait == 0 {
		wait, err = s.store.TakeAttempt(ctx, nameKey(name), loginNameBurst, loginNameEvery)
	}
	if err != nil {
		return err
	}
	if wait > 0 {
		c.Response().Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		s.log.Info("login refused: too many attempts", "name", name, "ip", c.RealIP())
		return echo.NewHTTPError(http.StatusTooManyRequests, "too many login attempts: wait a minute and try again")
	}
	return nil
}

// nameKey is an account's allowance: names are case-insensitive and at
// most 64 characters, so neither case nor a longer tail makes a new one.
func nameKey(name string) string {
	r := []rune(strings.ToLower(name))
	return "name:" + string(r[:min(len(r), 64)])
}

// formValue reads a field of a URL-encoded form body. Unlike echo's
// FormValue it never parses a multipart body (which spills files to
// disk), never reads a body on GET, and never takes a field from the
// query string: a form's fields come from the form.
func formValue(c echo.Context, name string) string {
	r := c.Request()
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return ""
	}
	if r.PostForm == nil {
		_ = r.ParseForm() // an error (a body over the limit) leaves the fields empty
	}
	return r.PostForm.Get(name)
}

// csrfField is the form's CSRF token: from a multipart body on the
// upload route, which takes files; from a URL-encoded one everywhere else.
func csrfField(c echo.Context) string {
	if strings.HasPrefix(c.Request().Header.Get(echo.HeaderContentType), echo.MIMEMultipartForm) && routeKey(c) == "POST /upload" {
		return c.FormValue("csrf")
	}
	return formValue(c, "csrf")
}

func (s *Server) handleLoginForm(c echo.Context) error {
	if session(c) != nil {
		return c.Redirect(http.StatusSeeOther, safeNext(c.QueryParam("next")))
	}
	return s.renderLogin(c, http.StatusOK, "", c.QueryParam("next"))
}

func (s *Server) renderLogin(c echo.Context, status int, msg, next string) error {
	token := db.RandomToken()
	c.SetCookie(&http.Cookie{Name: loginCookie, Value: token, Path: "/login", HttpOnly: true, SameSite: http.SameSiteStrictMode,
		Secure: s.secureCookies(c), MaxAge: 3600})
	p := page(c, "", "")
	p.Title = p.T("登录", "Log in")
	c.Response().Header().Set("Cache-Control", "no-store")
	return render(c, status, pages.LoginPage(pages.Login{Page: p, CSRF: token, Next: safeNext(next), Error: msg,
		Name: formValue(c, "name")}))
}

func (s *Server) handleLogin(c echo.Context) error {
	if err := s.sameSite(c); err != nil {
		return err
	}
	ck, err := c.Cookie(loginCookie)
	if err != nil || ck.Value == "" || subtle.ConstantTimeCompare([]byte(ck.Value), []byte(formValue(c, "csrf"))) != 1 {
		return echo.NewHTTPError(http.StatusForbidden, "the form has expired or came from elsewhere: reload the page and try again")
	}
	ctx := c.Request().Context()
	name, next := formValue(c, "name"), formValue(c, "next")
	if err := s.loginAllowed(c, name); err != nil {
		return err
	}
	u, err := s.store.Authenticate(ctx, name, formValue(c, "password"))
	if errors.Is(err, db.ErrBadLogin) {
		s.log.Info("login failed", "name", name, "ip", c.RealIP())
		p := page(c, "", "")
		return s.renderLogin(c, http.StatusUnauthorized, p.T("用户名或密码不对。", "Wrong name or password."), next)
	}
	if err != nil {
		return err
	}
	if err := s.store.ClearAttempts(ctx, nameKey(name)); err != nil {
		return err
	}
	token, _, err := s.store.NewSession(ctx, u, sessionTTL)
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: s.secureCookies(c), MaxAge: int(sessionTTL.Seconds())})
	c.SetCookie(&http.Cookie{Name: loginCookie, Path: "/login", MaxAge: -1})
	s.log.Info("login", "user", u.Name, "ip", c.RealIP())
	return c.Redirect(http.StatusSeeOther, safeNext(next))
}

func (s *Server) handleLogout(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil {
		if err := s.store.EndSession(c.Request().Context(), ck.Value); err != nil {
			return err
		}
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secureCookies(c)})
	return c.Redirect(http.StatusSeeOther, "/")
}

// safeNext keeps a post-login redirect on this site: a path, nothing
// else. Browsers drop tabs and newlines from URLs and read a backslash as
// a slash, so "/\t/evil.example" or "/\\evil.example" would leave the
// site: any whitespace, control character or backslash refuses the lot.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsRune(next, '\\') ||
		strings.IndexFunc(next, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError }) >= 0 {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return next
}
