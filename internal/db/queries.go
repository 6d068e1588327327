package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
)

// ErrNotFound is returned when a document, region or figure does not exist.
var ErrNotFound = errors.New("not found")

// FigureFilter narrows a figure query; zero fields match everything.
type FigureFilter struct {
	Region    string // region name
	Year      int
	Indicator string
	Kind      targets.Kind
	Document  int64
}

const figureColumns = `f.id, f.document_id, d.title, r.name, r.code, f.year, f.period, f.kind, f.indicator, f.value, f.unit, f.cmp,
	f.preliminary, f.value_text, f.quote, f.start_byte, f.end_byte, f.confidence, f.review_status`

// Figures returns the figures matching a filter, rejected ones excluded,
// in document order.
func (d *DB) Figures(ctx context.Context, fl FigureFilter) ([]targets.Record, error) {
	var where []string
	var args []any
	where = append(where, "f.review_status != 'rejected'")
	if fl.Region != "" {
		where = append(where, "r.name = ?")
		args = append(args, fl.Region)
	}
	if fl.Year != 0 {
		where = append(where, "f.year = ?")
		args = append(args, fl.Year)
	}
	if fl.Indicator != "" {
		where = append(where, "f.indicator = ?")
		args = append(args, fl.Indicator)
	}
	if fl.Kind != "" {
		where = append(where, "f.kind = ?")
		args = append(args, string(fl.Kind))
	}
	if fl.Document != 0 {
		where = append(where, "f.document_id = ?")
		args = append(args, fl.Document)
	}
	q := `SELECT ` + figureColumns + ` FROM figures f
		JOIN documents d ON d.id = f.document_id
		JOIN regions r ON r.id = f.region_id
		WHERE ` + strings.Join(where, " AND ") + ` ORDER BY f.document_id, f.start_byte, f.id`
	rows, err := d.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.Record
	for rows.Next() {
		rec, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, rows.Err()
}

func scanRecord(rows *sql.Rows) (targets.Record, error) {
	var r targets.Record
	var kind, cmp string
	err := rows.Scan(&r.ID, &r.DocumentID, &r.DocumentTitle, &r.Region, &r.RegionCode, &r.Year, &r.Period, &kind, &r.Indicator,
		&r.Value, &r.Unit, &cmp, &r.Preliminary, &r.ValueText, &r.Quote, &r.Start, &r.End, &r.Confidence, &r.ReviewStatus)
	r.Kind, r.Cmp = targets.Kind(kind), targets.Comparator(cmp)
	return r, err
}

// Document returns one stored document.
func (d *DB) Document(ctx context.Context, id int64) (targets.StoredDocument, error) {
	var doc targets.StoredDocument
	var region sql.NullString
	var year sql.NullInt64
	err := d.sql.QueryRowContext(ctx, `SELECT d.id, d.title, r.name, d.report_year, d.source, d.encoding, d.text, d.extractor_version, d.ingested_at, d.sha256
		FROM documents d LEFT JOIN regions r ON r.id = d.region_id WHERE d.id = ?`, id).
		Scan(&doc.ID, &doc.Title, &region, &year, &doc.Source, &doc.Encoding, &doc.Text, &doc.ExtractorVersion, &doc.IngestedAt, &doc.SHA256)
	if errors.Is(err, sql.ErrNoRows) {
		return doc, ErrNotFound
	}
	doc.Region, doc.ReportYear = region.String, int(year.Int64)
	return doc, err
}

// Documents lists stored documents, newest report first, without their text.
func (d *DB) Documents(ctx context.Context) ([]targets.StoredDocument, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT d.id, d.title, COALESCE(r.name, ''), COALESCE(d.report_year, 0), d.source, d.ingested_at
		FROM documents d LEFT JOIN regions r ON r.id = d.region_id ORDER BY d.report_year DESC, d.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.StoredDocument
	for rows.Next() {
		var doc targets.StoredDocument
		if err := rows.Scan(&doc.ID, &doc.Title, &doc.Region, &doc.ReportYear, &doc.Source, &doc.IngestedAt); err != nil {
			return nil, err
		}
		out = append(out, doc)
	}
	return out, rows.Err()
}

// RegionsWithFigures lists the regions that have figures, with counts,
// largest first.
func (d *DB) RegionsWithFigures(ctx context.Context) ([]targets.RegionSummary, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT r.code, r.name, r.level, COALESCE(p.code, ''), COALESCE(p.name, ''), COUNT(f.id)
		FROM regions r JOIN figures f ON f.region_id = r.id AND f.review_status != 'rejected'
		LEFT JOIN regions p ON p.id = r.parent_id
		GROUP BY r.id ORDER BY COUNT(f.id) DESC, r.code`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.RegionSummary
	for rows.Next() {
		var s targets.RegionSummary
		var level string
		if err := rows.Scan(&s.Code, &s.Name, &level, &s.ParentCode, &s.ParentName, &s.Figures); err != nil {
			return nil, err
		}
		s.Level = targets.Level(level)
		out = append(out, s)
	}
	return out, rows.Err()
}

// Years lists the years a region has figures for, latest first.
func (d *DB) Years(ctx context.Context, region string) ([]int, error) {
	return queryColumn[int](ctx, d.sql, `SELECT DISTINCT f.year FROM figures f JOIN regions r ON r.id = f.region_id
		WHERE r.name = ? AND f.review_status != 'rejected' ORDER BY f.year DESC`, region)
}

// BestYear finds the year of a region with the most indicators that have
// both a target and a result; ErrNotFound when no year has a pair.
func (d *DB) BestYear(ctx context.Context, region string) (int, error) {
	var year int
	err := d.sql.QueryRowContext(ctx, `SELECT p.year FROM figures p
		JOIN figures o ON o.region_id = p.region_id AND o.year = p.year AND o.indicator = p.indicator AND o.period = p.period
			AND o.kind = 'reported' AND o.review_status != 'rejected'
		JOIN regions r ON r.id = p.region_id
		WHERE r.name = ? AND p.kind = 'planned' AND p.review_status != 'rejected' AND p.period = ''
		GROUP BY p.year ORDER BY COUNT(DISTINCT p.indicator) DESC, p.year DESC LIMIT 1`, region).Scan(&year)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return year, err
}

// BestPairing finds the region and year with the most indicators that have
// both a target and a result: the most telling default view.
func (d *DB) BestPairing(ctx context.Context) (region string, year int, err error) {
	err = d.sql.QueryRowContext(ctx, `SELECT r.name, p.year FROM figures p
		JOIN figures o ON o.region_id = p.region_id AND o.year = p.year AND o.indicator = p.indicator AND o.period = p.period
			AND o.kind = 'reported' AND o.review_status != 'rejected'
		JOIN regions r ON r.id = p.region_id
		WHERE p.kind = 'planned' AND p.review_status != 'rejected' AND p.period = ''
		GROUP BY p.region_id, p.year ORDER BY COUNT(DISTINCT p.indicator) DESC, p.year DESC LIMIT 1`).Scan(&region, &year)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, ErrNotFound
	}
	return region, year, err
}
