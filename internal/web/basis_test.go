package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// revisedFixture holds one revised result: 醴陵市's 2021 GDP target of
// 8%左右, its growth first stated as 预计 7.4% and later as a final 8.2%
// (a second report, stored after the first). 株洲市 above it states 2021
// once (7.0% against 7.5%), so a view shows revised and unrevised cells.
func revisedFixture(t *testing.T) *db.DB {
	t.Helper()
	s := fixtureStore(t, map[string]map[int]fixtureYear{
		"株洲市": {2021: {gdpTarget: 7.5}, 2022: {gdpResult: 7.0}},
		"醴陵市": {2021: {gdpTarget: 8}, 2022: {gdpResult: 7.4, preliminary: true}},
	})
	if _, err := s.Ingest(context.Background(), "fixture/final.txt", []byte(fixtureReport("醴陵市", 2022, fixtureYear{gdpResult: 8.2, gdpTarget: 7.5}))); err != nil {
		t.Fatal(err)
	}
	return s
}

// The scorecard shows the latest final statement and its history, both
// sentences linked; ?basis= switches the result judged on and the
// verdict, and the page says which it used.
func TestOverviewShowsARevisedResultAndJudgesOnTheBasisAsked(t *testing.T) {
	s := revisedFixture(t)
	for basis, want := range map[string]struct{ result, status, note string }{
		"":      {"8.2%", "达成", "最可靠"},
		"final": {"8.2%", "达成", "最终结果"},
		"first": {"7.4%", "未达成", "首次公布"},
	} {
		doc := mustOK(t, s, "/?region=430281&year=2021&basis="+basis)
		row := doc.Find(`[data-testid="row-gdp_growth"]`)
		if got := text(row.Find(`[data-testid="result"]`)); got != want.result {
			t.Errorf("basis %q: result %q, want %q", basis, got, want.result)
		}
		if got := text(row.Find(`[data-testid="status"]`)); !strings.Contains(got, want.status) {
			t.Errorf("basis %q: status %q, want %s", basis, got, want.status)
		}
		steps := row.Find(`[data-testid="revisions"] [data-testid="statement"]`)
		if steps.Length() != 2 || !strings.Contains(text(steps.Eq(0)), "预计") || !strings.Contains(text(steps.Eq(0)), "7.4%") || !strings.Contains(text(steps.Eq(1)), "8.2%") {
			t.Fatalf("basis %q: history = %q, want 预计 7.4%% → 8.2%%", basis, text(steps))
		}
		if row.Find(`[data-testid="revised"]`).Length() != 1 {
			t.Errorf("basis %q: the revision is not marked", basis)
		}
		hrefs := map[string]bool{}
		row.Find(`[data-testid="statement-sentence"] a`).Each(func(_ int, a *goquery.Selection) {
			h, _ := a.Attr("href")
			hrefs[h] = true
		})
		if len(hrefs) != 2 {
			t.Errorf("basis %q: the two sentences link to %v, want two places", basis, hrefs)
		}
		shown := row.Find(`[data-testid="statement"].shown`)
		if !strings.Contains(text(shown), want.result) {
			t.Errorf("basis %q: the statement judged on is %q, want %s", basis, text(shown), want.result)
		}
		if got := text(doc.Find(`[data-testid="basis-note"]`)); !strings.Contains(got, want.note) || !strings.Contains(got, "1 个结果先后公布过不同的数字") {
			t.Errorf("basis %q: note %q, want it to name %s and the one revision", basis, got, want.note)
		}
		if sel, _ := doc.Find(`select[name="basis"] option[selected]`).Attr("value"); sel != basis {
			t.Errorf("basis %q: the picker selects %q", basis, sel)
		}
		if h, _ := doc.Find(`[data-testid="export-cells-csv"]`).Attr("href"); basis != "" && !strings.Contains(h, "basis="+basis) {
			t.Errorf("basis %q: the export link %q drops the basis", basis, h)
		}
	}
	// The trend's hit rate is counted on the basis too.
	for basis, want := range map[string]string{"": "100%", "first": "0%"} {
		doc := mustOK(t, s, "/?region=430281&year=2021&basis="+basis)
		if got := text(doc.Find(`[data-testid="trend"] tbody tr`).First().Find("td").Last()); got != want {
			t.Errorf("basis %q: trend hit rate %q, want %s", basis, got, want)
		}
		if got := text(doc.Find(`[data-testid="trend-basis"]`)); got == "" {
			t.Errorf("basis %q: the trend does not say what its rate was computed on", basis)
		}
	}
}

