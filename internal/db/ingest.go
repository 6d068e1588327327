package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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

// Ingest reads, extracts and stores one document in one transaction. A
// document already stored (same SHA-256 of its bytes) is not stored again.
// On any error nothing of the document is written.
func (d *DB) Ingest(ctx context.Context, source string, raw []byte) (IngestResult, error) {
	p, err := d.Prepare(ctx, source, raw)
	if err != nil || p.Duplicate != 0 {
		return IngestResult{DocumentID: p.Duplicate, Duplicate: p.Duplicate != 0}, err
	}
	return d.Save(ctx, p)
}

// Prepared is a document read and analysed but not stored: what an upload
// preview shows, and what Save writes.
type Prepared struct {
	Source    string
	Hash      string // SHA-256 of the original bytes
	Encoding  targets.Encoding
	Text      string
	Analysis  *targets.Analysis
	Duplicate int64 // the stored document with the same bytes, 0 if none
	// The document's metadata as detected, or as a person corrected it
	// (see Correct); Save writes these.
	Title      string
	Region     string
	RegionCode string
	Year       int
}

// Prepare reads a file (.txt in any supported encoding, .html, .docx)
// and extracts its figures, writing nothing.
func (d *DB) Prepare(ctx context.Context, source string, raw []byte) (Prepared, error) {
	sum := sha256.Sum256(raw)
	p := Prepared{Source: source, Hash: hex.EncodeToString(sum[:])}
	err := d.sql.QueryRowContext(ctx, "SELECT id FROM documents WHERE sha256 = ?", p.Hash).Scan(&p.Duplicate)
	if err == nil {
		return p, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return p, err
	}
	if len(raw) == 0 {
		return p, ErrEmpty
	}
	if p.Text, p.Encoding, err = targets.ReadDocument(source, raw); err != nil {
		return p, err
	}
	if isBlank(p.Text) {
		return p, ErrEmpty
	}
	p.Analysis = targets.Analyze(p.Text)
	if p.Analysis.Err != nil {
		return p, p.Analysis.Err
	}
	p.Title, p.Region, p.Year = p.Analysis.Title(), p.Analysis.Region(), p.Analysis.Year()
	if p.Title == "" {
		p.Title = source
	}
	if r, ok := targets.LookupRegionNear(p.Region, provinceHint(titledRegionCode(p.Analysis, ""))); ok {
		p.RegionCode = r.Code
	}
	return p, nil
}

// Correct applies a person's corrections to the detected metadata. A
// different region moves the figures attributed to the detected one; a
// different year shifts every figure's year by the difference, since
// they were read relative to the report's year.
func (p *Prepared) Correct(title, regionCode string, year int) error {
	var r targets.Region
	if regionCode != "" && regionCode != p.RegionCode {
		var ok bool
		if r, ok = targets.Regions().ByCode(regionCode); !ok {
			return fmt.Errorf("%w: unknown region code %q", ErrInvalid, regionCode)
		}
	}
	return p.CorrectTo(title, r, year)
}

// CorrectTo is Correct with the region already resolved: a development
// zone (株洲高新区) is no code of the division list, so a reviewer naming
// one could not be told apart from a mistyped code.
func (p *Prepared) CorrectTo(title string, r targets.Region, year int) error {
	if t := strings.TrimSpace(title); t != "" {
		p.Title = t
	}
	if r.Code != "" && r.Code != p.RegionCode {
		for i := range p.Analysis.Figures {
			if f := &p.Analysis.Figures[i]; f.Region == p.Region || p.Region == "" {
				f.Region = r.Name
			}
		}
		p.Region, p.RegionCode = r.Name, r.Code
	}
	if year != 0 && year != p.Year {
		if year < 1949 || year > 2200 {
			return fmt.Errorf("%w: year %d", ErrInvalid, year)
		}
		if p.Year != 0 {
			for i := range p.Analysis.Figures {
				p.Analysis.Figures[i].Year += year - p.Year
			}
		}
		p.Year = year
	}
	return nil
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\r' && r != '\t' && r != '\u3000' && r != '\ufeff' {
			return false
		}
	}
	return true
}

