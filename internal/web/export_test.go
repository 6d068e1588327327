package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExportCSVWithBOMAndFilters(t *testing.T) {
	s := seededStore(t)
	rec := httptestGet(NewServer(s, quietLog(), Config{}), "/export/figures.csv?region=株洲市&indicator=gdp_growth")
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("export = %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	body := rec.Body.Bytes()
	if !bytes.HasPrefix(body, []byte("\ufeff")) {
		t.Error("export has no BOM")
	}
	cd := rec.Header().Get("Content-Disposition")
	if !strings.Contains(cd, "filename*=UTF-8''%E6%A0%AA%E6%B4%B2%E5%B8%82_gdp_growth_") || !strings.HasSuffix(cd, ".csv") {
		t.Errorf("Content-Disposition = %q, want 株洲市_gdp_growth_<years>.csv", cd)
	}
	rows := readCSV(t, body)
	want, _ := s.CountFigures(context.Background(), db.FigureFilter{Region: "4302", Indicator: "gdp_growth"})
	if len(rows)-1 != want || want == 0 {
		t.Fatalf("rows = %d, want %d", len(rows)-1, want)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		if r[col["region_code"]] != "4302" || r[col["indicator"]] != "gdp_growth" || r[col["indicator_zh"]] != "地区生产总值增长" {
			t.Errorf("row outside the filter: %v", r)
		}
		if _, err := strconv.ParseFloat(r[col["value"]], 64); err != nil {
			t.Errorf("value %q is not a number", r[col["value"]])
		}
		if !strings.Contains(r[col["source_url"]], "/documents/") || r[col["quote"]] == "" || r[col["status"]] == "" {
			t.Errorf("row lacks its source or verdict: %v", r)
		}
	}
	plain := httptestGet(NewServer(s, quietLog(), Config{}), "/export/figures.csv?region=4302&bom=0").Body.Bytes()
	if bytes.HasPrefix(plain, []byte("\ufeff")) || !bytes.HasPrefix(plain, []byte("region,")) {
		t.Errorf("bom=0 export starts %q", plain[:10])
	}
	for path, code := range map[string]int{
		"/export/figures.csv?region=火星市":  http.StatusNotFound,
		"/export/figures.csv?kind=maybe":  http.StatusBadRequest,
		"/export/figures.csv?indicator=x": http.StatusNotFound,
		"/export/figures.csv?year=1":      http.StatusBadRequest,
	} {
		rec := httptestGet(NewServer(s, quietLog(), Config{}), path)
		if rec.Code != code || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("GET %s = %d %s, want %d with a JSON error", path, rec.Code, rec.Body.String(), code)
		}
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=1+2": "'=1+2", "+86": "'+86", "-cmd": "'-cmd", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx", "\nx": "'\nx",
		"地区生产总值增长8%": "地区生产总值增长8%", "": "",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
	// End to end: a region whose quote starts with a formula.
	f := &bigStore{Store: seededStore(t), n: 3, quote: "=HYPERLINK(\"http://evil\")"}
	rows := readCSV(t, httptestGet(NewServer(f, quietLog(), Config{}), "/export/figures.csv").Body.Bytes())
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[14], "'=") || r[8] != "-3.5" {
			t.Errorf("quote %q, value %q: want the formula neutralised and the negative number kept", r[14], r[8])
		}
	}
}

// bigStore yields n synthetic figures through EachFigure, in cell order
// as the database does for ByCell (per region and year a target, then a
// result), and records it if anything asks for the whole list at once.
type bigStore struct {
	Store
	n     int
	quote string
	whole bool
	count int // what CountFigures says, when set
}

func (b *bigStore) CountFigures(ctx context.Context, fl db.FigureFilter) (int, error) {
	if b.count > 0 {
		return b.count, nil
	}
	return b.n, nil
}

