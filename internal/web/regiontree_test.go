package web

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

type zhOnly struct{}

func (zhOnly) T(zh, _ string) string { return zh }

func summary(code, name string, level targets.Level, parent string, figures int) targets.RegionSummary {
	return targets.RegionSummary{Region: targets.Region{Code: code, Name: name, Level: level, ParentCode: parent}, Figures: figures}
}

// A small province: 株洲市 with two counties (one without figures), a
// prefecture with nothing at all, and a county directly under the
// province.
func smallTree() *regionTree {
	return newRegionTree([]targets.RegionSummary{
		summary("43", "湖南省", targets.LevelProvince, "", 5),
		summary("4302", "株洲市", targets.LevelPrefecture, "43", 3),
		summary("430211", "天元区", targets.LevelCounty, "4302", 0),
		summary("430281", "醴陵市", targets.LevelCounty, "4302", 4),
		summary("4303", "湘潭市", targets.LevelPrefecture, "43", 0),
		summary("430300", "空县", targets.LevelCounty, "4303", 0),
		summary("439001", "直管县", targets.LevelCounty, "43", 2),
	})
}

func values(os []pages.Option) (out []string) {
	for _, o := range os {
		s := o.Value
		if o.Selected {
			s += "*"
		}
		out = append(out, s)
	}
	return out
}

// Compare's scope picker lists the regions with regions below them that
// have figures, and a region compared on its own where the tree puts it;
// asking again (the walk is kept) gives the same list.
func TestScopeOptions(t *testing.T) {
	tr := smallTree()
	for _, tc := range []struct {
		selected string
		want     []string
	}{
		{"43", []string{"43*", "4302"}},
		{"4302", []string{"43", "4302*"}},
		{"430281", []string{"43", "4302", "430281*"}},
		{"439001", []string{"43", "4302", "439001*"}},
		{"4303", []string{"43", "4302"}}, // nothing in or below it
	} {
		for range 2 {
			if got := values(tr.scopeOptions(tc.selected, zhOnly{})); !slices.Equal(got, tc.want) {
				t.Errorf("scopeOptions(%s) = %v, want %v", tc.selected, got, tc.want)
			}
		}
	}
}

// The region picker lists what has figures in or below it, indented,
// with or without a filter; on a tree over fullPicker regions it opens
// only along the selected region's path.
func TestRegionOptions(t *testing.T) {
	tr := smallTree()
	if got, want := values(tr.options("430281", zhOnly{}, nil)), []string{"43", "4302", "430281*", "439001"}; !slices.Equal(got, want) {
		t.Errorf("options = %v, want %v", got, want)
	}
	onlyLiling := func(code string) bool { return code == "430281" }
	if got, want := values(tr.options("430281", zhOnly{}, tr.kept(onlyLiling))), []string{"43", "4302", "430281*"}; !slices.Equal(got, want) {
		t.Errorf("options kept = %v, want %v", got, want)
	}
	if got := tr.options("430281", zhOnly{}, nil)[2].Label; got != "\u3000\u3000醴陵市 · 县级" {
		t.Errorf("label %q", got)
	}
	var rs []targets.RegionSummary
	for p := range 30 {
		pc := fmt.Sprintf("%02d", 11+p)
		rs = append(rs, summary(pc, "省"+pc, targets.LevelProvince, "", 1))
		for c := range 20 {
			rs = append(rs, summary(fmt.Sprintf("%s%02d", pc, c+1), "市"+pc, targets.LevelPrefecture, pc, 1))
		}
	}
	big := newRegionTree(rs) // 630 regions with figures
	for _, keep := range []map[string]bool{nil, big.kept(func(string) bool { return true })} {
		got := big.options("1203", zhOnly{}, keep)
		if len(got) != 30+20 || !slices.Contains(values(got), "1203*") || slices.Contains(values(got), "1303") {
			t.Errorf("big tree: %d options %v", len(got), values(got)[:5])
		}
	}
}

// A prefecture without counties sits over a county-level unit of its own
// name: the breadcrumb names it once.
func TestBreadcrumbNamesAUnitOnce(t *testing.T) {
	got := withoutRepeatedNames([]pages.Crumb{{Code: "44", Name: "广东省"}, {Code: "4419", Name: "东莞市"}, {Code: "441900", Name: "东莞市"}, {Code: "441900401", Name: "松山湖"}})
	var names []string
	for _, c := range got {
		names = append(names, c.Code+" "+c.Name)
	}
	if want := "44 广东省|4419 东莞市|441900401 松山湖"; strings.Join(names, "|") != want {
		t.Errorf("breadcrumb %q, want %q", strings.Join(names, "|"), want)
	}
}
