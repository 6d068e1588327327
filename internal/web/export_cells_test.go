package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func columns(header []string) map[string]int {
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	return col
}

// The figure-level export writes cmp plainly (never a formula guard on a
// comparator), fills value_text, and marks the figures the page shows.
func TestFigureExportReadsPlainlyInExcel(t *testing.T) {
	s := seededStore(t)
	srv := NewServer(s, quietLog(), Config{})
	rows := readCSV(t, httptestGet(srv, "/export/figures.csv?region=4302&year=2020").Body.Bytes())
	col := columns(rows[0])
	words := map[string]bool{"以上": true, "以内": true, "左右": true, "等于": true}
	inCell := 0
	for _, r := range rows[1:] {
		if !words[r[col["cmp"]]] {
			t.Errorf("cmp = %q, want 以上/以内/左右/等于", r[col["cmp"]])
		}
		if r[col["value_text"]] == "" {
			t.Errorf("value_text empty: %v", r)
		}
		if r[col["in_cell"]] == "true" {
			inCell++
		}
	}
	// The figures the page shows: one target and one result at most per
	// scorecard row.
	doc := mustOK(t, s, "/?region=4302&year=2020")
	shown := doc.Find(`[data-testid="scorecard"] [data-testid="target"], [data-testid="scorecard"] [data-testid="result"]`).Length()
	if inCell != shown {
		t.Errorf("in_cell rows = %d, want the %d figures the page shows", inCell, shown)
	}
	en := readCSV(t, httptestGet(srv, "/export/figures.csv?region=4302&year=2020&indicator=gdp_growth&lang=en").Body.Bytes())
	if c := columns(en[0]); en[1][c["cmp"]] != "≥" || !strings.HasPrefix(en[1][c["value_text"]], "≥ ") {
		t.Errorf("English export: cmp %q value_text %q", en[1][c["cmp"]], en[1][c["value_text"]])
	}
	var api apiFigures
	if err := json.Unmarshal(httptestGet(srv, "/api/figures?region=4302&year=2020").Body.Bytes(), &api); err != nil {
		t.Fatal(err)
	}
	for _, f := range api.Figures {
		if f.ValueText == "" {
			t.Errorf("API figure %d has no value_text", f.ID)
		}
	}
}

// The figure-level export speaks one language per file: its status and
// cmp are Chinese in the zh file (未找到结果 beside 以上, never not_found)
// and English in the en one (not found beside ≥).
func TestFigureExportIsOneLanguage(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	want := map[string]map[string]bool{
		"zh": {"达成": true, "未达成": true, "基本持平": true, "待公布": true, "未找到结果": true, "无目标": true},
		"en": {"met": true, "missed": true, "on par": true, "pending": true, "not found": true, "no target": true},
	}
	cmps := map[string]map[string]bool{
		"zh": {"以上": true, "以内": true, "左右": true, "等于": true},
		"en": {"≥": true, "≤": true, "about": true, "exactly": true},
	}
	for _, lang := range []string{"zh", "en"} {
		rows := readCSV(t, httptestGet(srv, "/export/figures.csv?region=4302&lang="+lang).Body.Bytes())
		col := columns(rows[0])
		seen := map[string]bool{}
		for _, r := range rows[1:] {
			seen[r[col["status"]]] = true
			if !want[lang][r[col["status"]]] {
				t.Errorf("%s export: status %q", lang, r[col["status"]])
			}
			if !cmps[lang][r[col["cmp"]]] {
				t.Errorf("%s export: cmp %q", lang, r[col["cmp"]])
			}
		}
		if len(seen) < 3 {
			t.Errorf("%s export: only statuses %v; the seeds should give several", lang, seen)
		}
	}
}

