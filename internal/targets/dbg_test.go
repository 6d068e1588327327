package targets

import (
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	s := os.Getenv("S")
	if s == "" {
		t.Skip()
	}
	rs := []rune(Normalize(s).String())
	for _, r := range parseSentence(rs, 0, len(rs), Region{}) {
		t.Logf("%s %v %s start=%v year=%d %q", r.key, r.value, r.cmp, r.start, r.year, string(rs[r.from:r.to]))
	}
}

func TestDbgTitle(t *testing.T) {
	s := os.Getenv("T")
	if s == "" {
		t.Skip()
	}
	a := Analyze(s)
	for _, ar := range a.Articles {
		t.Logf("title=%q region=%v year=%d month=%d", ar.Title, ar.Region, ar.ReportYear, ar.Month)
	}
}

func TestDbgFigs(t *testing.T) {
	s := os.Getenv("F")
	if s == "" {
		t.Skip()
	}
	for _, f := range Extract(s) {
		t.Logf("%v «%s»", f, f.Quote)
	}
}
