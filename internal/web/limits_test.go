package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// endless is a body that never ends (a client streaming without a
// Content-Length) and counts what was read of it.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += int64(len(p))
	return len(p), nil
}

// Every route takes a small body but the upload, and a form is read
// from its body only: the login page read multipart bodies on GET
// (spilling them to disk) and held 30 MB POSTs in memory.
func TestBodiesAreLimited(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	cl := newClient(t, srv)
	_, doc := cl.get("/login")
	token, _ := doc.Find(`input[name="csrf"]`).Attr("value")
	big := "csrf=" + token + "&name=wang&password=x&pad=" + strings.Repeat("a", 30<<20)
	if rec := cl.do(http.MethodPost, "/login", strings.NewReader(big), "application/x-www-form-urlencoded"); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST /login with 30 MB = %d, want 413", rec.Code)
	}
	for _, route := range []string{"/login", "/logout", "/figures/1/review", "/upload/save", "/documents/1/figures", "/", "/api/figures"} {
		// No Content-Length: the body is read until the limit, no further.
		body := &endless{}
		req := httptest.NewRequest(http.MethodPost, route, io.NopCloser(body))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if body.read > 2*maxBody {
			t.Errorf("POST %s read %d bytes of an endless body, want at most about %d", route, body.read, maxBody)
		}
		if rec.Code < 400 {
			t.Errorf("POST %s with an endless body = %d", route, rec.Code)
		}
	}
	// A GET reads no body at all, even a form-shaped one: next comes from
	// the query only.
	body := &endless{}
	req := httptest.NewRequest(http.MethodGet, "/login", io.MultiReader(strings.NewReader("next=/review&"), body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || body.read > 0 {
		t.Errorf("GET /login with a body = %d, read %d bytes of it", rec.Code, body.read)
	}
	d, _ := goquery.NewDocumentFromReader(rec.Body)
	if next, _ := d.Find(`input[name="next"]`).Attr("value"); next != "/" {
		t.Errorf("GET /login took next=%q from its body", next)
	}
	// A form field in the query string is not the form's.
	csrf := cl.login("wang", "correct horse battery")
	id := itoa64(firstFigure(t, s))
	if rec := cl.post("/figures/"+id+"/review?action=reject", url.Values{"csrf": {csrf}}); rec.Code != http.StatusBadRequest {
		t.Errorf("action in the query string = %d, want 400 (no action in the form)", rec.Code)
	}
	// The upload takes more than the forms do.
	paste := bytes.Repeat([]byte("地区生产总值增长8%左右。\n"), 2*maxBody/30)
	mb, ctype := multipartBody(t, map[string]string{"csrf": csrf, "text": string(paste)}, nil)
	if rec := cl.do(http.MethodPost, "/upload", mb, ctype); rec.Code != http.StatusOK {
		t.Errorf("upload of %d bytes = %d, want 200", len(paste), rec.Code)
	}
}

func TestLoginRedirectStaysOnSite(t *testing.T) {
	for _, next := range []string{"/\t/evil.example", "/\n/evil.example", "/\r/evil.example", " //evil.example", "//evil.example", "/\\evil.example",
		"\\\\evil.example", "https://evil.example", "javascript:alert(1)", "/\x00/evil.example", "/\u3000/evil.example", "/%2F/evil.example",
		"/review\x7f", "", "review", "/\u00a0/evil.example"} {
		if got := safeNext(next); got != "/" {
			t.Errorf("safeNext(%q) = %q, want /", next, got)
		}
	}
	for _, next := range []string{"/review", "/figures/3?lang=en", "/upload?lang=en#top", "/search?q=%E5%B0%B1%E4%B8%9A"} {
		if got := safeNext(next); got != next {
			t.Errorf("safeNext(%q) = %q, want it kept", next, got)
		}
	}
	// Through the form, as the audit sent it: next=/%09/evil.example.
	s := freshStore(t)
	cl := newClient(t, NewServer(s, quietLog(), Config{}))
	_, doc := cl.get("/login?next=/%09/evil.example")
	token, _ := doc.Find(`input[name="csrf"]`).Attr("value")
	next, _ := doc.Find(`input[name="next"]`).Attr("value")
	rec := cl.post("/login", url.Values{"csrf": {token}, "name": {"wang"}, "password": {"correct horse battery"}, "next": {"/\t/evil.example"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/" || next != "/" {
		t.Errorf("login with next=/%%09/evil.example → %d %q (form's next %q), want / ", rec.Code, rec.Header().Get("Location"), next)
	}
	if rec, _ := cl.get("/login?next=/%09/evil.example"); rec.Header().Get("Location") != "/" {
		t.Errorf("logged-in GET /login?next=/%%09/evil.example → %q, want /", rec.Header().Get("Location"))
	}
}

func TestCorrectionsMustBeFiniteNumbers(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	cl := newClient(t, srv)
	csrf := cl.login("wang", "correct horse battery")
	id := firstFigure(t, s)
	before, _ := s.Figure(context.Background(), id)
	for _, v := range []string{"Inf", "+Inf", "-Inf", "infinity", "NaN", "nan", "1e400", "-1e999"} {
		form := url.Values{"csrf": {csrf}, "action": {"correct"}, "region": {"4302"}, "year": {itoa64(int64(before.Year))}, "kind": {string(before.Kind)},
			"indicator": {"gdp_growth"}, "value": {v}, "cmp": {">="}}
		if rec := cl.post("/figures/"+itoa64(id)+"/review", form); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "有限的数字") {
			t.Errorf("correct to %q = %d, want 400 saying why", v, rec.Code)
		}
		add := url.Values{"csrf": {csrf}, "quote": {before.Quote}, "region": {"4302"}, "year": {"2021"}, "kind": {"planned"},
			"indicator": {"gdp_growth"}, "value": {v}, "cmp": {">="}}
		if rec := cl.post("/documents/"+itoa64(before.DocumentID)+"/figures", add); rec.Code != http.StatusBadRequest {
			t.Errorf("add with %q = %d, want 400", v, rec.Code)
		}
	}
	if after, _ := s.Figure(context.Background(), id); after.Value != before.Value || after.ReviewStatus != before.ReviewStatus {
		t.Errorf("a refused correction changed the figure: %v → %v", before.Value, after.Value)
	}
	if rec := httptestGet(srv, "/api/figures?per_page=1000"); rec.Code != http.StatusOK {
		t.Errorf("/api/figures = %d", rec.Code)
	}
}

// A corrected value must lie in its unit's sane span: 1e308 亿元 was
// stored and then shown as -922337203685477.6亿个. Refused with a 400 in
// the page's language, by the handler and by the store behind it.
func TestCorrectionsStayInRange(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	cl := newClient(t, srv)
	csrf := cl.login("wang", "correct horse battery")
	id := firstFigure(t, s)
	before, _ := s.Figure(context.Background(), id)
	for _, c := range []struct{ indicator, value string }{
		{"gdp", "1e308"}, {"gdp", "-2e7"}, {"gdp_growth", "-101"}, {"gdp_growth", "1e6"}, {"new_urban_jobs", "3e9"}, {"other:新指标", "1e308"},
	} {
		for _, lang := range []string{"", "en"} {
			form := url.Values{"csrf": {csrf}, "action": {"correct"}, "region": {"4302"}, "year": {itoa64(int64(before.Year))}, "kind": {string(before.Kind)},
				"indicator": {c.indicator}, "value": {c.value}, "cmp": {">="}}
			path := "/figures/" + itoa64(id) + "/review"
			want := "超出合理范围"
			if lang == "en" {
				path, want = path+"?lang=en", "out of range"
			}
			if rec := cl.post(path, form); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), want) {
				t.Errorf("%s correct %s to %s = %d, want 400 saying %q", lang, c.indicator, c.value, rec.Code, want)
			}
		}
	}
	for _, ok := range []string{"52.6", "-100", "0"} {
		form := url.Values{"csrf": {csrf}, "action": {"correct"}, "region": {"4302"}, "year": {itoa64(int64(before.Year))}, "kind": {string(before.Kind)},
			"indicator": {"gdp_growth"}, "value": {ok}, "cmp": {">="}}
		if rec := cl.post("/figures/"+itoa64(id)+"/review", form); rec.Code != http.StatusSeeOther {
			t.Errorf("correct gdp_growth to %s = %d, want it saved", ok, rec.Code)
		}
	}
	// The store refuses it too, whoever calls it.
	_, err := s.Review(context.Background(), "wang", id, db.ActionCorrect, db.Correction{Region: "4302", Year: before.Year, Kind: before.Kind,
		Indicator: "gdp", Value: 1e308, Cmp: ">="})
	if !errors.Is(err, db.ErrInvalid) {
		t.Errorf("store took 1e308 亿元: %v", err)
	}
	if rec := httptestGet(srv, "/api/figures?per_page=1000"); rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "922337203685477") {
		t.Errorf("/api/figures = %d with an overflowed value", rec.Code)
	}
}

