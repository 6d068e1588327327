package web

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/seeds"
)

func text(s *goquery.Selection) string { return strings.TrimSpace(s.Text()) }

func mustOK(t *testing.T, s Store, path string) *goquery.Document {
	t.Helper()
	rec, doc := do(t, s, path)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s = %d", path, rec.Code)
	}
	return doc
}

func TestIndicatorOverYearsAndAcrossRegions(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/indicators/gdp_growth?region=430281")
	if got := text(doc.Find(`[data-testid="indicator-title"]`)); got != "地区生产总值增长" {
		t.Errorf("title = %q", got)
	}
	// 醴陵市: results for 2018, 2020, 2022 and targets for 2019 and 2021,
	// in year order, each linked to its sentence.
	rows := doc.Find(`[data-testid="years-table"] tbody tr`)
	var years []string
	rows.Each(func(_ int, r *goquery.Selection) { years = append(years, text(r.Find("th"))) })
	if strings.Join(years, ",") != "2018,2019,2020,2021,2022" {
		t.Errorf("years = %v", years)
	}
	if got := text(doc.Find(`[data-testid="row-430281-2019"] [data-testid="target"]`)); got != "8%左右" {
		t.Errorf("醴陵市 2019 target = %q, want 8%%左右", got)
	}
	var opt struct {
		Series []struct{ Type, Name string } `json:"series"`
	}
	if err := json.Unmarshal([]byte(doc.Find(`script#chart-years-option`).Text()), &opt); err != nil || len(opt.Series) != 2 ||
		opt.Series[0].Type != "bar" || opt.Series[1].Type != "line" {
		t.Fatalf("years chart series = %+v (%v), want results as bars and targets as a line", opt.Series, err)
	}
	// Across the county level, sorted by result, highest first.
	var values []string
	doc.Find(`[data-testid="across-table"] tbody tr [data-testid="result"]`).Each(func(_ int, a *goquery.Selection) {
		values = append(values, text(a))
	})
	if len(values) < 2 {
		t.Fatalf("across-regions table has %d results, want several counties", len(values))
	}
	if doc.Find(`script#chart-across-option`).Length() != 1 {
		t.Error("no chart across regions")
	}
	if sel, _ := doc.Find(`[data-testid="level-select"] option[selected]`).Attr("value"); sel != "county" {
		t.Errorf("level defaults to %q, want the region's own level (county)", sel)
	}
}

func TestIndicatorNotFound(t *testing.T) {
	s := seededStore(t)
	for path, want := range map[string]int{
		"/indicators/no_such_key":               http.StatusNotFound,
		"/indicators/other:火星":                  http.StatusNotFound, // a valid key with no figures
		"/indicators/gdp_growth?region=999999":  http.StatusNotFound,
		"/indicators/gdp_growth?level=galaxy":   http.StatusBadRequest,
		"/indicators/gdp_growth?year=twenty":    http.StatusBadRequest,
		"/regions/999999":                       http.StatusNotFound,
		"/compare?scope=999999":                 http.StatusNotFound,
		"/search?q=" + strings.Repeat("长", 101): http.StatusBadRequest,
	} {
		if rec, doc := do(t, s, path); rec.Code != want || doc.Find(`[data-testid="error-status"]`).Length() == 0 {
			t.Errorf("GET %s = %d, want %d with the error page", path, rec.Code, want)
		}
	}
}

func TestIndicatorsIndex(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/indicators")
	row := doc.Find(`[data-testid="indicator-gdp_growth"]`)
	if href, _ := row.Find("a").Attr("href"); href != "/indicators/gdp_growth" {
		t.Errorf("gdp_growth links to %q", href)
	}
	if got := text(row.Find("td").Eq(1)); got != "越高越好" {
		t.Errorf("direction = %q", got)
	}
	if got := text(doc.Find(`[data-testid="indicator-cpi"] td`).Eq(1)); got != "越低越好" {
		t.Errorf("cpi direction = %q, want 越低越好", got)
	}
}

