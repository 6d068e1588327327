package web

import (
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// rowIDs are the data-testid of a table's rows, in order.
func rowIDs(doc *goquery.Document, table string) []string {
	var out []string
	doc.Find(`[data-testid="` + table + `"] tbody tr`).Each(func(_ int, tr *goquery.Selection) {
		id, _ := tr.Attr("data-testid")
		out = append(out, id)
	})
	return out
}

func sameOrder(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: rows %v, want %v", what, got, want)
	}
}

// The older views sort by URL too: ?sort=KEY&desc=1 orders the table,
// its headers are links that work without script (the same column again
// reverses), a sorted table keeps its order in the export link.
func TestOlderViewsSortByURL(t *testing.T) {
	s := countiesFixture(t)

	// 概览: by verdict, 达成 first or last.
	doc := mustOK(t, s, "/?region=430281&year=2021&sort=status&desc=1")
	sameOrder(t, "scorecard by status desc", rowIDs(doc, "scorecard"), "row-industry_va_growth", "row-gdp_growth", "row-surveyed_unemployment")
	if h, _ := doc.Find(`[data-testid="sort-status"] a`).Attr("href"); !strings.Contains(h, "sort=status") || strings.Contains(h, "desc=1") || !strings.HasSuffix(h, "#scorecard") {
		t.Errorf("the sorted column's header %q does not reverse the order", h)
	}
	if a, _ := doc.Find(`[data-testid="sort-status"]`).Attr("aria-sort"); a != "descending" {
		t.Errorf("aria-sort = %q", a)
	}
	if h, _ := doc.Find(`[data-testid="export-cells-csv"]`).Attr("href"); !strings.Contains(h, "sort=status") || !strings.Contains(h, "desc=1") {
		t.Errorf("export link %q drops the order", h)
	}
	sameOrder(t, "scorecard by default", rowIDs(mustOK(t, s, "/?region=430281&year=2021"), "scorecard"), "row-gdp_growth", "row-industry_va_growth", "row-surveyed_unemployment")

	// 指标: one sort orders the regions and the years.
	doc = mustOK(t, s, "/indicators/gdp_growth?region=430281&level=county&year=2021&within=4302&sort=gap")
	sameOrder(t, "across by gap", rowIDs(doc, "across-table"), "row-430224-2021", "row-430223-2021", "row-430281-2021")
	sameOrder(t, "years by gap", rowIDs(doc, "years-table"), "row-430281-2022", "row-430281-2021", "row-430281-2020", "row-430281-2023")
	doc = mustOK(t, s, "/indicators/gdp_growth?region=430281&level=county&year=2021&within=4302&sort=year&desc=1")
	sameOrder(t, "years, latest first", rowIDs(doc, "years-table"), "row-430281-2023", "row-430281-2022", "row-430281-2021", "row-430281-2020")
	sameOrder(t, "across keeps its order on sort=year", rowIDs(doc, "across-table"), "row-430281-2021", "row-430223-2021", "row-430224-2021")
	if h, _ := doc.Find(`[data-testid="across-table"] [data-testid="sort-region"] a`).Attr("href"); !strings.Contains(h, "sort=region") || !strings.Contains(h, "within=4302") || !strings.HasSuffix(h, "#across-table") {
		t.Errorf("region header = %q, want the view's filters kept", h)
	}

	// 对比: the matrix by an indicator's column, the escalation by raise.
	doc = mustOK(t, s, "/compare?scope=4302&year=2021&sort=gdp_growth&desc=1")
	sameOrder(t, "matrix by GDP growth", rowIDs(doc, "compare-matrix"), "compare-430281", "compare-430223", "compare-4302", "compare-430224")
	doc = mustOK(t, s, "/compare?scope=4302&year=2021&sort=raise&desc=1")
	if got := rowIDs(doc, "escalation"); len(got) == 0 || got[0] != "escalation-430224-gdp_growth" {
		t.Errorf("escalation by raise: %v, want 茶陵县's +1.5 first", got)
	}

	// 文档: in SQL, every page in the order asked.
	doc = mustOK(t, s, "/documents?sort=title")
	var titles []string
	doc.Find(`[data-testid="documents"] tbody tr td:first-child a`).Each(func(_ int, a *goquery.Selection) { titles = append(titles, a.Text()) })
	if len(titles) < 5 || !sort.StringsAreSorted(titles) {
		t.Errorf("documents by title: %v", titles)
	}
	doc = mustOK(t, s, "/documents?sort=year")
	var years []string
	doc.Find(`[data-testid="documents"] tbody tr td.num:not([data-testid])`).Each(func(_ int, td *goquery.Selection) { years = append(years, strings.TrimSpace(td.Text())) })
	if len(years) < 5 || !sort.StringsAreSorted(years) {
		t.Errorf("documents by year, earliest first: %v", years)
	}
	if pg := pager("/documents?sort=title", 2, 300, 100); pg.Prev != "/documents?sort=title&page=1" || pg.Next != "/documents?sort=title&page=3" {
		t.Errorf("pager drops the order: %+v", pg)
	}

	// 搜索: relevance, or by report year.
	doc = mustOK(t, s, "/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC&sort=year&desc=1")
	var hitYears []string
	doc.Find(`[data-testid="document-results"] li .quote`).Each(func(_ int, q *goquery.Selection) { hitYears = append(hitYears, q.Text()) })
	if len(hitYears) < 3 || !sort.SliceIsSorted(hitYears, func(i, j int) bool { return lastYear(hitYears[i]) > lastYear(hitYears[j]) }) {
		t.Errorf("search by year desc: %v", hitYears)
	}
	if got := text(doc.Find(`[data-testid="sort-choices"] strong`)); !strings.Contains(got, "报告年份") {
		t.Errorf("search order shown as %q", got)
	}
}