// A misspelt zone (株州高新区: no division places it, none is stored) is
// refused with a reason in the page's language; ticked as a new region it
// is saved.
func TestCorrectionToAnUnplacedZoneNeedsATick(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	cl := newClient(t, srv)
	csrf := cl.login("wang", "correct horse battery")
	id := firstFigure(t, s)
	before, _ := s.Figure(context.Background(), id)
	form := url.Values{"csrf": {csrf}, "action": {"correct"}, "region": {"株州高新区"}, "year": {itoa64(int64(before.Year))}, "kind": {string(before.Kind)},
		"indicator": {before.Indicator}, "value": {"5"}, "cmp": {">="}}
	path := "/figures/" + itoa64(id) + "/review"
	for lang, want := range map[string]string{"": "不在行政区划表中", "?lang=en": "not in the division list"} {
		rec := cl.post(path+lang, form)
		if body := rec.Body.String(); rec.Code != http.StatusBadRequest || !strings.Contains(body, want) || !strings.Contains(body, "株州高新区") {
			t.Errorf("%q: correct to 株州高新区 = %d, want 400 saying %q and the name", lang, rec.Code, want)
		}
	}
	if after, _ := s.Figure(context.Background(), id); after.Region != before.Region {
		t.Fatalf("the refused correction changed the region to %s", after.Region)
	}
	form.Set("new_region", "1")
	if rec := cl.post(path, form); rec.Code != http.StatusSeeOther {
		t.Fatalf("ticked as new = %d", rec.Code)
	}
	if after, _ := s.Figure(context.Background(), id); after.Region != "株州高新区" {
		t.Errorf("after the tick the region is %s", after.Region)
	}
	if rec, _ := cl.get("/figures/" + itoa64(id)); !strings.Contains(rec.Body.String(), `name="new_region"`) {
		t.Error("the correction form has no new-region box")
	}
}

