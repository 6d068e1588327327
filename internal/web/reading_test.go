package web

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/db"
	"github.com/mubiao/mubiao/internal/targets"
)

// Every extracted figure's page says why it was read as it was: the year,
// kind and region it was read as, the part of the report it came from, and
// what decided each.
func TestFigurePageSaysWhyItWasRead(t *testing.T) {
	s := seededStore(t)
	figs, err := s.Figures(context.Background(), db.FigureFilter{Indicator: "gdp_growth", Kind: targets.Planned, Limit: 1})
	if err != nil || len(figs) == 0 {
		t.Fatalf("no planned gdp_growth figure in the seeds: %v", err)
	}
	f := figs[0]
	doc := mustOK(t, s, "/figures/"+strconv.FormatInt(f.ID, 10))
	why := doc.Find(`[data-testid="figure-reading"]`)
	if why.Length() != 1 {
		t.Fatal("no reading on the figure page")
	}
	got := text(why)
	for _, want := range []string{"读作", strconv.Itoa(f.Year) + "年", "目标", f.Region} {
		if !strings.Contains(got, want) {
			t.Errorf("reading %q lacks %q", got, want)
		}
	}
	if text(doc.Find(`[data-testid="reading-time"]`)) == "" || text(doc.Find(`[data-testid="reading-subject"]`)) == "" {
		t.Error("the reading does not say what decided the year and the region")
	}
	en := mustOK(t, s, "/figures/"+strconv.FormatInt(f.ID, 10)+"?lang=en")
	if got := text(en.Find(`[data-testid="figure-reading"]`)); !strings.Contains(got, "Read as") || !strings.Contains(got, "target") {
		t.Errorf("English reading = %q", got)
	}
}
