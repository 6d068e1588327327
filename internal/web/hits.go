package web

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// A search hit opens its document at the passage: the link carries the
// query (/documents/12?q=就业#hit-1) and the document page marks every
// place the query occurs, numbered, so the browser scrolls to the first.

// hitRanges finds the byte ranges of text where q occurs, both folded to
// simplified characters (a query in 繁體 finds 简体 text and the other way
// round), case-insensitively for Latin letters.
func hitRanges(text, q string, limit int) [][2]int {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	fq := []rune(strings.ToLower(targets.ToSimplified(q)))
	// The folded text, rune for rune, with each rune's byte offset.
	var folded []rune
	var at []int
	for i, r := range text {
		folded = append(folded, []rune(strings.ToLower(targets.ToSimplified(string(r))))[0])
		at = append(at, i)
	}
	at = append(at, len(text))
	var out [][2]int
	for i := 0; i+len(fq) <= len(folded) && len(out) < limit; i++ {
		match := true
		for j, r := range fq {
			if folded[i+j] != r {
				match = false
				break
			}
		}
		if match {
			out = append(out, [2]int{at[i], at[i+len(fq)]})
			i += len(fq) - 1
		}
	}
	return out
}

// markHits splits a document's runs at the hits: a hit in plain text
// becomes a run of its own with an anchor; one inside a highlighted
// figure puts the anchor inside that figure's mark.
func markHits(segs []pages.Segment, hits [][2]int) []pages.Segment {
	if len(hits) == 0 {
		return segs
	}
	var out []pages.Segment
	pos, h := 0, 0
	for _, s := range segs {
		end := pos + len(s.Text)
		if s.Figure != nil {
			for h < len(hits) && hits[h][0] < end {
				s.Hits = append(s.Hits, "hit-"+strconv.Itoa(h+1))
				h++
			}
			out = append(out, s)
			pos = end
			continue
		}
		cur := pos
		for h < len(hits) && hits[h][0] < end {
			from, to := max(hits[h][0], cur), min(hits[h][1], end)
			if from > cur {
				out = append(out, pages.Segment{Text: s.Text[cur-pos : from-pos]})
			}
			out = append(out, pages.Segment{Text: s.Text[from-pos : to-pos], Hit: "hit-" + strconv.Itoa(h+1)})
			cur = to
			if hits[h][1] > end {
				break // the hit runs on into the next run
			}
			h++
		}
		if cur < end {
			out = append(out, pages.Segment{Text: s.Text[cur-pos:]})
		}
		pos = end
	}
	return out
}

// validQuery bounds a query kept in a link.
func validQuery(q string) string {
	q = strings.TrimSpace(q)
	if utf8.RuneCountInString(q) > maxQuery {
		return ""
	}
	return q
}
