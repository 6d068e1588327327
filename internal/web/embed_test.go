package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestEmbedsRenderChartTitleSourcesAndWayBack(t *testing.T) {
	s := seededStore(t)
	srv := NewServer(s, quietLog(), Config{})
	for path, back := range map[string]string{
		"/embed/overview/growth?region=4302&year=2020":           "/?region=4302&year=2020",
		"/embed/overview/trend?region=4302":                      "/?region=4302&year=",
		"/embed/indicators/gdp_growth/years?region=43":           "/indicators/gdp_growth?region=43",
		"/embed/indicators/gdp_growth/years?region=4302&lang=en": "/indicators/gdp_growth?lang=en&region=4302",
	} {
		rec := httptestGet(srv, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s = %d", path, rec.Code)
		}
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
		if doc.Find(`[data-testid="chart"]`).Length() != 1 || doc.Find("nav").Length() != 0 {
			t.Errorf("%s: want exactly one chart and no site navigation", path)
		}
		if title := doc.Find(`[data-testid="embed-title"]`).Text(); !strings.Contains(title, "株洲市") && !strings.Contains(title, "湖南省") {
			t.Errorf("%s: title %q names no region", path, title)
		}
		src := doc.Find(`[data-testid="embed-source"] a`)
		if src.Length() == 0 {
			t.Errorf("%s: no source documents", path)
		}
		src.Each(func(_ int, a *goquery.Selection) {
			if href, _ := a.Attr("href"); !strings.HasPrefix(href, "http://example.com/documents/") || a.AttrOr("target", "") != "_blank" {
				t.Errorf("%s: source link %q should be absolute and open outside the frame", path, href)
			}
		})
		if href, _ := doc.Find(`[data-testid="embed-full"]`).Attr("href"); !strings.HasPrefix(href, "http://example.com"+back) {
			t.Errorf("%s: link back %q, want %s", path, href, back)
		}
		if doc.Find(`script[src^="/static/js/embed."][src$=".js"]`).Length() != 1 {
			t.Errorf("%s: no embed.js to report the height", path)
		}
	}
	for path, code := range map[string]int{
		"/embed/overview/pie?region=4302":                http.StatusNotFound,
		"/embed/overview/growth?region=火星市":              http.StatusNotFound,
		"/embed/indicators/nope/years":                   http.StatusNotFound,
		"/embed/indicators/gdp_growth/years?year=banana": http.StatusBadRequest,
	} {
		if rec := httptestGet(srv, path); rec.Code != code {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, code)
		}
	}
}

func TestChartsOfferAnEmbedSnippet(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/?region=4302&year=2020")
	snippets := doc.Find(`[data-testid="embed-snippet"]`)
	if snippets.Length() != doc.Find(`[data-testid="chart"]`).Length() || snippets.Length() == 0 {
		t.Fatalf("%d snippets for %d charts", snippets.Length(), doc.Find(`[data-testid="chart"]`).Length())
	}
	got := snippets.First().Text()
	if !strings.HasPrefix(got, `<iframe src="http://example.com/embed/overview/growth?region=4302&amp;year=2020"`) ||
		!strings.Contains(got, `width="100%"`) || !strings.Contains(got, `height="480"`) {
		t.Errorf("snippet = %s", got)
	}
}

func TestFramingHeaders(t *testing.T) {
	s := seededStore(t)
	embed := "/embed/overview/growth?region=4302&year=2020"
	for _, tc := range []struct {
		cfg       Config
		path      string
		ancestors string
		xfo       string
	}{
		{Config{}, embed, "frame-ancestors *", ""},
		{Config{EmbedOrigins: []string{"https://portal.example.gov.cn", "https://*.zhuzhou.gov.cn"}}, embed,
			"frame-ancestors 'self' https://portal.example.gov.cn https://*.zhuzhou.gov.cn", ""},
		{Config{}, "/embed/overview/pie", "frame-ancestors *", ""}, // even its 404
		{Config{}, "/", "frame-ancestors 'none'", "DENY"},
		{Config{}, "/indicators/gdp_growth", "frame-ancestors 'none'", "DENY"},
		{Config{}, "/export/figures.csv", "frame-ancestors 'none'", "DENY"},
		{Config{}, "/static/js/embed.js", "frame-ancestors 'none'", "DENY"},
		{Config{}, "/nope", "frame-ancestors 'none'", "DENY"},
	} {
		rec := httptestGet(NewServer(s, quietLog(), tc.cfg), tc.path)
		h := rec.Header()
		if csp := h.Get("Content-Security-Policy"); !strings.HasSuffix(csp, tc.ancestors) || !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s with %v: CSP %q, want it to end %q", tc.path, tc.cfg.EmbedOrigins, csp, tc.ancestors)
		}
		if got := h.Get("X-Frame-Options"); got != tc.xfo {
			t.Errorf("%s: X-Frame-Options %q, want %q", tc.path, got, tc.xfo)
		}
	}
}

func TestParseOrigins(t *testing.T) {
	got, err := ParseOrigins("https://Portal.example.gov.cn, http://10.0.0.5:8080 https://*.zhuzhou.gov.cn/")
	if err != nil || strings.Join(got, " ") != "https://portal.example.gov.cn http://10.0.0.5:8080 https://*.zhuzhou.gov.cn" {
		t.Errorf("ParseOrigins = %v, %v", got, err)
	}
	for _, any := range []string{"", "*", "  "} {
		if got, err := ParseOrigins(any); got != nil || err != nil {
			t.Errorf("ParseOrigins(%q) = %v, %v; want any origin", any, got, err)
		}
	}
	for _, bad := range []string{"portal.example.gov.cn", "ftp://x.cn", "https://x.cn/path", "https://x.cn'; script-src *", "https://a.*.cn", "javascript:alert(1)"} {
		if _, err := ParseOrigins(bad); err == nil {
			t.Errorf("ParseOrigins(%q) accepted", bad)
		}
	}
}

func TestHeadIsAnsweredLikeGet(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	for _, path := range []string{"/", "/regions", "/embed/overview/trend?region=4302", "/healthz"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("HEAD %s = %d", path, rec.Code)
		}
	}
}

func TestPublicURLIsUsedInLinks(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{PublicURL: "https://mubiao.example.gov.cn"})
	body := httptestGet(srv, "/?region=4302&year=2020").Body.String()
	if !strings.Contains(body, "https://mubiao.example.gov.cn/embed/overview/growth") || !strings.Contains(body, "https://mubiao.example.gov.cn/static/js/embed-host.js") {
		t.Error("embed snippet does not use the public URL")
	}
	if _, err := ParsePublicURL("mubiao.example.gov.cn"); err == nil {
		t.Error("a public URL without a scheme was accepted")
	}
}
