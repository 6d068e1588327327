package web

import (
	"crypto/subtle"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"golang.org/x/time/rate"

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

// ipExtractor reads the client's address: from X-Forwarded-For only when
// the connection comes from a configured proxy, never by default.
func ipExtractor(trusted []*net.IPNet) echo.IPExtractor {
	if len(trusted) == 0 {
		return echo.ExtractIPDirect()
	}
	opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
	for _, n := range trusted {
		opts = append(opts, echo.TrustIPRange(n))
	}
	return echo.ExtractIPFromXFFHeader(opts...)
}

// fromTrustedProxy says whether the connection itself is a configured proxy.
func (s *Server) fromTrustedProxy(c echo.Context) bool {
	host, _, err := net.SplitHostPort(c.Request().RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	for _, n := range s.cfg.TrustedProxies {
		if ip != nil && n.Contains(ip) {
			return true
		}
	}
	return false
}

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
		if subtle.ConstantTimeCompare([]byte(c.FormValue("csrf")), []byte(sess.CSRF)) != 1 {
			return echo.NewHTTPError(http.StatusForbidden, "the form has expired or came from elsewhere: reload the page and try again")
		}
		return next(c)
	}
}

// loginLimiter allows each client five login attempts, then one every
// twelve seconds: enough for a person who mistypes, too few to guess.
func loginLimiter() echo.MiddlewareFunc {
	return middleware.RateLimiterWithConfig(middleware.RateLimiterConfig{
		Store: middleware.NewRateLimiterMemoryStoreWithConfig(middleware.RateLimiterMemoryStoreConfig{
			Rate: rate.Every(12 * time.Second), Burst: 5, ExpiresIn: 15 * time.Minute}),
		IdentifierExtractor: func(c echo.Context) (string, error) { return c.RealIP(), nil },
		DenyHandler: func(c echo.Context, _ string, _ error) error {
			return echo.NewHTTPError(http.StatusTooManyRequests, "too many login attempts: wait a minute and try again")
		},
	})
}

func (s *Server) handleLoginForm(c echo.Context) error {
	if session(c) != nil {
		return c.Redirect(http.StatusSeeOther, safeNext(c.QueryParam("next")))
	}
	return s.renderLogin(c, http.StatusOK, "")
}

func (s *Server) renderLogin(c echo.Context, status int, msg string) error {
	token := db.RandomToken()
	c.SetCookie(&http.Cookie{Name: loginCookie, Value: token, Path: "/login", HttpOnly: true, SameSite: http.SameSiteStrictMode,
		Secure: s.secureCookies(c), MaxAge: 3600})
	p := page(c, "", "")
	p.Title = p.T("登录", "Log in")
	c.Response().Header().Set("Cache-Control", "no-store")
	return render(c, status, pages.LoginPage(pages.Login{Page: p, CSRF: token, Next: safeNext(c.FormValue("next")), Error: msg,
		Name: c.FormValue("name")}))
}

func (s *Server) handleLogin(c echo.Context) error {
	if err := s.sameSite(c); err != nil {
		return err
	}
	ck, err := c.Cookie(loginCookie)
	if err != nil || ck.Value == "" || subtle.ConstantTimeCompare([]byte(ck.Value), []byte(c.FormValue("csrf"))) != 1 {
		return echo.NewHTTPError(http.StatusForbidden, "the form has expired or came from elsewhere: reload the page and try again")
	}
	ctx := c.Request().Context()
	u, err := s.store.Authenticate(ctx, c.FormValue("name"), c.FormValue("password"))
	if errors.Is(err, db.ErrBadLogin) {
		s.log.Info("login failed", "name", c.FormValue("name"), "ip", c.RealIP())
		p := page(c, "", "")
		return s.renderLogin(c, http.StatusUnauthorized, p.T("用户名或密码不对。", "Wrong name or password."))
	}
	if err != nil {
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
	return c.Redirect(http.StatusSeeOther, safeNext(c.FormValue("next")))
}

func (s *Server) handleLogout(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil {
		if err := s.store.EndSession(c.Request().Context(), ck.Value); err != nil {
			return err
		}
	}
	c.SetCookie(&http.Cookie{Name: sessionCookie, Path: "/", MaxAge: -1, HttpOnly: true})
	return c.Redirect(http.StatusSeeOther, "/")
}

// safeNext keeps a post-login redirect on this site: a local path, not
// //host or a scheme.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	return next
}
