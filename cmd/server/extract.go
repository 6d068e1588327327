package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/mubiao/mubiao/internal/targets"
)

// extractLine is one line of `extract --json`: the figures contract plus
// the file it came from.
type extractLine struct {
	File string `json:"file"`
	targets.Figure
}

// runExtract prints the figures of each file as JSON Lines (the figures
// contract). Every file is tried; the exit status says whether all were read.
func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print figures as JSON Lines (the figures contract)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: server extract --json FILE_OR_FOLDER...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("extract: no files given")
	}
	// The extractor's live heap is a few MB (its tables and a document a
	// core), so at the collector's default pace it runs every few MB
	// allocated, many times a report. A quarter as often costs about
	// 25 MB more at peak (a folder of 1,550 reports: 32 → 57 MiB) and
	// leaves the cores to the extraction; a command that exits soon has
	// no use for memory given back early.
	debug.SetGCPercent(400)
	var failed, total int
	var paths []string
	for _, arg := range fs.Args() {
		found, skipped, err := collect(context.Background(), arg)
		for _, sk := range skipped {
			fmt.Fprintf(stderr, "extract: %s: not a regular file, skipped\n", sk)
		}
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			failed++
			total++
			continue
		}
		paths = append(paths, found...)
	}
	total += len(paths)
	failed += extractAll(paths, *asJSON, stdout, stderr)
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files could not be read", failed, total)
	}
	return nil
}

// extractAll extracts files on every core and prints each file's
// figures whole and in the order given, as one core would; it returns
// how many files could not be read. Workers run at most a few files
// ahead of the printing, so a folder of any size is not held in memory.
func extractAll(paths []string, asJSON bool, stdout, stderr io.Writer) int {
	type result struct {
		out, errs bytes.Buffer
		ok        bool
	}
	workers := runtime.GOMAXPROCS(0)
	done := make([]chan *result, len(paths))
	for i := range done {
		done[i] = make(chan *result, 1)
	}
	ahead := make(chan struct{}, 4*workers)
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range paths {
			ahead <- struct{}{}
			next <- i
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				r := &result{}
				r.ok = extractFile(&r.out, &r.errs, paths[i], asJSON)
				done[i] <- r
			}
		}()
	}
	failed := 0
	for i := range paths {
		r := <-done[i]
		<-ahead
		stdout.Write(r.out.Bytes())
		stderr.Write(r.errs.Bytes())
		if !r.ok {
			failed++
		}
	}
	return failed
}

// extractFile writes one file's figures; false when it could not be read.
func extractFile(stdout, stderr io.Writer, path string, asJSON bool) bool {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	b, err := readLimited(path, defaultMaxMB<<20)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s: %v\n", path, err)
		return false
	}
	text, _, err := targets.ReadDocument(path, b)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s: %v\n", path, err)
		return false
	}
	a := targets.Analyze(text)
	if a.Err != nil {
		fmt.Fprintf(stderr, "extract: %s: %v\n", path, a.Err)
		return false
	}
	if len(a.Figures) == 0 && a.Region() == "" {
		// Not a failure (the text was read), but a user pasting a paragraph
		// without its heading would otherwise get silence: the extractor
		// reads no figure it cannot give a region.
		fmt.Fprintf(stderr, "extract: %s: no figures: the text names no region (a title such as 株洲市2021年政府工作报告 names it)\n", path)
	}
	for _, f := range a.Figures {
		if asJSON {
			if err := enc.Encode(extractLine{File: path, Figure: f}); err != nil {
				fmt.Fprintf(stderr, "extract: %v\n", err)
				return false
			}
		} else {
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", path, f, f.Quote)
		}
	}
	return true
}
