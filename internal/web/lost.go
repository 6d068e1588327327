package web

import (
	"net/http"
	"sort"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/mubiao/mubiao/views/pages"
)

// said is a message for a person in both languages; the error page picks
// the page's, the API and exports (machines) take the English.
type said struct{ zh, en string }

func (m said) String() string { return m.en }

// badRequest is a 400 that says what was wrong in the page's language.
func badRequest(zh, en string) error {
	return echo.NewHTTPError(http.StatusBadRequest, said{zh, en})
}

// lostError is a view asked for a region or year that is not there. It
// is still a 404, but the page lists what exists instead: close region
// names and the years with data, each a link to the same view.
type lostError struct {
	msg     said
	regions []pages.Suggestion
	years   []pages.Suggestion
}

func (e *lostError) Error() string { return e.msg.en }

// viewLink is a view's URL with one region or year: how a suggestion
// keeps the rest of what was asked.
type viewLink func(region string, year int) string

// unknownRegion is the error for ?region=v that names no region: the
// regions whose names are close, or the biggest ones when none is.
func unknownRegion(tree *regionTree, v string, link viewLink) error {
	e := &lostError{msg: said{"没有找到地区“" + v + "”。", "No region called “" + v + "”."}}
	close := tree.similar(v, 12)
	if len(close) == 0 {
		for _, c := range tree.roots {
			close = append(close, tree.byCode[c])
			for _, ch := range tree.children[c] {
				close = append(close, tree.byCode[ch])
			}
		}
	}
	for _, r := range close {
		e.regions = append(e.regions, pages.Suggestion{Label: r.Name, Level: r.Level, Href: link(r.Code, 0)})
	}
	return e
}

// nearestYear is the year of years closest to want, the later on a tie;
// 0 when there are none.
func nearestYear(years []int, want int) int {
	best := 0
	for _, y := range years {
		d, bd := abs(y-want), abs(best-want)
		if best == 0 || d < bd || d == bd && y > best {
			best = y
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// yearNotice says that the view shows another year than the one asked.
func yearNotice(lang, what string, asked, shown int) string {
	if lang == "en" {
		return what + " has no figures for " + strconv.Itoa(asked) + ": showing " + strconv.Itoa(shown) + ", the nearest year with data."
	}
	return what + "没有" + strconv.Itoa(asked) + "年的数据,显示的是最近的有数据年份:" + strconv.Itoa(shown) + "年。"
}

// noYears is the error for a view with no year of data at all.
func noYears(what said, years []int, link viewLink) error {
	e := &lostError{msg: what}
	sorted := append([]int(nil), years...)
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	for _, y := range sorted {
		e.years = append(e.years, pages.Suggestion{Label: strconv.Itoa(y), Href: link("", y)})
	}
	return e
}
