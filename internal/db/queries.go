package db

import (
	"context"
	"database/sql"
	"errors"

	"github.com/mubiao/mubiao/internal/targets"
)

// ErrNotFound is returned when a document, region or figure does not exist.
var ErrNotFound = errors.New("not found")

// Document returns one stored document.
func (d *DB) Document(ctx context.Context, id int64) (targets.StoredDocument, error) {
	var doc targets.StoredDocument
	var region, code sql.NullString
	var year sql.NullInt64
	err := d.sql.QueryRowContext(ctx, `SELECT d.id, d.title, r.name, r.code, d.report_year, d.source, d.encoding, d.text, d.extractor_version, d.ingested_at, d.sha256
		FROM documents d LEFT JOIN regions r ON r.id = d.region_id WHERE d.id = ?`, id).
		Scan(&doc.ID, &doc.Title, &region, &code, &year, &doc.Source, &doc.Encoding, &doc.Text, &doc.ExtractorVersion, &doc.IngestedAt, &doc.SHA256)
	if errors.Is(err, sql.ErrNoRows) {
		return doc, ErrNotFound
	}
	doc.Region, doc.RegionCode, doc.ReportYear = region.String, code.String, int(year.Int64)
	return doc, err
}

// Documents lists stored documents, newest report first, without their text.
func (d *DB) Documents(ctx context.Context) ([]targets.StoredDocument, error) {
	return d.DocumentPage(ctx, -1, 0)
}

// DocumentPage lists limit documents from offset (limit -1: all), latest
// report year first.
func (d *DB) DocumentPage(ctx context.Context, limit, offset int) ([]targets.StoredDocument, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT d.id, d.title, COALESCE(r.name, ''), COALESCE(r.code, ''), COALESCE(d.report_year, 0), d.source, d.ingested_at
		FROM documents d LEFT JOIN regions r ON r.id = d.region_id ORDER BY d.report_year DESC, d.id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []targets.StoredDocument
	for rows.Next() {
		var doc targets.StoredDocument
		if err := rows.Scan(&doc.ID, &doc.Title, &doc.Region, &doc.RegionCode, &doc.ReportYear, &doc.Source, &doc.IngestedAt); err != nil {
			return nil, err
		}
		out = append(out, doc)
	}
	return out, rows.Err()
}
