package pages

import (
	"context"
	"strings"
	"testing"

	"github.com/a-h/templ"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/layout"
)

func renderString(t *testing.T, c templ.Component) string {
	t.Helper()
	var b strings.Builder
	if err := c.Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The matrix's repeated badges are what CellStatus renders, each cell's
// own where it differs (未找到结果 links to its report), in either language.
func TestStatusBadgesRenderAsCellStatus(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		p := layout.Page{Lang: lang}
		b := newStatusBadges(p)
		cells := []*Cell{{Status: targets.StatusMet}, {Status: targets.StatusMissed}, {Status: targets.StatusMet},
			{Status: targets.StatusNotFound, Year: 2021, Later: &DocLink{ID: 7, Title: "某县2022年政府工作报告"}},
			{Status: targets.StatusNotFound, Year: 2021, Later: &DocLink{ID: 9, Title: "<b>"}}, {Status: targets.StatusPending}}
		for i, c := range cells {
			got, want := renderString(t, b.of(c)), renderString(t, CellStatus(p, c))
			if got != want || want == "" {
				t.Errorf("%s cell %d: %q, want %q", lang, i, got, want)
			}
		}
		if len(b.html) != 3 {
			t.Errorf("%s: %d badges kept, want one per status shown the same way (met, missed, pending)", lang, len(b.html))
		}
	}
}
