package pages

import (
	"net/url"
	"strings"
)

// Sort is how a table is sorted, read from ?sort=KEY&desc=1: a sorted
// view is a link, and works without script. Base is the view's URL
// without sort and desc (and without lang, which Page.Link adds), Anchor
// the table's id, so a header link lands back on the table.
type Sort struct {
	Key    string
	Desc   bool
	Base   string
	Anchor string
	Asked  bool // the URL asked for this order (not the table's default)
}

// Href is the link a column header carries: the same column again
// reverses the order; another column starts in its natural order (desc
// for numbers, where the largest comes first).
func (s Sort) Href(key string, descFirst bool) string {
	desc := descFirst
	if s.Key == key {
		desc = !s.Desc
	}
	u, q := s.Base, url.Values{}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		q, _ = url.ParseQuery(u[i+1:])
		u = u[:i]
	}
	q.Set("sort", key)
	if desc {
		q.Set("desc", "1")
	} else {
		q.Del("desc")
	}
	h := u + "?" + q.Encode()
	if s.Anchor != "" {
		h += "#" + s.Anchor
	}
	return h
}

// AriaSort is a header's aria-sort: ascending, descending or none.
func (s Sort) AriaSort(key string) string {
	switch {
	case s.Key != key:
		return "none"
	case s.Desc:
		return "descending"
	}
	return "ascending"
}

// Arrow marks the sorted column: ▼ largest first, ▲ smallest first.
func (s Sort) Arrow(key string) string {
	switch {
	case s.Key != key:
		return ""
	case s.Desc:
		return " ▼"
	}
	return " ▲"
}

// descParam is the desc= an export link carries for a sort asked for.
func descParam(s Sort) string {
	if s.Key != "" && s.Desc {
		return "1"
	}
	return ""
}

// SortChoice is one order a list offers.
type SortChoice struct {
	Key, Label string
	DescFirst  bool
}

// choiceHref is the link to one order of a list: the list's own order
// is its URL without sort.
func choiceHref(s Sort, ch SortChoice) string {
	if ch.Key == "" {
		h := s.Base
		if s.Anchor != "" {
			h += "#" + s.Anchor
		}
		return h
	}
	return Sort{Base: s.Base, Anchor: s.Anchor}.Href(ch.Key, ch.DescFirst)
}

// withSort is a view's query with the order asked for added (?a=1 →
// ?a=1&sort=gap&desc=1), for an export link to keep it; the default
// order adds nothing.
func withSort(query string, s Sort) string {
	if s.Key == "" || !s.Asked {
		return query
	}
	add := "sort=" + url.QueryEscape(s.Key)
	if s.Desc {
		add += "&desc=1"
	}
	if query == "" {
		return "?" + add
	}
	return query + "&" + add
}
