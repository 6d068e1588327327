package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// syncBuffer is a goroutine-safe writer for run's output.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func noEnv(string) string { return "" }

var listenRe = regexp.MustCompile(`listening on (http://\S+)`)

// startServer runs the server on port 0 and returns its base URL once
// /healthz answers.
func startServer(t *testing.T, dbPath string) (base string, stdout *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout = &syncBuffer{}
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-db", dbPath}, noEnv, strings.NewReader(""), stdout, stderr)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := listenRe.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
			if resp, err := http.Get(base + "/healthz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
		}
		select {
		case err := <-done:
			t.Fatalf("server exited early: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("server did not start; stdout: %s stderr: %s", stdout.String(), stderr.String())
	}
	return base, stdout, func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run returned %v on shutdown", err)
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeEndToEnd(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "data", "mubiao.db")
	base, out, stop := startServer(t, dbPath)
	status, body := get(t, base+"/")
	if status != http.StatusOK {
		t.Fatalf("GET / = %d", status)
	}
	for _, want := range []string{`lang="zh-CN"`, "目标与结果", "地区生产总值增长", `data-testid="scorecard"`, "/documents/"} {
		if !strings.Contains(body, want) {
			t.Errorf("GET / lacks %q", want)
		}
	}
	if !strings.Contains(out.String(), "Loaded 24 seed reports") {
		t.Errorf("first start did not load seeds: %s", out.String())
	}
	stop()

	// A second start finds the documents and ingests nothing twice.
	_, out2, stop2 := startServer(t, dbPath)
	defer stop2()
	if strings.Contains(out2.String(), "Loaded") {
		t.Errorf("second start loaded seeds again: %s", out2.String())
	}
}

func TestExtractJSON(t *testing.T) {
	path := filepath.Join("..", "..", "seeds", "000_6f4df8c0621cba8b.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"extract", "--json", path}, noEnv, strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("extract: %v (%s)", err, stderr.String())
	}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	lines := 0
	for sc.Scan() {
		lines++
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", lines, err)
		}
		for _, f := range []string{"file", "region", "year", "period", "kind", "indicator", "value", "unit", "cmp", "preliminary", "quote", "start", "end"} {
			if _, ok := m[f]; !ok {
				t.Errorf("line %d lacks field %q", lines, f)
			}
		}
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		if got := string(raw[start:end]); got != m["quote"] {
			t.Errorf("bytes %d:%d = %q, want quote %q", start, end, got, m["quote"])
		}
		if m["file"] != path {
			t.Errorf("file = %v, want %s", m["file"], path)
		}
	}
	if lines < 5 {
		t.Fatalf("extract printed %d figures, want the seed's targets", lines)
	}
}

func TestExtractUnreadableFileFails(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte{0, 1, 2, 0xff, 0xfe, 0}, 0o644)
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"extract", "--json", filepath.Join(dir, "missing.txt"), bin}, noEnv, strings.NewReader(""), &stdout, &stderr)
	if err == nil {
		t.Fatal("extract of unreadable files succeeded")
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q, want nothing", stdout.String())
	}
	if !strings.Contains(stderr.String(), "missing.txt") || !strings.Contains(stderr.String(), "bin.txt") {
		t.Errorf("stderr does not name both files: %s", stderr.String())
	}
}

