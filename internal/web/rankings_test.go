package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func rankedRegions(doc *goquery.Document) []string {
	var out []string
	doc.Find(`[data-testid="ranking-table"] tbody tr`).Each(func(_ int, r *goquery.Selection) {
		out = append(out, text(r.Find("th")))
	})
	return out
}

func TestRankingsByHitRateShowTheTargetsJudged(t *testing.T) {
	s := countiesFixture(t)
	doc := mustOK(t, s, "/rankings?level=county&within=4302&year=2021")
	if got := strings.Join(rankedRegions(doc), ","); got != "醴陵市,攸县,茶陵县" {
		t.Fatalf("ranking = %s, want 醴陵市 (2 of 3), 攸县 (1 of 2), 茶陵县 (0 of 1)", got)
	}
	for code, want := range map[string][2]string{"430281": {"67%", "3"}, "430223": {"50%", "2"}, "430224": {"0%", "1"}} {
		row := doc.Find(`[data-testid="rank-` + code + `"]`)
		if got := [2]string{text(row.Find(`[data-testid="rate"]`)), text(row.Find(`[data-testid="assessed"]`))}; got != want {
			t.Errorf("%s rate, judged = %v, want %v", code, got, want)
		}
	}
	if href, _ := doc.Find(`[data-testid="rank-430281"] [data-testid="rate"]`).Attr("href"); href != "/?region=430281&year=2021" {
		t.Errorf("rate links to %q, want the year's scorecard, where each target links to its sentence", href)
	}
	// The chart draws the rates in the ranking's order, each name with
	// the number of targets behind its rate.
	opt := chartOption(t, doc, "chart-rankings")
	if got := strings.Join(opt.categories(), ","); got != "醴陵市(3),攸县(2),茶陵县(1)" {
		t.Errorf("chart categories = %s", got)
	}
	if got := opt.values(0); len(got) != 3 || got[0] != 66.7 || got[1] != 50 || got[2] != 0 {
		t.Errorf("chart values = %v, want 66.7, 50, 0", got)
	}

	// A minimum of judged targets leaves 茶陵县 out, and says so.
	doc = mustOK(t, s, "/rankings?level=county&within=4302&year=2021&min=2")
	if got := strings.Join(rankedRegions(doc), ","); got != "醴陵市,攸县" {
		t.Errorf("min=2 ranking = %s", got)
	}
	if got := text(doc.Find(`[data-testid="hidden-note"]`)); !strings.Contains(got, "1 个地区") {
		t.Errorf("hidden note = %q", got)
	}

	// Sorted by a URL parameter: fewest judged first, a link that works without script.
	doc = mustOK(t, s, "/rankings?level=county&within=4302&year=2021&sort=assessed&desc=0")
	if got := strings.Join(rankedRegions(doc), ","); got != "茶陵县,攸县,醴陵市" {
		t.Errorf("sorted by judged ascending = %s", got)
	}
	if sorted, _ := doc.Find(`[data-testid="sort-assessed"]`).Attr("aria-sort"); sorted != "ascending" {
		t.Errorf("aria-sort = %q", sorted)
	}
	if href, _ := doc.Find(`[data-testid="sort-assessed"] a`).Attr("href"); !strings.Contains(href, "sort=assessed") || !strings.Contains(href, "desc=1") {
		t.Errorf("the sorted column's link = %q, want it to reverse the order", href)
	}
}

func TestRankingsByGapOfOneIndicator(t *testing.T) {
	doc := mustOK(t, countiesFixture(t), "/rankings?level=county&within=4302&year=2021&indicator=gdp_growth")
	if got := strings.Join(rankedRegions(doc), ","); got != "醴陵市,攸县,茶陵县" {
		t.Fatalf("gap ranking = %s, want who beat the GDP target by most first", got)
	}
	var gaps []string
	doc.Find(`[data-testid="ranking-table"] [data-testid="gap"]`).Each(func(_ int, g *goquery.Selection) { gaps = append(gaps, text(g)) })
	if got := strings.Join(gaps, " "); got != "+0.6个百分点 −0.2个百分点 −2.5个百分点" {
		t.Errorf("gaps = %s", got)
	}
	if href, _ := doc.Find(`[data-testid="rank-430224-2021"] [data-testid="result"]`).Attr("href"); !strings.HasPrefix(href, "/documents/") {
		t.Errorf("result links to %q, want its sentence", href)
	}
	// One series per verdict, so each bar has its status's colour and decal.
	opt := chartOption(t, doc, "chart-rankings")
	if len(opt.Series) != 3 || opt.Series[0].Name != "达成" || opt.Series[2].Name != "未达成" {
		t.Fatalf("series = %+v", opt.Series)
	}
	if got := opt.values(2); len(got) != 3 || got[2] != -2.5 {
		t.Errorf("missed series = %v, want 茶陵县's −2.5 in third place", got)
	}
	// 失业率 is better lower: 醴陵市's 4.9% under a 5.5% ceiling beat it by 0.6.
	doc = mustOK(t, countiesFixture(t), "/rankings?level=county&within=4302&year=2021&indicator=surveyed_unemployment&lang=en")
	if got := text(doc.Find(`[data-testid="rank-430281-2021"] [data-testid="gap"]`)); got != "−0.6 pp" {
		t.Errorf("unemployment gap = %q", got)
	}
}

