package web

import (
	"net/url"
	"sort"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/views/pages"
)

// Tables sort by URL parameters (?sort=gap&desc=1), so a sorted table is
// a link and sorts without script. Each view names the keys its table
// sorts by; an unknown key or a desc other than 0 or 1 is a 400 that
// lists the keys.

// sortKey is how one column sorts: by a number (ok false: no value) or,
// where num is nil, by text. Rows without a value go last either way:
// "—" is not the smallest gap.
type sortKey[T any] struct {
	num  func(T) (float64, bool)
	text func(T) string
}

// sortParam reads ?sort= and ?desc= against the keys a table sorts by;
// with no sort= the table's default order stands.
func sortParam[T any](c echo.Context, keys map[string]sortKey[T], def pages.Sort, anchor string) (pages.Sort, error) {
	return readSort(c, keyNames(keys), def, anchor)
}

// keyNames are the keys a table sorts by.
func keyNames[T any](keys map[string]sortKey[T]) map[string]bool {
	names := make(map[string]bool, len(keys))
	for n := range keys {
		names[n] = true
	}
	return names
}

// readSort reads ?sort= and ?desc= against the keys a view's tables sort
// by: a page with two tables (an indicator's years and its regions)
// sorts both by one key, each table by the keys it has.
func readSort(c echo.Context, keys map[string]bool, def pages.Sort, anchor string) (pages.Sort, error) {
	s := def
	s.Anchor = anchor
	s.Base = sortBase(c)
	if k := c.QueryParam("sort"); k != "" {
		if !keys[k] {
			names := make([]string, 0, len(keys))
			for n := range keys {
				names = append(names, n)
			}
			sort.Strings(names)
			list := strings.Join(names, ", ")
			return s, badRequest("sort 只能是这些列之一:"+list+"。", "sort must be one of: "+list+".")
		}
		s.Key, s.Desc, s.Asked = k, false, true
	}
	switch c.QueryParam("desc") {
	case "":
	case "1":
		s.Desc, s.Asked = true, true
	case "0":
		s.Desc, s.Asked = false, true
	default:
		return s, badRequest("desc 应是 1(从大到小)或 0(从小到大)。", "desc must be 1 (largest first) or 0 (smallest first).")
	}
	return s, nil
}

// sortBase is the request's URL without sort, desc and lang: what a
// header link adds its own order to.
func sortBase(c echo.Context) string {
	q := url.Values{}
	for k, vs := range c.Request().URL.Query() {
		if k == "sort" || k == "desc" || k == "lang" {
			continue
		}
		q[k] = vs
	}
	if len(q) == 0 {
		return c.Request().URL.Path
	}
	return c.Request().URL.Path + "?" + q.Encode()
}

// sortRows orders rows by the sort's key, stably, rows without a value
// last; an empty key leaves the rows as they are.
func sortRows[T any](rows []T, s pages.Sort, keys map[string]sortKey[T]) {
	k, ok := keys[s.Key]
	if !ok {
		return
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if k.num == nil {
			a, b := k.text(rows[i]), k.text(rows[j])
			if (a == "") != (b == "") {
				return b == ""
			}
			if s.Desc {
				return a > b
			}
			return a < b
		}
		a, aok := k.num(rows[i])
		b, bok := k.num(rows[j])
		if aok != bok {
			return aok
		}
		if s.Desc {
			return a > b
		}
		return a < b
	})
}

// sortedCopy is rows sorted as sortRows sorts them, in a new slice: a
// table takes the order asked while the chart drawn from the same rows
// keeps its own.
func sortedCopy[T any](rows []T, s pages.Sort, keys map[string]sortKey[T]) []T {
	out := append([]T(nil), rows...)
	sortRows(out, s, keys)
	return out
}
