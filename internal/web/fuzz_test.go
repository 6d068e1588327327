package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// Fuzzers for every handler that takes input. Each asserts what must
// hold for any input: no panic, no 5xx (bad input is the client's
// error, a 4xx that says why), and the security headers on the answer.
// CI runs each for a few seconds (see .ci/run); corpora are committed
// under testdata/fuzz.

func assertSound(t *testing.T, what string, rec *httptest.ResponseRecorder) {
	t.Helper()
	if rec.Code >= 500 {
		t.Fatalf("%s = %d: %s", what, rec.Code, rec.Body.String())
	}
	h := rec.Header()
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("%s = %d without security headers: %v", what, rec.Code, h)
	}
}

var fuzzPaths = []string{"/", "/indicators/gdp_growth", "/indicators", "/compare", "/regions/4302", "/documents", "/documents/1",
	"/search", "/review", "/figures/1", "/export/figures.csv", "/export/figures.xlsx", "/api/figures", "/api/years",
	"/embed/overview/growth", "/embed/indicators/gdp_growth/across", "/login", "/export/escalation.csv"}

// FuzzViewQueries sends any query string to every view and export.
func FuzzViewQueries(f *testing.F) {
	for _, q := range []string{"region=4302&year=2020", "year=-1", "within=all&level=county", "q=%E7%94%9F%E4%BA%A7", "page=0",
		"per_page=100000", "region=%00", "year=99999999999999999999", "kind=planned&indicator=x", "lang=en&scope=43",
		"region=4302&region=430281", "bom=0&within=43&kind=reported", "next=//evil.example",
		"scope=43&esc=all&sort=raise&desc=0", "within=43&year=2021&sort=own"} {
		for i := range fuzzPaths {
			f.Add(uint8(i), q)
		}
	}
	h := NewServer(seededStore(f), quietLog(), Config{})
	f.Fuzz(func(t *testing.T, which uint8, rawQuery string) {
		path := fuzzPaths[int(which)%len(fuzzPaths)]
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.URL.RawQuery = rawQuery
		req.RequestURI = path + "?" + rawQuery
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		assertSound(t, path+"?"+rawQuery, rec)
	})
}

// FuzzWriteForms posts any review, add-a-figure and upload form as a
// logged-in reviewer with a valid CSRF token: what is left to go wrong is
// the handlers' reading of the fields.
func FuzzWriteForms(f *testing.F) {
	f.Add(uint8(0), "correct", "gdp_growth", "7.5", ">=", "2021", "planned", "4302", "地区生产总值增长8%")
	f.Add(uint8(0), "reject", "", "", "", "", "", "", "")
	f.Add(uint8(1), "", "other:新指标", "1e308", "~", "0", "reported", "株洲市", "增长")
	f.Add(uint8(1), "", "cpi", "NaN", "<=", "-5", "x", "\x00", "")
	f.Add(uint8(2), "", "", "", "", "", "", "报告.txt", "株洲市2021年政府工作报告\n地区生产总值增长8%。")
	f.Add(uint8(2), "", "", "", "", "", "", "../../etc/passwd.docx", "PK\x03\x04")
	s := freshStore(f)
	h := NewServer(s, quietLog(), Config{})
	cl := newClient(f, h)
	csrf := cl.login("wang", "correct horse battery")
	fig := firstFigure(f, s)
	f.Fuzz(func(t *testing.T, which uint8, action, indicator, value, cmp, year, kind, region, text string) {
		var rec *httptest.ResponseRecorder
		form := url.Values{"csrf": {csrf}, "action": {action}, "indicator": {indicator}, "value": {value}, "cmp": {cmp},
			"year": {year}, "kind": {kind}, "region": {region}}
		switch which % 3 {
		case 0:
			rec = cl.post("/figures/"+strconv.FormatInt(fig, 10)+"/review", form)
		case 1:
			form.Set("quote", text)
			rec = cl.post("/documents/1/figures", form)
		default:
			body, ctype := multipartBody(t, map[string]string{"csrf": csrf}, map[string][]byte{region: []byte(text)})
			rec = cl.do(http.MethodPost, "/upload", body, ctype)
		}
		assertSound(t, "POST form "+action, rec)
	})
}

// FuzzConfig is the parsing of the settings a server starts with: any
// value is accepted or refused with an error, and what is accepted reads
// back the same when parsed again.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{"https://portal.example.gov.cn, http://10.0.0.5:8080", "*", "javascript:alert(1)", "https://a.example/path",
		"10.0.0.0/8,192.168.1.1", "::1/128", "http://", "https://例子.中国"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if o, err := ParseOrigins(s); err == nil {
			again, err := ParseOrigins(strings.Join(o, ","))
			if err != nil || strings.Join(again, ",") != strings.Join(o, ",") {
				t.Fatalf("ParseOrigins(%q) = %q, which parses to %q, %v", s, o, again, err)
			}
		}
		if u, err := ParsePublicURL(s); err == nil {
			if again, err := ParsePublicURL(u); err != nil || again != u {
				t.Fatalf("ParsePublicURL(%q) = %q, which parses to %q, %v", s, u, again, err)
			}
		}
		ParseCIDRs(s)
	})
}
