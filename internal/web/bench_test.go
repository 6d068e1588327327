package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// BenchmarkViews renders each view on the seed database, cold (a new
// server, so nothing cached: the cost of building the page) and warm (the
// page cache hit every request after the first gets).
func BenchmarkViews(b *testing.B) {
	s := seededStore(b)
	paths := map[string]string{
		"overview":  "/?region=4302&year=2020",
		"indicator": "/indicators/gdp_growth?region=430281",
		"region":    "/regions/430281",
		"compare":   "/compare?scope=43&year=2021",
		"document":  "/documents/1",
		"search":    "/search?q=生产总值",
	}
	for name, path := range paths {
		b.Run(name+"/cold", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				NewServer(s, quietLog(), Config{}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s = %d", path, rec.Code)
				}
			}
		})
		b.Run(name+"/warm", func(b *testing.B) {
			srv := NewServer(s, quietLog(), Config{})
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s = %d", path, rec.Code)
				}
			}
		})
	}
}

// compareYears are the years a compare benchmark steps back through
// (2024 to 2008, each a whole year of targets and results in a gen
// database).
const compareYears = 17

// BenchmarkViewsAtScale builds views on a big database (make one with
// `go run ./cmd/server gen -db /tmp/gen.db`, then run with
// MUBIAO_BENCH_DB=/tmp/gen.db). Each iteration asks for another region,
// so the page cache does not answer: this is the cost of building a page
// at two million figures, with the per-generation values (region tree,
// indicator coverage) already built, as on a running server.
func BenchmarkViewsAtScale(b *testing.B) {
	path := os.Getenv("MUBIAO_BENCH_DB")
	if path == "" {
		b.Skip("set MUBIAO_BENCH_DB to a database made by 'server gen'")
	}
	store, err := db.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	srv := NewServer(store, quietLog(), Config{})
	var counties, scopes, provinces []string
	rs, err := store.Regions(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range rs {
		switch {
		case r.Level == targets.LevelCounty && r.Figures > 0:
			counties = append(counties, r.Code)
		case r.Level == targets.LevelPrefecture:
			scopes = append(scopes, r.Code)
		case r.Level == targets.LevelProvince:
			provinces = append(provinces, r.Code)
		}
	}
	var headline []string
	for _, in := range targets.Indicators() {
		if in.Headline {
			headline = append(headline, in.Key)
		}
	}
	// A compare (and an indicator across a level) names its year too: there are fewer scopes than a run's
	// iterations (333 prefectures, 27 provinces), so each lap over them
	// takes the year before, and no iteration is a page the cache holds.
	views := []struct {
		name, path string
		codes      []string
	}{
		{"overview", "/?region=%s&year=2020", counties},
		{"indicator", "/indicators/gdp_growth?region=%s", counties},
		{"compare", "/compare?scope=%s&year=%d", scopes},
		{"compare_province", "/compare?scope=%s&year=%d", provinces},
		{"indicator_across", "/indicators/%s?year=%d&level=county", headline},
		{"export", "/export/figures.csv?region=%s", counties},
		{"api", "/api/figures?region=%s&per_page=1000", counties},
	}
	for _, v := range views {
		codes := v.codes
		b.Run(v.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				path := fmt.Sprintf(v.path, codes[i%len(codes)])
				if strings.HasPrefix(v.name, "compare") || v.name == "indicator_across" {
					path = fmt.Sprintf(v.path, codes[i%len(codes)], 2024-(i/len(codes))%compareYears)
				}
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s = %d", v.path, rec.Code)
				}
			}
		})
	}
}