// The cell-shaped export has one row per cell of the page, with Chinese
// headers: counting its 状态 gives the page's counts.
func TestCellExportMatchesThePage(t *testing.T) {
	s := seededStore(t)
	srv := NewServer(s, quietLog(), Config{})
	rec := httptestGet(srv, "/export/cells.csv?region=4302&year=2020")
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, url.PathEscape("株洲市_2020_cells.csv")) {
		t.Errorf("Content-Disposition = %q", cd)
	}
	rows := readCSV(t, rec.Body.Bytes())
	want := []string{"地区", "年份", "指标", "目标(原文)", "实际(原文)", "差距", "状态", "目标出处", "实际出处"}
	if strings.Join(rows[0][:9], ",") != strings.Join(want, ",") {
		t.Fatalf("header = %q, want %q first", rows[0], want)
	}
	doc := mustOK(t, s, "/?region=4302&year=2020")
	if n := doc.Find(`[data-testid="scorecard"] tbody tr`).Length(); len(rows)-1 != n {
		t.Errorf("rows = %d, want the scorecard's %d", len(rows)-1, n)
	}
	col := columns(rows[0])
	count := map[string]int{}
	for _, r := range rows[1:] {
		if r[col["期间"]] == "" {
			count[r[col["状态"]]]++
		}
		if r[col["地区"]] != "株洲市" || r[col["年份"]] != "2020" {
			t.Errorf("row outside the filter: %v", r)
		}
		if r[col["目标(原文)"]] != "" && !strings.Contains(r[col["目标出处"]], "/documents/") {
			t.Errorf("target without its source: %v", r)
		}
	}
	for status, zh := range map[string]string{"met": "达成", "missed": "未达成", "on_par": "基本持平", "not_found": "未找到结果", "no_target": "无目标"} {
		if page := text(doc.Find(`[data-testid="count-` + status + `"] b`)); page != itoa64(int64(count[zh])) {
			t.Errorf("%s: %d rows in the export, %s on the page", zh, count[zh], page)
		}
	}
	for _, r := range rows[1:] {
		if r[col["指标代码"]] == "gdp_growth" {
			if r[col["目标(原文)"]] != "8%以上" || r[col["实际(原文)"]] != "4%以上(预计)" || r[col["差距"]] != "−4个百分点" || r[col["状态"]] != "未达成" {
				t.Errorf("gdp_growth row = %q", r)
			}
		}
		if r[col["状态"]] == "未找到结果" && !strings.Contains(r[col["备注"]], "回顾2020年的报告") {
			t.Errorf("未找到结果 without the report in 备注: %q", r)
		}
	}
	// Within a region: the file name says so.
	if cd := httptestGet(srv, "/export/cells.csv?within=4302&year=2020").Header().Get("Content-Disposition"); !strings.Contains(cd, url.PathEscape("株洲市_within_2020_cells.csv")) {
		t.Errorf("within export named %q", cd)
	}
}

// Both workbooks link each row to its sentence with a hyperlink.
func TestXLSXExportsLinkTheSentence(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	for path, ref := range map[string]string{"/export/cells.xlsx?region=4302&year=2020": "H", "/export/figures.xlsx?region=4302&year=2020": "Q"} {
		rec := httptestGet(srv, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s = %d %s", path, rec.Code, rec.Body.String())
		}
		f := openXLSX(t, rec.Body.Bytes())
		sheet := f.GetSheetName(0)
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) < 2 {
			t.Fatalf("%s: %v rows %d", path, err, len(rows))
		}
		found := false
		for i := 2; i <= len(rows); i++ {
			formula, _ := f.GetCellFormula(sheet, ref+itoa64(int64(i)))
			v, _ := f.GetCellValue(sheet, ref+itoa64(int64(i)))
			if formula == "" {
				continue
			}
			found = true
			if !strings.HasPrefix(formula, `HYPERLINK("http`) || !strings.Contains(v, "/documents/") || !strings.Contains(formula, v) {
				t.Errorf("%s %s%d: formula %q value %q", path, ref, i, formula, v)
			}
		}
		if !found {
			t.Errorf("%s: no hyperlink in column %s", path, ref)
		}
		if sheet == "cells" && rows[0][0] != "地区" {
			t.Errorf("cells header = %q", rows[0])
		}
	}
}

