package web

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/seeds"
)

// freshStore is a database of its own (tests here write) with two seeds
// and a reviewer account.
func freshStore(t testing.TB) *db.DB {
	t.Helper()
	ctx := context.Background()
	d, err := db.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if err := d.SyncIndicators(ctx); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"000_6f4df8c0621cba8b.txt", "004_59ec48a6c6362c4b.txt"} {
		b, _ := seeds.FS.ReadFile(n)
		if _, err := d.Ingest(ctx, n, b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.AddUser(ctx, "wang", "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	return d
}

// client is a browser in miniature: it keeps cookies and sends requests
// from one address, optionally with extra headers.
type client struct {
	t       testing.TB
	h       http.Handler
	cookies map[string]*http.Cookie
	remote  string
	header  http.Header
}

func newClient(t testing.TB, h http.Handler) *client {
	return &client{t: t, h: h, cookies: map[string]*http.Cookie{}, remote: "192.0.2.1:1234", header: http.Header{}}
}

func (cl *client) do(method, path string, body io.Reader, ctype string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, body)
	req.RemoteAddr = cl.remote
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range cl.header {
		req.Header[k] = v
	}
	for _, c := range cl.cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	cl.h.ServeHTTP(rec, req)
	for _, c := range rec.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(cl.cookies, c.Name)
		} else {
			cl.cookies[c.Name] = c
		}
	}
	return rec
}

func (cl *client) get(path string) (*httptest.ResponseRecorder, *goquery.Document) {
	rec := cl.do(http.MethodGet, path, nil, "")
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	return rec, doc
}

