package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/mubiao/mubiao/internal/targets"
)

// IngestResult says what ingest did with one document.
type IngestResult struct {
	DocumentID int64
	Duplicate  bool // the same bytes were already there: nothing written
	Title      string
	Region     string
	Year       int
	Encoding   targets.Encoding
	Figures    int
}

// ErrEmpty is returned for a document with no text.
var ErrEmpty = errors.New("document is empty")

// Ingest decodes, extracts and stores one document in one transaction. A
// document already stored (same SHA-256 of its bytes) is not stored again.
// On any error nothing of the document is written.
func (d *DB) Ingest(ctx context.Context, source string, raw []byte) (IngestResult, error) {
	sum := sha256.Sum256(raw)
	hash := hex.EncodeToString(sum[:])
	var id int64
	err := d.sql.QueryRowContext(ctx, "SELECT id FROM documents WHERE sha256 = ?", hash).Scan(&id)
	if err == nil {
		return IngestResult{DocumentID: id, Duplicate: true}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return IngestResult{}, err
	}
	text, enc, err := targets.Decode(raw)
	if err != nil {
		return IngestResult{}, err
	}
	if len(text) == 0 || isBlank(text) {
		return IngestResult{}, ErrEmpty
	}
	a := targets.Analyze(text)
	doc := newDocument{hash: hash, source: source, encoding: string(enc), text: text, analysis: a}
	return d.ingestAnalysis(ctx, doc)
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\r' && r != '\t' && r != '\u3000' && r != '\ufeff' {
			return false
		}
	}
	return true
}

type newDocument struct {
	hash, source, encoding, text string
	analysis                     *targets.Analysis
}

// ingestAnalysis writes a document and its figures in one transaction.
func (d *DB) ingestAnalysis(ctx context.Context, doc newDocument) (IngestResult, error) {
	a := doc.analysis
	res := IngestResult{Title: a.Title(), Region: a.Region(), Year: a.Year(), Encoding: targets.Encoding(doc.encoding)}
	if res.Title == "" {
		res.Title = doc.source
	}
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	regions := map[string]int64{}
	var docRegion sql.NullInt64
	if res.Region != "" {
		id, err := ensureRegion(ctx, tx, res.Region, regions)
		if err != nil {
			return res, err
		}
		docRegion = sql.NullInt64{Int64: id, Valid: true}
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO documents(sha256, title, region_id, report_year, source, encoding, text, extractor_version, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.hash, res.Title, docRegion, nullInt(res.Year), doc.source, doc.encoding, doc.text, targets.Version,
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return res, fmt.Errorf("insert document: %w", err)
	}
	if res.DocumentID, err = r.LastInsertId(); err != nil {
		return res, err
	}
	if err := insertFigures(ctx, tx, res.DocumentID, a.Figures, regions); err != nil {
		return res, err
	}
	res.Figures = len(a.Figures)
	if err := tx.Commit(); err != nil {
		return res, err
	}
	return res, nil
}

func insertFigures(ctx context.Context, tx *sql.Tx, docID int64, figs []targets.Figure, regions map[string]int64) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO figures(document_id, region_id, year, period, kind, indicator, value, unit, cmp,
		preliminary, value_text, quote, start_byte, end_byte, confidence, extractor_version, extracted_indicator)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, f := range figs {
		rid, err := ensureRegion(ctx, tx, f.Region, regions)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, docID, rid, f.Year, f.Period, string(f.Kind), f.Indicator, f.Value, f.Unit, string(f.Cmp),
			f.Preliminary, f.ValueText, f.Quote, f.Start, f.End, f.Confidence, targets.Version, f.Indicator); err != nil {
			return fmt.Errorf("insert figure %s: %w", f, err)
		}
	}
	return nil
}

func nullInt(n int) sql.NullInt64 { return sql.NullInt64{Int64: int64(n), Valid: n != 0} }

// ensureRegion returns the id of a region by name, inserting it and its
// ancestors from the division list when missing.
func ensureRegion(ctx context.Context, tx *sql.Tx, name string, cache map[string]int64) (int64, error) {
	if id, ok := cache[name]; ok {
		return id, nil
	}
	r, ok := targets.LookupRegion(name)
	if !ok {
		r = targets.Region{Code: "name:" + name, Name: name, Level: targets.LevelCounty}
	}
	id, err := ensureRegionRow(ctx, tx, r)
	if err != nil {
		return 0, err
	}
	cache[name] = id
	return id, nil
}

func ensureRegionRow(ctx context.Context, tx *sql.Tx, r targets.Region) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM regions WHERE code = ?", r.Code).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	var parent sql.NullInt64
	if p, ok := targets.Regions().ByCode(r.ParentCode); ok {
		pid, err := ensureRegionRow(ctx, tx, p)
		if err != nil {
			return 0, err
		}
		parent = sql.NullInt64{Int64: pid, Valid: true}
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO regions(code, name, level, parent_id) VALUES (?, ?, ?, ?)", r.Code, r.Name, string(r.Level), parent)
	if err != nil {
		return 0, fmt.Errorf("insert region %s: %w", r.Name, err)
	}
	return res.LastInsertId()
}

// SyncIndicators writes the catalogue into the indicators table so SQL
// can join on names and units.
func (d *DB) SyncIndicators(ctx context.Context) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, in := range targets.Indicators() {
		if _, err := tx.ExecContext(ctx, `INSERT INTO indicators(key, name_zh, name_en, unit, headline, higher_is_better) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(key) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, unit = excluded.unit,
			headline = excluded.headline, higher_is_better = excluded.higher_is_better`,
			in.Key, in.Zh, in.En, in.Unit, in.Headline, in.HigherIsBetter); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// CountDocuments returns how many documents are stored.
func (d *DB) CountDocuments(ctx context.Context) (int, error) {
	var n int
	err := d.sql.QueryRowContext(ctx, "SELECT COUNT(*) FROM documents").Scan(&n)
	return n, err
}
