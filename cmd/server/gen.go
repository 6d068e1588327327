package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/mubiao/mubiao/internal/db"
)

// runGen fills a new database with synthetic reports (see db.Generate):
// the data the README's performance figures are measured on.
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("gen", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", "./data/gen.db", "SQLite file to create (must hold no documents)")
	years := fl.Int("years", 20, "report years per region")
	last := fl.Int("last", time.Now().Year(), "latest report year")
	seed := fl.Uint64("seed", 1, "random seed: the same seed gives the same data")
	prefs := fl.Int("prefectures", 0, "only the first N prefectures and their counties (0: all)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	tenth := -1
	res, err := store.Generate(ctx, db.GenOptions{Years: *years, LastYear: *last, Seed: *seed, Prefectures: *prefs,
		Progress: func(done, total int) {
			if t := done * 10 / total; t != tenth {
				tenth = t
				fmt.Fprintf(stdout, "%3d%%  %d/%d regions  %s\n", t*10, done, total, time.Since(start).Round(time.Second))
			}
		}})
	if err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "Generated %d regions, %d documents, %d figures in %s (%.0f figures/s) into %s\n",
		res.Regions, res.Documents, res.Figures, el.Round(time.Millisecond), float64(res.Figures)/el.Seconds(), *dbPath)
	return nil
}

// runBackup copies a database, live or not, to a new file.
func runBackup(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("backup", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dbPath := fl.String("db", envOr(getenv, "MUBIAO_DB", "./data/mubiao.db"), "SQLite database file (env MUBIAO_DB)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("backup: name the file to write, e.g. 'backup ./mubiao-%s.db'", time.Now().Format("20060102"))
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	if err := store.Backup(ctx, fl.Arg(0)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Backed up %s to %s in %s\n", *dbPath, fl.Arg(0), time.Since(start).Round(time.Millisecond))
	return nil
}