func TestRankingsExportAndEmbed(t *testing.T) {
	s := countiesFixture(t)
	rec, _ := do(t, s, "/export/rankings.csv?level=county&within=4302&year=2021")
	if rec.Code != http.StatusOK {
		t.Fatalf("export = %d", rec.Code)
	}
	lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(rec.Body.String(), "\ufeff")), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "名次,地区,地区代码") || !strings.HasPrefix(lines[1], "1,醴陵市,430281,县级,2021,0.666") {
		t.Errorf("export = %q", lines)
	}
	rec, doc := do(t, s, "/embed/rankings?level=county&within=4302&year=2021")
	if rec.Code != http.StatusOK || doc.Find(`script#chart-rankings-option`).Length() != 1 {
		t.Errorf("embed = %d, chart %d", rec.Code, doc.Find(`script#chart-rankings-option`).Length())
	}
	page := mustOK(t, s, "/rankings?level=county&within=4302&year=2021")
	if snippet := text(page.Find(`[data-testid="embed-snippet"]`)); !strings.Contains(snippet, "/embed/rankings?level=county&amp;within=4302") {
		t.Errorf("embed snippet = %q", snippet)
	}
}

func TestRankingsRefuseBadRequests(t *testing.T) {
	s := countiesFixture(t)
	for path, want := range map[string]int{
		"/rankings?level=galaxy":                 http.StatusBadRequest,
		"/rankings?min=0":                        http.StatusBadRequest,
		"/rankings?min=many":                     http.StatusBadRequest,
		"/rankings?from=2022&to=2021":            http.StatusBadRequest,
		"/rankings?year=twenty":                  http.StatusBadRequest,
		"/rankings?sort=mood":                    http.StatusBadRequest,
		"/rankings?sort=rate&desc=yes":           http.StatusBadRequest,
		"/rankings?within=999999":                http.StatusNotFound,
		"/rankings?indicator=no_such_key":        http.StatusNotFound,
		"/embed/rankings?level=galaxy":           http.StatusBadRequest,
		"/export/rankings.csv?indicator=nothing": http.StatusNotFound,
		"/rankings?level=county&lang=en":         http.StatusOK,
	} {
		if rec, _ := do(t, s, path); rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
		}
	}
}

// A result stated twice, 预计 7.4% first and 8.2% final later: the hit
// rate says which it was computed on, and the switch changes the verdict.
func TestRankingsJudgeOnTheFirstOrTheFinalResult(t *testing.T) {
	s := fixtureStore(t, map[string]map[int]fixtureYear{"醴陵市": {2021: {gdpTarget: 8}, 2022: {gdpResult: 7.4, preliminary: true}}})
	if _, err := s.Ingest(context.Background(), "fixture/final.txt", []byte(fixtureReport("醴陵市", 2022, fixtureYear{gdpResult: 8.2, gdpTarget: 7.5}))); err != nil {
		t.Fatal(err)
	}
	for basis, want := range map[string]string{"": "100%", "final": "100%", "first": "0%"} {
		doc := mustOK(t, s, "/rankings?level=county&year=2021&basis="+basis)
		if got := text(doc.Find(`[data-testid="rank-430281"] [data-testid="rate"]`)); got != want {
			t.Errorf("basis %q: rate %q, want %q", basis, got, want)
		}
		if note := text(doc.Find(`[data-testid="basis-note"]`)); basis == "first" && !strings.Contains(note, "首次公布") {
			t.Errorf("basis first: the rate does not say what it was computed on: %q", note)
		}
	}
	if rec, _ := do(t, s, "/rankings?basis=latest"); rec.Code != http.StatusBadRequest {
		t.Errorf("basis=latest = %d, want 400", rec.Code)
	}
}

// A span whose start year has no judged target (the fixture's 2020 holds
// results only) keeps that year selected in its picker, marked, instead
// of the browser falling back to the latest year.
func TestRankingsYearPickersShowTheSpanAsked(t *testing.T) {
	doc := mustOK(t, countiesFixture(t), "/rankings?level=county&within=4302&from=2020&to=2022")
	for name, want := range map[string]string{"from": "2020", "to": "2022"} {
		sel := doc.Find(`[data-testid="` + name + `-select"] option[selected]`)
		if got, _ := sel.Attr("value"); sel.Length() != 1 || got != want {
			t.Errorf("%s picker selects %d option(s), %q; want %s", name, sel.Length(), got, want)
		}
	}
	if got := text(doc.Find(`[data-testid="from-select"] option[value="2020"]`)); !strings.Contains(got, "无可判定目标") {
		t.Errorf("2020 is offered as %q, want it marked as having nothing judged", got)
	}
	if got := text(doc.Find(`[data-testid="from-select"] option[value="2021"]`)); got != "2021" {
		t.Errorf("2021 is offered as %q", got)
	}
	if got := text(doc.Find(`[data-testid="ranking-title"]`)); !strings.Contains(got, "2020–2022") {
		t.Errorf("title = %q, want the span asked", got)
	}
}
