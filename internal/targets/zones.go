package targets

import "strings"

// Zones the division list does not hold (松山湖高新区, 台商投资区, 横琴合作区)
// are their own regions, named as the text names them: a park's growth is
// not its city's. Those it holds (天府新区, 长春经济技术开发区) and those named
// after a unit alone (株洲高新区) are read by zoneAt and the list.

// titleZone reads a report title that names such a zone
// (东莞市松山湖高新区2024年工作报告, 松山湖高新区2024年工作报告): the zone,
// named by the city's short name (where the title gives one) and its own
// words (东莞松山湖高新区), filed under that city.
func titleZone(title []rune, hint string) (Region, bool) {
	for at := range title {
		for _, w := range areaWords {
			if !hasAt(title, at, w) {
				continue
			}
			if !zoneTitled(title, at+len([]rune(w))) {
				return Region{}, false
			}
			start := at
			for start > 0 && at-start < 10 && isHan(title[start-1]) && title[start-1] != '暨' && !(title[start-1] == '年' && start >= 2 && isDigit(title[start-2])) {
				start--
			}
			if start > 0 && title[start-1] == '暨' {
				// 天元区暨株洲高新区2024年工作报告: 暨 joins two units in one
				// report, filed under the first one named (the corpus's
				// joint report files its own figures under 天元区), not
				// under a zone made up of the words on both sides of 暨.
				return bestMention(title[:start-1], hint, true)
			}
			// 专访苏州工业园区管委会主任: a headline's word glued before the
			// zone is no part of its name, which starts with the place it
			// is named after.
			for i := start; i < at-1; i++ {
				if m, ok := Regions().FindAt(title, i, true, hint); ok && m.Region.Level != LevelCountry {
					start = i
					break
				}
			}
			z, ok := namedZone(title[start:at], w, hint)
			return shortKind(z), ok
		}
	}
	return Region{}, false
}

// shortKind names a zone by the short word for its kind, as people write
// it (武汉东湖新技术开发区 is 武汉东湖高新区): its code holds the name too.
func shortKind(z Region) Region {
	if short := zoneKindShort(z.Name); short != z.Name {
		z.Code = strings.TrimSuffix(z.Code, z.Name) + short
		z.Name = short
	}
	return z
}

// namedZone is the zone whose words before its zone word w are own
// (东莞市松山湖, 松山湖), if they name a zone the list does not hold: by
// its words as written (双凤经济开发区), after the short name of the city
// it is named after (东莞松山湖…).
func namedZone(own []rune, w, hint string) (Region, bool) {
	if len(own) < 2 {
		return Region{}, false // 经开区2022年工作汇报: the zone of the city the text is about (findRegion)
	}
	g := Regions()
	full := string(own) + w
	if u, ok := g.Resolve(full, hint); ok {
		if m, ok := g.FindAt(own, 0, true, hint); ok && u.Level == LevelTown && m.Start == 0 && m.End == len(own) && m.Region.Level == LevelProvince {
			// 北京经济技术开发区, a town of the list under 大兴区: the
			// municipality's zone, as zoneAt names it (北京经开区).
			return zoneAt([]rune(full), m)
		}
		return Region{}, false // 天府新区, 浦东新区: a unit of the list
	}
	var parent Region
	if m, ok := g.FindAt(own, 0, true, hint); ok && m.Start == 0 && m.Region.Level != LevelTown {
		parent = m.Region
		own = own[m.End:]
	}
	if len(own) == 0 && !isZoneWord(w) {
		return placeZone(parent, w)
	}
	if len(own) < 2 {
		return Region{}, false // 株洲高新区: a zone named after its unit (zoneAt)
	}
	if u, ok := listedZoneUnder(parent, string(own)+w); ok {
		return u, true
	}
	for _, z := range zoneWords {
		if z.text != w && z.short != w {
			continue
		}
		// 东莞市松山湖高新区: the zone of the list's town 松山湖, named as
		// LookupRegion names it, so the reports that name the city and
		// those that do not are one series.
		under := parent.Code
		if under == "" {
			under = hint
		}
		if u, ok := g.Resolve(string(own), under); ok && u.Name == string(own) && strings.HasPrefix(u.Code, parent.Code) {
			return Region{Code: u.Code + "-" + z.code, Name: string(own) + z.short, Level: LevelZone, ParentCode: u.Code}, true
		}
		break
	}
	name := string(own) + w
	if parent.Code == "" {
		return Region{Code: "z:" + name, Name: name, Level: LevelZone}, true
	}
	base := shortName(parent)
	if base == "" {
		base = parent.Name
	}
	name = base + name
	return Region{Code: parent.Code + "-z:" + name, Name: name, Level: LevelZone, ParentCode: parent.Code}, true
}

