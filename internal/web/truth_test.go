package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// unsureStore reads the seeds with every 株洲市 result of 2020 scored as
// the extractor's least certain reading, unchecked by anyone.
type unsureStore struct{ Store }

func (u unsureStore) unsure(rs []targets.Record) []targets.Record {
	out := make([]targets.Record, len(rs))
	for i, r := range rs {
		if r.RegionCode == "4302" && r.Year == 2020 && r.Kind == targets.Reported {
			r.Confidence, r.ReviewStatus = 0.4, "unreviewed"
		}
		out[i] = r
	}
	return out
}

func (u unsureStore) Figures(ctx context.Context, fl db.FigureFilter) ([]targets.Record, error) {
	rs, err := u.Store.Figures(ctx, fl)
	return u.unsure(rs), err
}

// Cells shows those results in the stored cells.
func (u unsureStore) Cells(ctx context.Context, fl db.CellFilter) ([]targets.Cell, error) {
	cs, err := u.Store.Cells(ctx, fl)
	for i := range cs {
		for _, r := range []**targets.Record{&cs[i].Result, &cs[i].FirstResult, &cs[i].FinalResult} {
			if *r != nil {
				v := u.unsure([]targets.Record{**r})[0]
				*r = &v
			}
		}
	}
	return cs, err
}

// Tallies counts every judged 2020 cell of 株洲市 as resting on them.
func (u unsureStore) Tallies(ctx context.Context, region string) ([]db.YearTally, error) {
	ts, err := u.Store.Tallies(ctx, region)
	for i := range ts {
		if region == "4302" && ts[i].Year == 2020 {
			ts[i].Shaky = ts[i].Assessed()
		}
	}
	return ts, err
}

func TestShakyReadingsAreMarkedAndCountedApart(t *testing.T) {
	doc := mustOK(t, unsureStore{seededStore(t)}, "/?region=4302&year=2020")
	row := doc.Find(`[data-testid="row-gdp_growth"]`)
	mark := row.Find(`[data-testid="result"] ~ [data-testid="shaky"]`)
	if mark.Length() != 1 {
		t.Fatalf("the unchecked, unsure 2020 result carries no mark: %q", text(row))
	}
	if title, _ := mark.Attr("title"); !strings.Contains(title, "0.40") || !strings.Contains(title, "未经人工审核") {
		t.Errorf("mark title = %q, want why (unreviewed, confidence 0.40)", title)
	}
	if row.Find(`[data-testid="target"] ~ [data-testid="shaky"]`).Length() != 0 {
		t.Error("the target is as sure as ever but is marked")
	}
	if doc.Find(`[data-testid="trust-legend"]`).Length() != 1 {
		t.Error("a page with marks has no legend")
	}
	// Every verdict of the year rests on an unsure result: the summary
	// says so for each count.
	if got := text(doc.Find(`[data-testid="count-missed"] [data-testid="count-shaky"]`)); got != "含 3 个待核实" {
		t.Errorf("missed shaky count = %q, want 含 3 个待核实", got)
	}
	if got := text(doc.Find(`[data-testid="trend-2020"] [data-testid="trend-shaky"]`)); !strings.Contains(got, "待核实") {
		t.Errorf("2020 hit rate does not say its verdicts rest on unchecked readings: %q", got)
	}
	// The same seeds as they are: no legend where nothing is marked.
	plain := mustOK(t, seededStore(t), "/?region=4302&year=2020")
	if plain.Find(`[data-testid="shaky"]`).Length() != 0 || plain.Find(`[data-testid="trust-legend"]`).Length() != 0 {
		t.Error("sure readings are marked")
	}
}

func TestNumbersReadTheWayReportsWriteThem(t *testing.T) {
	s := seededStore(t)
	doc := mustOK(t, s, "/?region=4302&year=2020")
	if got := text(doc.Find(`[data-testid="row-gdp"] [data-testid="result"]`)); got != "3000亿元以上" {
		t.Errorf("GDP = %q, want 3000亿元以上", got)
	}
	en := mustOK(t, s, "/?region=4302&year=2020&lang=en")
	row := en.Find(`[data-testid="row-gdp_growth"]`)
	if got := text(row.Find(`[data-testid="target"]`)); got != "≥ 8%" {
		t.Errorf("English target = %q, want ≥ 8%%", got)
	}
	if got := text(en.Find(`[data-testid="row-gdp"] [data-testid="result"]`)); got != "≥ 300 billion yuan" {
		t.Errorf("English GDP = %q, want ≥ 300 billion yuan", got)
	}
	if got := text(row.Find(`td[data-label="Gap"]`)); got != "−4 pp" {
		t.Errorf("English gap = %q, want −4 pp", got)
	}
	// No exponent, no raw canonical count anywhere on a page.
	for _, path := range []string{"/regions/4302", "/regions/430281", "/compare?scope=4302&year=2020", "/regions/4302?lang=en"} {
		body := text(mustOK(t, s, path).Find("main"))
		if strings.Contains(body, "e+0") {
			t.Errorf("%s writes a number with an exponent", path)
		}
	}
}

