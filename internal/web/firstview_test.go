package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// firstViewBudget is issue 15's goal for the first chart view: `/` on the
// seeds with everything it links, as Chromium asks for it.
const firstViewBudget = 150_000

// The first chart view transfers at most 150,000 bytes of bodies: the
// page and each stylesheet, script and icon it links, fetched as Chromium
// fetches them (Accept-Encoding: gzip, deflate, br). `go test
// ./internal/web -run TestFirstViewBytes -v` lists each body's bytes.
func TestFirstViewBytes(t *testing.T) {
	srv := NewServer(seededStore(t), quietLog(), Config{})
	const chromium = "gzip, deflate, br"
	fetch(srv, "/", chromium) // the page as a reader finds it: built, then cached
	page := fetch(srv, "/", chromium)
	if page.Code != http.StatusOK {
		t.Fatalf("/: %d", page.Code)
	}
	plain := fetch(srv, "/", "")
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(plain.Body.String()))
	if err != nil {
		t.Fatal(err)
	}
	total := page.Body.Len()
	t.Logf("%8d  / (%s; %d plain)", page.Body.Len(), page.Header().Get("Content-Encoding"), plain.Body.Len())
	var linked []string
	doc.Find(`link[href^="/static/"], script[src^="/static/"]`).Each(func(_ int, s *goquery.Selection) {
		linked = append(linked, s.AttrOr("href", s.AttrOr("src", "")))
	})
	if len(linked) < 4 {
		t.Fatalf("the page links %q: want its stylesheet, icon, echarts and charts.js", linked)
	}
	for _, u := range linked {
		rec := fetch(srv, u, chromium)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", u, rec.Code)
		}
		total += rec.Body.Len()
		t.Logf("%8d  %s (%s)", rec.Body.Len(), u, rec.Header().Get("Content-Encoding"))
	}
	t.Logf("%8d  in all", total)
	if total > firstViewBudget {
		t.Errorf("the first view is %d bytes on the wire, over the budget of %d", total, firstViewBudget)
	}
}
