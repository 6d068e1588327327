package db

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
)

// An indicator's cells read from cell_shows are the cells read from
// cells, the figures and documents, field for field and in order: for
// every indicator, year and region of the seeds (which have revised
// results, five-year periods and 未找到结果) and of a gen database, with
// the level and the within= scope the indicator view asks for; and every
// indicator's cells of a scope or of named regions in a year, as compare
// and its escalation ask for them.
func TestCellShowsAreTheCells(t *testing.T) {
	ctx := context.Background()
	seeded := MustOpenDB(t)
	if err := seeded.IngestBulk(ctx, seedItems(t), BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	gen := MustOpenDB(t)
	if _, err := gen.Generate(ctx, GenOptions{Years: 3, LastYear: 2024, Seed: 3, Prefectures: 2}); err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*DB{"seeds": seeded, "gen": gen} {
		all, err := d.cellsJoined(ctx, CellFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var filters []CellFilter
		seen := map[string]bool{}
		add := func(fl CellFilter) {
			if k := fmt.Sprintf("%+v", fl); !seen[k] {
				seen[k] = true
				filters = append(filters, fl)
			}
		}
		revised := 0
		for _, c := range all {
			if c.FirstResult != nil && c.FirstResult != c.Result || c.FinalResult != nil && c.FinalResult != c.Result {
				revised++
			}
			add(CellFilter{Indicator: c.Indicator, Region: c.RegionCode, Annual: true})
			add(CellFilter{Indicator: c.Indicator, Year: c.Year, Annual: true})
			add(CellFilter{Indicator: c.Indicator, Year: c.Year, Within: c.RegionCode[:2], Annual: true})
			// every indicator: compare's scope and the regions above
			// it, five-year periods too
			for _, annual := range []bool{true, false} {
				add(CellFilter{Within: c.RegionCode[:2], Year: c.Year, Annual: annual})
				add(CellFilter{Within: c.RegionCode[:4], Year: c.Year, Annual: annual})
				add(CellFilter{Regions: []string{c.RegionCode[:2], c.RegionCode[:4]}, Year: c.Year, Annual: annual})
			}
			for _, l := range []targets.Level{targets.LevelProvince, targets.LevelPrefecture, targets.LevelCounty} {
				add(CellFilter{Indicator: c.Indicator, Year: c.Year, Level: l, Annual: true})
				add(CellFilter{Indicator: c.Indicator, Year: c.Year, Level: l, Within: c.RegionCode[:2], Annual: true})
			}
		}
		if name == "seeds" && revised == 0 {
			t.Error("the seeds have no revised result: the test would not read one from figures")
		}
		shown, scoped, packed, laterPacked := 0, 0, 0, 0
		for _, fl := range filters {
			if !fl.cellShowsFits() {
				t.Fatalf("%+v: not read from cell_shows", fl)
			}
			got, err := d.Cells(ctx, fl)
			if err != nil {
				t.Fatal(err)
			}
			want, err := d.cellsJoined(ctx, fl)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %+v: cell_shows gives\n%+v\ncells give\n%+v", name, fl, got, want)
			}
			shown += len(got)
			if fl.Indicator == "" {
				scoped += len(got)
			}
			if fl.yearShowsFits() {
				for _, c := range got {
					packed++
					if c.Later != nil {
						laterPacked++
					}
				}
			}
		}
		if shown < 100 || scoped < 100 {
			t.Errorf("%s: only %d cells compared, %d of them of every indicator", name, shown, scoped)
		}
		if packed < 100 || name == "seeds" && laterPacked == 0 {
			t.Errorf("%s: only %d cells compared from year_shows, %d of them naming the report they should have been read from", name, packed, laterPacked)
		}
	}
}
