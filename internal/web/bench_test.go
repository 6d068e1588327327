package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
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
