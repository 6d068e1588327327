package db

import "context"

// LaterReport is a stored report of a region whose review covers a year:
// it states results of the region for that year. A target of that year
// with no result of its own is then 未找到结果 (not found in that report),
// not 待公布 (not yet published).
//
// Interim (issue 17): the cell model computed on write (issue 15) will
// carry not_found and the report itself; this query and its callers in
// internal/web/notfound.go go when it lands.
type LaterReport struct {
	RegionCode string
	Year       int // the year the report reviews
	DocumentID int64
	Title      string
}

// LaterReports lists, for every region and year, the stored report of
// the region (the document's own region) that states the most results
// of that region for that year: its review of the year.
func (d *DB) LaterReports(ctx context.Context) ([]LaterReport, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT r.code, l.year, l.doc, d.title FROM (
			SELECT f.region_id, f.year, f.document_id AS doc,
				ROW_NUMBER() OVER (PARTITION BY f.region_id, f.year ORDER BY COUNT(*) DESC, f.document_id) AS rank
			FROM figures f
			JOIN documents d ON d.id = f.document_id AND d.region_id = f.region_id
			WHERE f.kind = 'reported' AND f.period = '' AND f.review_status != 'rejected'
			GROUP BY f.region_id, f.year, f.document_id) l
		JOIN regions r ON r.id = l.region_id
		JOIN documents d ON d.id = l.doc
		WHERE l.rank = 1
		ORDER BY r.code, l.year`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LaterReport
	for rows.Next() {
		var l LaterReport
		if err := rows.Scan(&l.RegionCode, &l.Year, &l.DocumentID, &l.Title); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