// Pages carrying a CSRF token are never cached; HSTS once the public URL
// is https; the logout cookie is as Secure as the session's was.
func TestSessionPagesAndCookies(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{PublicURL: "https://mubiao.example.gov.cn"})
	cl := newClient(t, srv)
	cl.header.Set("Origin", "https://mubiao.example.gov.cn")
	csrf := cl.login("wang", "correct horse battery")
	id := itoa64(firstFigure(t, s))
	for _, path := range []string{"/", "/indicators", "/regions/4302", "/documents/1", "/figures/" + id, "/review", "/upload", "/search?q=就业", "/methodology", "/no/such/page"} {
		rec, doc := cl.get(path)
		if doc.Find(`input[name="csrf"]`).Length() == 0 {
			t.Errorf("%s: no CSRF token on a logged-in page", path)
		}
		if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "no-store") {
			t.Errorf("%s (%d): Cache-Control %q on a page with a CSRF token, want no-store", path, rec.Code, cc)
		}
		if rec.Header().Get("Strict-Transport-Security") == "" {
			t.Errorf("%s: no HSTS behind an https public URL", path)
		}
	}
	rec := cl.post("/logout", url.Values{"csrf": {csrf}})
	var gone *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			gone = c
		}
	}
	if gone == nil || gone.MaxAge >= 0 || !gone.Secure || !gone.HttpOnly {
		t.Errorf("logout cookie = %+v, want expired, Secure, HttpOnly", gone)
	}
	if rec := httptestGet(NewServer(s, quietLog(), Config{}), "/"); rec.Header().Get("Strict-Transport-Security") != "" {
		t.Error("HSTS without an https public URL")
	}
}

