package db

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
)

// reviewed ingests the 株洲市 2021 report and returns its figures.
func reviewed(t *testing.T) (*DB, []targets.Record) {
	t.Helper()
	d := MustOpenDB(t)
	if _, err := d.Ingest(context.Background(), "000.txt", seed(t, "000_6f4df8c0621cba8b.txt")); err != nil {
		t.Fatal(err)
	}
	figs, err := d.Figures(context.Background(), FigureFilter{})
	if err != nil || len(figs) < 5 {
		t.Fatalf("figures: %d, %v", len(figs), err)
	}
	return d, figs
}

func TestReviewActionsAreAudited(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	confirm, correct, reject := figs[0], figs[1], figs[2]

	if _, err := d.Review(ctx, "wang", confirm.ID, ActionConfirm, Correction{}); err != nil {
		t.Fatal(err)
	}
	fix := Correction{Region: "430281", Year: correct.Year - 1, Kind: targets.Reported, Indicator: "cpi", Value: 2.5, Cmp: targets.AtMost}
	after, err := d.Review(ctx, "li", correct.ID, ActionCorrect, fix)
	if err != nil {
		t.Fatal(err)
	}
	if after.Region != "醴陵市" || after.Year != fix.Year || after.Indicator != "cpi" || after.Value != 2.5 || after.Unit != "%" ||
		after.Cmp != targets.AtMost || after.ReviewStatus != "corrected" || after.Quote != correct.Quote {
		t.Errorf("corrected figure = %+v", after)
	}
	if _, err := d.Review(ctx, "wang", reject.ID, ActionReject, Correction{}); err != nil {
		t.Fatal(err)
	}

	// Rejected figures leave every list; the figure itself can still be read.
	left, _ := d.Figures(ctx, FigureFilter{})
	if len(left) != len(figs)-1 {
		t.Errorf("figures after a rejection = %d, want %d", len(left), len(figs)-1)
	}
	for _, f := range left {
		if f.ID == reject.ID {
			t.Error("a rejected figure is still listed")
		}
	}
	if r, err := d.Figure(ctx, reject.ID); err != nil || r.ReviewStatus != "rejected" {
		t.Errorf("Figure(rejected) = %+v, %v", r, err)
	}

	h, err := d.History(ctx, correct.ID)
	if err != nil || len(h) != 1 {
		t.Fatalf("history = %+v, %v", h, err)
	}
	e := h[0]
	if e.User != "li" || e.Action != ActionCorrect || e.At == "" || e.Before["indicator"] != correct.Indicator ||
		e.After["indicator"] != "cpi" || e.After["region_code"] != "430281" || e.Before["review_status"] != "unreviewed" {
		t.Errorf("audit entry = %+v", e)
	}

	// Bad corrections are refused whole: nothing changes, nothing is logged.
	for _, bad := range []Correction{
		{Region: "430281", Year: 2020, Kind: "maybe", Indicator: "cpi", Cmp: targets.AtMost},
		{Region: "430281", Year: 2020, Kind: targets.Planned, Indicator: "no_such", Cmp: targets.AtMost},
		{Region: "火星市", Year: 2020, Kind: targets.Planned, Indicator: "cpi", Cmp: targets.AtMost},
		{Region: "株州高新区", Year: 2020, Kind: targets.Planned, Indicator: "cpi", Cmp: targets.AtMost}, // 株洲 misspelt: a zone no division places
		{Region: "430281", Year: 1800, Kind: targets.Planned, Indicator: "cpi", Cmp: targets.AtMost},
	} {
		if _, err := d.Review(ctx, "li", confirm.ID, ActionCorrect, bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Review(%+v) = %v, want ErrInvalid", bad, err)
		}
	}
	if h, _ := d.History(ctx, confirm.ID); len(h) != 1 {
		t.Errorf("refused corrections were logged: %d entries", len(h))
	}
	if _, err := d.Review(ctx, "li", 999999, ActionConfirm, Correction{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("review of a missing figure = %v", err)
	}
}

// A zone the division list cannot place and the store does not hold is
// saved only when the reviewer says it is new; once stored, it is named
// like any other region.
func TestUnplacedZoneNeedsNewRegion(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	fix := Correction{Region: "株州高新区", Year: 2020, Kind: targets.Planned, Indicator: "cpi", Value: 3, Cmp: targets.About}
	_, err := d.Review(ctx, "li", figs[0].ID, ActionCorrect, fix)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), NewRegionReason) || !strings.Contains(err.Error(), "株州高新区") {
		t.Fatalf("an unplaced zone without NewRegion = %v", err)
	}
	// A zone the list places under its city needs no tick.
	if after, err := d.Review(ctx, "li", figs[1].ID, ActionCorrect, Correction{Region: "醴陵经开区", Year: 2020, Kind: targets.Planned, Indicator: "cpi", Value: 3, Cmp: targets.About}); err != nil || after.Region != "醴陵经开区" {
		t.Fatalf("醴陵经开区 = %+v, %v", after, err)
	}
	fix.NewRegion = true
	after, err := d.Review(ctx, "li", figs[0].ID, ActionCorrect, fix)
	if err != nil || after.Region != "株州高新区" {
		t.Fatalf("with NewRegion = %+v, %v", after, err)
	}
	fix.NewRegion = false
	if after, err := d.Review(ctx, "li", figs[2].ID, ActionCorrect, fix); err != nil || after.Region != "株州高新区" {
		t.Fatalf("the stored zone named again = %+v, %v", after, err)
	}
}