// Save writes a prepared document and its figures in one transaction.
func (d *DB) Save(ctx context.Context, p Prepared) (IngestResult, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return IngestResult{Title: p.Title, Region: p.Region, Year: p.Year, Encoding: p.Encoding}, err
	}
	defer tx.Rollback()
	t := touched{}
	res, err := saveTx(ctx, tx, p, t)
	if err != nil {
		return res, err
	}
	if err := refreshCells(ctx, tx, t); err != nil {
		return res, err
	}
	if err := indexDocuments(ctx, tx, res.DocumentID); err != nil {
		return res, err
	}
	return res, tx.Commit()
}

// indexDocuments adds the documents from id first on, all written in tx,
// to the full-text index, in one statement: the last write of a
// transaction, after every savepoint (see migration 0007).
func indexDocuments(ctx context.Context, tx *sql.Tx, first int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents WHERE id >= ?`, first)
	if err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	return nil
}

// saveTx writes a prepared document and its figures inside tx: the part
// of Save that bulk ingest runs under a savepoint. The region-years whose
// cells it changes go in t (the caller refreshes them before committing).
func saveTx(ctx context.Context, tx *sql.Tx, p Prepared, t touched) (IngestResult, error) {
	ins := newFigureInserts(tx)
	defer ins.close()
	return saveDoc(ctx, ins, p, t)
}

// saveDoc is saveTx with the figure statements of the caller, which may
// keep them for more documents in the same transaction (bulk ingest).
func saveDoc(ctx context.Context, ins *figureInserts, p Prepared, t touched) (IngestResult, error) {
	tx := ins.tx
	a := p.Analysis
	res := IngestResult{Title: p.Title, Region: p.Region, Year: p.Year, Encoding: p.Encoding}
	var err error
	regions := newRegionIDs(titledRegionCode(a, p.RegionCode))
	var docRegion sql.NullInt64
	if p.Region != "" {
		// By code when known: names repeat (two 城关镇), codes do not.
		var id int64
		if r, ok := targets.Regions().ByCode(p.RegionCode); ok {
			id, err = ensureRegionRow(ctx, tx, r)
			regions.ids[p.Region] = id
		} else {
			id, err = ensureRegion(ctx, tx, p.Region, regions)
		}
		if err != nil {
			return res, err
		}
		docRegion = sql.NullInt64{Int64: id, Valid: true}
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO documents(sha256, title, region_id, report_year, source, encoding, text, extractor_version, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Hash, p.Title, docRegion, nullInt(p.Year), p.Source, string(p.Encoding), p.Text, targets.Version,
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return res, fmt.Errorf("%w: the same file is already stored", ErrDuplicate)
		}
		return res, fmt.Errorf("insert document: %w", err)
	}
	if res.DocumentID, err = r.LastInsertId(); err != nil {
		return res, err
	}
	if err := ins.insert(ctx, res.DocumentID, a.Figures, regions, t); err != nil {
		return res, err
	}
	t.addDocument(docRegion.Int64, p.Year)
	res.Figures = len(a.Figures)
	return res, nil
}

// ErrDuplicate is returned when the same bytes were stored meanwhile.
var ErrDuplicate = errors.New("duplicate")

// figureRowsPerInsert is how many figures one INSERT writes: a statement
// inside a transaction that fires triggers journals every page it first
// touches, and one statement a figure journalled the same few pages (the
// table's last leaf, each index's, the dataset row) once a figure.
const figureRowsPerInsert = 32

func insertFigures(ctx context.Context, tx *sql.Tx, docID int64, figs []targets.Figure, regions regionIDs, t touched) error {
	ins := newFigureInserts(tx)
	defer ins.close()
	return ins.insert(ctx, docID, figs, regions, t)
}

// figureInserts are the prepared INSERTs of up to figureRowsPerInsert
// figures, by row count, on one transaction: preparing them once a
// document was a sixth of a bulk ingest's figure writing.
type figureInserts struct {
	tx    *sql.Tx
	stmts map[int]*sql.Stmt
}

func newFigureInserts(tx *sql.Tx) *figureInserts {
	return &figureInserts{tx: tx, stmts: map[int]*sql.Stmt{}}
}

func (ins *figureInserts) close() {
	for _, st := range ins.stmts {
		st.Close()
	}
	ins.stmts = map[int]*sql.Stmt{}
}

func (ins *figureInserts) stmt(ctx context.Context, rows int) (*sql.Stmt, error) {
	if st := ins.stmts[rows]; st != nil {
		return st, nil
	}
	st, err := ins.tx.PrepareContext(ctx, `INSERT INTO figures(document_id, region_id, year, period, kind, indicator, value, unit, cmp,
		preliminary, value_text, quote, start_byte, end_byte, confidence, extractor_version, extracted_indicator, reading) VALUES `+
		strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),", rows), ","))
	if err != nil {
		return nil, err
	}
	ins.stmts[rows] = st
	return st, nil
}

// insert writes a document's figures, figureRowsPerInsert to a statement.
func (ins *figureInserts) insert(ctx context.Context, docID int64, figs []targets.Figure, regions regionIDs, t touched) error {
	args := make([]any, 0, 18*figureRowsPerInsert)
	for from := 0; from < len(figs); from += figureRowsPerInsert {
		chunk := figs[from:min(from+figureRowsPerInsert, len(figs))]
		args = args[:0]
		for _, f := range chunk {
			rid, err := ensureRegion(ctx, ins.tx, f.Region, regions)
			if err != nil {
				return err
			}
			t.add(rid, f.Year)
			args = append(args, docID, rid, f.Year, f.Period, string(f.Kind), f.Indicator, f.Value, f.Unit, string(f.Cmp),
				f.Preliminary, f.ValueText, f.Quote, f.Start, f.End, f.Confidence, targets.Version, f.Indicator, readingJSON(f.Reading))
		}
		st, err := ins.stmt(ctx, len(chunk))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("insert figures %d–%d of document %d (%s …): %w", from+1, from+len(chunk), docID, chunk[0], err)
		}
	}
	return nil
}

// readingJSON keeps a figure's reading as JSON text.
func readingJSON(r targets.Reading) string {
	b, err := json.Marshal(r)
	if err != nil {
		return ""
	}
	return string(b)
}

func nullInt(n int) sql.NullInt64 { return sql.NullInt64{Int64: int64(n), Valid: n != 0} }

// regionIDs caches the ids of one document's regions by name, with the
// province of the document's own region: a zone named by a stem that is a
// district's short name (鄞州经开区, 东湖高新区) is filed under that district
// only when the district is in the document's province.
type regionIDs struct {
	ids  map[string]int64
	hint string
}

// titledRegionCode is the code of the region the document's first titled
// article is about (宁波市鄞州区 for its report, even where most of its
// figures are a zone's), or fallback.
func titledRegionCode(a *targets.Analysis, fallback string) string {
	if a != nil {
		for _, ar := range a.Articles {
			if code := ar.Region.Code; code != "" && !strings.HasPrefix(code, "z:") && !strings.HasPrefix(code, "name:") {
				return code
			}
		}
	}
	return fallback
}

func newRegionIDs(docRegionCode string) regionIDs {
	return regionIDs{ids: map[string]int64{}, hint: provinceHint(docRegionCode)}
}

// provinceHint is the province prefix of a region code (its first two
// digits), the hint names are resolved near.
func provinceHint(code string) string {
	return code[:min(2, len(code))]
}

// ensureRegion returns the id of a region by name, inserting it and its
// ancestors from the division list when missing.
func ensureRegion(ctx context.Context, tx *sql.Tx, name string, cache regionIDs) (int64, error) {
	if id, ok := cache.ids[name]; ok {
		return id, nil
	}
	r, ok := targets.LookupRegionNear(name, cache.hint)
	if !ok {
		r = targets.Region{Code: "name:" + name, Name: name, Level: targets.LevelCounty}
	}
	id, err := ensureRegionRow(ctx, tx, r)
	if err != nil {
		return 0, err
	}
	cache.ids[name] = id
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