// placeZone is a zone named after the unit it lies in by a zone word
// zoneAt does not read (平潭综合实验区): the zone, by the unit's short name
// and that word, never the unit itself, whose figures are another series.
func placeZone(parent Region, w string) (Region, bool) {
	if parent.Code == "" || parent.Level != LevelPrefecture && parent.Level != LevelCounty {
		return Region{}, false
	}
	base := shortName(parent)
	if base == "" {
		base = parent.Name
	}
	name := base + w
	return Region{Code: parent.Code + "-z:" + name, Name: name, Level: LevelZone, ParentCode: parent.Code}, true
}

// listedZoneUnder is the unit of the list a zone's name means once the
// province or city written before it is taken off (四川天府新区 is the list's
// 天府新区): one series with the reports that name it without them.
func listedZoneUnder(parent Region, name string) (Region, bool) {
	if parent.Code == "" {
		return Region{}, false
	}
	u, ok := Regions().Resolve(name, parent.Code)
	if !ok || u.Name != name || !strings.HasPrefix(u.Code, parent.Code) || u.Level == LevelTown {
		return Region{}, false
	}
	return u, true
}

// isZoneUnit reports whether a unit of the division list is a zone by its
// name (苏州工业园区, 合肥经济技术开发区 are county-level units there).
func isZoneUnit(r Region) bool {
	if r.Level == LevelZone {
		return true
	}
	for _, w := range areaWords {
		if strings.HasSuffix(r.Name, w) && !genericNames[r.Name] {
			return true
		}
	}
	return false
}

// isZoneWord reports whether zoneAt reads w after a unit's name (株洲高新区).
func isZoneWord(w string) bool {
	for _, z := range zoneWords {
		if z.text == w {
			return true
		}
	}
	return false
}

// selfZoneWords are how a zone's own report speaks of itself (园区规模以上
// 工业增加值, 全区, 开发区…): in any other report they are a part of the
// region, and no figure of it.
var selfZoneWords = []string{"园区", "开发区", "高新区", "经开区", "新区", "示范区", "试验区", "实验区", "投资区", "合作区", "保税区", "片区"}

// homeSelfZoneEndingAt reads such a word ending at rs[end] in a zone's own
// report, standing alone (not the end of another zone's name): the
// report's own region.
func (p *sentenceParser) homeSelfZoneEndingAt(end int) (Mention, bool) {
	if p.home.Level != LevelZone && !isZoneUnit(p.home) {
		return Mention{}, false
	}
	for _, w := range selfZoneWords {
		start := end - len([]rune(w))
		if start < p.clauseFrom || !hasAt(p.rs, start, w) {
			continue
		}
		if start > p.clauseFrom && isHan(p.rs[start-1]) && !strings.ContainsRune("全我本"+listJoiners, p.rs[start-1]) && !afterYear(p.rs, start) {
			return Mention{}, false
		}
		if w == "园区" && parkNamedIn(p.rs[p.sentFrom:start]) {
			// 深圳工业园…,新能源汽车产业园…,园区规上工业增加值增长24.1%: the
			// parks just named, inside the zone.
			return Mention{}, false
		}
		return Mention{Region: p.home, Start: start, End: end}, true
	}
	return Mention{}, false
}

// zoneItemEndingAt reads a zone ending at rs[end] as an item of a list
// read backwards (黄埔区和广州开发区, 黄埔区、开发区 in the zone's report): after
// another item, or as the last item with a unit named before its joiner,
// so a 分别 gives each its own value; the zone alone is read by
// directSubjects as before.
func (p *sentenceParser) zoneItemEndingAt(end int, listed bool) (Mention, bool) {
	z, ok := p.homeSelfZoneEndingAt(end)
	if !ok {
		z, ok = p.namedZoneEndingAt(end)
	}
	if !ok || listed {
		return z, ok
	}
	j := z.Start - 1
	if j <= p.clauseFrom || !strings.ContainsRune(listJoiners, p.rs[j]) {
		return Mention{}, false
	}
	if _, ok := p.mentionEndingAt(j); !ok {
		return Mention{}, false
	}
	return z, true
}

// parkNamedIn reports whether rs names a park (深圳工业园, 生物医药园): a 园
// that is not the zone's own word 园区 said before.
func parkNamedIn(rs []rune) bool {
	for i, r := range rs {
		if r == '园' && (i+1 >= len(rs) || rs[i+1] != '区') {
			return true
		}
	}
	return false
}