// A result with only an estimate is not judged on the final basis: it
// waits (待公布), still shown with its 预计 mark.
func TestFinalBasisLeavesAnEstimateOnlyResultPending(t *testing.T) {
	s := fixtureStore(t, map[string]map[int]fixtureYear{"醴陵市": {2021: {gdpTarget: 8}, 2022: {gdpResult: 8.5, preliminary: true}}})
	for basis, want := range map[string]string{"": "达成", "first": "达成", "final": "待公布"} {
		doc := mustOK(t, s, "/?region=430281&year=2021&basis="+basis)
		row := doc.Find(`[data-testid="row-gdp_growth"]`)
		if got := text(row.Find(`[data-testid="status"]`)); !strings.Contains(got, want) {
			t.Errorf("basis %q: status %q, want %s", basis, got, want)
		}
		if row.Find(`[data-testid="preliminary"]`).Length() != 1 {
			t.Errorf("basis %q: the estimate is not marked 预计", basis)
		}
		if row.Find(`[data-testid="revisions"]`).Length() != 0 {
			t.Errorf("basis %q: a result stated once shows a history", basis)
		}
	}
	if got := text(mustOK(t, s, "/?region=430281&year=2021").Find(`[data-testid="basis-effect"]`)); !strings.Contains(got, "1 个目标的结果只有预计数") {
		t.Errorf("basis effect = %q, want the estimate counted", got)
	}
}

// The indicator, compare, setting and map views judge on ?basis= and say
// so; the indicator and compare cells carry the history.
func TestEveryVerdictViewTakesTheBasis(t *testing.T) {
	s := revisedFixture(t)
	doc := mustOK(t, s, "/indicators/gdp_growth?region=430281&basis=first")
	row := doc.Find(`[data-testid="years-table"] [data-testid="row-430281-2021"]`)
	if got := text(row.Find(`[data-testid="status"]`)); !strings.Contains(got, "未达成") {
		t.Errorf("indicator, first: status %q", got)
	}
	if row.Find(`[data-testid="statement"]`).Length() != 2 {
		t.Errorf("indicator: no history in the years table")
	}
	if h, _ := doc.Find(`[data-testid="embed-snippet"]`).First().Attr("value"); !strings.Contains(text(doc.Find(`[data-testid="embed-snippet"]`).First())+h, "basis=first") {
		t.Errorf("indicator: the embed drops the basis: %q", text(doc.Find(`[data-testid="embed-snippet"]`).First()))
	}
	doc = mustOK(t, s, "/compare?scope=4302&year=2021&basis=final")
	cell := doc.Find(`[data-testid="compare-430281"] [data-testid="cell-gdp_growth"]`)
	if !strings.Contains(text(cell.Find(`[data-testid="status"]`)), "达成") || cell.Find(`[data-testid="statement"]`).Length() != 2 {
		t.Errorf("compare, final: cell %q", text(cell))
	}
	for _, path := range []string{"/compare?scope=4302&year=2021", "/setting?region=430281&indicator=gdp_growth", "/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap", "/rankings?level=county&year=2021"} {
		for _, basis := range []string{"first", "final"} {
			if note := text(mustOK(t, s, path+"&basis="+basis).Find(`[data-testid="basis-note"]`)); !strings.Contains(note, map[string]string{"first": "首次公布", "final": "最终结果"}[basis]) {
				t.Errorf("%s&basis=%s: note %q", path, basis, note)
			}
		}
		if rec, _ := do(t, s, path+"&basis=latest"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "basis") {
			t.Errorf("%s&basis=latest = %d, want a 400 naming basis", path, rec.Code)
		}
	}
	// The map colours 醴陵市 by the verdict on the basis.
	for basis, want := range map[string]string{"final": "达成", "first": "未达成"} {
		doc := mustOK(t, s, "/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap&basis="+basis)
		if got := text(doc.Find(`[data-testid="map-row-430281"] [data-testid="status"]`)); !strings.Contains(got, want) {
			t.Errorf("map, %s: 醴陵市 %q, want %s", basis, got, want)
		}
	}
	// A region stating its result once: the same verdict on every basis,
	// and the page says so.
	if got := text(mustOK(t, s, "/?region=4302&year=2021&basis=first").Find(`[data-testid="basis-effect"]`)); !strings.Contains(got, "三种依据判定相同") {
		t.Errorf("株洲市: basis effect %q", got)
	}
}

