package web

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// Each language throughout: the error page's <title> is Chinese on a
// Chinese page, and the figure page's English labels and values are
// English (target, not planned; 200 items, not a bare 200).
func TestErrorTitleAndFigureLabelsInThePageLanguage(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	for path, want := range map[string]string{"/no/such/page": "没有找到", "/no/such/page?lang=en": "Not Found"} {
		rec := httptestGet(srv, path)
		doc, err := goquery.NewDocumentFromReader(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		if title := doc.Find("title").Text(); !strings.Contains(title, want) {
			t.Errorf("%s: <title> %q, want %q in it", path, title, want)
		}
	}
	id := firstFigure(t, s)
	rec := httptestGet(srv, "/figures/"+itoa64(id)+"?lang=en")
	doc, err := goquery.NewDocumentFromReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	dl := doc.Find("dl").First().Text()
	for _, bad := range []string{"Kind", "planned", "reported"} {
		if strings.Contains(dl, bad) {
			t.Errorf("English figure page says %q: %q", bad, strings.Join(strings.Fields(dl), " "))
		}
	}
	if !strings.Contains(dl, "target") && !strings.Contains(dl, "result") {
		t.Errorf("English figure page names no type: %q", strings.Join(strings.Fields(dl), " "))
	}
}
