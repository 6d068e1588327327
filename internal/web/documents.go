package web

import (
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// documentsPageSize bounds the list: a generated database has 64,000.
const documentsPageSize = 100

// documentKeys are the columns the list sorts by, in SQL (it is paged).
var documentKeys = func() map[string]bool {
	keys := map[string]bool{}
	for k := range db.DocumentOrders {
		keys[k] = true
	}
	return keys
}()

// handleDocuments lists the stored documents, a page at a time (?page=N),
// latest report year first or as ?sort=title|region|year|ingested&desc=1.
func (s *Server) handleDocuments(c echo.Context) error {
	n, err := intParam(c, "page", 1, 1, 1<<20)
	if err != nil {
		return err
	}
	st, err := readSort(c, documentKeys, pages.Sort{Key: "year", Desc: true}, "documents")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	total, err := s.store.CountDocuments(ctx)
	if err != nil {
		return err
	}
	path := "/documents" + pages.Query("sort", c.QueryParam("sort"), "desc", c.QueryParam("desc"))
	m := pages.Documents{Total: total, Pager: pager(path, n, total, documentsPageSize), Sort: st}
	if n > m.Pager.Pages {
		return errNotFound
	}
	if m.Docs, err = s.store.DocumentPageSorted(ctx, documentsPageSize, (n-1)*documentsPageSize, st.Key, st.Desc); err != nil {
		return err
	}
	m.Page = page(c, "", "documents")
	m.Page.Title = m.Page.T("文档", "Documents")
	return render(c, http.StatusOK, pages.DocumentsPage(m))
}

// pager numbers the pages of a list of total items at path?page=N.
func pager(path string, n, total, size int) pages.Pager {
	pg := pages.Pager{Page: n, Pages: max(1, (total+size-1)/size)}
	sep := "?" // a path can carry the list's order (?sort=title)
	if strings.Contains(path, "?") {
		sep = "&"
	}
	if n > 1 {
		pg.Prev = path + sep + "page=" + strconv.Itoa(n-1)
	}
	if n < pg.Pages {
		pg.Next = path + sep + "page=" + strconv.Itoa(n+1)
	}
	return pg
}

// handleDocument shows a document's text with its figures highlighted.
func (s *Server) handleDocument(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return errNotFound
	}
	ctx := c.Request().Context()
	doc, err := s.store.Document(ctx, id)
	if err != nil {
		return err
	}
	// Rejected figures stay visible here, struck through, so a reviewer
	// can find and reconsider them; charts and exports leave them out.
	figs, err := s.store.Figures(ctx, db.FigureFilter{Document: id, IncludeRejected: true})
	if err != nil {
		return err
	}
	p := page(c, doc.Title, "documents")
	m := pages.Document{Page: p, Doc: doc}
	for _, f := range figs {
		m.Figures = append(m.Figures, docFigure(p.Lang, f))
	}
	if p.User != "" {
		m.Choices = fieldChoices(p)
	}
	m.Segments = segments(doc.Text, m.Figures, figs)
	if m.Query = validQuery(c.QueryParam("q")); m.Query != "" {
		hits := hitRanges(doc.Text, m.Query, 200)
		m.Hits = len(hits)
		m.Segments = markHits(m.Segments, hits)
	}
	return render(c, http.StatusOK, pages.DocumentPage(m))
}

func indicatorName(lang, key string) string {
	in, ok := targets.LookupIndicator(key)
	if !ok {
		return key
	}
	if lang == "en" {
		return in.En
	}
	return in.Zh
}

func kindName(lang string, k targets.Kind) string {
	switch {
	case lang == "en" && k == targets.Planned:
		return "target"
	case lang == "en":
		return "result"
	case k == targets.Planned:
		return "目标"
	}
	return "实际"
}

// segments cuts the text into runs, marking each figure's quote. Quotes
// that overlap an earlier one are not marked twice; the figure table still
// links them.
func segments(text string, views []pages.DocFigure, figs []targets.Record) []pages.Segment {
	idx := make([]int, len(figs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return figs[idx[a]].Start < figs[idx[b]].Start })
	var out []pages.Segment
	pos := 0
	for _, i := range idx {
		f := figs[i]
		if f.End > len(text) || f.Start >= f.End {
			continue
		}
		if f.Start < pos {
			// Overlaps the quote just marked (two figures of one clause):
			// give it an anchor inside that mark so #fig-N still lands.
			if n := len(out); n > 0 && out[n-1].Figure != nil {
				out[n-1].Also = append(out[n-1].Also, f.ID)
			}
			continue
		}
		if f.Start > pos {
			out = append(out, pages.Segment{Text: text[pos:f.Start]})
		}
		v := views[i]
		out = append(out, pages.Segment{Text: text[f.Start:f.End], Figure: &v})
		pos = f.End
	}
	if pos < len(text) {
		out = append(out, pages.Segment{Text: text[pos:]})
	}
	return out
}
