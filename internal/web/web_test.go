package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/seeds"
)

var (
	seedOnce sync.Once
	seedDB   *db.DB
	seedErr  error
)

// seededStore is one database holding every seed document, shared by the
// read-only handler tests.
func seededStore(t testing.TB) *db.DB {
	t.Helper()
	seedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "mubiao-web-test")
		if err != nil {
			seedErr = err
			return
		}
		ctx := context.Background()
		seedDB, seedErr = db.Open(ctx, filepath.Join(dir, "web.db"))
		if seedErr != nil {
			return
		}
		seedErr = seedDB.SyncIndicators(ctx)
		names, _ := seeds.Names()
		for _, n := range names {
			b, err := seeds.FS.ReadFile(n)
			if err != nil {
				seedErr = err
				return
			}
			if _, err := seedDB.Ingest(ctx, n, b); err != nil {
				seedErr = err
				return
			}
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedDB
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func do(t *testing.T, s Store, path string) (*httptest.ResponseRecorder, *goquery.Document) {
	t.Helper()
	rec := httptest.NewRecorder()
	NewServer(s, quietLog(), Config{}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	return rec, doc
}

func TestOverviewShowsTargetAgainstResult(t *testing.T) {
	s := seededStore(t)
	rec, doc := do(t, s, "/?region=株洲市&year=2020")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d", rec.Code)
	}
	row := doc.Find(`[data-testid="row-gdp_growth"]`)
	if got := strings.TrimSpace(row.Find(`[data-testid="target"]`).Text()); got != "8%以上" {
		t.Errorf("gdp_growth target = %q, want 8%%以上", got)
	}
	if got := strings.TrimSpace(row.Find(`[data-testid="result"]`).Text()); got != "4%以上" {
		t.Errorf("gdp_growth result = %q, want 4%%以上", got)
	}
	if row.Find(`[data-testid="preliminary"]`).Length() == 0 {
		t.Error("the 2020 result is an estimate (预计) but is not marked")
	}
	if got := strings.TrimSpace(row.Find(`[data-testid="status"]`).Text()); got != "未达成" {
		t.Errorf("status = %q, want 未达成", got)
	}
	// Every number links to its sentence.
	doc.Find(`[data-testid="target"], [data-testid="result"]`).Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if !strings.HasPrefix(href, "/documents/") || !strings.Contains(href, "#fig-") {
			t.Errorf("figure link %q does not point at a sentence", href)
		}
	})
	// The chart option is valid JSON with a target and a result series.
	raw := doc.Find(`script#chart-overview-option`).Text()
	var opt struct {
		Series []struct{ Name string } `json:"series"`
	}
	if err := json.Unmarshal([]byte(raw), &opt); err != nil || len(opt.Series) != 2 {
		t.Fatalf("chart option = %q (%v), want two series", raw, err)
	}
}

func TestOverviewDefaultsToAPairedYear(t *testing.T) {
	rec, doc := do(t, seededStore(t), "/")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d", rec.Code)
	}
	if doc.Find(`[data-testid="scorecard"] tbody tr`).Length() == 0 {
		t.Fatal("default overview shows no scorecard rows")
	}
	if lang, _ := doc.Find("html").Attr("lang"); lang != "zh-CN" {
		t.Errorf("lang = %q, want zh-CN", lang)
	}
	if doc.Find(`[data-testid="intro"]`).Text() == "" {
		t.Error("no introduction of what Mubiao is")
	}
}

func TestOverviewEnglish(t *testing.T) {
	_, doc := do(t, seededStore(t), "/?region=株洲市&year=2020&lang=en")
	if lang, _ := doc.Find("html").Attr("lang"); lang != "en" {
		t.Errorf("lang = %q, want en", lang)
	}
	if got := doc.Find(`[data-testid="row-gdp_growth"] [data-testid="status"]`).Text(); got != "Missed" {
		t.Errorf("status = %q, want Missed", got)
	}
	if href, _ := doc.Find(`[data-testid="lang-switch"]`).Attr("href"); strings.Contains(href, "lang=en") {
		t.Errorf("switch from English links to %q", href)
	}
}

func TestNotFoundAndBadRequests(t *testing.T) {
	s := seededStore(t)
	for path, want := range map[string]int{
		"/?region=火星市":              http.StatusNotFound,
		"/?year=abc":                http.StatusBadRequest,
		"/documents/99999":          http.StatusNotFound,
		"/documents/abc":            http.StatusNotFound,
		"/no/such/page":             http.StatusNotFound,
		"/static/../../etc/passwd":  http.StatusNotFound,
		"/static/vendor/missing.js": http.StatusNotFound,
	} {
		rec, doc := do(t, s, path)
		if rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
			continue
		}
		if doc.Find(`[data-testid="error-status"]`).Length() == 0 {
			t.Errorf("GET %s: no error page", path)
		}
	}
}

func TestDocumentHighlightsEveryFigure(t *testing.T) {
	s := seededStore(t)
	figs, err := s.Figures(context.Background(), db.FigureFilter{Region: "4302", Year: 2020, Indicator: "gdp_growth"})
	if err != nil || len(figs) == 0 {
		t.Fatal("no 株洲市 2020 gdp_growth figure in the seeds", err)
	}
	f := figs[0]
	rec, doc := do(t, s, "/documents/"+strconv.FormatInt(f.DocumentID, 10))
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d", rec.Code)
	}
	all, _ := s.Figures(context.Background(), db.FigureFilter{Document: f.DocumentID})
	for _, g := range all {
		if doc.Find("#fig-"+strconv.FormatInt(g.ID, 10)).Length() != 1 {
			t.Errorf("figure %d (%s) has no anchor in its document", g.ID, g.Quote)
		}
	}
	if got := doc.Find("#fig-" + strconv.FormatInt(f.ID, 10)).Text(); !strings.Contains(strings.ReplaceAll(f.Quote, "\n", ""), strings.TrimSpace(strings.ReplaceAll(got, "\n", ""))) || got == "" {
		t.Errorf("mark for figure %d = %q, want its quote %q", f.ID, got, f.Quote)
	}
}

func TestHealthzAndSecurityHeaders(t *testing.T) {
	rec, _ := do(t, seededStore(t), "/healthz")
	if rec.Code != http.StatusOK {
		t.Fatalf("healthz = %d", rec.Code)
	}
	rec, _ = do(t, seededStore(t), "/")
	h := rec.Header()
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP = %q", csp)
	}
	if h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
		t.Errorf("security headers = %v", h)
	}
	bad := &failingStore{Store: seededStore(t)}
	rec, _ = do(t, bad, "/healthz")
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("healthz with a dead database = %d, want 503", rec.Code)
	}
	rec, _ = do(t, bad, "/")
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("overview with a dead database = %d, want 500", rec.Code)
	}
}

// failingStore is a store whose database has gone away.
type failingStore struct{ Store }

var errGone = errors.New("database is gone")

func (f *failingStore) Ping(context.Context) error { return errGone }
func (f *failingStore) Regions(context.Context) ([]targets.RegionSummary, error) {
	return nil, errGone
}

func httptestGet(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}
