package web

import (
	"context"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// Interim (issue 17): 未找到结果 is computed here, from the reports of a
// region that review a year, until the cell model computed on write
// (issue 15) carries not_found and its report. Then laterIndex,
// s.laterReports and db.LaterReports go, and cellView reads the cell's
// own report link instead of later.doc.

// laterIndex is, per region and year, the first stored report of the
// region that states results for that year.
type laterIndex map[string]map[int]pages.DocLink

func (s *Server) laterReports(ctx context.Context) (laterIndex, error) {
	return s.data.later.get(ctx, s.store, func(ctx context.Context) (laterIndex, error) {
		ls, err := s.store.LaterReports(ctx)
		if err != nil {
			return nil, err
		}
		idx := laterIndex{}
		for _, l := range ls {
			if idx[l.RegionCode] == nil {
				idx[l.RegionCode] = map[int]pages.DocLink{}
			}
			idx[l.RegionCode][l.Year] = pages.DocLink{ID: l.DocumentID, Title: l.Title}
		}
		return idx, nil
	})
}

// doc is the report that should have stated a pending cell's result.
func (l laterIndex) doc(c targets.Cell) (pages.DocLink, bool) {
	d, ok := l[c.RegionCode][c.Year]
	return d, ok
}

// judge turns 待公布 into 未找到结果 where a report reviewing the cell's
// year is stored: the government published, the reading missed it.
func (l laterIndex) judge(cells []targets.Cell) []targets.Cell {
	for i, c := range cells {
		if c.Status == targets.StatusPending {
			if _, ok := l.doc(c); ok {
				cells[i].Status = targets.StatusNotFound
			}
		}
	}
	return cells
}

// status is one cell's verdict with not_found applied.
func (l laterIndex) status(c targets.Cell) targets.Status {
	if c.Status == targets.StatusPending {
		if _, ok := l.doc(c); ok {
			return targets.StatusNotFound
		}
	}
	return c.Status
}