// zoneTitled reports whether the title goes on at rs[at] the way a body's
// own report does (…高新区2024年工作报告, …管委会, …工作会议): the zone is
// whose report it is, not a topic (关于加快新区建设的报告).
func zoneTitled(rs []rune, at int) bool {
	if at >= len(rs) || isDigit(rs[at]) {
		return true
	}
	for _, w := range []string{"管委会", "管理委员会", "工作报告", "工作汇报", "党工委", "人民政府", "政府工作", "（", "("} {
		if hasAt(rs, at, w) {
			return true
		}
	}
	return false
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// unlistedZone is the zone a name such as the extractor gives one the list
// lacks (东莞松山湖高新区, 泉州台商投资区, 松山湖高新区) means, by the same code
// namedZone gives it, so its documents and figures can be stored.
func unlistedZone(name []rune) (Region, bool) {
	for _, w := range areaWords {
		if base, ok := strings.CutSuffix(string(name), w); ok {
			return namedZone([]rune(base), w, "")
		}
	}
	return Region{}, false
}

// unknownAncestorAt reports whether 全省, 全市, 全州, 全县 or 全盟 stands right
// before rs[at] in the report of a unit that is not of that level and has
// no known unit of it above (全省 in the report of a zone whose city is
// not known): the figure is that unit's, which cannot be named, and not the
// report's own.
func (p *sentenceParser) unknownAncestorAt(at int) bool {
	if at < p.clauseFrom+2 || p.rs[at-2] != '全' || !strings.ContainsRune("省市州县盟", p.rs[at-1]) || p.home.Name == "" {
		return false
	}
	if strings.HasSuffix(p.home.Name, string(p.rs[at-1])) {
		return false
	}
	_, ok := p.ancestorNamedAt(at)
	return !ok
}

// unknownAreaBefore reports whether the clause before an indicator at
// rs[at] is a unit's name and two to four more words ending in 区 that no
// reading above took for a zone (郑州航空港区, 株洲城区, 长沙港区): an area
// inside the unit the list cannot name, whose figure is not the unit's.
func (p *sentenceParser) unknownAreaBefore(at int) bool {
	from := p.clauseFrom
	for _, o := range clauseOpeners {
		if hasAt(p.rs, from, o) {
			from += len([]rune(o))
			break
		}
	}
	for _, gap := range []string{"全年实现", "全年完成", "实现", "完成"} {
		if n := len([]rune(gap)); at-n > from && hasAt(p.rs, at-n, gap) {
			at -= n // 两江新区直管区实现地区生产总值: the area, then its verb
			break
		}
	}
	if at-from < 4 || p.rs[at-1] != '区' {
		return false
	}
	m, ok := Regions().FindAt(p.rs, from, true, p.hint)
	if !ok || m.Region.Level == LevelTown || p.townElsewhere(m) {
		return false
	}
	rest := p.rs[m.End:at]
	return len(rest) >= 2 && len(rest) <= 4 && allHan(rest) && string(rest) != "地区" && !strings.ContainsAny(string(rest), "、和与及的")
}

// unknownZoneListBefore reports whether the clause before an indicator at
// rs[at] is a list of areas (经开区、曲江新区、浐灞生态区) whose last the
// division list cannot name: a 分别 list over them gives the areas' figures,
// none of which is the report's region's.
func (p *sentenceParser) unknownZoneListBefore(at int) bool {
	from := p.clauseFrom
	for _, o := range clauseOpeners {
		if hasAt(p.rs, from, o) {
			from += len([]rune(o))
			break
		}
	}
	if at-from < 7 || p.rs[at-1] != '区' {
		return false
	}
	last := at
	for last > from && p.rs[last-1] != '、' {
		if !isHan(p.rs[last-1]) {
			return false
		}
		last--
	}
	if last == from || at-last < 3 || at-last > 6 {
		return false // no list, or an item no area's name is
	}
	for k := from; k < last; k++ {
		if p.rs[k] != '、' && !isHan(p.rs[k]) {
			return false
		}
	}
	switch string(p.rs[last:at]) {
	case "高新区", "经开区", "开发区", "新区", "园区", "综保区", "自贸区", "城区", "地区", "市区", "县区", "区县":
		return false
	}
	m, ok := Regions().FindAt(p.rs, last, true, p.hint)
	if ok && m.End < at {
		// 龙沙区、建华区两区, …三个中心城区: a count restating the units named
		items := 1 + strings.Count(string(p.rs[from:last]), "、")
		return unitCountEnd(p.rs, m.End, items) != at
	}
	return !ok || m.End != at
}
