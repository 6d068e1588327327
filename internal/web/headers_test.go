package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Every route, whatever it answers (a page, a file, JSON, a CSV, a
// redirect, a 4xx for a bad or unauthorised request), carries the
// security headers: a CSP with no inline script, nosniff, a referrer
// policy, and framing refused everywhere but /embed/. Routes are taken
// from the router, so a route added later is checked too.
func TestSecurityHeadersOnEveryRoute(t *testing.T) {
	e := NewServer(seededStore(t), quietLog(), Config{})
	fill := strings.NewReplacer(":key", "gdp_growth", ":code", "4302", ":id", "1", ":chart", "growth", "*", "css/app.css")
	seen := 0
	for _, r := range e.Routes() {
		if r.Method == "echo_route_not_found" {
			continue
		}
		path := fill.Replace(r.Path)
		req := httptest.NewRequest(r.Method, path, nil)
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		seen++
		h := rec.Header()
		what := r.Method + " " + path
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self';") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s (%d): CSP %q", what, rec.Code, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s (%d): nosniff %q, referrer policy %q", what, rec.Code, h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
		}
		if strings.HasPrefix(path, "/embed/") {
			if h.Get("X-Frame-Options") != "" || strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("%s: an embed refuses framing", what)
			}
		} else if h.Get("X-Frame-Options") != "DENY" || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s (%d): framing not refused", what, rec.Code)
		}
	}
	// And the router's own 404 and 405.
	for _, req := range []*http.Request{httptest.NewRequest(http.MethodGet, "/no/such/page", nil), httptest.NewRequest(http.MethodDelete, "/", nil)} {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s %s (%d) lacks security headers", req.Method, req.URL, rec.Code)
		}
	}
	if seen < 30 {
		t.Fatalf("checked only %d routes", seen)
	}
}