// The cell-shaped export is the page the button was on: judged on its
// ?basis= and in its ?sort= order.
func TestCellExportKeepsThePagesBasisAndOrder(t *testing.T) {
	s := revisedFixture(t)
	srv := NewServer(s, quietLog(), Config{})
	for basis, want := range map[string]struct{ result, status string }{
		"": {"8.2%", "达成"}, "final": {"8.2%", "达成"}, "first": {"7.4%(预计)", "未达成"},
	} {
		rows := readCSV(t, httptestGet(srv, "/export/cells.csv?region=430281&year=2021&indicator=gdp_growth&basis="+basis).Body.Bytes())
		col := columns(rows[0])
		if len(rows) != 2 || rows[1][col["实际(原文)"]] != want.result || rows[1][col["状态"]] != want.status {
			t.Errorf("basis %q: rows %q, want the result %s judged %s as on the page", basis, rows, want.result, want.status)
		}
	}
	if rec := httptestGet(srv, "/export/cells.csv?region=430281&basis=latest"); rec.Code != http.StatusBadRequest {
		t.Errorf("basis=latest: %d, want 400", rec.Code)
	}

	seeded := seededStore(t)
	srv = NewServer(seeded, quietLog(), Config{})
	for _, order := range []string{"sort=status&desc=1", "sort=status", "sort=indicator&desc=1"} {
		doc := mustOK(t, seeded, "/?region=4302&year=2020&"+order)
		var page []string
		doc.Find(`[data-testid="scorecard"] tbody tr`).Each(func(_ int, tr *goquery.Selection) {
			id, _ := tr.Attr("data-testid")
			page = append(page, strings.TrimPrefix(id, "row-"))
		})
		rows := readCSV(t, httptestGet(srv, "/export/cells.csv?region=4302&year=2020&"+order).Body.Bytes())
		col := columns(rows[0])
		var file []string
		for _, r := range rows[1:] {
			key := r[col["指标代码"]]
			if r[col["期间"]] != "" {
				key += "-" + r[col["期间"]]
			}
			file = append(file, key)
		}
		if strings.Join(file, ",") != strings.Join(page, ",") {
			t.Errorf("%s: export order\n%q\nthe page's\n%q", order, file, page)
		}
	}
	// The compare matrix sorted by a column: its button's file has the
	// matrix's regions in the matrix's order.
	doc := mustOK(t, seeded, "/compare?scope=4302&year=2020&sort=gdp_growth&desc=1")
	var matrix []string
	doc.Find(`[data-testid="compare-matrix"] tbody tr`).Each(func(_ int, tr *goquery.Selection) {
		id, _ := tr.Attr("data-testid")
		matrix = append(matrix, strings.TrimPrefix(id, "compare-"))
	})
	href, _ := doc.Find(`[data-testid="export-cells-csv"]`).Attr("href")
	rec := httptestGet(srv, href)
	if rec.Code != http.StatusOK {
		t.Fatalf("compare export %s: %d", href, rec.Code)
	}
	rows := readCSV(t, rec.Body.Bytes())
	col := columns(rows[0])
	var regions []string
	for _, r := range rows[1:] {
		if code := r[col["地区代码"]]; len(regions) == 0 || regions[len(regions)-1] != code {
			regions = append(regions, code)
		}
	}
	if len(matrix) < 2 || strings.Join(regions, ",") != strings.Join(matrix, ",") {
		t.Errorf("compare export %s: regions %q, the matrix's %q", href, regions, matrix)
	}
	if rec := httptestGet(srv, "/export/cells.csv?region=4302&sort=colour"); rec.Code != http.StatusBadRequest {
		t.Errorf("sort=colour: %d, want 400", rec.Code)
	}
}
