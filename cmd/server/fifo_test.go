//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A folder holding a FIFO named like a report: ingest used to open it
// and block until someone wrote to it, forever, deaf to SIGTERM. Now it
// skips what is not a regular file, says so, and ingests the rest.
func TestIngestSkipsAFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	good, _ := os.ReadFile(filepath.Join("..", "..", "seeds", "004_59ec48a6c6362c4b.txt"))
	os.WriteFile(filepath.Join(dir, "good.txt"), good, 0o644)
	dbPath := filepath.Join(t.TempDir(), "f.db")

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"ingest", "-db", dbPath, dir}, noEnv, strings.NewReader(""), &stdout, &stderr)
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ingest: %v\n%s%s", err, stdout.String(), stderr.String())
		}
	case <-ctx.Done():
		t.Fatal("ingest of a folder holding a FIFO did not finish in 30 s")
	}
	out := stdout.String()
	for _, want := range []string{"skipped " + filepath.Join(dir, "pipe.txt") + ": not a regular file", "added   " + filepath.Join(dir, "good.txt"), "1 ingested"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// Named on the command line, the FIFO is refused rather than opened.
	stdout.Reset()
	err := run(ctx, []string{"ingest", "-db", dbPath, filepath.Join(dir, "pipe.txt")}, noEnv, strings.NewReader(""), &stdout, &stderr)
	if err == nil || !strings.Contains(stdout.String(), "not a regular file") {
		t.Errorf("ingest of a FIFO by name: %v\n%s", err, stdout.String())
	}
	// And readLimited, should a FIFO take a file's place after the walk.
	if _, err := readLimited(filepath.Join(dir, "pipe.txt"), 1<<20); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("readLimited of a FIFO: %v", err)
	}
}

// SIGTERM stops a real ingest process promptly, a folder holding a FIFO
// included (the process used to sit in open(2) on it, deaf to the
// signal, for as long as nobody wrote to the pipe).
func TestIngestStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	syscall.Mkfifo(filepath.Join(dir, "a-pipe.txt"), 0o644)
	const n = 120
	for i := range n {
		os.WriteFile(filepath.Join(dir, "r"+strconv.Itoa(1000+i)+".txt"), append([]byte("(副本 "+strconv.Itoa(i)+")\n"), bytes.Repeat(variant(t, i), 4)...), 0o644)
	}
	cmd := serverProcess("ingest", "-db", filepath.Join(t.TempDir(), "s.db"), dir)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Past the walk (the FIFO named as skipped), into the documents.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), "a-pipe.txt") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var err error
	select {
	case err = <-exited:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("ingest ignored SIGTERM for 20 s:\n%s", out.String())
	}
	// Stopped (a failure exit), unless it had finished before the signal.
	if err == nil && !strings.Contains(out.String(), strconv.Itoa(n)+" ingested") {
		t.Errorf("ingest stopped by SIGTERM exited 0 without finishing:\n%s", out.String())
	}
}
