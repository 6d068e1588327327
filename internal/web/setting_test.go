package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestSettingLinesTargetsUpWithTheYearBefore(t *testing.T) {
	doc := mustOK(t, countiesFixture(t), "/setting?region=430281&indicator=gdp_growth&year=2022")
	// 醴陵市: 8% against 2020's 4.5%; 7.5% against 2021's 8.6% after
	// meeting 8%; 7% against 2022's 7%, after meeting 7.5%.
	for year, want := range map[string][2]string{
		"2021": {"+3.5个百分点", ""}, "2022": {"−1.1个百分点", "−0.5个百分点 下调"}, "2023": {"0个百分点", "−0.5个百分点 下调"},
	} {
		row := doc.Find(`[data-testid="setting-table"] [data-testid="setting-430281-` + year + `"]`)
		if got := [2]string{text(row.Find(`[data-testid="over-result"]`)), text(row.Find(`[data-testid="over-target"]`))}; got != want {
			t.Errorf("%s: over last result, over last target = %q, want %q", year, got, want)
		}
	}
	if href, _ := doc.Find(`[data-testid="setting-430281-2022"] [data-testid="prev-result"]`).Attr("href"); !strings.HasPrefix(href, "/documents/") {
		t.Errorf("last year's result links to %q, want its sentence", href)
	}
	if got := text(doc.Find(`[data-testid="setting-summary"]`)); !strings.Contains(got, "平均较上年实际 +0.8个百分点") || !strings.Contains(got, "下调 2 次") {
		t.Errorf("summary = %q", got)
	}
	// The chart draws the targets and the results they were set against,
	// and the targets above.
	opt := chartOption(t, doc, "chart-setting")
	var names []string
	for _, s := range opt.Series {
		names = append(names, s.Name)
	}
	if strings.Join(names, ",") != "目标,上年实际,株洲市目标,湖南省目标" {
		t.Errorf("series = %v", names)
	}
	if got := opt.values(1); len(got) != 3 || got[0] != 4.5 || got[1] != 8.6 {
		t.Errorf("last year's results = %v", got)
	}
	// 层层加码: the county's margin over the city's and the province's.
	var margins []string
	doc.Find(`[data-testid="layer-2021"] [data-testid="margin"]`).Each(func(_ int, s *goquery.Selection) { margins = append(margins, text(s)) })
	if strings.Join(margins, " ") != "+0.5个百分点 +1.5个百分点" {
		t.Errorf("2021 margins = %v", margins)
	}
	// Across the counties in 2022: whose target sits above last year's result.
	if got := text(doc.Find(`[data-testid="setting-tally"]`)); !strings.HasPrefix(got, "高于上年实际 2 个,持平 0 个,低于 1 个") {
		t.Errorf("tally = %q", got)
	}
	var order []string
	doc.Find(`[data-testid="across-table"] tbody th`).Each(func(_ int, s *goquery.Selection) { order = append(order, text(s)) })
	if strings.Join(order, ",") != "攸县,茶陵县,醴陵市" {
		t.Errorf("across order = %v, want the target furthest over last year's result first", order)
	}
	doc = mustOK(t, countiesFixture(t), "/setting?region=430281&indicator=gdp_growth&year=2022&sort=over&desc=0")
	order = nil
	doc.Find(`[data-testid="across-table"] tbody th`).Each(func(_ int, s *goquery.Selection) { order = append(order, text(s)) })
	if strings.Join(order, ",") != "醴陵市,茶陵县,攸县" {
		t.Errorf("sorted by over, ascending = %v", order)
	}
	if chartOption(t, doc, "chart-setting-across").values(0)[0] == 0 {
		t.Error("the across chart draws nothing")
	}
}

func TestSettingRefusesBadRequests(t *testing.T) {
	s := countiesFixture(t)
	for path, want := range map[string]int{
		"/setting?region=999999":                http.StatusNotFound,
		"/setting?indicator=no_such_key":        http.StatusNotFound,
		"/setting?level=galaxy":                 http.StatusBadRequest,
		"/setting?year=twenty":                  http.StatusBadRequest,
		"/setting?region=430281&sort=mood":      http.StatusBadRequest,
		"/embed/setting/pie?region=430281":      http.StatusNotFound,
		"/embed/setting/years?region=430281":    http.StatusOK,
		"/embed/setting/across?region=430281":   http.StatusOK,
		"/setting?region=430281&lang=en":        http.StatusOK,
		"/setting?region=430281&within=4302999": http.StatusNotFound,
	} {
		if rec, _ := do(t, s, path); rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
		}
	}
}
