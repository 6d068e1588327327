package db

import (
	"context"
	"testing"
)

func TestPrepareCorrectStore(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	raw := seed(t, "000_6f4df8c0621cba8b.txt")
	p, err := d.Prepare(ctx, "000.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if p.Region != "株洲市" || p.RegionCode != "4302" || p.Year == 0 || len(p.Analysis.Figures) == 0 {
		t.Fatalf("detected %q %q %d with %d figures", p.Region, p.RegionCode, p.Year, len(p.Analysis.Figures))
	}
	if n, _ := d.CountDocuments(ctx); n != 0 {
		t.Fatal("Prepare wrote a document")
	}
	years := map[int]int{}
	moved := 0
	for _, f := range p.Analysis.Figures {
		years[f.Year]++
		if f.Region == p.Region {
			moved++
		}
	}
	if err := p.Correct("攸县报告", "430223", p.Year+1); err != nil {
		t.Fatal(err)
	}
	if err := p.Correct("", "999999", 0); err == nil {
		t.Error("an unknown region code was accepted")
	}
	res, err := d.Save(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := d.Document(ctx, res.DocumentID)
	if doc.Title != "攸县报告" || doc.RegionCode != "430223" || doc.ReportYear != p.Year {
		t.Errorf("stored document = %q %q %d", doc.Title, doc.RegionCode, doc.ReportYear)
	}
	figs, _ := d.Figures(ctx, FigureFilter{Document: res.DocumentID})
	got := map[int]int{}
	inYou := 0
	for _, f := range figs {
		got[f.Year-1]++
		if f.RegionCode == "430223" {
			inYou++
		}
	}
	for y, n := range years {
		if got[y] != n {
			t.Errorf("year %d: %d figures before the shift, %d after", y, n, got[y])
		}
	}
	if inYou != moved {
		t.Errorf("%d figures moved to 攸县, want %d", inYou, moved)
	}
	// The same bytes again: a duplicate, nothing written.
	again, err := d.Prepare(ctx, "copy.txt", raw)
	if err != nil || again.Duplicate != res.DocumentID {
		t.Errorf("Prepare of stored bytes = %+v, %v", again.Duplicate, err)
	}
}
