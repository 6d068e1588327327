package pages

import (
	"context"
	"strings"

	"github.com/a-h/templ"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
)

// statusBadges renders each verdict's badge once per page and repeats
// it: a badge depends only on the page's language and the status, and a
// province's matrix shows five of them 2,400 times (a fifth of the
// page's render when each was a component of its own), as the cell
// tables of the indicator page show one a row.
type statusBadges struct {
	p    layout.Page
	html map[targets.Status]string
}

func newStatusBadges(p layout.Page) *statusBadges {
	return &statusBadges{p: p, html: map[targets.Status]string{}}
}

// of is a cell's verdict as CellStatus shows it. Only 未找到结果 with its
// report differs from cell to cell (it links to that report): it is
// rendered each time. The repeated text is templ's own escaped output.
func (b *statusBadges) of(c *Cell) templ.Component {
	if c.Status == targets.StatusNotFound && c.Later != nil {
		return CellStatus(b.p, c)
	}
	h, ok := b.html[c.Status]
	if !ok {
		var sb strings.Builder
		if err := StatusBadge(b.p, c.Status).Render(context.Background(), &sb); err != nil {
			return templ.Raw("", err)
		}
		h = sb.String()
		b.html[c.Status] = h
	}
	return templ.Raw(h)
}

// matrixCellClass is a matrix cell's classes: its verdict's colour, and
// the dashed frame of a cell with only a target.
func matrixCellClass(c *Cell) string {
	if c.Result == nil {
		return "num cell-" + string(c.Status) + " target-only"
	}
	return "num cell-" + string(c.Status)
}
