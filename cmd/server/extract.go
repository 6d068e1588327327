package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

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
		fmt.Fprintln(stderr, "usage: server extract --json FILE...")
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
	var failed int
	for _, path := range fs.Args() {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			failed++
			continue
		}
		text, _, err := targets.Decode(b)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: %v\n", path, err)
			failed++
			continue
		}
		for _, f := range targets.Extract(text) {
			if *asJSON {
				if err := enc.Encode(extractLine{File: path, Figure: f}); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(stdout, "%s\t%s\t%s\n", path, f, f.Quote)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files could not be read", failed, fs.NArg())
	}
	return nil
}
