package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// A query in traditional characters is folded as documents are, and a
// hit opens its document at the passage, marked.
func TestSearchFoldsTraditionalAndOpensAtThePassage(t *testing.T) {
	s := seededStore(t)
	doc := mustOK(t, s, "/search?q="+url.QueryEscape("生產總值"))
	links := doc.Find(`[data-testid="document-results"] [data-testid="hit-link"]`)
	if links.Length() == 0 {
		t.Fatal("生產總值 finds no document")
	}
	href, _ := links.First().Attr("href")
	if !strings.HasPrefix(href, "/documents/") || !strings.HasSuffix(href, "#hit-1") || !strings.Contains(href, "q=") {
		t.Fatalf("hit links to %q, want the document at #hit-1 with the query", href)
	}
	page := mustOK(t, s, strings.TrimSuffix(href, "#hit-1"))
	first := page.Find(`#hit-1`)
	if first.Length() != 1 {
		t.Fatal("the document has no #hit-1 anchor")
	}
	if m := page.Find(`mark.hit#hit-1`); m.Length() == 1 && text(m) != "生产总值" {
		t.Errorf("first hit marks %q", text(m))
	}
	if got := text(page.Find(`[data-testid="hit-count"]`)); !strings.Contains(got, "生產總值") {
		t.Errorf("hit count = %q", got)
	}
	// The text is the document's own, character for character: nothing
	// lost or added by the marks and anchors.
	id, _ := strconv.ParseInt(strings.TrimPrefix(strings.Split(href, "?")[0], "/documents/"), 10, 64)
	stored, err := s.Document(context.Background(), id)
	if err != nil || text(page.Find(`[data-testid="doc-text"]`)) != strings.TrimSpace(stored.Text) {
		t.Errorf("the marked text differs from the document's (%v)", err)
	}
}

// 审核 is for reviewers: a visitor's navigation does not offer it.
func TestReviewIsNotInThePublicNav(t *testing.T) {
	s := freshStore(t)
	srv := NewServer(s, quietLog(), Config{})
	anon := newClient(t, srv)
	if _, doc := anon.get("/"); doc.Find(`[data-testid="nav-review"]`).Length() != 0 {
		t.Error("a visitor sees 审核 in the nav")
	}
	user := newClient(t, srv)
	user.login("wang", "correct horse battery")
	if _, doc := user.get("/"); doc.Find(`[data-testid="nav-review"]`).Length() != 1 {
		t.Error("a reviewer has no 审核 in the nav")
	}
}

// English pages speak English: units, bounds, the comparison's target
// line, list separators; Chinese is left only in names and quotes.
func TestEnglishPagesAreTranslated(t *testing.T) {
	s := seededStore(t)
	han := regexp.MustCompile(`\p{Han}`)
	ind := mustOK(t, s, "/indicators?lang=en")
	ind.Find(`[data-testid="indicators"] td`).Each(func(_ int, td *goquery.Selection) {
		if han.MatchString(td.Text()) {
			t.Errorf("indicator table cell %q is Chinese", text(td))
		}
	})
	reg := mustOK(t, s, "/regions/4302?lang=en")
	reg.Find(`[data-testid="region-matrix"] th[scope="row"] .quote`).Each(func(_ int, u *goquery.Selection) {
		if han.MatchString(u.Text()) {
			t.Errorf("unit %q is Chinese", text(u))
		}
	})
	cmp := mustOK(t, s, "/compare?scope=4302&year=2020&lang=en")
	cmp.Find(`[data-testid="compare-matrix"] td .quote`).Each(func(_ int, q *goquery.Selection) {
		if got := text(q); !strings.HasPrefix(got, "Target: ") || han.MatchString(got) {
			t.Errorf("compare target line %q", got)
		}
	})
	m := mustOK(t, s, "/methodology?lang=en")
	if strings.Contains(text(m.Find(".prose")), "、") {
		t.Error("English methodology lists with 、")
	}
	rec, doc := do(t, s, "/?year=abc&lang=en")
	if rec.Code != http.StatusBadRequest || han.MatchString(text(doc.Find(`[data-testid="error-message"]`))) {
		t.Errorf("English 400 = %d %q", rec.Code, text(doc.Find(`[data-testid="error-message"]`)))
	}
}
