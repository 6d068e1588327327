package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/mubiao/mubiao/internal/targets"
)

// Review actions, as recorded in the audit trail.
const (
	ActionConfirm = "confirm"
	ActionCorrect = "correct"
	ActionReject  = "reject"
	ActionAdd     = "add"
)

// HumanVersion is the extractor_version of a figure a person added.
const HumanVersion = "human"

// ErrInvalid marks a review the data cannot take: an unknown indicator,
// a quote not in the document, a year out of range.
var ErrInvalid = errors.New("invalid")

// Figure returns one figure by id, rejected or not.
func (d *DB) Figure(ctx context.Context, id int64) (targets.Record, error) {
	return figureBy(ctx, d.sql, id)
}

// querier is what *sql.DB and *sql.Tx share for reading.
type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func figureBy(ctx context.Context, q querier, id int64) (targets.Record, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+figureColumns+`, f.reading`+figureJoins+` WHERE f.id = ?`, id)
	if err != nil {
		return targets.Record{}, err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return targets.Record{}, err
		}
		return targets.Record{}, ErrNotFound
	}
	var reading string
	r, err := scanRecord(rows, &reading)
	if err == nil && reading != "" {
		_ = json.Unmarshal([]byte(reading), &r.Reading) // a reading from an older version may not parse: shown as unknown
	}
	return r, err
}

// Correction is what a reviewer may change about a figure. Region is a
// division code or a name the division list knows.
type Correction struct {
	Region    string
	Year      int
	Kind      targets.Kind
	Indicator string
	Value     float64
	Cmp       targets.Comparator
	// NewRegion says the reviewer means a region that is neither in the
	// division list nor stored yet (a zone named after no division, such
	// as 两江新区): without it such a name is refused, since it is as
	// likely a misspelling (株州高新区) as a new zone.
	NewRegion bool
}

// NewRegionReason is why a correction naming an unlisted, unstored zone
// without NewRegion is refused; the name follows it.
const NewRegionReason = "not in the division list nor stored yet: check its spelling, or tick \"new region\" if it is one"

func (c Correction) check() error {
	switch {
	case !c.Kind.Valid():
		return fmt.Errorf("%w: kind must be planned or reported", ErrInvalid)
	case !c.Cmp.Valid():
		return fmt.Errorf("%w: comparator must be >=, <=, ~ or =", ErrInvalid)
	case c.Year < 1949 || c.Year > 2200:
		return fmt.Errorf("%w: year %d", ErrInvalid, c.Year)
	case c.Region == "":
		return fmt.Errorf("%w: region missing", ErrInvalid)
	case math.IsInf(c.Value, 0) || math.IsNaN(c.Value):
		return fmt.Errorf("%w: value must be a finite number", ErrInvalid)
	}
	in, ok := targets.LookupIndicator(c.Indicator)
	if !ok {
		return fmt.Errorf("%w: unknown indicator %q", ErrInvalid, c.Indicator)
	}
	return checkRange(in, c.Value)
}

// auditFigure is a figure as the audit trail records it.
type auditFigure struct {
	Region       string  `json:"region"`
	RegionCode   string  `json:"region_code"`
	Year         int     `json:"year"`
	Kind         string  `json:"kind"`
	Indicator    string  `json:"indicator"`
	Value        float64 `json:"value"`
	Unit         string  `json:"unit"`
	Cmp          string  `json:"cmp"`
	ReviewStatus string  `json:"review_status"`
}

func auditJSON(r targets.Record) string {
	b, _ := json.Marshal(auditFigure{r.Region, r.RegionCode, r.Year, string(r.Kind), r.Indicator, r.Value, r.Unit, string(r.Cmp), r.ReviewStatus})
	return string(b)
}

// Review confirms, corrects or rejects a figure and records who did it,
// when, and the figure before and after, in one transaction.
func (d *DB) Review(ctx context.Context, user string, id int64, action string, c Correction) (targets.Record, error) {
	status := map[string]string{ActionConfirm: "confirmed", ActionCorrect: "corrected", ActionReject: "rejected"}[action]
	if status == "" {
		return targets.Record{}, fmt.Errorf("%w: action %q", ErrInvalid, action)
	}
	if action == ActionCorrect {
		if err := c.check(); err != nil {
			return targets.Record{}, err
		}
	}
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return targets.Record{}, err
	}
	defer tx.Rollback()
	before, err := figureBy(ctx, tx, id)
	if err != nil {
		return targets.Record{}, err
	}
	// The figure's cells before and after (a correction may move it).
	t := touched{}
	if err := t.addFigures(ctx, tx, `f.id = ?`, id); err != nil {
		return targets.Record{}, err
	}
	if action == ActionCorrect {
		rid, err := resolveRegion(ctx, tx, c.Region, c.NewRegion)
		if err != nil {
			return targets.Record{}, err
		}
		in, _ := targets.LookupIndicator(c.Indicator)
		if _, err := tx.ExecContext(ctx, `UPDATE figures SET region_id = ?, year = ?, kind = ?, indicator = ?, value = ?, unit = ?, cmp = ?,
			value_text = '', review_status = ? WHERE id = ?`, rid, c.Year, string(c.Kind), c.Indicator, c.Value, in.Unit, string(c.Cmp), status, id); err != nil {
			return targets.Record{}, err
		}
	} else if _, err := tx.ExecContext(ctx, `UPDATE figures SET review_status = ? WHERE id = ?`, status, id); err != nil {
		return targets.Record{}, err
	}
	if err := t.addFigures(ctx, tx, `f.id = ?`, id); err != nil {
		return targets.Record{}, err
	}
	if err := refreshCells(ctx, tx, t); err != nil {
		return targets.Record{}, err
	}
	after, err := figureBy(ctx, tx, id)
	if err != nil {
		return targets.Record{}, err
	}
	if err := audit(ctx, tx, user, action, &before, after); err != nil {
		return targets.Record{}, err
	}
	return after, tx.Commit()
}

