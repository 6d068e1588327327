package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The README and the docs point a fresh clone only at files it has: every
// relative link resolves inside the repository, and what lives outside it
// (the gold data and the scorer in ../shared) is said to be so.
func TestDocsPointAtFilesTheCloneHas(t *testing.T) {
	root := filepath.Join("..", "..")
	link := regexp.MustCompile(`\]\(([^)#\s]+)[^)]*\)`)
	for _, doc := range []string{"README.md", "docs/figures.md"} {
		b, err := os.ReadFile(filepath.Join(root, doc))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, m := range link.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.Contains(target, "://") {
				continue
			}
			if _, err := os.Stat(filepath.Join(root, filepath.Dir(doc), target)); err != nil {
				t.Errorf("%s links to %s, which a clone does not have", doc, target)
			}
		}
		lines := strings.Split(text, "\n")
		for i, line := range lines {
			if !strings.Contains(line, "../shared/") {
				continue
			}
			near := strings.Join(lines[max(0, i-4):i+1], " ")
			if !strings.Contains(near, "not in this repository") && !strings.Contains(near, "not part of this repository") {
				t.Errorf("%s:%d points at ../shared without saying it is outside the repository: %q", doc, i+1, line)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(root, "docs", "figures.md")); err != nil {
		t.Error("the project carries no description of the figures contract")
	}
}
