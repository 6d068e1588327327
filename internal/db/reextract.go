package db

import (
	"context"
	"fmt"

	"github.com/mubiao/mubiao/internal/targets"
)

// ReextractResult says what Reextract did.
type ReextractResult struct {
	Documents int // re-read with the current extractor
	Figures   int // figures they now hold
	Kept      int // documents left alone because a person reviewed their figures
}

// Reextract re-reads every document stored by an older extractor version,
// one transaction per document, so the figures shown are always the
// current extractor's. A document with reviewed figures is left as it is:
// carrying human decisions over to new figures is the review workflow's job.
func (d *DB) Reextract(ctx context.Context) (ReextractResult, error) {
	var res ReextractResult
	rows, err := d.sql.QueryContext(ctx, `SELECT id FROM documents WHERE extractor_version != ? ORDER BY id`, targets.Version)
	if err != nil {
		return res, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return res, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return res, err
	}
	for _, id := range ids {
		n, kept, err := d.reextractOne(ctx, id)
		if err != nil {
			return res, fmt.Errorf("re-extract document %d: %w", id, err)
		}
		if kept {
			res.Kept++
			continue
		}
		res.Documents++
		res.Figures += n
	}
	return res, nil
}

func (d *DB) reextractOne(ctx context.Context, id int64) (int, bool, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	var reviewed int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM figures WHERE document_id = ? AND review_status != 'unreviewed'`, id).Scan(&reviewed); err != nil {
		return 0, false, err
	}
	if reviewed > 0 {
		return 0, true, nil
	}
	var text string
	if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text); err != nil {
		return 0, false, err
	}
	a := targets.Analyze(text)
	if _, err := tx.ExecContext(ctx, `DELETE FROM figures WHERE document_id = ?`, id); err != nil {
		return 0, false, err
	}
	regions := map[string]int64{}
	if err := insertFigures(ctx, tx, id, a.Figures, regions); err != nil {
		return 0, false, err
	}
	title := a.Title()
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET extractor_version = ?, title = CASE WHEN ? != '' THEN ? ELSE title END,
		report_year = COALESCE(?, report_year) WHERE id = ?`, targets.Version, title, title, nullInt(a.Year()), id); err != nil {
		return 0, false, err
	}
	return len(a.Figures), false, tx.Commit()
}
