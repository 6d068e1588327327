package db

import (
	"context"
	"database/sql"
	"errors"

	"github.com/mubiao/mubiao/internal/targets"
)

// The figures of a region are counted from its region-years' tallies
// (kept on write with the cells), not over the figures table: that count
// took seconds at two million figures, and every page waited for it
// after each write.
const regionSummarySQL = `SELECT r.code, r.name, r.level, COALESCE(p.code, ''), COALESCE(p.name, ''),
		(SELECT COALESCE(SUM(t.figures), 0) FROM region_years t WHERE t.region_id = r.id)
	FROM regions r LEFT JOIN regions p ON p.id = r.parent_id`

// Regions lists every region the database knows, with its parent and how
// many figures it has; ancestors of a region with figures are there too,
// so the list forms a tree.
func (d *DB) Regions(ctx context.Context) ([]targets.RegionSummary, error) {
	rows, err := d.query(ctx, regionSummarySQL+` ORDER BY r.code`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.RegionSummary
	for rows.Next() {
		s, err := scanRegion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Region returns one region by code.
func (d *DB) Region(ctx context.Context, code string) (targets.RegionSummary, error) {
	s, err := scanRegion(d.queryRow(ctx, regionSummarySQL+` WHERE r.code = ?`, code))
	if errors.Is(err, sql.ErrNoRows) {
		return s, ErrNotFound
	}
	return s, err
}

func scanRegion(row interface{ Scan(...any) error }) (targets.RegionSummary, error) {
	var s targets.RegionSummary
	var level string
	err := row.Scan(&s.Code, &s.Name, &level, &s.ParentCode, &s.ParentName, &s.Figures)
	s.Level = targets.Level(level)
	return s, err
}

// Years lists the years a region has figures for, latest first (from
// the tallies kept with the cells).
func (d *DB) Years(ctx context.Context, region string) ([]int, error) {
	return queryColumn[int](ctx, d.sql, `SELECT t.year FROM region_years t JOIN regions r ON r.id = t.region_id
		WHERE r.code = ? ORDER BY t.year DESC`, region)
}

// AllYears lists every year with figures, latest first.
func (d *DB) AllYears(ctx context.Context) ([]int, error) {
	return queryColumn[int](ctx, d.sql, `SELECT DISTINCT year FROM region_years ORDER BY year DESC`)
}

// BestYear finds the year of a region with the most indicators that have
// both a target and a result; ErrNotFound when no year has a pair.
func (d *DB) BestYear(ctx context.Context, region string) (int, error) {
	var year int
	err := d.queryRow(ctx, `SELECT t.year FROM region_years t JOIN regions r ON r.id = t.region_id
		WHERE r.code = ? AND t.assessed > 0 ORDER BY t.assessed DESC, t.year DESC LIMIT 1`, region).Scan(&year)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return year, err
}

// BestPairing finds the region and year with the most indicators that have
// both a target and a result: the most telling default view. One row of
// an index, however many figures.
func (d *DB) BestPairing(ctx context.Context) (region string, year int, err error) {
	err = d.queryRow(ctx, `SELECT r.code, t.year FROM region_years t JOIN regions r ON r.id = t.region_id
		WHERE t.assessed > 0 ORDER BY t.assessed DESC, t.year DESC, t.region_id LIMIT 1`).Scan(&region, &year)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, ErrNotFound
	}
	return region, year, err
}
