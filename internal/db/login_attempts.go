package db

import (
	"context"
	"time"
)

// loginAttemptsKept is how long an idle allowance is kept: far longer
// than any bucket takes to refill, after which a missing row and a full
// bucket are the same.
const loginAttemptsKept = time.Hour

// TakeAttempt takes one attempt from key's allowance, a token bucket of
// burst attempts refilled at one per every, and returns 0 when the
// attempt may go ahead, else how long until one may. A refused attempt
// takes nothing, so hammering does not lengthen a legitimate user's
// wait. One statement, so concurrent attempts (other processes too)
// cannot both take the last token.
func (d *DB) TakeAttempt(ctx context.Context, key string, burst int, every time.Duration) (time.Duration, error) {
	now := float64(time.Now().UnixNano()) / 1e9
	rate := 1 / every.Seconds()
	if _, err := d.sql.ExecContext(ctx, `DELETE FROM login_attempts WHERE at < ?`, now-loginAttemptsKept.Seconds()); err != nil {
		return 0, err
	}
	var tokens float64
	var ok bool
	err := d.sql.QueryRowContext(ctx, `INSERT INTO login_attempts(key, tokens, at, ok) VALUES (?1, ?2 - 1, ?3, 1)
		ON CONFLICT(key) DO UPDATE SET
			tokens = MIN(?2, tokens + (?3 - at) * ?4) - (MIN(?2, tokens + (?3 - at) * ?4) >= 1),
			ok = MIN(?2, tokens + (?3 - at) * ?4) >= 1,
			at = ?3
		RETURNING tokens, ok`, key, float64(burst), now, rate).Scan(&tokens, &ok)
	if err != nil {
		return 0, err
	}
	if ok {
		return 0, nil
	}
	return time.Duration((1 - tokens) / rate * float64(time.Second)), nil
}

// ClearAttempts gives key its whole allowance back (after a login that
// proved the password).
func (d *DB) ClearAttempts(ctx context.Context, key string) error {
	_, err := d.sql.ExecContext(ctx, `DELETE FROM login_attempts WHERE key = ?`, key)
	return err
}
