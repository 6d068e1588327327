package web

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/mubiao/mubiao/internal/targets"
	"github.com/mubiao/mubiao/views/pages"
)

// regionTree is the database's regions as a tree (province → city →
// county → town), for pickers, breadcrumbs and "everything below".
type regionTree struct {
	list     []targets.RegionSummary // by code
	byCode   map[string]targets.RegionSummary
	children map[string][]string
	roots    []string
	subtree  map[string]int // figures in a region and below it
	listed   int            // regions with figures in or below them

	// scopes: the regions with regions below them, in tree order, for
	// compare's picker; made once per tree, on first use.
	scopesOnce sync.Once
	scopes     []targets.RegionSummary

	// levelsOnce: levels' walk over every region was 0.3–0.7 ms of each
	// indicator page; the tree is per data generation, and so is this.
	levelsOnce sync.Once
	levelList  []targets.Level
}

func newRegionTree(rs []targets.RegionSummary) *regionTree {
	t := &regionTree{list: rs, byCode: map[string]targets.RegionSummary{}, children: map[string][]string{}, subtree: map[string]int{}}
	for _, r := range rs {
		t.byCode[r.Code] = r
	}
	for _, r := range rs { // rs is ordered by code, so children are too
		if _, ok := t.byCode[r.ParentCode]; ok {
			t.children[r.ParentCode] = append(t.children[r.ParentCode], r.Code)
		} else {
			t.roots = append(t.roots, r.Code)
		}
		for c, ok := r.Code, true; ok; c = t.byCode[c].ParentCode {
			t.subtree[c] += r.Figures
			_, ok = t.byCode[t.byCode[c].ParentCode]
		}
	}
	for _, n := range t.subtree {
		if n > 0 {
			t.listed++
		}
	}
	return t
}

// scopeOptions is compare's scope picker: every region with regions
// below it (and the selected one), in tree order. The tree walk is made once
// per tree; a request only labels the entries.
func (t *regionTree) scopeOptions(selected string, p interface{ T(string, string) string }) []pages.Option {
	t.scopesOnce.Do(func() {
		t.walk(func(r targets.RegionSummary, depth int) {
			if len(t.children[r.Code]) > 0 {
				t.scopes = append(t.scopes, r)
			}
		})
	})
	out := make([]pages.Option, 0, len(t.scopes)+1)
	found := false
	for _, r := range t.scopes {
		out = append(out, regionOption(p, r, 0, selected))
		found = found || r.Code == selected
	}
	if r, ok := t.byCode[selected]; ok && !found && t.subtree[selected] > 0 {
		// a region with nothing below it, compared on its own: listed
		// where the walk would have put it
		i := 0
		for i < len(t.scopes) && t.scopes[i].Code < selected {
			i++
		}
		out = slices.Insert(out, i, regionOption(p, r, 0, selected))
	}
	return out
}

func (t *regionTree) get(code string) (targets.RegionSummary, bool) {
	r, ok := t.byCode[code]
	return r, ok
}

// resolve finds a region by code, by name when exactly one region has
// it (?region=株洲市), or by the name people type: a short name (株洲 for
// 株洲市, 醴陵 for 醴陵市) or a prefix, in traditional characters too, when
// it points at one region with figures.
func (t *regionTree) resolve(v string) (targets.RegionSummary, bool) {
	v = strings.TrimSpace(v)
	if r, ok := t.byCode[v]; ok {
		return r, true
	}
	if v == "" {
		return targets.RegionSummary{}, false
	}
	v = targets.ToSimplified(v)
	var exact, short, prefix []targets.RegionSummary
	for _, r := range t.list {
		switch {
		case r.Name == v:
			exact = append(exact, r)
		case t.subtree[r.Code] == 0:
			// a region without figures is found by its full name only
		case strings.HasPrefix(r.Name, v) && isLevelSuffix(strings.TrimPrefix(r.Name, v)):
			short = append(short, r)
		case strings.HasPrefix(r.Name, v):
			prefix = append(prefix, r)
		}
	}
	for _, found := range [][]targets.RegionSummary{exact, short, prefix} {
		if len(found) == 1 {
			return found[0], true
		}
		if len(found) > 1 {
			break // ambiguous: the page lists them
		}
	}
	return targets.RegionSummary{}, false
}

// levelSuffixes end the full names of regions: 株洲 + 市.
var levelSuffixes = []string{"省", "市", "县", "区", "自治州", "自治县", "自治区", "地区", "盟", "旗", "镇", "乡", "街道", "林区", "特区"}

func isLevelSuffix(s string) bool {
	for _, x := range levelSuffixes {
		if s == x {
			return true
		}
	}
	return false
}

// similar lists regions with figures whose names are close to v (it
// shares its first characters, or contains it, or it contains theirs),
// closest first, for a page that says which regions exist.
func (t *regionTree) similar(v string, n int) []targets.RegionSummary {
	v = targets.ToSimplified(strings.TrimSpace(v))
	vr := []rune(v)
	type scored struct {
		r     targets.RegionSummary
		score int
	}
	var found []scored
	for _, r := range t.list {
		if t.subtree[r.Code] == 0 || v == "" {
			continue
		}
		name := []rune(r.Name)
		score := 0
		for score < len(name) && score < len(vr) && name[score] == vr[score] {
			score++
		}
		score *= 2
		if strings.Contains(r.Name, v) || strings.Contains(v, strings.TrimRight(r.Name, "市县区省镇乡")) {
			score += 3
		}
		for _, c := range vr {
			if strings.ContainsRune(r.Name, c) {
				score++
			}
		}
		if score >= 2 {
			found = append(found, scored{r, score})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].score != found[j].score {
			return found[i].score > found[j].score
		}
		return t.subtree[found[i].r.Code] > t.subtree[found[j].r.Code]
	})
	var out []targets.RegionSummary
	for i := 0; i < len(found) && i < n; i++ {
		out = append(out, found[i].r)
	}
	return out
}