func lastYear(s string) string {
	i := strings.LastIndex(s, "· ")
	if i < 0 {
		return ""
	}
	return s[i:]
}

// A bad sort or desc is a 400 that says, in the page's language, what
// the table sorts by.
func TestOlderViewsRefuseBadSorts(t *testing.T) {
	s := countiesFixture(t)
	for _, path := range []string{
		"/?region=430281&year=2021&sort=gap", // mixed units: the scorecard does not sort by gap
		"/?region=430281&sort=mood",
		"/indicators/gdp_growth?sort=mood",
		"/indicators/gdp_growth?sort=gap&desc=yes",
		"/compare?scope=4302&year=2021&sort=no_such_column",
		"/documents?sort=mood",
		"/documents?sort=title&desc=2",
		"/search?q=GDP&sort=relevance",
	} {
		rec, _ := do(t, s, path)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 400", path, rec.Code)
			continue
		}
		if body := rec.Body.String(); !strings.Contains(body, "sort 只能是") && !strings.Contains(body, "desc 应是") {
			t.Errorf("GET %s: the 400 does not say what sorts: %.200s", path, body)
		}
	}
	rec, _ := do(t, s, "/documents?sort=mood&lang=en")
	if !strings.Contains(rec.Body.String(), "sort must be one of: ingested, region, title, year.") {
		t.Errorf("English 400 = %.300s", rec.Body.String())
	}
}

// The ranking's export is the table as sorted: its link carries an order
// asked for, and nothing for the default one.
func TestRankingExportKeepsTheOrderAsked(t *testing.T) {
	s := countiesFixture(t)
	h, _ := mustOK(t, s, "/rankings?level=county&within=4302&year=2021&sort=assessed").Find(`[data-testid="export-rankings-csv"]`).Attr("href")
	if !strings.Contains(h, "sort=assessed") {
		t.Errorf("export link %q drops the order", h)
	}
	rec, _ := do(t, s, h)
	lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(rec.Body.String(), "\ufeff")), "\n")
	page := rowIDs(mustOK(t, s, "/rankings?level=county&within=4302&year=2021&sort=assessed"), "ranking-table")
	if len(lines) != len(page)+1 {
		t.Fatalf("export has %d rows for %d on the page", len(lines)-1, len(page))
	}
	for i, id := range page {
		if code := strings.TrimPrefix(id, "rank-"); !strings.Contains(lines[i+1], ","+code+",") {
			t.Errorf("export row %d = %q, want region %s as on the page", i+1, lines[i+1], code)
		}
	}
	if h, _ := mustOK(t, s, "/rankings?level=county&within=4302&year=2021").Find(`[data-testid="export-rankings-csv"]`).Attr("href"); strings.Contains(h, "sort=") {
		t.Errorf("default order's export link %q names an order", h)
	}
}

// A filter form keeps an order asked for: picking another year leaves
// the table sorted as it was.
func TestFilterFormsKeepTheOrderAsked(t *testing.T) {
	s := countiesFixture(t)
	for _, path := range []string{"/?region=430281&year=2021&sort=status&desc=1", "/indicators/gdp_growth?region=430281&sort=status&desc=1",
		"/setting?region=430281&indicator=gdp_growth&year=2022&sort=region&desc=1", "/map?level=county&within=4302&year=2021&sort=region&desc=1"} {
		doc := mustOK(t, s, path)
		form := doc.Find(`form[data-testid="filters"]`)
		key, _ := form.Find(`input[type="hidden"][name="sort"]`).Attr("value")
		desc, _ := form.Find(`input[type="hidden"][name="desc"]`).Attr("value")
		if key == "" || desc != "1" {
			t.Errorf("%s: the form carries sort=%q desc=%q", path, key, desc)
		}
	}
	if n := mustOK(t, s, "/?region=430281&year=2021").Find(`form[data-testid="filters"] input[name="sort"]`).Length(); n != 0 {
		t.Errorf("the default order is carried as %d inputs", n)
	}
}
