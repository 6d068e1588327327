package db

import (
	"context"
	"strings"
	"unicode/utf8"
)

// SearchHit is a document matching a search, with a snippet of the text
// around the match. The matched part of the snippet lies between the
// markers MarkStart and MarkEnd, which never occur in stored text, so the
// view can highlight it after escaping everything else.
type SearchHit struct {
	DocumentID int64
	Title      string
	Region     string
	RegionCode string
	Year       int
	Snippet    string
}

// Snippet markers: private-use code points.
const (
	MarkStart = "\ue000"
	MarkEnd   = "\ue001"
)

// SearchDocuments finds documents containing q. Three characters or more
// use the FTS5 trigram index; shorter queries (two-character words such as
// 就业 are common in Chinese) scan with LIKE, which is fine at the size of
// a document collection.
func (d *DB) SearchDocuments(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return nil, nil
	}
	cols := `SELECT d.id, d.title, COALESCE(r.name, ''), COALESCE(r.code, ''), COALESCE(d.report_year, 0)`
	var query string
	var args []any
	if utf8.RuneCountInString(q) >= 3 {
		// Each whitespace-separated term as an FTS5 string, so the user's
		// quotes and operators are text, not syntax.
		var terms []string
		for _, t := range strings.Fields(q) {
			if utf8.RuneCountInString(t) >= 3 {
				terms = append(terms, `"`+strings.ReplaceAll(t, `"`, `""`)+`"`)
			}
		}
		if len(terms) > 0 {
			query = cols + `, snippet(documents_fts, 1, ?, ?, '…', 24) FROM documents_fts
				JOIN documents d ON d.id = documents_fts.rowid LEFT JOIN regions r ON r.id = d.region_id
				WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`
			args = []any{MarkStart, MarkEnd, strings.Join(terms, " "), limit}
		}
	}
	if query == "" {
		pattern := "%" + escapeLike(q) + "%"
		query = cols + `, d.text FROM documents d LEFT JOIN regions r ON r.id = d.region_id
			WHERE d.text LIKE ? ESCAPE '\' OR d.title LIKE ? ESCAPE '\' ORDER BY d.report_year DESC, d.id LIMIT ?`
		args = []any{pattern, pattern, limit}
	}
	rows, err := d.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.DocumentID, &h.Title, &h.Region, &h.RegionCode, &h.Year, &h.Snippet); err != nil {
			return nil, err
		}
		if !strings.Contains(h.Snippet, MarkStart) {
			h.Snippet = snippetAround(h.Snippet, q, 24)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// snippetAround cuts text to about width runes either side of the first
// occurrence of q and marks it, as FTS5's snippet() does.
func snippetAround(text, q string, width int) string {
	i := strings.Index(text, q)
	if i < 0 {
		r := []rune(text)
		if len(r) > 2*width {
			return string(r[:2*width]) + "…"
		}
		return text
	}
	before, after := []rune(text[:i]), []rune(text[i+len(q):])
	pre, post := "", ""
	if len(before) > width {
		before, pre = before[len(before)-width:], "…"
	}
	if len(after) > width {
		after, post = after[:width], "…"
	}
	return pre + string(before) + MarkStart + q + MarkEnd + string(after) + post
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
