package db

import (
	"errors"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// IsFull says whether err is the disk (or the database's size limit)
// running out of room: SQLITE_FULL from SQLite, ENOSPC from a temporary
// file. Nothing was written; the operator must free space.
func IsFull(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL {
		return true
	}
	return errors.Is(err, syscall.ENOSPC)
}
