package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
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
	var counties, scopes []string
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
		}
	}
	views := []struct{ name, path string }{
		{"overview", "/?region=%s&year=2020"},
		{"indicator", "/indicators/gdp_growth?region=%s"},
		{"compare", "/compare?scope=%s&year=2020"},
		{"export", "/export/figures.csv?region=%s"},
		{"api", "/api/figures?region=%s&per_page=1000"},
	}
	for _, v := range views {
		codes := counties
		if v.name == "compare" {
			codes = scopes
		}
		b.Run(v.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, fmt.Sprintf(v.path, codes[i%len(codes)]), nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s = %d", v.path, rec.Code)
				}
			}
		})
	}
}
