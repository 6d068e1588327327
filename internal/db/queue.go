package db

import (
	"context"

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

// queueSQL marks each unreviewed figure with the reasons it needs a
// person. A target lacks its result only when the region's results for
// that year (or later) are in, so a target still running is not flagged.
const queueSQL = `SELECT ` + figureColumns + `, low, unusual, noresult FROM (
	SELECT f.*, f.confidence < ? AS low,
		(f.unit = '%' AND ((f.indicator LIKE '%\_growth' ESCAPE '\' AND ABS(f.value) > 30)
			OR (f.indicator NOT LIKE '%\_growth' ESCAPE '\' AND f.value > 100))) AS unusual,
		(f.kind = 'planned' AND f.period = ''
			AND NOT EXISTS (SELECT 1 FROM figures g WHERE g.region_id = f.region_id AND g.indicator = f.indicator
				AND g.year = f.year AND g.period = '' AND g.kind = 'reported' AND g.review_status != 'rejected')
			AND EXISTS (SELECT 1 FROM figures h WHERE h.region_id = f.region_id AND h.kind = 'reported'
				AND h.year >= f.year AND h.review_status != 'rejected')) AS noresult
	FROM figures f WHERE f.review_status = 'unreviewed'
) f
	JOIN documents d ON d.id = f.document_id
	JOIN regions r ON r.id = f.region_id
WHERE low OR unusual OR noresult`

// ReviewQueue lists unreviewed figures a person should look at, the most
// suspicious first, and how many there are in all.
func (d *DB) ReviewQueue(ctx context.Context, limit, offset int) ([]QueueItem, int, error) {
	var total int
	if err := d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM (`+queueSQL+`)`, LowConfidence).Scan(&total); err != nil {
		return nil, 0, err
	}
	items, err := d.queue(ctx, ` ORDER BY unusual DESC, low DESC, f.confidence, f.id LIMIT ? OFFSET ?`, LowConfidence, limit, offset)
	return items, total, err
}

// QueueReasons says why one figure waits for review; none when it does not.
func (d *DB) QueueReasons(ctx context.Context, id int64) ([]string, error) {
	items, err := d.queue(ctx, ` AND f.id = ?`, LowConfidence, id)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	return items[0].Reasons, nil
}

func (d *DB) queue(ctx context.Context, tail string, args ...any) ([]QueueItem, error) {
	rows, err := d.sql.QueryContext(ctx, queueSQL+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var low, unusual, noresult bool
		r, err := scanRecord(rows, &low, &unusual, &noresult)
		if err != nil {
			return nil, err
		}
		it := QueueItem{Record: r}
		for _, x := range []struct {
			on     bool
			reason string
		}{{unusual, ReasonUnusual}, {low, ReasonLowConfidence}, {noresult, ReasonNoResult}} {
			if x.on {
				it.Reasons = append(it.Reasons, x.reason)
			}
		}
		out = append(out, it)
	}
	return out, rows.Err()
}