func (b *bigStore) EachFigure(ctx context.Context, fl db.FigureFilter, fn func(targets.Record) error) error {
	for i := 0; i < b.n; i++ {
		r := targets.Record{ID: int64(i + 1), DocumentID: 1, RegionCode: "9" + strconv.Itoa(i/40), RegionLevel: targets.LevelCounty,
			Figure: targets.Figure{Region: "县" + strconv.Itoa(i/40), Year: 2000 + i%40/2, Kind: targets.Kind([]string{"planned", "reported"}[i%2]),
				Indicator: "gdp_growth", Value: -3.5, Unit: "%", Cmp: targets.AtLeast, Quote: b.quote}}
		if fl.Verdicts {
			r.Verdict = targets.StatusMet // as the cell stored for it says
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func (b *bigStore) Figures(ctx context.Context, fl db.FigureFilter) ([]targets.Record, error) {
	b.whole = true
	return nil, nil
}

func (b *bigStore) YearSpan(context.Context, db.FigureFilter) (int, int, error) {
	return 2000, 2019, nil
}

func TestExportStreamsLargeDatasets(t *testing.T) {
	b := &bigStore{Store: seededStore(t), n: 300000, quote: "增长"}
	rec := httptestGet(NewServer(b, quietLog(), Config{}), "/export/figures.csv")
	if b.whole {
		t.Fatal("export asked for the whole result at once")
	}
	if lines := bytes.Count(rec.Body.Bytes(), []byte("\n")); lines != b.n+1 {
		t.Fatalf("export has %d lines, want %d", lines, b.n+1)
	}
	// Each figure carries the verdict stored with its cell, read in the
	// same stream.
	if !bytes.Contains(rec.Body.Bytes(), []byte(",达成,")) {
		t.Error("no verdicts in a streamed export")
	}
}

func TestAPIFiguresPaginated(t *testing.T) {
	s := seededStore(t)
	srv := NewServer(s, quietLog(), Config{})
	get := func(path string) apiFigures {
		rec := httptestGet(srv, path)
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Fatalf("GET %s = %d, CORS %q", path, rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
		var out apiFigures
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	p1, p2 := get("/api/figures?within=4302&per_page=5"), get("/api/figures?within=4302&per_page=5&page=2")
	total, _ := s.CountFigures(context.Background(), db.FigureFilter{Within: "4302"})
	if p1.Total != total || len(p1.Figures) != 5 || len(p2.Figures) != 5 || p1.Figures[4].ID >= p2.Figures[0].ID {
		t.Fatalf("pages: total %d (want %d), %d + %d figures", p1.Total, total, len(p1.Figures), len(p2.Figures))
	}
	gdp := get("/api/figures?region=4302&year=2020&indicator=gdp_growth&kind=planned")
	if len(gdp.Figures) == 0 || gdp.Figures[0].Value != 8 || gdp.Figures[0].Status != "missed" || gdp.Figures[0].Cmp != ">=" {
		t.Fatalf("株洲市 2020 gdp_growth target = %+v", gdp.Figures)
	}
	if rec := httptestGet(srv, "/api/figures?per_page=100000"); rec.Code != http.StatusBadRequest {
		t.Errorf("per_page=100000 = %d, want 400", rec.Code)
	}
	for _, path := range []string{"/api/regions", "/api/indicators"} {
		rec := httptestGet(srv, path)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "株洲") && path == "/api/regions" || !json.Valid(rec.Body.Bytes()) {
			t.Errorf("GET %s = %d %.100s", path, rec.Code, rec.Body.String())
		}
	}
}

func TestViewsHaveExportButtons(t *testing.T) {
	s := seededStore(t)
	for path, want := range map[string]string{
		"/?region=4302&year=2020":          "/export/figures.csv?region=4302&year=2020",
		"/regions/430281":                  "/export/figures.csv?region=430281",
		"/compare?scope=43&year=2021":      "/export/figures.csv?within=43&year=2021",
		"/indicators/gdp_growth?region=43": "/export/figures.csv?region=43&indicator=gdp_growth",
	} {
		doc := mustOK(t, s, path)
		for testid, href := range map[string]string{"export-csv": want, "export-xlsx": strings.Replace(want, ".csv", ".xlsx", 1)} {
			if got, _ := doc.Find(`[data-testid="` + testid + `"]`).First().Attr("href"); got != href {
				t.Errorf("%s: %s link = %q, want %s", path, testid, got, href)
			}
		}
	}
}
