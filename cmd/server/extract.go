package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

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
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	var failed, total int
	for _, arg := range fs.Args() {
		paths, err := collect(arg)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			failed++
			total++
			continue
		}
		for _, path := range paths {
			total++
			if !extractFile(enc, path, *asJSON, stdout, stderr) {
				failed++
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files could not be read", failed, total)
	}
	return nil
}

// extractFile prints one file's figures; false when it could not be read.
func extractFile(enc *json.Encoder, path string, asJSON bool, stdout, stderr io.Writer) bool {
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
	for _, f := range targets.Extract(text) {
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
