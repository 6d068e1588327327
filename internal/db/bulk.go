package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// BulkItem is one document for IngestBulk: where it came from, and how to
// read its bytes (called by an extraction worker, so files are read in
// parallel and only a few are held at once).
type BulkItem struct {
	Source string
	Load   func() ([]byte, error)
}

// BulkOutcome is what became of one item.
type BulkOutcome struct {
	Source string
	Bytes  int // read from the source
	Result IngestResult
	Err    error // nil: stored (or a duplicate); else nothing of it was written
}

// BulkOptions tune IngestBulk; the zero value is sensible.
type BulkOptions struct {
	Workers int // extraction goroutines (0: one per core)
	// OnCommit receives each batch's outcomes, in the items' order, once
	// the batch is committed: a document reported stored is on disk.
	OnCommit func([]BulkOutcome)
	// Check, if set, may refuse a new document once it is read (its
	// region, year and figures known): refused, nothing of it is written
	// and its outcome carries the error.
	Check func(Prepared) error
}

// Bulk ingest commits a batch when it holds this many documents, this
// many bytes of text, or has been open this long, whichever comes first:
// big enough to spread a commit's fsync, the full-text index's flush and
// merge and the cells' refresh over many documents (at 400 rather than
// 200, 1,550 whole reports flush 4 segments, not 8, and a region-year
// that many reports touch is judged half as often: the writer's commits
// took 15.1 s of CPU against 17.0 s), small enough that a kill loses
// seconds of work and a batch's text stays well under 100 MB.
const (
	bulkBatchDocs  = 400
	bulkBatchBytes = 64 << 20
	bulkBatchTime  = 2 * time.Second
)

// bulkAhead is how many documents extraction may run ahead of the
// writer: a whole batch, so the workers prepare the next batch while the
// writer indexes and commits the last one (at 256 they stopped part way
// and the writer then waited for the rest: 22.3 and 24.0 s against 25.2
// and 25.4 s for 1,550 reports), few enough to hold in memory (a report
// and its figures are a few hundred kB).
const bulkAhead = bulkBatchDocs

// bulkCacheKiB is the page cache of the connection bulk ingest writes on
// (SQLite's default is 2 MB): merging the full-text index reads back the
// segments it wrote, and with the default cache every one of those reads
// was a system call. It is given back when the ingest ends.
const bulkCacheKiB = 256 << 10

