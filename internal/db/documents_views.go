package db

import (
	"context"
	"fmt"

	"github.com/mubiao/mubiao/internal/targets"
)

// DocumentOrders are the orders the 文档 list sorts by (?sort=KEY&desc=1),
// each a fixed SQL ordering: a key is never written into SQL itself. Rows
// without the value (no region, no year) go last either way, as in the
// views' tables; the id breaks ties so pages do not overlap.
var DocumentOrders = map[string][2]string{
	"title":    {"d.title ASC, d.id ASC", "d.title DESC, d.id DESC"},
	"region":   {"(r.code IS NULL), r.code ASC, d.report_year DESC, d.id ASC", "(r.code IS NULL), r.code DESC, d.report_year DESC, d.id ASC"},
	"year":     {"(d.report_year IS NULL OR d.report_year = 0), d.report_year ASC, d.id ASC", "(d.report_year IS NULL OR d.report_year = 0), d.report_year DESC, d.id ASC"},
	"ingested": {"d.id ASC", "d.id DESC"},
}

// DocumentPageSorted lists limit documents from offset in one of
// DocumentOrders, without their text.
func (d *DB) DocumentPageSorted(ctx context.Context, limit, offset int, key string, desc bool) ([]targets.StoredDocument, error) {
	orders, ok := DocumentOrders[key]
	if !ok {
		return nil, fmt.Errorf("documents: no order %q", key)
	}
	order := orders[0]
	if desc {
		order = orders[1]
	}
	rows, err := d.sql.QueryContext(ctx, `SELECT d.id, d.title, COALESCE(r.name, ''), COALESCE(r.code, ''), COALESCE(d.report_year, 0), d.source, d.ingested_at
		FROM documents d LEFT JOIN regions r ON r.id = d.region_id ORDER BY `+order+` LIMIT ? OFFSET ?`, limit, offset)
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