func TestAddFigureFromSelectedSentence(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	doc, _ := d.Document(ctx, figs[0].DocumentID)
	quote := "全年新增实绩出口企业100家"
	if !strings.Contains(doc.Text, quote) {
		t.Fatalf("the seed has no %q", quote)
	}
	c := Correction{Region: "4302", Year: 2021, Kind: targets.Planned, Indicator: "gdp_growth", Value: 100, Cmp: targets.AtLeast}
	r, err := d.AddFigure(ctx, "zhao", doc.ID, quote, 0, c)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text[r.Start:r.End] != quote || r.ReviewStatus != "confirmed" || r.Region != "株洲市" {
		t.Errorf("added figure = %+v", r)
	}
	if h, _ := d.History(ctx, r.ID); len(h) != 1 || h[0].Action != ActionAdd || h[0].Before != nil {
		t.Errorf("history of an added figure = %+v", h)
	}
	if _, err := d.AddFigure(ctx, "zhao", doc.ID, "这句话不在文中", 0, c); !errors.Is(err, ErrInvalid) {
		t.Errorf("a quote not in the document = %v, want ErrInvalid", err)
	}
}

func TestDecisionsSurviveReextraction(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	rejected, corrected, confirmed := figs[0], figs[1], figs[2]
	d.Review(ctx, "wang", rejected.ID, ActionReject, Correction{})
	d.Review(ctx, "wang", corrected.ID, ActionCorrect, Correction{Region: corrected.RegionCode, Year: corrected.Year,
		Kind: corrected.Kind, Indicator: corrected.Indicator, Value: corrected.Value + 1, Cmp: corrected.Cmp})
	d.Review(ctx, "wang", confirmed.ID, ActionConfirm, Correction{})
	before, _ := d.Figures(ctx, FigureFilter{})

	// A new extractor version reads the document again.
	if _, err := d.sql.Exec(`UPDATE documents SET extractor_version = 'old'`); err != nil {
		t.Fatal(err)
	}
	res, err := d.Reextract(ctx, false)
	if err != nil || res.Documents != 1 || res.Carried != 3 {
		t.Fatalf("Reextract = %+v, %v; want 1 document, 3 decisions carried", res, err)
	}
	after, _ := d.Figures(ctx, FigureFilter{})
	if len(after) != len(before) {
		t.Errorf("figures: %d after re-extraction, %d before (the rejected one must not come back)", len(after), len(before))
	}
	byID := map[int64]targets.Record{}
	for _, f := range after {
		byID[f.ID] = f
		if f.Start == rejected.Start && f.Indicator == rejected.Indicator && f.Kind == rejected.Kind && f.ReviewStatus == "unreviewed" {
			t.Errorf("the rejected figure was read back: %+v", f)
		}
	}
	if f := byID[corrected.ID]; f.Value != corrected.Value+1 || f.ReviewStatus != "corrected" {
		t.Errorf("correction lost: %+v", f)
	}
	if f := byID[confirmed.ID]; f.ReviewStatus != "confirmed" {
		t.Errorf("confirmation lost: %+v", f)
	}
	if h, _ := d.History(ctx, corrected.ID); len(h) != 1 {
		t.Errorf("history of the corrected figure = %d entries", len(h))
	}
}

func TestReviewQueue(t *testing.T) {
	ctx := context.Background()
	d, figs := reviewed(t)
	// Make one figure implausible: a growth of 80%.
	if _, err := d.sql.Exec(`UPDATE figures SET indicator = 'gdp_growth', unit = '%', value = 80 WHERE id = ?`, figs[3].ID); err != nil {
		t.Fatal(err)
	}
	items, total, err := d.ReviewQueue(ctx, 50, 0)
	if err != nil || total == 0 || len(items) == 0 {
		t.Fatalf("queue = %d items of %d, %v", len(items), total, err)
	}
	if items[0].ID != figs[3].ID || items[0].Reasons[0] != ReasonUnusual {
		t.Errorf("first in queue = %+v, want the 80%% growth", items[0])
	}
	for _, it := range items {
		if it.Confidence >= LowConfidence && len(it.Reasons) == 1 && it.Reasons[0] == ReasonLowConfidence {
			t.Errorf("figure %d flagged low confidence at %.2f", it.ID, it.Confidence)
		}
	}
	if r, err := d.QueueReasons(ctx, figs[3].ID); err != nil || len(r) == 0 || r[0] != ReasonUnusual {
		t.Errorf("QueueReasons(80%% growth) = %v, %v", r, err)
	}
	// Reviewed figures leave the queue.
	d.Review(ctx, "wang", figs[3].ID, ActionConfirm, Correction{})
	_, total2, _ := d.ReviewQueue(ctx, 50, 0)
	if r, _ := d.QueueReasons(ctx, figs[3].ID); r != nil {
		t.Errorf("a confirmed figure still has queue reasons %v", r)
	}
	if total2 != total-1 {
		t.Errorf("queue after a review = %d, want %d", total2, total-1)
	}
}
