package targets

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// tables are the division list's lookup tables as built from its text,
// before they are laid out as an index (divisionindex.go).
type tables struct {
	all []Region // sorted by code; all[0] is 全国
	// names and short names in the order first met, each with its units
	// in code order (the order namesakes are tried in).
	nameKeys, shortKeys []string
	byName, byShort     map[string][]uint32
	lens, endLens       *runeTable[int]
	seconds             *runeTable[rune]
}

// loadGazetteer builds the lookup tables from a division list and opens
// them as an index; the embedded list's index is prebuilt the same way.
func loadGazetteer(text string) (*Gazetteer, error) {
	t, err := buildTables(text)
	if err != nil {
		return nil, err
	}
	idx, err := encodeIndex(t, text)
	if err != nil {
		return nil, err
	}
	return decodeIndex(text, string(idx))
}

func buildTables(text string) (*tables, error) {
	if strings.IndexByte(text, '"') >= 0 {
		return nil, errors.New("division list: quoted fields are not read")
	}
	_, body, _ := strings.Cut(text, "\n") // the header
	units := strings.Count(body, "\n") + 2
	all := make([]Region, 1, units)
	all[0] = country
	for line := range strings.Lines(body) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			continue
		}
		code, rest, ok1 := strings.Cut(line, ",")
		name, rest, ok2 := strings.Cut(rest, ",")
		level, parent, ok3 := strings.Cut(rest, ",")
		if !ok1 || !ok2 || !ok3 || strings.IndexByte(parent, ',') >= 0 || name == "" || code == "" {
			return nil, fmt.Errorf("division list: %q is not code,name,level,parent", line)
		}
		all = append(all, Region{Code: code, Name: name, Level: Level(level), ParentCode: parent})
	}
	if !sort.SliceIsSorted(all, func(i, j int) bool { return all[i].Code < all[j].Code }) {
		sort.SliceStable(all, func(i, j int) bool { return all[i].Code < all[j].Code })
	}
	t := &tables{all: all, byName: make(map[string][]uint32, units), byShort: map[string][]uint32{},
		lens: &runeTable[int]{}, endLens: &runeTable[int]{}, seconds: &runeTable[rune]{}}
	add := func(keys *[]string, m map[string][]uint32, s string, i int) {
		if _, ok := m[s]; !ok {
			*keys = append(*keys, s)
		}
		m[s] = append(m[s], uint32(i))
	}
	for i, r := range all {
		add(&t.nameKeys, t.byName, r.Name, i)
		t.addLen(r.Name)
		if s := townAlias(r); s != "" {
			add(&t.nameKeys, t.byName, s, i)
			t.addLen(s)
		}
		if s := shortName(r); s != "" && s != r.Name {
			add(&t.shortKeys, t.byShort, s, i)
			t.addLen(s)
		}
		for _, s := range append(autonomousShorts(r), bannerShorts(r)...) {
			add(&t.shortKeys, t.byShort, s, i)
			t.addLen(s)
		}
	}
	t.sortSeconds()
	return t, nil
}

// ethnicNames open the part of an autonomous prefecture's name after its
// place name (恩施土家族苗族自治州, 伊犁哈萨克自治州).
var ethnicNames = []string{"土家族", "苗族", "藏族", "彝族", "哈尼族", "布依族", "侗族", "壮族", "傣族", "景颇族", "傈僳族", "白族",
	"朝鲜族", "蒙古族", "蒙古", "回族", "哈萨克", "柯尔克孜", "羌族", "黎族", "瑶族", "满族", "畲族", "仡佬族", "水族", "土族", "撒拉族",
	"纳西族", "拉祜族", "佤族", "独龙族", "怒族", "普米族", "锡伯族", "锡伯", "塔吉克", "达斡尔族", "鄂温克族", "鄂伦春族", "毛南族", "仫佬族", "保安族", "东乡族", "裕固族", "各族"}

// bannerShorts are the contracted names Inner Mongolia's banners (and a
// wing county of Liaoning) go by in reports and the news: a wing's unit
// by the first character of its people's name, the wing and its place
// (科尔沁右翼前旗 → 科右前旗, 喀喇沁左翼蒙古族自治县 → 喀左县); a left or
// right banner of a name of three or more characters likewise (土默特左旗 →
// 土左旗, 新巴尔虎右旗 → 新右旗; 巴林左旗 stays whole); a united banner by
// the first characters of its two names (达尔罕茂明安联合旗 → 达茂旗,
// 达茂联合旗); an autonomous banner by its people or place name
// (鄂温克族自治旗 → 鄂温克旗, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗).
func bannerShorts(r Region) []string {
	if r.Level != LevelCounty {
		return nil
	}
	rs := []rune(r.Name)
	n := len(rs)
	for i := 2; i+2 < n; i++ {
		if rs[i+1] != '翼' || (rs[i] != '左' && rs[i] != '右') {
			continue
		}
		wing := string(rs[0]) + string(rs[i])
		switch rest := string(rs[i+2:]); {
		case rest == "前旗" || rest == "中旗" || rest == "后旗":
			return []string{wing + rest}
		case strings.HasSuffix(rest, "自治县"):
			return []string{wing + "县"}
		}
		return nil
	}
	switch name := r.Name; {
	case n >= 5 && (strings.HasSuffix(name, "左旗") || strings.HasSuffix(name, "右旗")):
		return []string{string(rs[0]) + string(rs[n-2:])}
	case n == 9 && strings.HasSuffix(name, "联合旗"):
		short := string(rs[0]) + string(rs[3])
		return []string{short + "旗", short + "联合旗"}
	case strings.HasSuffix(name, "自治旗"):
		if p := placeName(name, "自治旗"); p != "" {
			return []string{p + "旗"}
		}
		if base := strings.TrimSuffix(strings.TrimSuffix(name, "自治旗"), "族"); utf8.RuneCountInString(base) >= 2 {
			return []string{base + "旗"}
		}
	}
	return nil
}

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

// townAlias is the name an ethnic township goes by in reports, its place
// name and its level word (湖潮苗族布依族乡 → 湖潮乡, 孙各庄满族乡 → 孙各庄乡):
// a full name, as the level word is written.
func townAlias(r Region) string {
	if r.Level != LevelTown {
		return ""
	}
	for _, suf := range []string{"乡", "镇"} {
		if strings.HasSuffix(r.Name, "族"+suf) {
			if p := placeName(r.Name, suf); p != "" {
				return p + suf
			}
		}
	}
	return ""
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

func (g *tables) addLen(name string) {
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
func (g *tables) sortSeconds() {
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
