package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Extracting a folder on every core prints exactly what extracting its
// files one at a time prints, in the same order, failures included.
func TestExtractFolderInParallelKeepsTheOrder(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if len(seeds) < 4 {
		t.Fatal("no seeds")
	}
	dir := t.TempDir()
	for i, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644)
		if i == 2 {
			os.WriteFile(filepath.Join(dir, filepath.Base(s)+"-bad.txt"), []byte{0, 1, 0xff, 0xfe, 0}, 0o644)
		}
	}
	files, _, err := collect(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var want, wantErr bytes.Buffer
	for _, f := range files {
		var out, errs bytes.Buffer
		if err := run(context.Background(), []string{"extract", "--json", f}, noEnv, strings.NewReader(""), &out, &errs); err != nil && !strings.Contains(f, "-bad") {
			t.Fatalf("%s: %v", f, err)
		}
		want.Write(out.Bytes())
		wantErr.Write(errs.Bytes())
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	var got, gotErr bytes.Buffer
	err = run(context.Background(), []string{"extract", "--json", dir}, noEnv, strings.NewReader(""), &got, &gotErr)
	if err == nil || !strings.Contains(err.Error(), "1 of") {
		t.Errorf("extract of a folder with one bad file: %v", err)
	}
	if got.String() != want.String() || want.Len() == 0 {
		t.Errorf("folder output (%d bytes) differs from file by file (%d bytes)", got.Len(), want.Len())
	}
	if !strings.Contains(gotErr.String(), "-bad.txt") || !strings.HasPrefix(wantErr.String(), "extract: ") {
		t.Errorf("stderr %q, file by file %q", gotErr.String(), wantErr.String())
	}
}

// BenchmarkExtractFolder is `extract --json` over the shared corpus's
// whole reports (MUBIAO_CORPUS; the seeds when absent); run with
// -cpu 1,2 to compare one core with two (MB/s).
func BenchmarkExtractFolder(b *testing.B) {
	dir := os.Getenv("MUBIAO_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus", "full")
	}
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join("..", "..", "seeds")
	}
	files, _, err := collect(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, f := range files {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	b.SetBytes(size)
	for b.Loop() {
		var out, errs bytes.Buffer
		if err := run(context.Background(), []string{"extract", "--json", dir}, noEnv, strings.NewReader(""), &out, &errs); err != nil {
			b.Fatal(err, errs.String())
		}
	}
}

// A paragraph pasted without its heading gives no figures; extract says
// why on stderr instead of printing nothing, and still succeeds (the
// file was read). A text that names its region and has no figures says
// nothing.
func TestExtractSaysWhenNoRegionIsNamed(t *testing.T) {
	dir := t.TempDir()
	bare := filepath.Join(dir, "bare.txt")
	os.WriteFile(bare, []byte("过去一年，全市地区生产总值增长6.1%，达到3520亿元。\n"), 0o644)
	named := filepath.Join(dir, "named.txt")
	os.WriteFile(named, []byte("宁德市2025年政府工作报告\n\n各位代表：现在，我代表市人民政府作工作报告。\n"), 0o644)
	for _, c := range []struct {
		path, want string
	}{{bare, "names no region"}, {named, ""}} {
		var out, errs bytes.Buffer
		if err := run(context.Background(), []string{"extract", "--json", c.path}, noEnv, strings.NewReader(""), &out, &errs); err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: figures %q", c.path, out.String())
		}
		if c.want == "" && errs.Len() != 0 || c.want != "" && !strings.Contains(errs.String(), c.want) {
			t.Errorf("%s: stderr %q, want %q", c.path, errs.String(), c.want)
		}
	}
}