func TestIngestFolder(t *testing.T) {
	dir := t.TempDir()
	good, _ := os.ReadFile(filepath.Join("..", "..", "seeds", "004_59ec48a6c6362c4b.txt"))
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("2020年1月5日在某某县第十届人民代表大会第四次会议上\n攸县政府工作报告\n全县地区生产总值增长7.5%左右。"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a/good.txt": good,
		"z/same.txt": good,
		"empty.txt":  {},
		"binary.txt": {0x00, 0x01, 0x02, 0x03},
		"gbk.txt":    gbk,
		"skip.png":   {0x89, 'P', 'N', 'G'},
		"page.html":  []byte("<html><head><title>茶陵县政府工作报告</title><script>alert(1)</script></head><body><p>2021年1月在茶陵县人民代表大会上</p><p>全县地区生产总值增长8%左右。</p></body></html>"),
		"big.txt":    bytes.Repeat([]byte("增长8%。\n"), 150000), // 1.5 MB, over -max-mb 1
		// A paragraph without its title: no region, no year. The upload
		// page asks for them; ingest refuses it rather than list its
		// figures publicly under no region.
		"headless.txt": []byte("全市地区生产总值增长6.1%,规模工业增加值增长7%。"),
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, b, 0o644)
	}
	dbPath := filepath.Join(t.TempDir(), "i.db")
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"ingest", "-db", dbPath, "-max-mb", "1", dir}, noEnv, strings.NewReader(""), &stdout, &stderr)
	if err == nil {
		t.Fatal("ingest with bad files reported success")
	}
	out := stdout.String()
	for _, want := range []string{"added   " + filepath.Join(dir, "a/good.txt"), "skipped " + filepath.Join(dir, "z/same.txt"),
		"failed  " + filepath.Join(dir, "empty.txt"), "failed  " + filepath.Join(dir, "binary.txt"), "added   " + filepath.Join(dir, "gbk.txt"),
		"added   " + filepath.Join(dir, "page.html"), "failed  " + filepath.Join(dir, "big.txt") + ": larger than 1 MB",
		"failed  " + filepath.Join(dir, "headless.txt") + ": not stored: the report's region and year were not recognised",
		"3 ingested", "1 already stored", "4 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "skip.png") {
		t.Errorf("ingest read a .png from a folder:\n%s", out)
	}
}

func TestServeRefusesMalformedEmbedOrigins(t *testing.T) {
	env := func(k string) string {
		if k == "MUBIAO_EMBED_ORIGINS" {
			return "www.zhuzhou.gov.cn"
		}
		return ""
	}
	dbPath := filepath.Join(t.TempDir(), "mubiao.db")
	err := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-db", dbPath}, env, strings.NewReader(""), io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "MUBIAO_EMBED_ORIGINS") || !strings.Contains(err.Error(), "scheme://host") {
		t.Fatalf("run = %v, want an error naming MUBIAO_EMBED_ORIGINS and the expected form", err)
	}
	if _, statErr := os.Stat(dbPath); statErr == nil {
		t.Error("a database was created before the configuration was checked")
	}
}

func TestIngestProgressOnATerminal(t *testing.T) {
	var out bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &out, tty: true, total: 3, width: 10, now: func() time.Time { return clock }}
	p.start = clock
	for i := 0; i < 3; i++ {
		clock = clock.Add(time.Second)
		if i == 1 {
			p.line(true, "failed  b.txt: broken")
		} else {
			p.line(false, "added   x")
		}
		p.step(1_000_000, 10)
	}
	p.finish()
	got := out.String()
	for _, want := range []string{"failed  b.txt: broken\n", "[██████████] 3/3 documents · 30 figures · 1.0 docs/s · 1.00 MB/s\n", "\r\033[K"} {
		if !strings.Contains(got, want) {
			t.Errorf("terminal output lacks %q:\n%q", want, got)
		}
	}
	if strings.Contains(got, "added") {
		t.Errorf("a terminal shows only failures line by line:\n%q", got)
	}
}

func TestUserAddAndReextract(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "u.db")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"user", "add", "-db", dbPath, "wang"}, noEnv, strings.NewReader("correct horse battery\n"), &out, &errOut); err != nil {
		t.Fatalf("user add: %v %s", err, errOut.String())
	}
	err := run(context.Background(), []string{"user", "add", "-db", dbPath, "li"}, noEnv, strings.NewReader("short\n"), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "at least") {
		t.Errorf("a short password = %v", err)
	}
	if err := run(context.Background(), []string{"user", "add", "-db", dbPath, "wang"}, noEnv, strings.NewReader("another long one\n"), &out, &errOut); err == nil {
		t.Error("a second wang was added")
	}
	if err := run(context.Background(), []string{"reextract", "-db", dbPath, "-all"}, noEnv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "User wang added") || !strings.Contains(out.String(), "Re-extracted 0 documents") {
		t.Errorf("output: %s", out.String())
	}
}
