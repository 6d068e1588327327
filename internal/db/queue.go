package db

import (
	"context"
	"fmt"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
)

// Why a figure waits in the review queue.
const (
	ReasonLowConfidence = "low_confidence" // the extractor was unsure
	ReasonUnusual       = "unusual_value"  // a growth beyond ±30%, a share over 100%
	ReasonNoResult      = "no_result"      // a target whose year has results, but not this one
)

// LowConfidence is the confidence under which a figure goes to review.
const LowConfidence = 0.75

// QueueItem is a figure waiting for review and why.
type QueueItem struct {
	targets.Record
	Reasons []string
}

// The queue's tests, as SQL over a figure f. A target lacks its result
// only when the region's results for that year (or later) are in, so a
// target still running is not flagged; lastResult is how the query finds
// the region's latest result year.
const (
	unusualSQL = `(f.unit = '%' AND ((f.indicator LIKE '%\_growth' ESCAPE '\' AND ABS(f.value) > 30)
			OR (f.indicator NOT LIKE '%\_growth' ESCAPE '\' AND f.value > 100)))`
	noResultSQL = `(f.kind = 'planned' AND f.period = '' AND f.year <= %s
			AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.region_id = f.region_id AND g.year = f.year AND g.indicator = f.indicator
				AND g.kind = 'reported' AND g.period = '' AND g.review_status != 'rejected'))`
)

// queueOneSQL marks one unreviewed figure (?) with the reasons it needs
// a person; its region's latest result is looked up for it alone. The id
// is tested inside the subquery: outside it, SQLite would mark every
// figure first.
var queueOneSQL = `SELECT ` + figureColumns + `, low, unusual, noresult FROM (
	SELECT f.*, f.confidence < ? AS low, ` + unusualSQL + ` AS unusual, ` +
	fmt.Sprintf(noResultSQL, `COALESCE((SELECT MAX(h.year) FROM figures h WHERE h.region_id = f.region_id AND h.kind = 'reported'
				AND h.review_status != 'rejected'), -1)`) + ` AS noresult
	FROM figures f WHERE f.review_status = 'unreviewed' AND f.id = ?
) f
	JOIN documents d ON d.id = f.document_id
	JOIN regions r ON r.id = f.region_id
WHERE low OR unusual OR noresult`

// queueOrderSQL is the whole queue in one pass: every region's latest
// result year is found once, not once per figure, and only ids and
// reasons come back (on millions of figures this is the difference
// between seconds and minutes).
var queueOrderSQL = `WITH lastres(region_id, y) AS MATERIALIZED (
		SELECT region_id, MAX(year) FROM figures WHERE kind = 'reported' AND review_status != 'rejected' GROUP BY region_id)
	SELECT id, low, unusual, noresult FROM (
		SELECT f.id, f.confidence, f.confidence < ? AS low, ` + unusualSQL + ` AS unusual, ` +
	fmt.Sprintf(noResultSQL, `COALESCE((SELECT l.y FROM lastres l WHERE l.region_id = f.region_id), -1)`) + ` AS noresult
		FROM figures f WHERE f.review_status = 'unreviewed')
	WHERE low OR unusual OR noresult
	ORDER BY unusual DESC, low DESC, confidence, id`

// QueueEntry is a place in the review queue: a figure and why it is there.
type QueueEntry struct {
	ID      int64
	Reasons []string
}

// QueueOrder lists every figure waiting for review, the most suspicious
// first.
func (d *DB) QueueOrder(ctx context.Context) ([]QueueEntry, error) {
	rows, err := d.sql.QueryContext(ctx, queueOrderSQL, LowConfidence)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QueueEntry
	for rows.Next() {
		var e QueueEntry
		var low, unusual, noresult bool
		if err := rows.Scan(&e.ID, &low, &unusual, &noresult); err != nil {
			return nil, err
		}
		e.Reasons = reasons(low, unusual, noresult)
		out = append(out, e)
	}
	return out, rows.Err()
}

// QueueItems returns the figures of queue entries, in the entries' order,
// leaving out those reviewed since the order was taken.
func (d *DB) QueueItems(ctx context.Context, entries []QueueEntry) ([]QueueItem, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	args := make([]any, len(entries))
	for i, e := range entries {
		args[i] = e.ID
	}
	rows, err := d.sql.QueryContext(ctx, `SELECT `+figureColumns+figureJoins+` WHERE f.review_status = 'unreviewed' AND f.id IN (?`+
		strings.Repeat(", ?", len(entries)-1)+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byID := map[int64]targets.Record{}
	scan := newRecordScan()
	for rows.Next() {
		r, err := scan.next(rows)
		if err != nil {
			return nil, err
		}
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []QueueItem
	for _, e := range entries {
		if r, ok := byID[e.ID]; ok {
			out = append(out, QueueItem{Record: r, Reasons: e.Reasons})
		}
	}
	return out, nil
}

// ReviewQueue lists unreviewed figures a person should look at, the most
// suspicious first, and how many there are in all.
func (d *DB) ReviewQueue(ctx context.Context, limit, offset int) ([]QueueItem, int, error) {
	order, err := d.QueueOrder(ctx)
	if err != nil {
		return nil, 0, err
	}
	items, err := d.QueueItems(ctx, QueuePage(order, limit, offset))
	return items, len(order), err
}

// QueuePage is one page of a queue order.
func QueuePage(order []QueueEntry, limit, offset int) []QueueEntry {
	if offset >= len(order) {
		return nil
	}
	return order[offset:min(offset+limit, len(order))]
}

// QueueReasons says why one figure waits for review; none when it does not.
func (d *DB) QueueReasons(ctx context.Context, id int64) ([]string, error) {
	items, err := d.queue(ctx, queueOneSQL, LowConfidence, id)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	return items[0].Reasons, nil
}

func reasons(low, unusual, noresult bool) []string {
	var out []string
	for _, x := range []struct {
		on     bool
		reason string
	}{{unusual, ReasonUnusual}, {low, ReasonLowConfidence}, {noresult, ReasonNoResult}} {
		if x.on {
			out = append(out, x.reason)
		}
	}
	return out
}

func (d *DB) queue(ctx context.Context, q string, args ...any) ([]QueueItem, error) {
	rows, err := d.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QueueItem
	var low, unusual, noresult bool
	scan := newRecordScan(&low, &unusual, &noresult)
	for rows.Next() {
		r, err := scan.next(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, QueueItem{Record: r, Reasons: reasons(low, unusual, noresult)})
	}
	return out, rows.Err()
}