// ancestors lists a region's parents, nearest first.
func (t *regionTree) ancestors(code string) []targets.RegionSummary {
	var out []targets.RegionSummary
	r, ok := t.byCode[code]
	for ok {
		r, ok = t.byCode[r.ParentCode]
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// walk visits regions with figures in or below them, depth first.
func (t *regionTree) walk(fn func(r targets.RegionSummary, depth int)) {
	var visit func(code string, depth int)
	visit = func(code string, depth int) {
		if t.subtree[code] == 0 {
			return
		}
		fn(t.byCode[code], depth)
		for _, c := range t.children[code] {
			visit(c, depth+1)
		}
	}
	for _, c := range t.roots {
		visit(c, 0)
	}
}

// fullPicker is how many regions a picker lists whole. A bigger tree
// (a national database has over 3,000 regions) is listed open only along
// the selected region's path: every top-level region, the siblings of the
// selected region and of each of its ancestors, and its children. Picking
// a province then shows its cities, and so on; the 地区 page has the
// whole tree.
const fullPicker = 400

// kept is a picker's filter: the regions keep holds and their
// ancestors (the way to them). Made once per indicator's coverage, not
// per request: it walks the whole tree.
func (t *regionTree) kept(keep func(code string) bool) map[string]bool {
	listed := make(map[string]bool)
	t.walk(func(r targets.RegionSummary, depth int) {
		if keep(r.Code) {
			// A region and its ancestors, up to the first already listed
			// (then so are the rest): once per region, not once per
			// region per ancestor, on a tree of thousands.
			for c, ok := r.Code, true; ok && !listed[c]; {
				listed[c] = true
				var parent targets.RegionSummary
				parent, ok = t.byCode[t.byCode[c].ParentCode]
				c = parent.Code
			}
		}
	})
	return listed
}

// options is the region picker: the tree indented, each region with its
// level, regions without figures of their own still listed as the way to
// their children. listed, when set (see kept), limits it to those
// regions; nil lists every region with figures in or below it.
func (t *regionTree) options(selected string, p interface{ T(string, string) string }, listed map[string]bool) []pages.Option {
	var out []pages.Option
	isListed := func(code string) bool { return t.subtree[code] > 0 } // what the walk visits
	n := t.listed
	if listed != nil {
		isListed = func(code string) bool { return listed[code] }
		n = len(listed)
	}
	open := func(string) bool { return true }
	if n > fullPicker {
		path := map[string]bool{"": true}
		for c, ok := selected, true; ok; c = t.byCode[c].ParentCode {
			path[c] = true
			_, ok = t.byCode[t.byCode[c].ParentCode]
		}
		open = func(code string) bool { return path[code] }
	}
	var visit func(code string, depth int)
	visit = func(code string, depth int) {
		if !isListed(code) {
			return
		}
		out = append(out, regionOption(p, t.byCode[code], depth, selected))
		if open(code) {
			for _, c := range t.children[code] {
				visit(c, depth+1)
			}
		}
	}
	for _, c := range t.roots {
		visit(c, 0)
	}
	return out
}

// regionOption is a region in a picker: indented by its depth in the
// tree, named with its level so 城关镇 and 城关区 differ.
func regionOption(p interface{ T(string, string) string }, r targets.RegionSummary, depth int, selected string) pages.Option {
	label := strings.Repeat("\u3000", depth) + r.Name + " · " + p.T(r.Level.Zh(), string(r.Level))
	return pages.Option{Value: r.Code, Label: label, Selected: r.Code == selected}
}

// yearOptions is a year picker.
func yearOptions(years []int, selected int) []pages.Option {
	out := make([]pages.Option, 0, len(years))
	for _, y := range years {
		out = append(out, pages.Option{Value: strconv.Itoa(y), Label: strconv.Itoa(y), Selected: y == selected})
	}
	return out
}

// nodes is the tree as nested view nodes for the 地区 index.
func (t *regionTree) nodes() []pages.RegionNode {
	var build func(code string) (pages.RegionNode, bool)
	build = func(code string) (pages.RegionNode, bool) {
		if t.subtree[code] == 0 {
			return pages.RegionNode{}, false
		}
		r := t.byCode[code]
		n := pages.RegionNode{Code: r.Code, Name: r.Name, Level: r.Level, Figures: r.Figures, Below: t.subtree[code] - r.Figures}
		for _, c := range t.children[code] {
			if child, ok := build(c); ok {
				n.Children = append(n.Children, child)
			}
		}
		return n, true
	}
	var out []pages.RegionNode
	for _, c := range t.roots {
		if n, ok := build(c); ok {
			out = append(out, n)
		}
	}
	return out
}

// levels lists the levels that have regions with figures, top down,
// worked out once per tree: callers read the list and must not change it.
func (t *regionTree) levels() []targets.Level {
	t.levelsOnce.Do(func() { t.levelList = t.levelsWithFigures() })
	return t.levelList
}

func (t *regionTree) levelsWithFigures() []targets.Level {
	seen := map[targets.Level]bool{}
	for _, r := range t.byCode {
		if r.Figures > 0 {
			seen[r.Level] = true
		}
	}
	var out []targets.Level
	for _, l := range []targets.Level{targets.LevelProvince, targets.LevelPrefecture, targets.LevelCounty, targets.LevelZone, targets.LevelTown} {
		if seen[l] {
			out = append(out, l)
		}
	}
	return out
}