func (cl *client) post(path string, form url.Values) *httptest.ResponseRecorder {
	return cl.do(http.MethodPost, path, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded")
}

// login logs in through the form and returns the session's CSRF token.
func (cl *client) login(name, password string) string {
	cl.t.Helper()
	_, doc := cl.get("/login")
	token, _ := doc.Find(`[data-testid="login-form"] input[name="csrf"]`).Attr("value")
	rec := cl.post("/login", url.Values{"csrf": {token}, "name": {name}, "password": {password}, "next": {"/review"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/review" {
		cl.t.Fatalf("login = %d → %q %s", rec.Code, rec.Header().Get("Location"), rec.Body.String())
	}
	_, page := cl.get("/")
	csrf, ok := page.Find(`form[action="/logout"] input[name="csrf"]`).Attr("value")
	if !ok || csrf == "" {
		cl.t.Fatal("no CSRF token on a logged-in page")
	}
	return csrf
}

func firstFigure(t testing.TB, s *db.DB) int64 {
	t.Helper()
	figs, err := s.Figures(context.Background(), db.FigureFilter{Region: "4302", Indicator: "gdp_growth", Limit: 1})
	if err != nil || len(figs) == 0 {
		t.Fatalf("no 株洲市 gdp_growth figure: %v", err)
	}
	return figs[0].ID
}

func TestWriteRoutesRefuseAnonymousAndCrossSiteRequests(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	id := itoa64(firstFigure(t, s))
	anon := newClient(t, srv)
	for _, path := range []string{"/figures/" + id + "/review", "/upload", "/upload/save", "/documents/1/figures", "/logout"} {
		if rec := anon.post(path, url.Values{"action": {"reject"}}); rec.Code != http.StatusForbidden {
			t.Errorf("anonymous POST %s = %d, want 403", path, rec.Code)
		}
	}
	if rec, _ := anon.get("/upload"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login?next=%2Fupload" {
		t.Errorf("anonymous GET /upload = %d → %q, want the login page", rec.Code, rec.Header().Get("Location"))
	}

	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	reject := url.Values{"action": {"reject"}, "csrf": {csrf}}
	for name, tc := range map[string]struct {
		form   url.Values
		header map[string]string
	}{
		"no token":         {url.Values{"action": {"reject"}}, nil},
		"wrong token":      {url.Values{"action": {"reject"}, "csrf": {"forged"}}, nil},
		"another site":     {reject, map[string]string{"Origin": "https://evil.example"}},
		"a sandboxed page": {reject, map[string]string{"Origin": "null"}},
		"cross-site fetch": {reject, map[string]string{"Sec-Fetch-Site": "cross-site"}},
	} {
		user.header = http.Header{}
		for k, v := range tc.header {
			user.header.Set(k, v)
		}
		if rec := user.post("/figures/"+id+"/review", tc.form); rec.Code != http.StatusForbidden {
			t.Errorf("%s: POST = %d, want 403", name, rec.Code)
		}
	}
	user.header = http.Header{}
	f, _ := s.Figure(context.Background(), firstFigure(t, s))
	if h, _ := s.History(context.Background(), f.ID); f.ReviewStatus != "unreviewed" || len(h) != 0 {
		t.Fatalf("a refused request changed the figure: %s, %d audit rows", f.ReviewStatus, len(h))
	}
	// The same request from the site itself goes through.
	user.header.Set("Origin", "http://example.com")
	if rec := user.post("/figures/"+id+"/review", reject); rec.Code != http.StatusSeeOther {
		t.Errorf("same-site POST = %d %s, want 303", rec.Code, rec.Body.String())
	}
}

func TestReviewFlowAndAudit(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	ctx := context.Background()
	id := firstFigure(t, s)
	fig, _ := s.Figure(ctx, id)
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")

	// The figure's page shows the sentence and the review forms.
	_, doc := user.get("/figures/" + itoa64(id))
	if !strings.Contains(doc.Find(`[data-testid="figure-sentence"] mark`).Text(), fig.Quote) || doc.Find(`[data-testid="correct-form"]`).Length() != 1 {
		t.Fatal("figure page lacks the sentence or the correction form")
	}
	// Correct it: a different value.
	form := url.Values{"csrf": {csrf}, "action": {"correct"}, "region": {"4302"}, "year": {itoa64(int64(fig.Year))}, "kind": {string(fig.Kind)},
		"indicator": {"gdp_growth"}, "value": {"6.5"}, "cmp": {"~"}}
	if rec := user.post("/figures/"+itoa64(id)+"/review", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("correct = %d %s", rec.Code, rec.Body.String())
	}
	_, doc = user.get("/figures/" + itoa64(id))
	if got := doc.Find(`[data-testid="review-status"]`).Text(); got != "已更正" {
		t.Errorf("review status = %q", got)
	}
	hist := doc.Find(`[data-testid="history"] tbody tr`)
	if hist.Length() != 1 || !strings.Contains(hist.Text(), "审核员") || !strings.Contains(hist.Text(), "6.5") || !strings.Contains(hist.Text(), "更正") {
		t.Errorf("history = %q", hist.Text())
	}
	// The figure page is public: the reviewer's login name is not on it,
	// their display name is once they have one.
	anonymous := newClient(t, srv)
	if _, pub := anonymous.get("/figures/" + itoa64(id)); strings.Contains(pub.Text(), "wang") {
		t.Error("a public figure page shows the reviewer's login name")
	}
	if err := s.SetDisplayName(ctx, "wang", "王编辑"); err != nil {
		t.Fatal(err)
	}
	if _, pub := anonymous.get("/figures/" + itoa64(id)); !strings.Contains(pub.Find(`[data-testid="history"]`).Text(), "王编辑") {
		t.Error("the history does not show the display name")
	}
	// Views say it was corrected; the CSV carries it.
	anon := newClient(t, srv)
	_, ov := anon.get("/?region=4302&year=" + itoa64(int64(fig.Year)))
	if ov.Find(`[data-testid="corrected"]`).Length() == 0 {
		t.Error("the overview does not mark the corrected figure")
	}
	// A bad correction is refused with the reason, and changes nothing.
	form.Set("indicator", "no_such_indicator")
	if rec := user.post("/figures/"+itoa64(id)+"/review", form); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "no_such_indicator") {
		t.Errorf("bad correction = %d", rec.Code)
	}
	// Reject it: it leaves the exports and the API.
	if rec := user.post("/figures/"+itoa64(id)+"/review", url.Values{"csrf": {csrf}, "action": {"reject"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("reject = %d", rec.Code)
	}
	csv := anon.do(http.MethodGet, "/export/figures.csv?region=4302&indicator=gdp_growth", nil, "").Body.String()
	if strings.Contains(csv, "/documents/"+itoa64(fig.DocumentID)+"#fig-"+itoa64(id)+",") {
		t.Error("a rejected figure is still exported")
	}
	if h, _ := s.History(ctx, id); len(h) != 2 || h[1].Action != db.ActionReject || h[1].User != "wang" {
		t.Errorf("audit after correct + reject = %+v", h)
	}

	// Add a figure from a selected sentence.
	add := url.Values{"csrf": {csrf}, "quote": {"全年新增实绩出口企业100家"}, "region": {"株洲市"}, "year": {"2021"}, "kind": {"planned"},
		"indicator": {"gdp_growth"}, "value": {"100"}, "cmp": {">="}}
	rec := user.post("/documents/"+itoa64(fig.DocumentID)+"/figures", add)
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/figures/") {
		t.Fatalf("add = %d %s", rec.Code, rec.Body.String())
	}
	add.Set("quote", "这句话不在文中")
	if rec := user.post("/documents/"+itoa64(fig.DocumentID)+"/figures", add); rec.Code != http.StatusBadRequest {
		t.Errorf("adding a quote not in the document = %d, want 400", rec.Code)
	}
}

func TestLoggedInPagesAreNotShared(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	anon := newClient(t, srv)
	anon.get("/") // fill the cache as a visitor
	user := newClient(t, srv)
	user.login("wang", "correct horse battery")
	rec, doc := user.get("/")
	if doc.Find(`[data-testid="user"]`).Length() != 1 || rec.Header().Get("Cache-Control") != "private, no-store" {
		t.Error("a logged-in user got the visitors' cached page")
	}
	_, doc = anon.get("/")
	if doc.Find(`[data-testid="user"]`).Length() != 0 || strings.Contains(doc.Text(), "wang") {
		t.Error("a visitor got a logged-in user's page")
	}
	if c := user.cookies[sessionCookie]; c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure {
		t.Errorf("session cookie = %+v", c)
	}
	// Behind https the cookie is Secure.
	tls := newClient(t, NewServer(s, quietLog(), Config{PublicURL: "https://mubiao.example.gov.cn"}))
	tls.header.Set("Origin", "https://mubiao.example.gov.cn")
	tls.login("wang", "correct horse battery")
	if c := tls.cookies[sessionCookie]; c == nil || !c.Secure {
		t.Errorf("session cookie behind https = %+v", c)
	}
	// Logging out ends the session.
	_, doc = user.get("/")
	csrf, _ := doc.Find(`form[action="/logout"] input[name="csrf"]`).Attr("value")
	token := user.cookies[sessionCookie].Value
	user.post("/logout", url.Values{"csrf": {csrf}})
	if _, err := s.SessionFor(context.Background(), token); err == nil {
		t.Error("the session outlived logout")
	}
}

// loginAttempt is one wrong-password login through the form from a
// client address, optionally behind a proxy that forwards xff (its
// lines separated by \n).
func loginAttempt(t *testing.T, srv http.Handler, remote, xff, name string) int {
	cl := newClient(t, srv)
	cl.remote = remote
	_, doc := cl.get("/login")
	token, _ := doc.Find(`input[name="csrf"]`).Attr("value")
	for _, line := range strings.Split(xff, "\n") { // one header line each
		if line != "" {
			cl.header.Add("X-Forwarded-For", line)
		}
	}
	return cl.post("/login", url.Values{"csrf": {token}, "name": {name}, "password": {"wrong password!"}}).Code
}

func TestLoginLimitedPerClient(t *testing.T) {
	t.Parallel()
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	// Without a trusted proxy X-Forwarded-For is ignored: one client,
	// whatever it claims and whichever names it tries.
	var codes []int
	for i := 0; i < 7; i++ {
		codes = append(codes, loginAttempt(t, srv, "192.0.2.1:1234", "203.0.113."+itoa64(int64(i)), "user"+itoa64(int64(i))))
	}
	if !limitedAfter(codes, loginClientBurst) {
		t.Errorf("attempts from one address = %v, want five 401s then 429", codes)
	}
	// The counts are in the database: a new server (a restart, a second
	// process) on the same file carries them.
	if c := loginAttempt(t, NewServer(s, quietLog(), Config{}), "192.0.2.1:1234", "", "after-restart"); c != http.StatusTooManyRequests {
		t.Errorf("after a restart the limited client's attempt = %d, want 429", c)
	}
	// Eight IPv6 addresses in one /64 are one client; another /64 is not.
	codes = nil
	for i := 1; i <= 7; i++ {
		codes = append(codes, loginAttempt(t, srv, "[2001:db8:7:7::"+itoa64(int64(i))+"]:1234", "", "v6user"+itoa64(int64(i))))
	}
	if !limitedAfter(codes, loginClientBurst) {
		t.Errorf("attempts from one IPv6 /64 = %v, want five 401s then 429", codes)
	}
	if c := loginAttempt(t, srv, "[2001:db8:7:8::1]:1234", "", "v6other"); c != http.StatusUnauthorized {
		t.Errorf("an attempt from the next /64 = %d, want 401", c)
	}
	// A forged form (no login cookie) is refused before the password is checked.
	cl := newClient(t, srv)
	if rec := cl.post("/login", url.Values{"csrf": {"x"}, "name": {"wang"}, "password": {"correct horse battery"}}); rec.Code != http.StatusForbidden {
		t.Errorf("login without the form's cookie = %d", rec.Code)
	}
}

// limitedAfter says whether the first burst attempts went through (401:
// wrong password) and one of the two after them was refused (429). Two,
// not one: on a loaded machine the bcrypt checks of the first ones may
// take long enough to refill one attempt.
func limitedAfter(codes []int, burst int) bool {
	for _, c := range codes[:burst] {
		if c != http.StatusUnauthorized {
			return false
		}
	}
	return codes[burst] == http.StatusTooManyRequests || codes[burst+1] == http.StatusTooManyRequests
}

func TestLoginLimitedBehindAProxy(t *testing.T) {
	t.Parallel()
	s := freshStore(t)
	proxy, _ := ParseCIDRs("192.0.2.0/24")
	srv := NewServer(s, quietLog(), Config{TrustedProxies: proxy})
	// Each client the proxy forwards has its own allowance.
	for i := 0; i < 3; i++ {
		if c := loginAttempt(t, srv, "192.0.2.1:1234", "203.0.113."+itoa64(int64(i)), "name"+itoa64(int64(i))); c != http.StatusUnauthorized {
			t.Errorf("forwarded client %d = %d, want 401", i, c)
		}
	}
	// What a client writes into X-Forwarded-For itself stands left of
	// what the proxy appended: the client is the rightmost address that
	// is not a proxy, however the left part changes, over several header
	// lines too.
	var codes []int
	for i := 0; i < 7; i++ {
		xff := "198.51.100." + itoa64(int64(i)) + ", 203.0.113.50"
		if i%2 == 1 {
			xff = "198.51.100." + itoa64(int64(i)) + "\n203.0.113.50, 192.0.2.9"
		}
		codes = append(codes, loginAttempt(t, srv, "192.0.2.1:1234", xff, "spoof"+itoa64(int64(i))))
	}
	if !limitedAfter(codes, loginClientBurst) {
		t.Errorf("one client forging the left of X-Forwarded-For = %v, want five 401s then 429", codes)
	}
}

func TestLoginLimitedPerAccount(t *testing.T) {
	t.Parallel()
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	// Ten wrong passwords for one account from ten clients, then the
	// account refuses every client, its own password included, and
	// whatever the case of the name.
	for i := 0; i < loginNameBurst; i++ {
		if c := loginAttempt(t, srv, "198.51.100."+itoa64(int64(i))+":1", "", "wang"); c != http.StatusUnauthorized {
			t.Fatalf("attempt %d on wang = %d, want 401", i, c)
		}
	}
	// (A second try in case slow bcrypt checks refilled one attempt.)
	if c := loginAttempt(t, srv, "198.51.100.200:1", "", "WANG"); c != http.StatusTooManyRequests {
		if c := loginAttempt(t, srv, "198.51.100.202:1", "", "Wang"); c != http.StatusTooManyRequests {
			t.Errorf("attempts on wang from new clients after %d = %d, want 429", loginNameBurst, c)
		}
	}
	cl := newClient(t, srv)
	cl.remote = "198.51.100.201:1"
	_, doc := cl.get("/login")
	token, _ := doc.Find(`input[name="csrf"]`).Attr("value")
	if rec := cl.post("/login", url.Values{"csrf": {token}, "name": {"wang"}, "password": {"correct horse battery"}}); rec.Code != http.StatusTooManyRequests ||
		rec.Header().Get("Retry-After") == "" {
		t.Errorf("the right password on a limited account = %d (Retry-After %q), want 429 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
}

func multipartBody(t testing.TB, fields map[string]string, files map[string][]byte) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		w.WriteField(k, v)
	}
	for name, b := range files {
		fw, _ := w.CreateFormFile("files", name)
		fw.Write(b)
	}
	w.Close()
	return &buf, w.FormDataContentType()
}

func TestUploadPreviewAndSave(t *testing.T) {
	s := freshStore(t)
	ctx := context.Background()
	srv := NewServer(s, quietLog(), Config{})
	user := newClient(t, srv)
	csrf := user.login("wang", "correct horse battery")
	report := []byte("2021年1月10日在茶陵县第十七届人民代表大会第五次会议上\n茶陵县政府工作报告\n今年主要预期目标是:地区生产总值增长8%左右,规模工业增加值增长9%。\n")
	dup, _ := seeds.FS.ReadFile("000_6f4df8c0621cba8b.txt")
	body, ctype := multipartBody(t, map[string]string{"csrf": csrf}, map[string][]byte{"茶陵.txt": report, "dup.txt": dup, "bin.txt": {0, 1, 2, 0xff}})
	before, _ := s.CountDocuments(ctx)
	rec := user.do(http.MethodPost, "/upload", body, ctype)
	if rec.Code != http.StatusOK {
		t.Fatalf("preview = %d %s", rec.Code, rec.Body.String())
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if got := doc.Find(`[data-testid="preview-detected"]`).Text(); !strings.Contains(got, "茶陵县") || !strings.Contains(got, "2021") {
		t.Errorf("detected = %q", got)
	}
	if doc.Find(`[data-testid="preview-figures"] tbody tr`).Length() != 2 || doc.Find(`[data-testid="preview-duplicate"]`).Length() != 1 ||
		doc.Find(`[data-testid="preview-error"]`).Length() != 1 {
		t.Errorf("preview: %d figures, %d duplicates, %d errors", doc.Find(`[data-testid="preview-figures"] tbody tr`).Length(),
			doc.Find(`[data-testid="preview-duplicate"]`).Length(), doc.Find(`[data-testid="preview-error"]`).Length())
	}
	if n, _ := s.CountDocuments(ctx); n != before {
		t.Fatal("the preview stored a document")
	}
	token, _ := doc.Find(`input[name="token"]`).Attr("value")
	// A bad region is shown back with the form, nothing saved.
	form := url.Values{"csrf": {csrf}, "token": {token}, "title": {"茶陵县2021年政府工作报告"}, "region": {"火星市"}, "year": {"2021"}}
	if rec := user.post("/upload/save", form); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "火星市") {
		t.Errorf("save with an unknown region = %d", rec.Code)
	}
	// Corrected metadata: 攸县 by code, year kept.
	form.Set("region", "430223")
	rec = user.post("/upload/save", form)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "upload-saved") {
		t.Fatalf("save = %d %s", rec.Code, rec.Body.String())
	}
	docs, _ := s.Documents(ctx)
	last := docs[len(docs)-1]
	for _, d := range docs {
		if d.ID > last.ID {
			last = d
		}
	}
	if last.Title != "茶陵县2021年政府工作报告" || last.RegionCode != "430223" || last.ReportYear != 2021 {
		t.Errorf("saved document = %q %q %d", last.Title, last.RegionCode, last.ReportYear)
	}
	figs, _ := s.Figures(ctx, db.FigureFilter{Document: last.ID})
	if len(figs) != 2 || figs[0].RegionCode != "430223" {
		t.Errorf("saved figures = %+v", figs)
	}
	// The pending upload is gone: saving again finds nothing.
	if rec := user.post("/upload/save", form); strings.Contains(rec.Body.String(), "upload-saved") {
		t.Error("the same pending upload was saved twice")
	}
	// Limits: too many files.
	many := map[string][]byte{}
	for i := 0; i <= maxUploadFiles; i++ {
		many["f"+itoa64(int64(i))+".txt"] = []byte("x")
	}
	body, ctype = multipartBody(t, map[string]string{"csrf": csrf}, many)
	if rec := user.do(http.MethodPost, "/upload", body, ctype); rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "20") {
		t.Errorf("too many files = %d", rec.Code)
	}
	// An empty upload says what is missing.
	body, ctype = multipartBody(t, map[string]string{"csrf": csrf}, nil)
	if rec := user.do(http.MethodPost, "/upload", body, ctype); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "upload-error") {
		t.Errorf("empty upload = %d", rec.Code)
	}
}
