package main

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

func TestUserDisplayName(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "d.db")
	var out, errOut bytes.Buffer
	ctx := context.Background()
	if err := run(ctx, []string{"user", "add", "-db", dbPath, "-display", "王编辑", "wang"}, noEnv, strings.NewReader("correct horse battery\n"), &out, &errOut); err != nil {
		t.Fatalf("user add -display: %v %s", err, errOut.String())
	}
	if err := run(ctx, []string{"user", "display", "-db", dbPath, "wang", "统计科 王"}, noEnv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("user display: %v", err)
	}
	if err := run(ctx, []string{"user", "display", "-db", dbPath, "nobody", "x"}, noEnv, strings.NewReader(""), &out, &errOut); err == nil {
		t.Error("a display name for a user that does not exist was accepted")
	}
	if !strings.Contains(out.String(), `wang is shown as "统计科 王"`) {
		t.Errorf("output: %s", out.String())
	}
}

func TestWarnsWhenBuiltWithAnOlderGo(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	for v, want := range map[string]bool{"go1.26.8": true, "go1.27.2": true, "go1.27.3": false, "go1.28.0": false, "devel go1.28-abc": false} {
		buf.Reset()
		if got := warnOldGo(log, v); got != want || got != strings.Contains(buf.String(), "GOTOOLCHAIN=go1.27.3") {
			t.Errorf("warnOldGo(%q) = %v, logged %q; want %v", v, got, buf.String(), want)
		}
	}
}