func TestRegionTreeAndRegionPage(t *testing.T) {
	s := seededStore(t)
	doc := mustOK(t, s, "/regions")
	// 醴陵市 sits under 株洲市, which sits under 湖南省.
	var path []string
	doc.Find(`[data-testid="region-430281"]`).ParentsFiltered("li").Each(func(_ int, li *goquery.Selection) {
		id, _ := li.ChildrenFiltered("a").Attr("data-testid")
		path = append(path, id)
	})
	if strings.Join(path, " ") != "region-430281 region-4302 region-43" {
		t.Errorf("醴陵市 sits in %v, want under 株洲市 under 湖南省", path)
	}
	doc = mustOK(t, s, "/regions/430281")
	if got := text(doc.Find(`[data-testid="region-title"]`)); !strings.HasPrefix(got, "醴陵市") {
		t.Errorf("title = %q", got)
	}
	row := doc.Find(`[data-testid="region-matrix"] [data-testid="row-gdp_growth"]`)
	// Results of 2018, 2020 and 2022: three dots, no line across the
	// years between (a sparkline breaks where a year has no result).
	if row.Find("svg.spark circle.spark-result").Length() != 3 || row.Find("svg.spark polyline").Length() != 0 || row.Find(`[data-testid="result"]`).Length() < 3 {
		t.Errorf("gdp_growth row: %d result dots, %d lines, %d results", row.Find("svg.spark circle").Length(), row.Find("svg.spark polyline").Length(), row.Find(`[data-testid="result"]`).Length())
	}
	if doc.Find(`[data-testid="trend"] tbody tr`).Length() < 3 {
		t.Error("no hit rate per year")
	}
	if doc.Find(`[data-testid="region-docs"] a`).Length() == 0 {
		t.Error("no source documents listed")
	}
	if _, doc := do(t, s, "/regions/4302"); doc.Find(`[data-testid="children"] a`).Length() < 2 {
		t.Error("株洲市 lists no regions below it")
	}
}

func TestCompareMatrixAndEscalation(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/compare?scope=43&year=2021")
	cell := doc.Find(`[data-testid="compare-430281"] [data-testid="cell-gdp_growth"]`)
	if got := text(cell.Find(`[data-testid="source"]`)); got != "8%左右" {
		t.Errorf("醴陵市 2021 gdp_growth cell = %q, want its target 8%%左右", got)
	}
	if href, _ := cell.Find("a").Attr("href"); !strings.Contains(href, "#fig-") {
		t.Errorf("cell links to %q, not a sentence", href)
	}
	// 醴陵市's 8% against 湖南省's 7%: raised by a point.
	esc := doc.Find(`[data-testid="escalation-430281-gdp_growth"]`)
	if got := text(esc.Find(`[data-testid="above"]`)); got != "7%以上" {
		t.Errorf("target above = %q, want 湖南省's 7%%以上", got)
	}
	if got := text(esc.Find(`[data-testid="raised"]`)); !strings.HasPrefix(got, "+1个百分点") {
		t.Errorf("raise = %q, want +1个百分点", got)
	}
	// Amounts do not escalate: a county's investment is not a raise on the city's.
	if doc.Find(`[data-testid^="escalation-"][data-testid$="major_project_investment"]`).Length() != 0 {
		t.Error("an amount is compared across levels")
	}
	def := mustOK(t, seededStore(t), "/compare")
	if def.Find(`[data-testid="compare-matrix"] tbody tr`).Length() < 2 {
		t.Error("default comparison has fewer than two regions")
	}
	// A region compared on its own opens on a year it has whole-year
	// cells for: 醴陵市's latest year, 2025, has only the five-year
	// plan's figures (2021-2025), so it is not offered.
	leaf := mustOK(t, seededStore(t), "/compare?scope=430281")
	if leaf.Find(`[data-testid="compare-430281"]`).Length() != 1 {
		t.Errorf("醴陵市 alone opened on %s with nothing to show", leaf.Find(`[data-testid="year-select"] option[selected]`).AttrOr("value", "?"))
	}
	leaf.Find(`[data-testid="year-select"] option`).Each(func(_ int, o *goquery.Selection) {
		if o.AttrOr("value", "") == "2025" {
			t.Error("2025 offered: 醴陵市 has no whole-year cells for it")
		}
	})
}