// AddFigure stores a figure the extractor missed, from a sentence a
// reviewer selected: the quote must occur in the document's text, and its
// first occurrence at or after near (a byte offset; 0 for anywhere) is
// the figure's place.
func (d *DB) AddFigure(ctx context.Context, user string, docID int64, quote string, near int, c Correction) (targets.Record, error) {
	quote = strings.TrimSpace(quote)
	if quote == "" {
		return targets.Record{}, fmt.Errorf("%w: select the sentence the figure is in", ErrInvalid)
	}
	if err := c.check(); err != nil {
		return targets.Record{}, err
	}
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return targets.Record{}, err
	}
	defer tx.Rollback()
	var text string
	if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, docID).Scan(&text); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return targets.Record{}, ErrNotFound
		}
		return targets.Record{}, err
	}
	start := -1
	if near > 0 && near < len(text) {
		if i := strings.Index(text[near:], quote); i >= 0 {
			start = near + i
		}
	}
	if start < 0 {
		start = strings.Index(text, quote)
	}
	if start < 0 {
		return targets.Record{}, fmt.Errorf("%w: the selected text is not in the document", ErrInvalid)
	}
	rid, err := resolveRegion(ctx, tx, c.Region, c.NewRegion)
	if err != nil {
		return targets.Record{}, err
	}
	in, _ := targets.LookupIndicator(c.Indicator)
	res, err := tx.ExecContext(ctx, `INSERT INTO figures(document_id, region_id, year, period, kind, indicator, value, unit, cmp,
		preliminary, value_text, quote, start_byte, end_byte, confidence, review_status, extractor_version, extracted_indicator)
		VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, 0, '', ?, ?, ?, 1, 'confirmed', ?, NULL)`,
		docID, rid, c.Year, string(c.Kind), c.Indicator, c.Value, in.Unit, string(c.Cmp), quote, start, start+len(quote), HumanVersion)
	if err != nil {
		return targets.Record{}, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return targets.Record{}, err
	}
	t := touched{}
	t.add(rid, c.Year)
	if err := refreshCells(ctx, tx, t); err != nil {
		return targets.Record{}, err
	}
	after, err := figureBy(ctx, tx, id)
	if err != nil {
		return targets.Record{}, err
	}
	if err := audit(ctx, tx, user, ActionAdd, nil, after); err != nil {
		return targets.Record{}, err
	}
	return after, tx.Commit()
}

// resolveRegion finds a region row by code, else by name through the
// division list (adding it and its ancestors if need be). A zone the list
// cannot place (its stem names no division) is added only when newOK.
func resolveRegion(ctx context.Context, tx *sql.Tx, region string, newOK bool) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM regions WHERE code = ?`, region).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if r, ok := targets.Regions().ByCode(region); ok {
		return ensureRegionRow(ctx, tx, r)
	}
	r, ok := targets.LookupRegion(region)
	if !ok {
		return 0, fmt.Errorf("%w: unknown region %q", ErrInvalid, region)
	}
	if strings.HasPrefix(r.Code, "z:") && !newOK {
		switch err := tx.QueryRowContext(ctx, `SELECT id FROM regions WHERE code = ?`, r.Code).Scan(&id); {
		case errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("%w: %s: %q", ErrInvalid, NewRegionReason, region)
		case err != nil:
			return 0, err
		}
		return id, nil
	}
	return ensureRegion(ctx, tx, region, newRegionIDs(""))
}

func audit(ctx context.Context, tx *sql.Tx, user, action string, before *targets.Record, after targets.Record) error {
	var b sql.NullString
	if before != nil {
		b = sql.NullString{String: auditJSON(*before), Valid: true}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO figure_audit(figure_id, document_id, user_name, at, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		after.ID, after.DocumentID, user, time.Now().UTC().Format(time.RFC3339), action, b, auditJSON(after))
	return err
}

// AuditEntry is one recorded change to a figure. User is the login name
// (for the operator; never shown on a page); Reviewer is how pages name
// the person: their display name, "" when they have none, and ReviewerID
// their account's number (0 once the account is gone).
type AuditEntry struct {
	User, At, Action string
	Reviewer         string
	ReviewerID       int64
	Before, After    map[string]any // nil Before: the figure was added
}

// History lists a figure's recorded changes, oldest first.
func (d *DB) History(ctx context.Context, figureID int64) ([]AuditEntry, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT a.user_name, a.at, a.action, a.before, a.after, COALESCE(u.display_name, ''), COALESCE(u.id, 0)
		FROM figure_audit a LEFT JOIN users u ON u.name = a.user_name WHERE a.figure_id = ? ORDER BY a.id`, figureID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var before sql.NullString
		var after string
		if err := rows.Scan(&e.User, &e.At, &e.Action, &before, &after, &e.Reviewer, &e.ReviewerID); err != nil {
			return nil, err
		}
		if before.Valid {
			_ = json.Unmarshal([]byte(before.String), &e.Before)
		}
		_ = json.Unmarshal([]byte(after), &e.After)
		out = append(out, e)
	}
	return out, rows.Err()
}