// IngestBulk reads, extracts and stores many documents: extraction runs
// on every core, one writer stores the results in order, many documents
// to a transaction. Each document is still all or nothing (a savepoint:
// a document that fails is rolled back and the rest of its batch
// commits). A document already stored is skipped, as by Ingest. The error
// returned is one that stopped the whole run (a failed commit, a
// cancelled context); failures of single documents are in the outcomes.
func (d *DB) IngestBulk(ctx context.Context, items []BulkItem, o BulkOptions) error {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Workers prepare items in any order; the writer takes them in order.
	// The window bounds how many prepared documents wait in memory.
	type slot struct {
		p   Prepared
		n   int
		err error
	}
	done := make([]chan slot, len(items))
	for i := range done {
		done[i] = make(chan slot, 1)
	}
	window := make(chan struct{}, bulkAhead)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				b, err := items[i].Load()
				var p Prepared
				if err == nil {
					p, err = d.Prepare(ctx, items[i].Source, b)
				}
				if err == nil && p.Duplicate == 0 && o.Check != nil {
					err = o.Check(p)
				}
				done[i] <- slot{p, len(b), err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range items {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()

	w, err := d.newBulkWriter(ctx)
	if err != nil {
		return err
	}
	defer w.close()
	for i := range items {
		var s slot
		select {
		case s = <-done[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		out := BulkOutcome{Source: items[i].Source, Bytes: s.n, Err: s.err}
		switch {
		case s.err != nil:
			if errors.Is(s.err, context.Canceled) || errors.Is(s.err, context.DeadlineExceeded) {
				return s.err
			}
		case s.p.Duplicate != 0:
			out.Result = IngestResult{DocumentID: s.p.Duplicate, Duplicate: true}
		default:
			var err error
			if out.Result, out.Err, err = w.save(ctx, s.p); err != nil {
				return err
			}
		}
		w.pending = append(w.pending, out)
		w.bytes += len(s.p.Text)
		if w.full() {
			if err := w.commit(ctx, o.OnCommit); err != nil {
				return err
			}
		}
	}
	return w.commit(ctx, o.OnCommit)
}

// bulkWriter is IngestBulk's one writer: a connection with a large page
// cache and the open batch on it.
type bulkWriter struct {
	d       *DB
	conn    *sql.Conn
	tx      txConn
	reset   func()
	pending []BulkOutcome
	bytes   int
	started time.Time
	// firstDoc is the first document stored in the open batch; it and
	// every later one are indexed when the batch commits.
	firstDoc int64
	touched  touched        // the batch's region-years, whose cells it refreshes
	ins      *figureInserts // the open batch's figure statements
}

func (d *DB) newBulkWriter(ctx context.Context) (*bulkWriter, error) {
	conn, reset, err := d.bulkConn(ctx)
	if err != nil {
		return nil, err
	}
	return &bulkWriter{d: d, conn: conn, reset: reset, tx: txConn{conn: conn}, touched: touched{}}, nil
}

// bulkConn takes a connection for a long run of writes and sizes it for
// them: a large page cache (see bulkCacheKiB) and statement journals in
// memory (a statement that fires triggers keeps one, and on disk every
// page it saved was a write system call). reset puts the connection's
// settings back before it returns to the pool.
func (d *DB) bulkConn(ctx context.Context) (*sql.Conn, func(), error) {
	conn, err := d.sql.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	var cache, temp int
	if err := conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&cache); err == nil {
		err = conn.QueryRowContext(ctx, "PRAGMA temp_store").Scan(&temp)
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d; PRAGMA temp_store = MEMORY", bulkCacheKiB))
	}
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	reset := func() {
		// Shrinking the cache frees it.
		_, _ = conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA cache_size = %d; PRAGMA temp_store = %d", cache, temp))
	}
	return conn, reset, nil
}

func (w *bulkWriter) closeStatements() {
	if w.ins != nil {
		w.ins.close()
		w.ins = nil
	}
}

func (w *bulkWriter) close() {
	w.closeStatements()
	w.tx.rollback()
	w.reset()
	w.conn.Close()
}

// save stores one document under a savepoint in the open batch. The
// first error is the document's (it was rolled back, the batch goes on);
// the second stops the run: the transaction can no longer be trusted.
func (w *bulkWriter) save(ctx context.Context, p Prepared) (IngestResult, error, error) {
	tx, err := w.tx.begin(ctx)
	if err != nil {
		return IngestResult{}, nil, err
	}
	if w.started.IsZero() {
		w.started = time.Now()
	}
	if _, err := tx.ExecContext(ctx, "SAVEPOINT bulk_doc"); err != nil {
		return IngestResult{}, nil, err
	}
	// The document's region-years join the batch's only if it stays.
	t := touched{}
	if w.ins == nil {
		w.ins = newFigureInserts(tx)
	}
	res, docErr := saveDoc(ctx, w.ins, p, t)
	if docErr != nil {
		if _, err := tx.ExecContext(ctx, "ROLLBACK TO bulk_doc"); err != nil {
			return res, docErr, err
		}
		// The same bytes earlier in this run: not yet committed when the
		// worker looked, so it is found here. Skipped, as by Ingest.
		if errors.Is(docErr, ErrDuplicate) {
			var id int64
			if err := tx.QueryRowContext(ctx, "SELECT id FROM documents WHERE sha256 = ?", p.Hash).Scan(&id); err == nil {
				res, docErr = IngestResult{DocumentID: id, Duplicate: true}, nil
			}
		}
	}
	if _, err := tx.ExecContext(ctx, "RELEASE bulk_doc"); err != nil {
		return res, docErr, err
	}
	if docErr == nil && !res.Duplicate {
		if w.firstDoc == 0 {
			w.firstDoc = res.DocumentID
		}
		for ry := range t {
			w.touched[ry] = true
		}
	}
	if ctx.Err() != nil {
		return res, docErr, ctx.Err()
	}
	return res, docErr, nil
}

func (w *bulkWriter) full() bool {
	return len(w.pending) >= bulkBatchDocs || w.bytes >= bulkBatchBytes ||
		!w.started.IsZero() && time.Since(w.started) >= bulkBatchTime
}

// commit indexes the batch's documents, ends the batch and reports its
// outcomes.
func (w *bulkWriter) commit(ctx context.Context, report func([]BulkOutcome)) error {
	if w.firstDoc != 0 {
		// Cells once per batch (a region-year several documents touch is
		// judged once), then the full-text index, the last write.
		if err := refreshCells(ctx, w.tx.tx, w.touched); err != nil {
			return err
		}
		if err := indexDocuments(ctx, w.tx.tx, w.firstDoc); err != nil {
			return err
		}
	}
	w.closeStatements()
	if err := w.tx.commit(); err != nil {
		return err
	}
	if report != nil && len(w.pending) > 0 {
		report(w.pending)
	}
	w.pending, w.bytes, w.started, w.firstDoc, w.touched = nil, 0, time.Time{}, 0, touched{}
	return nil
}

// txConn is a transaction on one connection, begun when first needed.
type txConn struct {
	conn *sql.Conn
	tx   *sql.Tx
}

func (t *txConn) begin(ctx context.Context) (*sql.Tx, error) {
	if t.tx == nil {
		tx, err := t.conn.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		t.tx = tx
	}
	return t.tx, nil
}

func (t *txConn) commit() error {
	if t.tx == nil {
		return nil
	}
	tx := t.tx
	t.tx = nil
	return tx.Commit()
}

func (t *txConn) rollback() {
	if t.tx != nil {
		_ = t.tx.Rollback()
		t.tx = nil
	}
}
