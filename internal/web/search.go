package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// maxQuery bounds a search query; a sentence is plenty.
const maxQuery = 100

// handleSearch searches documents (full text) and indicators and regions
// (by name, catalogue wordings included: 社零 finds 社会消费品零售总额).
func (s *Server) handleSearch(c echo.Context) error {
	ctx := c.Request().Context()
	q := strings.TrimSpace(c.QueryParam("q"))
	if utf8.RuneCountInString(q) > maxQuery {
		return badRequest("搜索词太长:最多 100 个字。", "The query is too long: 100 characters at most.")
	}
	st, err := sortParam(c, searchKeys, pages.Sort{}, "document-results")
	if err != nil {
		return err
	}
	p := page(c, "", "")
	p.Title = p.T("搜索", "Search")
	m := pages.Search{Page: p, Query: q, Sort: st}
	if q == "" {
		return render(c, http.StatusOK, pages.SearchPage(m))
	}
	// Documents are read folded to simplified characters; so is the query
	// (經濟 finds 经济). A document stored in traditional characters is
	// still found by the query as typed.
	folded := targets.ToSimplified(q)
	hits, err := s.store.SearchDocuments(ctx, folded, 50)
	if err != nil {
		return err
	}
	if folded != q {
		more, err := s.store.SearchDocuments(ctx, q, 50)
		if err != nil {
			return err
		}
		hits = append(hits, more...)
	}
	seen := map[int64]bool{}
	for _, h := range hits {
		if seen[h.DocumentID] {
			continue
		}
		seen[h.DocumentID] = true
		href := pages.DocumentURL(h.DocumentID) + pages.Query("q", q) + "#hit-1"
		m.Docs = append(m.Docs, pages.SearchDoc{ID: h.DocumentID, Title: h.Title, Region: h.Region, Year: h.Year,
			Snippet: snippetParts(h.Snippet), Href: href})
	}
	sortRows(m.Docs, st, searchKeys)
	q = folded // indicators and regions have simplified names
	sums, err := s.indicatorSums(ctx)
	if err != nil {
		return err
	}
	for _, sum := range sums {
		if indicatorMatches(sum.Key, q) {
			it := indicatorItem(p.Lang, sum.Key)
			it.Figures, it.Regions = sum.Figures, sum.Regions
			m.Indicators = append(m.Indicators, it)
		}
	}
	tree, err := s.tree(c)
	if err != nil {
		return err
	}
	tree.walk(func(r targets.RegionSummary, depth int) {
		if strings.Contains(r.Name, q) {
			m.Regions = append(m.Regions, crumb(r))
		}
	})
	return render(c, http.StatusOK, pages.SearchPage(m))
}

// searchKeys are the orders of the documents found (without: the store's
// own, the newest report first).
var searchKeys = map[string]sortKey[pages.SearchDoc]{
	"year":   {num: func(d pages.SearchDoc) (float64, bool) { return float64(d.Year), d.Year > 0 }},
	"region": {text: func(d pages.SearchDoc) string { return d.Region }},
	"title":  {text: func(d pages.SearchDoc) string { return d.Title }},
}

// indicatorMatches matches a query against an indicator's names, key and
// the wordings reports use for it, case-insensitively.
func indicatorMatches(key, q string) bool {
	in, _ := targets.LookupIndicator(key)
	lq := strings.ToLower(q)
	for _, s := range append([]string{in.Zh, in.En, key}, targets.Aliases(key)...) {
		if s != "" && strings.Contains(strings.ToLower(s), lq) {
			return true
		}
	}
	return false
}

// snippetParts splits a marked snippet into plain and matched runs, so
// the template escapes all of it and highlights the matches.
func snippetParts(s string) []pages.SnippetPart {
	var out []pages.SnippetPart
	for s != "" {
		i := strings.Index(s, db.MarkStart)
		if i < 0 {
			out = append(out, pages.SnippetPart{Text: s})
			break
		}
		if i > 0 {
			out = append(out, pages.SnippetPart{Text: s[:i]})
		}
		s = s[i+len(db.MarkStart):]
		j := strings.Index(s, db.MarkEnd)
		if j < 0 {
			j = len(s)
		}
		out = append(out, pages.SnippetPart{Text: s[:j], Hit: true})
		s = strings.TrimPrefix(s[j:], db.MarkEnd)
	}
	return out
}

// handleMethodology states the rules the status column follows, with the
// numbers taken from the code that applies them.
func (s *Server) handleMethodology(c echo.Context) error {
	p := page(c, "", "methodology")
	p.Title = p.T("方法说明", "Methodology")
	m := pages.Methodology{Page: p, ExtractorVersion: targets.Version, Statuses: targets.Statuses(),
		RateTolerance: trimFloat(targets.Tolerance(0, "%")), AmountTolerance: trimFloat(targets.Tolerance(100, "亿元")),
		LowConfidence: trimFloat(db.LowConfidence)}
	for _, in := range targets.Indicators() {
		if !in.HigherIsBetter {
			m.LowerIsBetter = append(m.LowerIsBetter, p.T(in.Zh, in.En))
		}
	}
	return render(c, http.StatusOK, pages.MethodologyPage(m))
}
