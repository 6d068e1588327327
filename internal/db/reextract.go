package db

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/mubiao/mubiao/internal/targets"
)

// ReextractResult says what Reextract did.
type ReextractResult struct {
	Documents int // re-read with the current extractor
	Figures   int // figures the extractor now reads in them
	Carried   int // reviewed figures kept, their decisions standing
}

// Reextract re-reads every document stored by an older extractor version
// (every document with all), one transaction per document, so the
// figures shown are the current extractor's. Human decisions carry over:
// see reextractOne.
func (d *DB) Reextract(ctx context.Context, all bool) (ReextractResult, error) {
	var res ReextractResult
	// Generated documents (server gen) were never extracted: their
	// figures are the data, so there is nothing to re-read.
	q, args := `SELECT id FROM documents WHERE extractor_version NOT IN (?, ?) ORDER BY id`, []any{targets.Version, genVersion}
	if all {
		q, args = `SELECT id FROM documents WHERE extractor_version != ? ORDER BY id`, []any{genVersion}
	}
	ids, err := queryColumn[int64](ctx, d.sql, q, args...)
	if err != nil {
		return res, err
	}
	for _, id := range ids {
		n, carried, err := d.reextractOne(ctx, id)
		if err != nil {
			return res, fmt.Errorf("re-extract document %d: %w", id, err)
		}
		res.Documents++
		res.Figures += n
		res.Carried += carried
	}
	return res, nil
}

// keptFigure is a reviewed figure's place and what the extractor first
// said it was.
type keptFigure struct {
	start, end int
	indicator  string
	matched    bool
}

// reextractOne replaces a document's unreviewed figures with what the
// current extractor reads. Reviewed figures (confirmed, corrected,
// rejected, added by a person) stay as they are, and each takes the place
// of the one new figure it stands for — the same indicator as first
// extracted, over the same bytes (exactly, or else overlapping) — so a
// rejected figure is not read back in and a correction is not undone.
func (d *DB) reextractOne(ctx context.Context, id int64) (int, int, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	var text string
	if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text); err != nil {
		return 0, 0, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT start_byte, end_byte, COALESCE(extracted_indicator, indicator) FROM figures
		WHERE document_id = ? AND review_status != 'unreviewed'`, id)
	if err != nil {
		return 0, 0, err
	}
	var kept []*keptFigure
	for rows.Next() {
		k := &keptFigure{}
		if err := rows.Scan(&k.start, &k.end, &k.indicator); err != nil {
			rows.Close()
			return 0, 0, err
		}
		kept = append(kept, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	a := targets.Analyze(text)
	if a.Err != nil {
		return 0, 0, a.Err // the document keeps the figures it has
	}
	var fresh []targets.Figure
	for _, f := range a.Figures {
		if k := standsFor(kept, f); k != nil {
			k.matched = true
			continue
		}
		fresh = append(fresh, f)
	}
	// The cells of the figures going, of those coming, and of the year
	// the document reviews, before and after; and of the reviewed ones
	// kept, whose cells show the document's title and report year
	// (cell_shows), which this may change.
	t := touched{}
	if err := t.addFigures(ctx, tx, `f.document_id = ?`, id); err != nil {
		return 0, 0, err
	}
	var region, year sql.NullInt64
	var regionCode sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT d.region_id, d.report_year, r.code FROM documents d LEFT JOIN regions r ON r.id = d.region_id WHERE d.id = ?`, id).Scan(&region, &year, &regionCode); err != nil {
		return 0, 0, err
	}
	t.addDocument(region.Int64, int(year.Int64))
	if _, err := tx.ExecContext(ctx, `DELETE FROM figures WHERE document_id = ? AND review_status = 'unreviewed'`, id); err != nil {
		return 0, 0, err
	}
	if err := insertFigures(ctx, tx, id, fresh, newRegionIDs(titledRegionCode(a, regionCode.String)), t); err != nil {
		return 0, 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET extractor_version = ?, report_year = COALESCE(?, report_year) WHERE id = ?`,
		targets.Version, nullInt(a.Year()), id); err != nil {
		return 0, 0, err
	}
	// The title only when it changed: setting it rewrites the document's
	// full-text entry (the update trigger).
	if title := a.Title(); title != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET title = ? WHERE id = ? AND title != ?`, title, id, title); err != nil {
			return 0, 0, err
		}
	}
	if a.Year() != 0 {
		t.addDocument(region.Int64, a.Year())
	}
	if err := refreshCells(ctx, tx, t); err != nil {
		return 0, 0, err
	}
	return len(fresh) + len(kept), len(kept), tx.Commit()
}

// standsFor is the unmatched reviewed figure a new figure is a reading
// of: same indicator, same span, else an overlapping one.
func standsFor(kept []*keptFigure, f targets.Figure) *keptFigure {
	var overlap *keptFigure
	for _, k := range kept {
		if k.matched || k.indicator != f.Indicator {
			continue
		}
		if k.start == f.Start && k.end == f.End {
			return k
		}
		if overlap == nil && k.start < f.End && f.Start < k.end {
			overlap = k
		}
	}
	return overlap
}