func TestAddressesThatLeaveTheSite(t *testing.T) {
	s := seededStore(t)
	rec, doc := do(t, s, "//evil.example/x")
	href, _ := doc.Find(`[data-testid="lang-switch"]`).Attr("href")
	if rec.Code != http.StatusNotFound || href == "" || strings.HasPrefix(href, "//") || !strings.HasPrefix(href, "/") {
		t.Errorf("404 for //evil.example/x: language link %q (status %d), want a path on this site", href, rec.Code)
	}
	for _, path := range []string{"/search?q=abc%00", "/search?q=%00", "/?region=%00", "/api/figures?indicator=%ff"} {
		if rec, _ := do(t, s, path); rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 400", path, rec.Code)
		}
	}
}

// slowStore blocks chosen calls until released or their context ends,
// standing in for a database whose pooled connections are all busy.
type slowStore struct {
	Store
	mu                     sync.Mutex
	blockGen, blockFigures bool
	release                chan struct{}
	started                chan struct{}
}

func (s *slowStore) wait(ctx context.Context, block bool) error {
	if !block {
		return nil
	}
	select {
	case s.started <- struct{}{}:
	default:
	}
	select {
	case <-s.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *slowStore) Generation(ctx context.Context) (int64, error) {
	s.mu.Lock()
	b := s.blockGen
	s.mu.Unlock()
	if err := s.wait(ctx, b); err != nil {
		return 0, err
	}
	return s.Store.Generation(ctx)
}

func (s *slowStore) EachFigure(ctx context.Context, fl db.FigureFilter, fn func(targets.Record) error) error {
	if err := s.wait(ctx, s.blockFigures); err != nil {
		return err
	}
	return s.Store.EachFigure(ctx, fl, fn)
}

// A cached page is served from memory while the database would make it
// wait: the generation it is keyed by is kept in memory and read again
// in the background.
func TestCachedPagesDoNotWaitForTheDatabase(t *testing.T) {
	st := &slowStore{Store: seededStore(t), release: make(chan struct{}), started: make(chan struct{}, 1)}
	srv := NewServer(st, quietLog(), Config{})
	if rec := httptestGet(srv, "/indicators"); rec.Code != http.StatusOK {
		t.Fatalf("first GET = %d", rec.Code)
	}
	st.mu.Lock()
	st.blockGen = true
	st.mu.Unlock()
	defer close(st.release)
	time.Sleep(2 * generationMaxAge) // the generation is now due to be read again
	done := make(chan int)
	go func() { done <- httptestGet(srv, "/indicators").Code }()
	select {
	case code := <-done:
		if code != http.StatusOK {
			t.Errorf("cached GET = %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a cached page waited for the database")
	}
}

// Exports that stream (past their buffer: a province's, the whole
// database's) are bounded: one per client, eight in all; the next gets a
// 503 with Retry-After at once, with its error page and not a half-sent
// file. A stream gives its build slot back, so eight run at once on any
// number of cores.
func TestExportsAreBounded(t *testing.T) {
	st := &slowStore{Store: seededStore(t), blockFigures: true, release: make(chan struct{}), started: make(chan struct{}, 16)}
	srv := NewServer(st, quietLog(), Config{ExportBuffer: 1})
	export := func(remote string) chan *httptest.ResponseRecorder {
		ch := make(chan *httptest.ResponseRecorder, 1)
		go func() {
			req := httptest.NewRequest(http.MethodGet, "/export/figures.csv?region=4302", nil)
			req.RemoteAddr = remote
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			ch <- rec
		}()
		return ch
	}
	var running []chan *httptest.ResponseRecorder
	for _, remote := range []string{"192.0.2.1:1", "192.0.2.2:1", "192.0.2.3:1", "192.0.2.4:1", "192.0.2.5:1", "192.0.2.6:1", "192.0.2.7:1", "[2001:db8::1]:1"} {
		running = append(running, export(remote))
		select {
		case <-st.started:
		case <-time.After(10 * time.Second):
			t.Fatalf("export %d of %d did not start: streams hold build slots", len(running), maxExports)
		}
	}
	for remote, why := range map[string]string{"192.0.2.1:3": "a second from one client", "[2001:db8::2]:1": "a second from one /64", "192.0.2.9:1": "a ninth in all"} {
		select {
		case rec := <-export(remote):
			if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
				t.Errorf("%s = %d (Retry-After %q), want 503 with Retry-After", why, rec.Code, rec.Header().Get("Retry-After"))
			}
			if body := rec.Body.String(); strings.Contains(body, "\ufeff") || strings.Contains(body, "region_code") || rec.Header().Get("Content-Disposition") != "" {
				t.Errorf("%s: the refusal carries the start of the file: %q", why, body[:min(len(body), 200)])
			}
		case <-time.After(10 * time.Second):
			t.Errorf("%s waited instead of being refused", why)
		}
	}
	close(st.release)
	for _, ch := range running {
		if rec := <-ch; rec.Code != http.StatusOK {
			t.Errorf("a running export = %d", rec.Code)
		}
	}
	if rec := <-export("192.0.2.1:4"); rec.Code != http.StatusOK {
		t.Errorf("an export after the others finished = %d", rec.Code)
	}
}

// Small exports are built like pages: many from one client at once wait
// for the cores in turn and all get their whole file, none a 503.
func TestSmallExportsQueueInsteadOfRefusing(t *testing.T) {
	st := &slowStore{Store: seededStore(t), blockFigures: true, release: make(chan struct{}), started: make(chan struct{}, 16)}
	srv := NewServer(st, quietLog(), Config{})
	want := httptestGet(NewServer(seededStore(t), quietLog(), Config{}), "/export/figures.csv?region=4302")
	if want.Code != http.StatusOK || !strings.Contains(want.Body.String(), "株洲") {
		t.Fatalf("export = %d %q", want.Code, want.Body.String())
	}
	const n = 12
	done := make(chan *httptest.ResponseRecorder, n)
	for range n {
		go func() {
			req := httptest.NewRequest(http.MethodGet, "/export/figures.csv?region=4302", nil)
			req.RemoteAddr = "192.0.2.1:1"
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			done <- rec
		}()
	}
	<-st.started // one is building; the rest wait for a slot, not a 503
	select {
	case rec := <-done:
		t.Fatalf("an export answered %d while the first was still building", rec.Code)
	case <-time.After(300 * time.Millisecond):
	}
	close(st.release)
	for range n {
		rec := <-done
		if rec.Code != http.StatusOK || rec.Body.String() != want.Body.String() {
			t.Errorf("a queued export = %d, %d bytes (want 200, %d bytes)", rec.Code, rec.Body.Len(), want.Body.Len())
		}
		if cd := rec.Header().Get("Content-Disposition"); cd != want.Header().Get("Content-Disposition") {
			t.Errorf("Content-Disposition %q, want %q", cd, want.Header().Get("Content-Disposition"))
		}
	}
}

// Built exports waiting on their readers are bounded in bytes: past the
// bound an export needs an export slot as a stream does, and without one
// it is refused whole.
func TestBuiltExportsAreBoundedInBytes(t *testing.T) {
	s, srv := newServer(seededStore(t), quietLog(), Config{ExportHeld: 1})
	get := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/export/figures.csv?region=4302", nil)
		req.RemoteAddr = "192.0.2.1:1"
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	if rec := get(); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "株洲") {
		t.Fatalf("with an export slot free: %d %q", rec.Code, rec.Body.String()[:min(rec.Body.Len(), 200)])
	}
	if !s.exports.take(clientKey("192.0.2.1")) {
		t.Fatal("the client's export slot was not given back")
	}
	rec := get()
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Content-Disposition") != "" || strings.Contains(rec.Body.String(), "region_code") {
		t.Errorf("past the bound with the client's slot taken = %d %q", rec.Code, rec.Body.String()[:min(rec.Body.Len(), 200)])
	}
	s.exports.give(clientKey("192.0.2.1"))
	if s.held.Load() != 0 {
		t.Errorf("%d bytes still counted as held", s.held.Load())
	}
}

