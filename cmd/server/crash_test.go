package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// TestMain lets the test binary stand in for the server binary: with
// MUBIAO_RUN_AS_SERVER set it runs main with those arguments, so a test
// can start the real program as a child process and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("MUBIAO_RUN_AS_SERVER"); args != "" {
		os.Args = append([]string{"server"}, strings.Split(args, "\x1f")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// serverProcess prepares the program as a child process with arguments.
func serverProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "MUBIAO_RUN_AS_SERVER="+strings.Join(args, "\x1f"))
	return cmd
}

// A SIGKILL in the middle of a large bulk ingest must leave a database
// that opens, passes integrity_check (the full-text index included),
// holds every document reported added (reported only once its batch
// committed) with all its figures, and nothing of the batch being
// written.
func TestIngestKilledMidwayLosesOnlyTheUnfinishedBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a child process")
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	// Forty distinct large reports (each a seed repeated to ~1 MB with
	// its own first line), so ingest is busy when the kill arrives.
	const n = 40
	for i := range n {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		body := fmt.Sprintf("第%d份\n", i) + strings.Repeat(string(b)+"\n", max(1, (1<<20)/len(b)))
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("%02d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dbPath := filepath.Join(dir, "crash.db")
	cmd := serverProcess("ingest", "-db", dbPath, docs)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill after a few documents were reported stored (so committed).
	committed := 0
	reported := map[string]bool{}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) > 1 && f[0] == "added" {
			committed++
			reported[strings.TrimSuffix(f[1], ":")] = true
		}
		if committed == 3 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed < 3 {
		t.Fatalf("ingest ended before the kill with %d documents", committed)
	}

	ctx := context.Background()
	store, err := db.Open(ctx, dbPath)
	if err != nil {
		t.Fatalf("database does not open after SIGKILL: %v", err)
	}
	defer store.Close()
	if s, err := store.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity_check: %q %v", s, err)
	}
	stored, err := store.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) < committed || len(stored) >= n {
		t.Fatalf("%d documents stored; %d were reported committed and the kill came before the last of %d", len(stored), committed, n)
	}
	// Each stored document is whole: all the figures its text yields.
	total := 0
	for _, d := range stored {
		delete(reported, d.Source)
		full, err := store.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		figs, err := store.CountFigures(ctx, db.FigureFilter{Document: d.ID, IncludeRejected: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := len(targets.Extract(full.Text)); figs != want || want == 0 {
			t.Errorf("document %d %s: %d figures stored, its text yields %d", d.ID, d.Source, figs, want)
		}
		total += figs
	}
	if len(reported) > 0 {
		t.Errorf("reported added but not stored: %v", reported)
	}
	// And nothing of the unfinished batch: no figure without its document
	// (counted on the raw table, not through the joins views use).
	raw, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var all int
	if err := raw.QueryRow("SELECT COUNT(*) FROM figures").Scan(&all); err != nil || all != total {
		t.Errorf("%d figures in the table (%v), %d belong to stored documents", all, err, total)
	}
	t.Logf("killed after %d reported commits: %d documents, %d figures stored", committed, len(stored), total)
}

// server backup copies the database a running server is serving, while
// it serves: the copy is sound and complete, and no request fails.
func TestBackupWhileServing(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "live.db")
	base, _, stop := startServer(t, dbPath)
	defer stop()
	ctx, cancel := context.WithCancel(context.Background())
	failures := make(chan string, 100)
	served := make(chan int, 1)
	go func() {
		n := 0
		for ctx.Err() == nil {
			resp, err := http.Get(base + "/documents")
			if err != nil || resp.StatusCode != http.StatusOK {
				failures <- fmt.Sprint(err, resp)
			} else {
				n++
			}
			if resp != nil {
				resp.Body.Close()
			}
		}
		served <- n
	}()
	copyPath := filepath.Join(dir, "copy.db")
	var out syncBuffer
	err := run(context.Background(), []string{"backup", "-db", dbPath, copyPath}, noEnv, strings.NewReader(""), &out, &out)
	cancel()
	n := <-served
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, out.String())
	}
	close(failures)
	for f := range failures {
		t.Errorf("a request failed during the backup: %s", f)
	}
	store, err := db.Open(context.Background(), copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if s, err := store.IntegrityCheck(context.Background()); s != "ok" {
		t.Fatalf("copy integrity: %q %v", s, err)
	}
	if docs, _ := store.CountDocuments(context.Background()); docs != 24 {
		t.Errorf("copy holds %d documents, want the 24 seeds", docs)
	}
	t.Logf("%s; %d pages served meanwhile", strings.TrimSpace(out.String()), n)
}

// gen drops the indexes and triggers it does not need while it writes
// and builds them once at its end; a SIGKILL in between must leave a
// file that opens with every one of them back.
func TestGenKilledMidwayOpensWithEveryIndexAndTrigger(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a child process")
	}
	dir := t.TempDir()
	ctx := context.Background()
	freshPath := filepath.Join(dir, "fresh.db")
	fresh, err := db.Open(ctx, freshPath)
	if err != nil {
		t.Fatal(err)
	}
	fresh.Close()
	want := indexesAndTriggers(t, freshPath)

	dbPath := filepath.Join(dir, "gen.db")
	cmd := serverProcess("gen", "-db", dbPath, "-years", "6", "-prefectures", "40")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once a batch past the first is committed: the load is under way.
	sc := bufio.NewScanner(out)
	progressed := false
	for sc.Scan() {
		if strings.HasPrefix(strings.TrimSpace(sc.Text()), "10%") {
			progressed = true
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if !progressed {
		t.Fatal("gen ended before reporting 10%")
	}
	// The kill came while the indexes were set aside (else this tests nothing).
	if got := indexesAndTriggers(t, dbPath); len(got) >= len(want) {
		t.Fatalf("killed gen left %d indexes and triggers, want fewer than %d", len(got), len(want))
	}
	store, err := db.Open(ctx, dbPath)
	if err != nil {
		t.Fatalf("database does not open after SIGKILL: %v", err)
	}
	if s, err := store.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity_check: %q %v", s, err)
	}
	store.Close()
	if got := indexesAndTriggers(t, dbPath); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("after reopening:\n%q\nwant\n%q", got, want)
	}
}

// indexesAndTriggers reads a database file's indexes and triggers with
// their CREATE statements.
func indexesAndTriggers(t *testing.T, path string) []string {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query(`SELECT type || ' ' || name || ': ' || sql FROM sqlite_master
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