// What the page says the switch changes: a revised result with a target
// changes a verdict, one without changes none, and the count survives
// judging on the first statement (which moves the cell's result).
func TestBasisSummaryCountsRevisionsBeforeTheBasisMovesThem(t *testing.T) {
	first := &targets.Record{ID: 1, DocumentID: 1, Figure: targets.Figure{Value: 7.4, Preliminary: true}}
	final := &targets.Record{ID: 2, DocumentID: 2, Figure: targets.Figure{Value: 8.2}}
	tgt := &targets.Record{ID: 3, Figure: targets.Figure{Value: 8}}
	withTarget := targets.Cell{RegionCode: "1", Target: tgt, Result: final, FirstResult: first, FinalResult: final,
		Status: targets.StatusMet, FirstStatus: targets.StatusMissed, FinalStatus: targets.StatusMet}
	noTarget := targets.Cell{RegionCode: "2", Result: final, FirstResult: first, FinalResult: final}
	estimate := targets.Cell{RegionCode: "3", Target: tgt, Result: first, FirstResult: first, Status: targets.StatusMissed, FirstStatus: targets.StatusMissed}
	pr := presenter{basis: "first", revised: map[statementKey]bool{}}
	var cells []targets.Cell
	for _, c := range []targets.Cell{withTarget, noTarget, estimate} {
		if revised(c) {
			pr.revised[keyOf(c)] = true
		}
		cells = append(cells, atBasis(c, pr.basis))
	}
	got := basisSummary(pr, cells)
	if got.Revised != 2 || got.RevisedJudged != 1 || got.EstimateOnly != 1 {
		t.Errorf("summary = %+v, want 2 revised, 1 of them judged, 1 estimate only", got)
	}
	if cells[0].Result != first || cells[0].Status != targets.StatusMissed {
		t.Errorf("basis first judges on %v (%s), want the first statement, missed", cells[0].Result, cells[0].Status)
	}
}

// Two readings of one result in one report are not a revision: the page
// shows no history and says nothing was revised.
func TestOneReportStatingAResultTwiceRevisesNothing(t *testing.T) {
	a := targets.Record{ID: 1, DocumentID: 7, Figure: targets.Figure{Value: 5.4}}
	b := targets.Record{ID: 2, DocumentID: 7, Figure: targets.Figure{Value: 5.2}}
	c := targets.Cell{RegionCode: "1", Result: &b, FirstResult: &a, FinalResult: &b}
	pr := presenter{revised: map[statementKey]bool{}}
	pr.noteRevisions(map[statementKey][]targets.Record{keyOf(c): {a, b}})
	if revised(c) || pr.revised[keyOf(c)] {
		t.Errorf("one document's two readings count as a revision")
	}
	b.DocumentID = 8
	pr.noteRevisions(map[statementKey][]targets.Record{keyOf(c): {a, b}})
	if !revised(c) || !pr.revised[keyOf(c)] {
		t.Errorf("another document's different number is not a revision")
	}
}
