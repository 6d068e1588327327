package web

import (
	"compress/gzip"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// mapData is what the map's option says of each region.
func mapData(t *testing.T, doc *goquery.Document) (map[string]string, mapMeta) {
	t.Helper()
	var opt struct {
		Series []struct {
			Map  string
			Data []struct {
				Name      string
				ItemStyle struct{ AreaColor string } `json:"itemStyle"`
			}
		}
		Mubiao mapMeta `json:"mubiao"`
	}
	if err := json.Unmarshal([]byte(doc.Find(`script#chart-map-option`).Text()), &opt); err != nil || len(opt.Series) != 1 {
		t.Fatalf("map option: %v %+v", err, opt)
	}
	colours := map[string]string{}
	for _, d := range opt.Series[0].Data {
		colours[d.Name] = d.ItemStyle.AreaColor
	}
	return colours, opt.Mubiao
}

func TestMapColoursCountiesByVerdict(t *testing.T) {
	s := countiesFixture(t)
	doc := mustOK(t, s, "/map?level=county&within=4302&year=2021&indicator=gdp_growth&measure=gap")
	colours, meta := mapData(t, doc)
	want := map[string]string{"430281": colourMet, "430223": colourMet, "430224": colourMissed}
	for code, c := range want {
		if colours[code] != c {
			t.Errorf("%s is %q on the map, want %q", code, colours[code], c)
		}
	}
	if meta.Geo != "/geo/43-counties.json" || meta.Prefix != "4302" {
		t.Errorf("boundaries = %s (prefix %s), want 湖南省's counties kept to 株洲市's", meta.Geo, meta.Prefix)
	}
	if meta.Links["430224"] != "/?region=430224&year=2021" || meta.Names["430224"] != "茶陵县" {
		t.Errorf("a click on 茶陵县 opens %q (%q)", meta.Links["430224"], meta.Names["430224"])
	}
	if got := text(doc.Find(`[data-testid="map-legend"]`)); !strings.Contains(got, "✓ 达成 (2)") || !strings.Contains(got, "✗ 未达成 (1)") {
		t.Errorf("legend = %q", got)
	}
	// The table beside it: each number links to its sentence; sorted by gap.
	var order []string
	doc.Find(`[data-testid="map-table"] tbody tr th`).Each(func(_ int, s *goquery.Selection) { order = append(order, text(s)) })
	if strings.Join(order, ",") != "醴陵市,攸县,茶陵县" {
		t.Errorf("table order = %v, want by gap, largest first", order)
	}
	if href, _ := doc.Find(`[data-testid="map-row-430281"] [data-testid="result"]`).Attr("href"); !strings.HasPrefix(href, "/documents/") {
		t.Errorf("result links to %q", href)
	}

	// By hit rate (every indicator): 醴陵市 2 of 3 is 50–75%.
	doc = mustOK(t, s, "/map?level=county&within=4302&year=2021&measure=rate")
	colours, _ = mapData(t, doc)
	if colours["430281"] != rateShades[2] || colours["430224"] != rateShades[0] {
		t.Errorf("rate colours = %v", colours)
	}
	if got := text(doc.Find(`[data-testid="map-row-430281"] [data-testid="rate"]`)); got != "67%" {
		t.Errorf("醴陵市 rate = %q", got)
	}
}

func TestMapOfProvincesShowsTheShippedTargets(t *testing.T) {
	doc := mustOK(t, seededStore(t), "/map?level=province&year=2026&indicator=gdp_growth&measure=target")
	colours, meta := mapData(t, doc)
	if meta.Geo != "/geo/provinces.json" {
		t.Errorf("boundaries = %s", meta.Geo)
	}
	// The ten provinces of the seeds are drawn; 西藏 set the highest
	// target (7%以上) and has the darkest shade.
	if len(colours) < 10 {
		t.Fatalf("%d provinces on the map, want the ten shipped", len(colours))
	}
	if colours["54"] != targetShades[len(targetShades)-1] {
		t.Errorf("西藏 is %q, want the darkest shade", colours["54"])
	}
	if got := text(doc.Find(`[data-testid="map-table"] tbody tr`).First().Find("th")); got != "西藏自治区" {
		t.Errorf("first row = %q, want the highest target first", got)
	}
	// Every region on the map is one the boundaries draw.
	rec := httptest.NewRecorder()
	NewServer(seededStore(t), quietLog(), Config{}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, meta.Geo, nil))
	var fc struct{ Features []struct{ ID string } }
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil || rec.Code != http.StatusOK {
		t.Fatalf("GET %s = %d %v", meta.Geo, rec.Code, err)
	}
	drawn := map[string]bool{}
	for _, f := range fc.Features {
		drawn[f.ID] = true
	}
	for code := range colours {
		if !drawn[code] {
			t.Errorf("%s is coloured but the boundaries lack it", code)
		}
	}
	if doc.Find(`[data-testid="unmapped"]`).Length() != 0 {
		t.Error("a shipped province is said to lack a boundary")
	}
}

func TestGeoIsServedCompressedAndPlain(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	req := httptest.NewRequest(http.MethodGet, "/geo/43-counties.json", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: %d %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	var fc struct{ Features []struct{ ID string } }
	if err := json.NewDecoder(zr).Decode(&fc); err != nil || len(fc.Features) < 100 {
		t.Fatalf("湖南省's counties: %d features, %v", len(fc.Features), err)
	}
	plain := httptest.NewRecorder()
	srv.ServeHTTP(plain, httptest.NewRequest(http.MethodGet, "/geo/provinces.json", nil))
	if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" || !strings.HasPrefix(plain.Body.String(), `{"type":"FeatureCollection"`) {
		t.Errorf("plain: %d %q %.40s", plain.Code, plain.Header().Get("Content-Encoding"), plain.Body.String())
	}
}

func TestMapRefusesBadRequests(t *testing.T) {
	s := countiesFixture(t)
	for path, want := range map[string]int{
		"/map?level=town":                        http.StatusBadRequest,
		"/map?measure=mood":                      http.StatusBadRequest,
		"/map?level=county&within=430281":        http.StatusBadRequest,
		"/map?level=prefecture&within=4302":      http.StatusBadRequest,
		"/map?year=twenty":                       http.StatusBadRequest,
		"/map?sort=colour":                       http.StatusBadRequest,
		"/map?within=999999&level=county":        http.StatusNotFound,
		"/map?indicator=no_such_key":             http.StatusNotFound,
		"/embed/map?measure=mood":                http.StatusBadRequest,
		"/geo/99.json":                           http.StatusNotFound,
		"/geo/..%2fgeo.go":                       http.StatusNotFound,
		"/geo/provinces.js":                      http.StatusNotFound,
		"/map?level=county&within=4302&lang=en":  http.StatusOK,
		"/embed/map?level=county&within=4302":    http.StatusOK,
		"/map?level=prefecture&within=43&year=1": http.StatusBadRequest,
	} {
		if rec, _ := do(t, s, path); rec.Code != want {
			t.Errorf("GET %s = %d, want %d", path, rec.Code, want)
		}
	}
}
