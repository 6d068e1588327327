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

// snippetWidth is how many characters a snippet shows either side of
// the match.
const snippetWidth = 24

// SearchDocuments finds the documents whose title or text contains every
// whitespace-separated term of q, newest report first. The trigram index
// narrows the documents to those holding every trigram of the terms of
// three characters or more; each candidate is then checked against its
// own text (LIKE: ASCII letters in any case, as the index folds them),
// because the index records which documents hold a trigram, not where
// (migration 0013), so 产总值增长 is not found in a text that has 产总值
// and 值增长 apart. Terms under three characters (two-character words
// such as 就业 are common in Chinese) have no trigram and are found by
// the check alone; a query of only such terms scans every document, which
// is fine at the size of a document collection.
func (d *DB) SearchDocuments(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	terms := strings.Fields(q)
	if len(terms) == 0 {
		return nil, nil
	}
	// Documents newest first (documents_by_year), each tested against the
	// candidates the index gives, then against its text, until limit are
	// found: a common phrase stops after the newest few documents where
	// checking every candidate's text and sorting them read all of them.
	// The + keeps the planner from driving the query by the candidates'
	// ids instead.
	var where []string
	var args []any
	if m := trigramMatch(terms); m != "" {
		where = append(where, "+d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
		args = append(args, m)
	}
	for _, t := range terms {
		p := "%" + escapeLike(t) + "%"
		where = append(where, `(d.title LIKE ? ESCAPE '\' OR d.text LIKE ? ESCAPE '\')`)
		args = append(args, p, p)
	}
	// The matching ids first, then the text of only those shown.
	query := `SELECT d.id, d.title, COALESCE(r.name, ''), COALESCE(r.code, ''), COALESCE(d.report_year, 0), d.text
		FROM (SELECT d.id, d.report_year FROM documents d WHERE ` + strings.Join(where, " AND ") + `
			ORDER BY d.report_year DESC, d.id LIMIT ?) m
		JOIN documents d ON d.id = m.id LEFT JOIN regions r ON r.id = d.region_id
		ORDER BY m.report_year DESC, m.id`
	rows, err := d.sql.QueryContext(ctx, query, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SearchHit
	for rows.Next() {
		var h SearchHit
		var text string
		if err := rows.Scan(&h.DocumentID, &h.Title, &h.Region, &h.RegionCode, &h.Year, &text); err != nil {
			return nil, err
		}
		h.Snippet = snippetFor(text, terms, snippetWidth)
		out = append(out, h)
	}
	return out, rows.Err()
}

// trigramMatch is an FTS5 query for the documents holding every trigram
// of the terms of three characters or more, each trigram an FTS5 string
// (the user's quotes and operators are text, not syntax); "" when no
// term is that long.
func trigramMatch(terms []string) string {
	seen := map[string]bool{}
	var out []string
	for _, t := range terms {
		r := []rune(t)
		for i := 0; i+3 <= len(r); i++ {
			g := string(r[i : i+3])
			if !seen[g] {
				seen[g] = true
				out = append(out, `"`+strings.ReplaceAll(g, `"`, `""`)+`"`)
			}
		}
	}
	return strings.Join(out, " AND ")
}

// snippetFor cuts text to about width characters either side of the
// first place it holds one of the terms (in the query's order) and marks
// the text's own characters there. A document found by its title alone
// shows the start of its text, unmarked.
func snippetFor(text string, terms []string, width int) string {
	for _, t := range terms {
		if i := indexFoldASCII(text, t); i >= 0 {
			return snippetAt(text, i, i+len(t), width)
		}
	}
	if head := firstRunes(text, 2*width); len(head) < len(text) {
		return head + "…"
	}
	return text
}

// indexFoldASCII is strings.Index with ASCII letters matched in any case,
// as LIKE matches them. Folding only ASCII keeps every byte offset.
func indexFoldASCII(s, sub string) int {
	if i := strings.Index(s, sub); i >= 0 || !hasASCIILetter(sub) {
		return i
	}
	return strings.Index(lowerASCII(s), lowerASCII(sub))
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// snippetAt cuts text to width characters either side of text[i:j] and
// marks that part, as FTS5's snippet() did.
func snippetAt(text string, i, j, width int) string {
	b, a := i, j
	for n := 0; n < width && b > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:b])
		b -= size
	}
	for n := 0; n < width && a < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[a:])
		a += size
	}
	pre, post := "", ""
	if b > 0 {
		pre = "…"
	}
	if a < len(text) {
		post = "…"
	}
	return pre + text[b:i] + MarkStart + text[i:j] + MarkEnd + text[j:a] + post
}

// firstRunes is the first n characters of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
