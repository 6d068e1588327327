package db

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// Backup writes a consistent copy of the live database to path with
// VACUUM INTO: it reads inside one transaction (a snapshot, under WAL
// readers and the writer carry on), and the copy is compact and complete
// on its own, without a -wal file. It writes to a temporary name beside
// path and renames, so a failed or interrupted backup never leaves a
// half-written file where a good one is expected; an existing file at
// path is refused rather than overwritten.
func (d *DB) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if _, err := os.Stat(abs); err == nil {
		return fmt.Errorf("backup: %s already exists", path)
	}
	tmp := abs + ".partial"
	os.Remove(tmp)
	if _, err := d.sql.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Rename(tmp, abs); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and returns its first line:
// "ok" for a sound file. It also checks that the full-text index holds
// exactly the stored documents (it is written apart from them, a batch
// at a time, see indexDocuments).
func (d *DB) IntegrityCheck(ctx context.Context) (string, error) {
	var s string
	if err := d.sql.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&s); err != nil || s != "ok" {
		return s, err
	}
	if _, err := d.sql.ExecContext(ctx, "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		return "full-text index: " + err.Error(), nil
	}
	return s, nil
}