func TestRequestTimeoutAnswers503(t *testing.T) {
	e := echo.New()
	s := &Server{log: quietLog()}
	e.HTTPErrorHandler = s.handleError
	e.Use(requestTimeout(50 * time.Millisecond))
	e.GET("/api/slow", func(c echo.Context) error {
		<-c.Request().Context().Done() // a query that would run on
		return c.Request().Context().Err()
	})
	// An export's longer deadline replaces the request's, not nests in it.
	e.GET("/export/long", func(c echo.Context) error {
		return longerDeadline(c, time.Hour, func(c echo.Context) error {
			if dl, _ := c.Request().Context().Deadline(); time.Until(dl) < 50*time.Minute {
				return c.String(http.StatusInternalServerError, "deadline "+time.Until(dl).String())
			}
			return c.String(http.StatusOK, "ok")
		})
	})
	rec := httptestGet(e, "/api/slow")
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("a request past its deadline = %d, want 503", rec.Code)
	}
	if rec := httptestGet(e, "/export/long"); rec.Code != http.StatusOK {
		t.Errorf("a longer deadline: %s", rec.Body.String())
	}
}

// fullStore is a database whose disk is full: every write fails so.
type fullStore struct{ Store }

func (fullStore) Review(context.Context, string, int64, string, db.Correction) (targets.Record, error) {
	return targets.Record{}, fmt.Errorf("update figure: %w", syscall.ENOSPC)
}