func TestNotFoundIsToldApartFromPending(t *testing.T) {
	s := seededStore(t)
	// 株洲市's 2021 reports review 2020: a 2020 target without a result
	// read from them is 未找到结果, linked to the report.
	doc := mustOK(t, s, "/?region=4302&year=2020")
	row := doc.Find(`[data-testid="row-retail_sales_growth"]`)
	st := row.Find(`[data-testid="status"]`)
	if got := text(st); got != "未找到结果" {
		t.Fatalf("retail sales 2020 = %q, want 未找到结果", got)
	}
	if href, _ := st.Attr("href"); !strings.HasPrefix(href, "/documents/") {
		t.Errorf("未找到结果 links to %q, want the report reviewing 2020", href)
	}
	if title, _ := st.Attr("title"); !strings.Contains(title, "回顾2020年的报告") {
		t.Errorf("status title = %q", title)
	}
	if got := text(doc.Find(`[data-testid="count-not_found"] b`)); got == "0" || got == "" {
		t.Errorf("not_found count = %q", got)
	}
	// No stored report reviews 醴陵市's 2021: its 2021 targets wait.
	pending := mustOK(t, s, "/?region=430281&year=2021")
	if pending.Find(`[data-testid="scorecard"] .status-pending`).Length() == 0 {
		t.Error("醴陵市 2021 has no 待公布 target")
	}
	if pending.Find(`[data-testid="scorecard"] .status-not_found`).Length() != 0 {
		t.Error("醴陵市 2021: 未找到结果 without a report reviewing 2021")
	}
	// The API and the exports say the same.
	rec := httptestGet(NewServer(s, quietLog(), Config{}), "/api/figures?region=4302&year=2020&indicator=retail_sales_growth")
	var api apiFigures
	if err := json.Unmarshal(rec.Body.Bytes(), &api); err != nil || len(api.Figures) == 0 {
		t.Fatalf("api: %v %s", err, rec.Body.String())
	}
	if got := api.Figures[0].Status; got != string(targets.StatusNotFound) {
		t.Errorf("api status = %q, want not_found", got)
	}
	rows := readCSV(t, httptestGet(NewServer(s, quietLog(), Config{}), "/export/figures.csv?region=4302&year=2020&indicator=retail_sales_growth").Body.Bytes())
	if col := indexOf(rows[0], "status"); col < 0 || len(rows) < 2 || rows[1][col] != "未找到结果" {
		t.Errorf("csv = %q, want status 未找到结果", rows)
	}
	// The methodology names all three.
	m := mustOK(t, s, "/methodology")
	for _, st := range []string{"无目标", "待公布", "未找到结果"} {
		if !strings.Contains(text(m.Find(`[data-testid="three-states"]`)), st) {
			t.Errorf("methodology does not explain %s", st)
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func TestRegionSwitchNeverEndsInABare404(t *testing.T) {
	s := seededStore(t)
	// The name people type.
	for path, want := range map[string]string{
		"/?region=株洲&year=2020":                   "株洲市",
		"/?region=醴陵":                             "醴陵市",
		"/?region=株洲市":                            "株洲市",
		"/?region=株洲&year=2020&lang=en":           "株洲市",
		"/indicators/gdp_growth?region=醴陵":        "醴陵市",
		"/compare?scope=株洲&year=2020":             "株洲市",
		"/?region=醴陵市&year=2020":                  "醴陵市",
		"/export/figures.csv?region=醴陵&year=2020": "",
	} {
		rec := httptestGet(NewServer(s, quietLog(), Config{}), path)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s = %d, want 200 naming %s", path, rec.Code, want)
		}
	}
	// A year the region has no data for: the nearest year, said.
	doc := mustOK(t, s, "/?region=4302&year=1990")
	if sel, _ := doc.Find(`[data-testid="year-select"] option[selected]`).Attr("value"); sel == "" || sel == "1990" {
		t.Errorf("year shown = %q, want the nearest year with data", sel)
	}
	if got := text(doc.Find(`[data-testid="notice"]`)); !strings.Contains(got, "1990") || !strings.Contains(got, "最近") {
		t.Errorf("notice = %q", got)
	}
	if doc.Find(`[data-testid="scorecard"] tbody tr`).Length() == 0 {
		t.Error("the nearest year shows no scorecard")
	}
	for _, path := range []string{"/compare?scope=43&year=1990", "/indicators/gdp_growth?year=1990", "/?region=430281&year=2099"} {
		if d := mustOK(t, s, path); d.Find(`[data-testid="notice"]`).Length() != 1 {
			t.Errorf("%s: no notice of the year shown instead", path)
		}
	}
	// A name that fits nothing: a page listing the close names, each a
	// link to the same view.
	rec, doc := do(t, s, "/?region=株州市&year=2020")
	if rec.Code != http.StatusNotFound {
		t.Errorf("unknown region = %d, want 404", rec.Code)
	}
	link := doc.Find(`[data-testid="suggest-regions"] a[href*="region=4302"]`)
	if link.Length() == 0 {
		t.Fatalf("no suggestion of 株洲市 for 株州市: %q", text(doc.Find("main")))
	}
	if href, _ := link.Attr("href"); !strings.Contains(href, "year=2020") {
		t.Errorf("suggestion %q does not keep the year", href)
	}
	if _, doc := do(t, s, "/regions/火星"); doc.Find(`[data-testid="suggest-regions"] a`).Length() == 0 {
		t.Error("a region page for a name that fits nothing lists no regions")
	}
	// A bad year is a 400 in the page's language.
	for path, want := range map[string]string{"/?year=abc": "年份应是一个年份", "/?year=abc&lang=en": "year must be a year"} {
		rec, doc := do(t, s, path)
		if got := text(doc.Find(`[data-testid="error-message"]`)); rec.Code != http.StatusBadRequest || !strings.Contains(got, want) {
			t.Errorf("GET %s = %d %q, want 400 saying %q", path, rec.Code, got, want)
		}
	}
	if _, doc := do(t, s, "/?year=abc"); strings.Contains(text(doc.Find("main")), "must") {
		t.Error("the Chinese 400 page speaks English")
	}
}