func TestSearch(t *testing.T) {
	s := seededStore(t)
	doc := mustOK(t, s, "/search?q=生产总值")
	if doc.Find(`[data-testid="document-results"] li`).Length() == 0 || doc.Find(`[data-testid="document-results"] mark`).First().Text() != "生产总值" {
		t.Error("full-text search found no marked document")
	}
	if doc.Find(`[data-testid="indicator-results"] a[href="/indicators/gdp"]`).Length() != 1 {
		t.Error("indicator search did not find 地区生产总值")
	}
	// Two characters: below the trigram index, found by the fallback.
	if mustOK(t, s, "/search?q=就业").Find(`[data-testid="document-results"] li`).Length() == 0 {
		t.Error("two-character search found nothing")
	}
	// A catalogue wording finds its indicator.
	if mustOK(t, s, "/search?q=规上工业").Find(`[data-testid="indicator-results"] a[href="/indicators/industry_va_growth"]`).Length() != 1 {
		t.Error("规上工业 did not find 规模工业增加值增长")
	}
	doc = mustOK(t, s, "/search?q=<script>alert(1)</script>")
	if doc.Find("main script").Length() != 0 || doc.Find(`[data-testid="no-results"]`).Length() != 1 {
		t.Error("a query with markup was not shown as text")
	}
	if mustOK(t, s, "/search?q=醴陵").Find(`[data-testid="region-results"] a[href="/regions/430281"]`).Length() != 1 {
		t.Error("region search did not find 醴陵市")
	}
}

func TestMethodologyStatesTheRulesInUse(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/methodology")
	if got := text(doc.Find(`[data-testid="tolerance"]`)); !strings.Contains(got, "0.5") || !strings.Contains(got, "2%") {
		t.Errorf("tolerance text = %q", got)
	}
	if doc.Find(`[data-testid="methodology"] [data-testid="status"]`).Length() != len(targets.Statuses()) {
		t.Error("not every status is explained")
	}
}

func TestOverviewTrendAndState(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/?region=4302&year=2020")
	if sel, _ := doc.Find(`[data-testid="region-select"] option[selected]`).Attr("value"); sel != "4302" {
		t.Errorf("selected region = %q", sel)
	}
	if sel, _ := doc.Find(`[data-testid="year-select"] option[selected]`).Attr("value"); sel != "2020" {
		t.Errorf("selected year = %q", sel)
	}
	if got := text(doc.Find(`[data-testid="trend-2020"] [data-testid="hit-rate"]`)); !strings.HasSuffix(got, "%") {
		t.Errorf("2020 hit rate = %q", got)
	}
	if doc.Find(`script#chart-trend-option`).Length() != 1 {
		t.Error("no trend chart")
	}
	// Indicators link to their page for this region and year.
	if href, _ := doc.Find(`[data-testid="row-gdp_growth"] th a`).Attr("href"); href != "/indicators/gdp_growth?region=4302&year=2020" {
		t.Errorf("indicator link = %q", href)
	}
	// English keeps its language through the links.
	en := mustOK(t, seededStore(t), "/regions/4302?lang=en")
	if href, _ := en.Find(`[data-testid="region-matrix"] th a`).First().Attr("href"); !strings.Contains(href, "lang=en") {
		t.Errorf("English link = %q", href)
	}
}

func TestEmptyDatabaseSaysHowToAddReports(t *testing.T) {
	d, err := db.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, path := range []string{"/", "/indicators", "/regions", "/compare"} {
		if mustOK(t, d, path).Find(`[data-testid="empty"]`).Length() != 1 {
			t.Errorf("%s on an empty database has no empty state", path)
		}
	}
}

func TestPagesFollowNewData(t *testing.T) {
	ctx := context.Background()
	d, err := db.Open(ctx, filepath.Join(t.TempDir(), "grow.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	srv := NewServer(d, quietLog(), Config{})
	get := func() int {
		rec := httptestGet(srv, "/indicators")
		doc, _ := goquery.NewDocumentFromReader(rec.Body)
		return doc.Find(`[data-testid="indicators"] tbody tr`).Length()
	}
	if n := get(); n != 0 {
		t.Fatalf("empty database lists %d indicators", n)
	}
	b, _ := seeds.FS.ReadFile("000_6f4df8c0621cba8b.txt")
	if _, err := d.Ingest(ctx, "000.txt", b); err != nil {
		t.Fatal(err)
	}
	// A write from outside this server (a CLI ingest) is seen once the
	// server reads the generation again, within generationMaxAge.
	deadline := time.Now().Add(10 * generationMaxAge)
	for get() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("a cached page survived new data for %v", 10*generationMaxAge)
		}
		time.Sleep(generationMaxAge / 4)
	}
}

// Asked for a level and no region, the history shown first is the
// busiest region of that level, not the busiest region of all.
func TestIndicatorAtALevelShowsOneOfItsRegionsFirst(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/indicators/gdp_growth?level=province&year=2026")
	code, _ := doc.Find(`select[name="region"] option[selected]`).Attr("value")
	t.Logf("selected %q", code)
	if len(code) != 2 {
		t.Errorf("region shown first = %q, want a province (a two-digit code)", code)
	}
}
