package web

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/mubiao/mubiao/internal/db"
)

// fixtureYear is what one region's report of a year says: last year's
// results and this year's targets, as report sentences. Zero is unsaid.
type fixtureYear struct {
	gdpTarget, gdpResult     float64 // 地区生产总值增长 …%左右 / 增长 …%
	indTarget, indResult     float64 // 规模工业增加值增长 …%以上 / 增长 …%
	unempTarget, unempResult float64 // 城镇调查失业率 …%以内 / …%
	preliminary              bool    // the results are 预计
}

// fixtureStore is a database holding one small report per region and
// year, written from the table: the views' tests assert exact ranks,
// margins and colours on data whose every number they chose.
func fixtureStore(t testing.TB, reports map[string]map[int]fixtureYear) *db.DB {
	t.Helper()
	ctx := context.Background()
	store, err := db.Open(ctx, filepath.Join(t.TempDir(), "fixture.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if err := store.SyncIndicators(ctx); err != nil {
		t.Fatal(err)
	}
	for region, years := range reports {
		for year, f := range years {
			text := fixtureReport(region, year, f)
			if _, err := store.Ingest(ctx, fmt.Sprintf("fixture/%s-%d.txt", region, year), []byte(text)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return store
}

func fixtureReport(region string, year int, f fixtureYear) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%d年政府工作报告\n\n各位代表:\n\n一、%d年工作回顾\n\n", region, year, year-1)
	var results []string
	pre := ""
	if f.preliminary {
		pre = "预计"
	}
	if f.gdpResult != 0 {
		results = append(results, fmt.Sprintf("地区生产总值%s增长%g%%", pre, f.gdpResult))
	}
	if f.indResult != 0 {
		results = append(results, fmt.Sprintf("规模工业增加值%s增长%g%%", pre, f.indResult))
	}
	if f.unempResult != 0 {
		results = append(results, fmt.Sprintf("城镇调查失业率%s%g%%", pre, f.unempResult))
	}
	if len(results) > 0 {
		whole := "全" + string([]rune(region)[len([]rune(region))-1:])
		fmt.Fprintf(&b, "%d年,%s%s。\n\n", year-1, whole, strings.Join(results, ","))
	}
	fmt.Fprintf(&b, "二、%d年主要预期目标\n\n", year)
	var plans []string
	if f.gdpTarget != 0 {
		plans = append(plans, fmt.Sprintf("地区生产总值增长%g%%左右", f.gdpTarget))
	}
	if f.indTarget != 0 {
		plans = append(plans, fmt.Sprintf("规模工业增加值增长%g%%以上", f.indTarget))
	}
	if f.unempTarget != 0 {
		plans = append(plans, fmt.Sprintf("城镇调查失业率控制在%g%%以内", f.unempTarget))
	}
	if len(plans) > 0 {
		fmt.Fprintf(&b, "%s。\n", strings.Join(plans, ","))
	}
	return b.String()
}

// countiesFixture: three counties of 株洲市 over 2021–2022, with 株洲市 and
// 湖南省 targets above them.
//
//	2021    gdp target / result   ind target / result   unemp target / result
//	醴陵市   8左右 / 8.6 met        9以上 / 7.1 missed     5.5以内 / 4.9 met   → 2 of 3
//	攸县     8左右 / 7.8 met        8以上 / 7.7 on par     —                   → 1 of 2
//	茶陵县   9左右 / 6.5 missed     —                      —                   → 0 of 1
func countiesFixture(t testing.TB) *db.DB {
	return fixtureStore(t, map[string]map[int]fixtureYear{
		"醴陵市": {
			2021: {gdpTarget: 8, indTarget: 9, unempTarget: 5.5, gdpResult: 4.5},
			2022: {gdpResult: 8.6, indResult: 7.1, unempResult: 4.9, gdpTarget: 7.5},
			2023: {gdpResult: 7, gdpTarget: 7},
		},
		"攸县": {
			2021: {gdpTarget: 8, indTarget: 8},
			2022: {gdpResult: 7.8, indResult: 7.7, gdpTarget: 8.5},
			2023: {gdpResult: 8.8, gdpTarget: 8},
		},
		"茶陵县": {
			2021: {gdpTarget: 9},
			2022: {gdpResult: 6.5, gdpTarget: 7},
		},
		"株洲市": {2021: {gdpTarget: 7.5}, 2022: {gdpTarget: 7}},
		"湖南省": {2021: {gdpTarget: 6.5}, 2022: {gdpTarget: 6.5}},
	})
}

// chartOpt is what the views' tests read of a chart's option.
type chartOpt struct {
	XAxis  json.RawMessage `json:"xAxis"`
	Series []struct {
		Type, Name string
		Data       []json.RawMessage `json:"data"`
	} `json:"series"`
}

// chartOption reads the option the page sends for chart id.
func chartOption(t testing.TB, doc *goquery.Document, id string) chartOpt {
	t.Helper()
	var o chartOpt
	src := doc.Find(`script#` + id + `-option`)
	if src.Length() != 1 {
		t.Fatalf("no option for %s", id)
	}
	if err := json.Unmarshal([]byte(src.Text()), &o); err != nil {
		t.Fatalf("%s option: %v", id, err)
	}
	return o
}

// categories are the names on the x axis.
func (o chartOpt) categories() []string {
	var axes []struct{ Data []string }
	if json.Unmarshal(o.XAxis, &axes) != nil {
		var one struct{ Data []string }
		json.Unmarshal(o.XAxis, &one)
		return one.Data
	}
	if len(axes) == 0 {
		return nil
	}
	return axes[0].Data
}

// values are series i's numbers; NaN where it draws nothing ("-").
func (o chartOpt) values(i int) []float64 {
	var out []float64
	for _, d := range o.Series[i].Data {
		var item struct{ Value any }
		var v any
		if json.Unmarshal(d, &item) == nil && item.Value != nil {
			v = item.Value
		} else {
			json.Unmarshal(d, &v)
		}
		switch x := v.(type) {
		case float64:
			out = append(out, x)
		case []any:
			if f, ok := x[len(x)-1].(float64); ok {
				out = append(out, f)
			} else {
				out = append(out, math.NaN())
			}
		default:
			out = append(out, math.NaN())
		}
	}
	return out
}
