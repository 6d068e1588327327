package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/seeds"
)

// defaultMaxMB bounds one document: the longest real work reports are
// well under 1 MB of text; a .docx with pictures is larger.
const defaultMaxMB = 20

// ingestable are the file types ingest reads from a folder; a file named
// on the command line is always tried.
var ingestable = map[string]bool{".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".docx": true}

func runIngest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", envOr(getenv, "MUBIAO_DB", "./data/mubiao.db"), "SQLite database file (env MUBIAO_DB)")
	maxMB := fl.Int("max-mb", defaultMaxMB, "refuse files larger than this many MB")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return errors.New("ingest: name at least one file or folder")
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	var files []string
	var sum ingestSummary
	for _, p := range fl.Args() {
		found, skipped, err := collect(ctx, p)
		for _, sk := range skipped {
			fmt.Fprintf(stdout, "skipped %s: not a regular file (a pipe, device or socket is never opened)\n", sk)
		}
		if err != nil {
			sum.failed++
			fmt.Fprintf(stdout, "failed  %s: %v\n", p, err)
			continue
		}
		files = append(files, found...)
	}
	bar := newProgress(stdout, len(files))
	// Extraction on every core, one writer, many documents a transaction;
	// a document is reported only once its batch is committed, so what
	// this prints as added is on disk whatever happens next.
	items := make([]db.BulkItem, len(files))
	for i, path := range files {
		items[i] = db.BulkItem{Source: path, Load: func() ([]byte, error) { return readLimited(path, int64(*maxMB)<<20) }}
	}
	err = store.IngestBulk(ctx, items, db.BulkOptions{Check: knownRegionAndYear, OnCommit: func(outs []db.BulkOutcome) {
		for _, o := range outs {
			sum.report(bar, o.Source, o.Result, o.Err)
			bar.step(int64(o.Bytes), o.Result.Figures)
		}
	}})
	if err != nil {
		bar.finish()
		return err
	}
	bar.finish()
	fmt.Fprintf(stdout, "%d ingested (%d figures), %d already stored, %d failed\n", sum.added, sum.figures, sum.dupes, sum.failed)
	if sum.failed > 0 {
		return fmt.Errorf("ingest: %d of %d documents failed", sum.failed, len(files))
	}
	return nil
}

// knownRegionAndYear refuses a text whose region or report year was not
// recognised, as the upload page does (it asks for them): stored, its
// figures would be listed publicly under no region and no year.
func knownRegionAndYear(p db.Prepared) error {
	var missing []string
	if p.RegionCode == "" {
		missing = append(missing, "region")
	}
	if p.Year == 0 {
		missing = append(missing, "year")
	}
	if len(missing) == 0 {
		return nil
	}
	verb := "was"
	if len(missing) > 1 {
		verb = "were"
	}
	return fmt.Errorf("not stored: the report's %s %s not recognised (the title should name them, e.g. 株洲市2021年政府工作报告); add the title to the text, or use the upload page, which asks for them", strings.Join(missing, " and "), verb)
}

type ingestSummary struct{ added, dupes, failed, figures int }

func (s *ingestSummary) report(p *progress, path string, res db.IngestResult, err error) {
	switch {
	case err != nil:
		s.failed++
		p.line(true, "failed  %s: %v", path, err)
	case res.Duplicate:
		s.dupes++
		p.line(false, "skipped %s: already stored as document %d", path, res.DocumentID)
	default:
		s.added++
		s.figures += res.Figures
		p.line(false, "added   %s: document %d «%s» %s %d, %d figures", path, res.DocumentID, res.Title, res.Region, res.Year, res.Figures)
	}
}

// collect lists the files under a path: the file itself, or a folder's
// ingestable files, recursively, in name order. Only regular files are
// listed (symbolic links to them too): opening a FIFO blocks until
// someone writes to it, and a device may never end; those are returned
// as skipped. The walk stops when ctx ends.
func collect(ctx context.Context, p string) (files, skipped []string, err error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, nil, err
	}
	if !st.IsDir() {
		if !st.Mode().IsRegular() {
			return nil, nil, errors.New("not a regular file (a pipe, device or socket is never opened)")
		}
		return []string{p}, nil, nil
	}
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() || !ingestable[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, path)
		} else if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() { // a link to a file
			files = append(files, path)
		} else {
			skipped = append(skipped, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, skipped, err
}

// readLimited reads a regular file of at most max bytes. The file is
// opened without blocking and checked once open, so a FIFO put in its
// place after collect looked cannot hang the ingest either.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file (a pipe, device or socket is never read)")
	}
	if st.Size() > max {
		return nil, fmt.Errorf("larger than %d MB (raise -max-mb to read it)", max>>20)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("larger than %d MB (raise -max-mb to read it)", max>>20)
	}
	return b, nil
}

// loadSeeds fills an empty database with the embedded seed reports. A
// database that holds any document is left alone.
func loadSeeds(ctx context.Context, store *db.DB, stdout io.Writer) error {
	n, err := store.CountDocuments(ctx)
	if err != nil || n > 0 {
		return err
	}
	names, err := seeds.Names()
	if err != nil {
		return err
	}
	total := 0
	for _, name := range names {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			return err
		}
		res, err := store.Ingest(ctx, "seeds/"+name, b)
		if err != nil {
			return fmt.Errorf("seed %s: %w", name, err)
		}
		total += res.Figures
	}
	fmt.Fprintf(stdout, "Loaded %d seed reports (%d figures) into the empty database\n", len(names), total)
	return nil
}