func TestFullDiskSaysWhatHappened(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(fullStore{s}, quietLog(), Config{})
	cl := newClient(t, srv)
	csrf := cl.login("wang", "correct horse battery")
	for lang, want := range map[string]string{"": "磁盘已满", "?lang=en": "disk is full"} {
		rec := cl.post("/figures/"+itoa64(firstFigure(t, s))+"/review"+lang, url.Values{"csrf": {csrf}, "action": {"confirm"}})
		if rec.Code != http.StatusInsufficientStorage || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("a write on a full disk (lang %q) = %d, want 507 saying %q", lang, rec.Code, want)
		}
	}
}

// countingStore counts the figure counts asked of the database.
type countingStore struct {
	Store
	mu     sync.Mutex
	counts int
}

func (s *countingStore) CountFigures(ctx context.Context, fl db.FigureFilter) (int, error) {
	s.mu.Lock()
	s.counts++
	s.mu.Unlock()
	return s.Store.CountFigures(ctx, fl)
}

// The API pages by id (keyset): following next visits every figure of
// the selection once, in order, counted once per data generation.
func TestAPIFollowsNextThroughEveryFigure(t *testing.T) {
	st := &countingStore{Store: seededStore(t)}
	srv := NewServer(st, quietLog(), Config{})
	total, _ := st.Store.CountFigures(context.Background(), db.FigureFilter{Within: "43"})
	seen := map[int64]bool{}
	var last int64
	next, pages := "/api/figures?within=43&per_page=40", 0
	for next != "" {
		rec := httptestGet(srv, next)
		var out apiFigures
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || rec.Code != http.StatusOK {
			t.Fatalf("GET %s = %d %v", next, rec.Code, err)
		}
		if out.Total != total {
			t.Fatalf("total %d, want %d", out.Total, total)
		}
		for _, f := range out.Figures {
			if f.ID <= last || seen[f.ID] {
				t.Fatalf("figure %d after %d: not in id order or seen twice", f.ID, last)
			}
			seen[f.ID], last = true, f.ID
		}
		next, pages = out.Next, pages+1
	}
	if len(seen) != total || pages != (total+39)/40 {
		t.Errorf("walked %d figures in %d pages, want %d in %d", len(seen), pages, total, (total+39)/40)
	}
	if st.counts != 1 {
		t.Errorf("the total was counted %d times over %d pages, want once", st.counts, pages)
	}
	for path, want := range map[string]int{
		"/api/figures?page=11&per_page=1000": http.StatusBadRequest, // past maxPageOffset
		"/api/figures?page=2&after=5":        http.StatusBadRequest,
		"/api/figures?after=-1":              http.StatusBadRequest,
		"/api/figures?after=x":               http.StatusBadRequest,
		"/api/figures?page=10&per_page=1000": http.StatusOK,
	} {
		if rec := httptestGet(srv, path); rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
		}
	}
}
