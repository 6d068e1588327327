package targets

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A figure is about the region its clause names: the report's own (全省,
// 我县, or none named), or a unit below or beside it (泸州经济总量突破3000亿元,
// 惠州博罗成为生产总值超千亿元县, 襄阳、宜昌总量均超过3100亿元). The parser
// looks for such a name right before an indicator, or opening its clause.

// subjectGaps may stand between a region's name and the indicator it owns.
var subjectGaps = []string{"", "的", "成为", "实现", "完成", "全年", "全市", "全县", "全区", "全省", "今年", "去年", "明年", "当年"}

// targetGaps stand between a unit and the indicator of its target (全省目标为
// 地区生产总值增长5.5%左右, 全国的预期目标是国内生产总值增长5%左右).
var targetGaps = []string{"预期目标为", "预期目标是", "的预期目标为", "的预期目标是", "目标为", "目标是", "的目标为", "的目标是"}

// clauseOpeners may come before a subject at the start of a clause.
var clauseOpeners = []string{"其中", "全年", "特别是", "同时", "此外", "另外", "“", "("}

// subjectsOf returns the regions named right before an indicator (direct,
// a list joined by 、 和 与 及 counting as several), else those that open
// the clause; nil means the report's own region.
func (p *sentenceParser) subjectsOf(direct []Mention) ([]Region, Basis) {
	if len(direct) > 0 {
		return p.others(direct), ByNamed
	}
	if p.clauseSubjectAt != p.clauseFrom+1 {
		p.openClause(p.clauseFrom)
		p.clauseSubjectAt = p.clauseFrom + 1
	}
	return p.clauseSubject, ByClause
}

// directSubjects are the region names written right before rs[at].
func (p *sentenceParser) directSubjects(at int, homeZone bool) []Mention {
	p.cutList = false
	if m, ok := p.ancestorNamedAt(at); ok {
		return []Mention{m}
	}
	for _, gap := range targetGaps {
		if end := at - len([]rune(gap)); end > p.clauseFrom && hasAt(p.rs, end, gap) {
			if m, ok := p.ancestorNamedAt(end); ok {
				return []Mention{m}
			}
			if ms := p.mentionsEndingAt(end); len(ms) > 0 {
				return ms
			}
		}
	}
	ends, n := p.gapEnds(at)
	for _, end := range ends[:n] {
		if ms := p.mentionsEndingAt(end); len(ms) > 0 {
			return ms
		}
		if ms := p.countedUnitsEndingAt(end, at); len(ms) > 0 {
			return ms // 龙沙区、建华区、铁锋区三个中心城区地区生产总值: the units the count restates
		}
		if z, ok := p.homeSelfZoneEndingAt(end); ok {
			return []Mention{z}
		}
		if z, ok := p.namedZoneEndingAt(end); ok {
			return []Mention{z}
		}
		if z, ok := p.homeZoneEndingAt(end); ok && homeZone {
			return []Mention{z}
		}
	}
	return nil
}

// countedUnitsEndingAt is the units that open the clause when a count
// restating them (三个中心城区, 两区) ends at rs[end], before an indicator at
// rs[at] that 分别 or 均 gives each of them; nil otherwise.
func (p *sentenceParser) countedUnitsEndingAt(end, at int) []Mention {
	if !levelWordBefore(p.rs, end) {
		return nil // most indicators: no count of units right before them
	}
	ms, e := p.mentionsAt(p.clauseFrom)
	if len(ms) < 2 || e != end || ms[len(ms)-1].End == e || p.countedGroupBefore(at) {
		return nil
	}
	return ms
}

// gapEnds are where a subject may end before an indicator at rs[at]: right
// before it, or before one or two of subjectGaps or a year (松山湖高新区全年
// 实现地区生产总值, …2017年实现…), nearest first.
func (p *sentenceParser) gapEnds(at int) (ends [32]int, n int) {
	// A fixed array, not a slice: this runs for every indicator named.
	for _, gap := range subjectGapRunes {
		end := at - len(gap)
		if end < p.clauseFrom || !hasRunesAt(p.rs, end, gap) {
			continue
		}
		ends[n] = end
		n++
	}
	for _, end := range ends[:n] {
		if end == at || n == len(ends) {
			continue
		}
		if k := end - 5; k >= p.clauseFrom && allDigits(p.rs[k:k+4]) && p.rs[k+4] == '年' {
			ends[n] = k
			n++
			continue
		}
		for _, gap := range subjectGapRunes[1:] {
			if k := end - len(gap); k >= p.clauseFrom && hasRunesAt(p.rs, k, gap) {
				ends[n] = k
				n++
				break
			}
		}
	}
	return ends, n
}

// subjectGapRunes are subjectGaps as runes, for gapEnds.
var subjectGapRunes = func() [][]rune {
	out := make([][]rune, len(subjectGaps))
	for i, g := range subjectGaps {
		out[i] = []rune(g)
	}
	return out
}()

// hasRunesAt reports whether w stands at rs[at].
func hasRunesAt(rs []rune, at int, w []rune) bool {
	if at < 0 || at+len(w) > len(rs) {
		return false
	}
	for i, r := range w {
		if rs[at+i] != r {
			return false
		}
	}
	return true
}

// ancestorNamedAt reads 全省, 全市, 全区 … right before rs[at] in the
// report of a unit below the one it means: a city's report quoting its
// province (全省经济增长5.3%), a zone's or a district's its city, a
// banner's its autonomous region (全区). The unit is the nearest above
// the report's own whose name ends in the word's level character; where
// the report's own name ends in it, the word is the report speaking of
// itself.
func (p *sentenceParser) ancestorNamedAt(at int) (Mention, bool) {
	if at < p.clauseFrom+2 || p.rs[at-2] != '全' || !strings.ContainsRune("省市区县州盟旗", p.rs[at-1]) || p.home.Code == "" {
		return Mention{}, false
	}
	level := string(p.rs[at-1])
	if strings.HasSuffix(p.home.Name, level) {
		return Mention{}, false
	}
	g := Regions()
	if parent, ok := g.Parent(p.home); p.home.Level == LevelZone && (!ok || strings.HasSuffix(parent.Name, "区")) {
		// A zone filed under a district by its short name (东湖高新区 under
		// 南昌's 东湖区) may be another city's: its ancestors are a guess.
		return Mention{}, false
	}
	for r, ok := g.Parent(p.home); ok; r, ok = g.Parent(r) {
		if strings.HasSuffix(r.Name, level) {
			return Mention{Region: r, Start: at - 2, End: at}, true
		}
	}
	return Mention{}, false
}

// areaWords end the names of zones and new areas that the division list
// does not hold (两江新区, 金普新区, 松山湖高新区, 小蓝经开区, 苏州工业园区).
var areaWords = []string{"高新技术产业开发区", "经济技术开发区", "经济开发区", "综合改革试验区", "综合改革示范区", "综改示范区", "综合实验区", "综合试验区",
	"高新区", "经开区", "新区", "工业园区", "开发区", "生态城", "自贸区", "保税区", "综合保税区", "投资区", "合作区", "试验区", "实验区"}

// namedZoneEndingAt reads a zone named by two to four characters of its
// own before a zone word: the zone, by the name the text gives it.
func (p *sentenceParser) namedZoneEndingAt(end int) (Mention, bool) {
	for _, w := range areaWords {
		n := len([]rune(w))
		if end-n < p.clauseFrom || !hasAt(p.rs, end-n, w) {
			continue
		}
		// 和林格尔新区: a place the division list knows, then the zone word.
		if m, ok := Regions().FindEndingAt(p.rs, p.clauseFrom, end-n, true, p.hint); ok && m.Region.Level != LevelTown {
			name := string(p.rs[m.Start:end])
			return Mention{Region: Region{Code: "name:" + name, Name: name, Level: LevelZone, ParentCode: m.Region.Code}, Start: m.Start, End: end}, true
		}
		// 泉州台商投资区, 东莞市松山湖高新区: a place, two to four words of the
		// zone's own, then the zone word.
		for k := end - n - 2; k >= max(p.clauseFrom+2, end-n-4); k-- {
			m, ok := Regions().FindEndingAt(p.rs, p.clauseFrom, k, true, p.hint)
			if !ok || m.Region.Level == LevelTown || !allHan(p.rs[k:end-n]) || strings.ContainsAny(string(p.rs[k:end-n]), "、和与及的在全我") {
				continue
			}
			if z, ok := namedZone(p.rs[m.Start:end-n], w, p.hint); ok {
				return Mention{Region: z, Start: m.Start, End: end}, true
			}
		}
		start := end - n
		// A year word is no part of a name (去年新区…: the zone of the
		// text's own region, read by homeZoneEndingAt).
		for start > p.clauseFrom && end-n-start < 4 && isHan(p.rs[start-1]) && p.rs[start-1] != '年' && !afterVerb(p.rs, start) && !strings.ContainsRune("、和与及的在全我", p.rs[start-1]) {
			start--
		}
		if end-n-start < 2 {
			return Mention{}, false
		}
		name := string(p.rs[start:end])
		if r, ok := LookupRegionNear(name, p.hint); ok {
			return Mention{Region: r, Start: start, End: end}, true
		}
		return Mention{Region: Region{Code: "name:" + name, Name: name, Level: LevelZone}, Start: start, End: end}, true
	}
	return Mention{}, false
}

// homeZoneEndingAt reads a development zone named without its city (高新区
// in a county report): the zone of the report's own region.
func (p *sentenceParser) homeZoneEndingAt(end int) (Mention, bool) {
	if p.home.Level != LevelPrefecture && p.home.Level != LevelCounty {
		return Mention{}, false
	}
	for _, w := range zoneWords {
		n := len([]rune(w.text))
		if end-n < p.clauseFrom || !hasAt(p.rs, end-n, w.text) {
			continue
		}
		if ZoneShortName(p.home.Name) != p.home.Name && strings.HasSuffix(ZoneShortName(p.home.Name), w.short) {
			// 经开区 in a report of the 合肥经济技术开发区 (a unit of the
			// division list): the report's own region.
			return Mention{Region: p.home, Start: end - n, End: end}, true
		}
		if _, ok := p.mentionEndingAt(end - n); ok {
			return Mention{}, false // 昆山高新区: named after a place, read as such
		}
		base := shortName(p.home)
		if base == "" {
			base = p.home.Name
		}
		z := Region{Code: p.home.Code + "-" + w.code, Name: base + w.short, Level: LevelZone, ParentCode: p.home.Code}
		return Mention{Region: z, Start: end - n, End: end}, true
	}
	return Mention{}, false
}

// mentionsEndingAt reads region names backwards from rs[end]: the name that
// ends there, and the names listed before it (襄阳、宜昌). A prefecture
// written just before its own county (惠州博罗) only locates the county.
func (p *sentenceParser) mentionsEndingAt(end int) []Mention {
	var out []Mention
	for end > p.clauseFrom {
		m, ok := p.mentionEndingAt(end)
		if !ok {
			m, ok = p.selfItemEndingAt(end, len(out) > 0)
		}
		if !ok {
			m, ok = p.zoneItemEndingAt(end, len(out) > 0)
		}
		if !ok {
			if len(out) > 0 && p.rs[end] == '、' && isHan(p.rs[end-1]) {
				// 钦州港区、钦南区地区生产总值分别增长12.6%和9.4%: a unit of the
				// list is no name the reader knows, so whose value is whose
				// cannot be told.
				p.cutList = true
			}
			if len(out) > 0 && p.eachWord && p.wholeWordEndingAt(end) {
				p.cutList = true // 全区和醴陵市…分别 in a city's report: whose 全区 is not known
			}
			break
		}
		if prev, ok := p.mentionEndingAt(m.Start); ok && strings.HasPrefix(m.Region.Code, prev.Region.Code) && m.Region.Code != prev.Region.Code {
			m.Start = prev.Start
		}
		out = append(out, m)
		end = m.Start
		if end-1 > p.clauseFrom && (p.rs[end-1] == '、' || p.rs[end-1] == '和' || p.rs[end-1] == '与' || p.rs[end-1] == '及') {
			end--
			continue
		}
		break
	}
	if onlySelf(out, p.rs) {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// mentionEndingAt finds the longest region name that ends at rs[end]
// (a zone named after a place included).
func (p *sentenceParser) mentionEndingAt(end int) (Mention, bool) {
	g := Regions()
	for _, w := range zoneWords {
		n := len([]rune(w.text))
		if end-n > p.clauseFrom && hasAt(p.rs, end-n, w.text) {
			if m, ok := g.FindEndingAt(p.rs, p.clauseFrom, end-n, true, p.hint); ok {
				if z, ok := zoneMention(p.rs, m); ok && z.End == end {
					return z, true
				}
			}
		}
	}
	if m, ok := g.FindEndingAt(p.rs, p.clauseFrom, end, true, p.hint); ok && !p.townElsewhere(m) && (usableMention(p.rs, m) || p.afterParent(m)) {
		return m, true
	}
	return Mention{}, false
}

// townElsewhere reports whether a mention is a town outside the report's
// province: a report names its own towns, and a name it shares with a
// town far away (富岭镇) is a town of its own the list does not hold.
func (p *sentenceParser) townElsewhere(m Mention) bool {
	return m.Region.Level == LevelTown && len(p.hint) == 2 && !strings.HasPrefix(m.Region.Code, p.hint)
}

// afterParent reports whether a mention follows its own parent's name
// (惠州博罗: 博罗县 of 惠州市).
func (p *sentenceParser) afterParent(m Mention) bool {
	pm, ok := Regions().FindEndingAt(p.rs, 0, m.Start, true, p.hint)
	return ok && strings.HasPrefix(m.Region.Code, pm.Region.Code) && m.Region.Code != pm.Region.Code
}

// genericNames are divisions whose full name is also a common word.
var genericNames = map[string]bool{"城区": true, "郊区": true, "矿区": true, "新区": true, "市区": true, "开发区": true,
	"高新区": true, "经开区": true, "高新技术产业开发区": true, "经济技术开发区": true, "经济开发区": true, "工业园区": true, "综合保税区": true,
	"老城区": true, "新城区": true, // (老城区更新改造, 科技新城区: words, though 洛阳 and 西安 have districts of those names)
	"街道": true} // two units of the division list are named just 街道

// wordNames are units' short names that are everyday words of a report
// (新建, 延长产业链, 新兴产业, 富民, 平安建设, 城中村): by the short name
// alone they are never a figure's subject.
var wordNames = map[string]bool{"新建": true, "合作": true, "东风": true, "光明": true, "前进": true, "友谊": true, "同心": true,
	"向阳": true, "和平": true, "太平": true, "安定": true, "富民": true, "延长": true, "新兴": true, "兴业": true, "平安": true,
	"新城": true, "城中": true, "城关": true, "红旗": true, "长寿": true, "康乐": true, "共和": true,
	// 惠民生, 共同富裕, 南粤名山, 东方明珠, 安宁祥和, 新华社, 平和, 大方, 绿色通道
	"惠民": true, "富裕": true, "名山": true, "东方": true, "安宁": true, "新华": true, "平和": true, "大方": true, "通道": true,
	"全州": true} // 全州 is a 州's own whole (全州地区生产总值), not 全州县 by its short name

// usableMention keeps names that can be a figure's subject: not the whole
// country by a short form, not a town by a short name, and not a short name
// glued to the word before it (发展中山区…).
func usableMention(rs []rune, m Mention) bool {
	if genericNames[m.Region.Name] && !m.Short {
		return false
	}
	if m.Region.Level == LevelTown && m.Short {
		return false
	}
	if m.Short && shortIsWord(rs, m) || conjunctionName(rs, m) {
		return false // 新建扩建污水处理厂5座 is building, not 新建区; 省委、州委和县委: 和 joins two organs
	}
	if (m.Short || m.Region.Level == LevelTown) && gluedBefore(rs, m) {
		// A short name, or a town's name, glued to the word before it is
		// the end of another name (党武镇 is not 武镇, a town in 陕西).
		return false
	}
	return true
}

// gluedBefore reports whether a name follows a character that can end a
// word it is the rest of (复杂多变 holds no 杂多县, 新增城镇 no 增城区).
func gluedBefore(rs []rune, m Mention) bool {
	return m.Start > 0 && isHan(rs[m.Start-1]) && !strings.ContainsRune("、和与及的在是", rs[m.Start-1]) && !afterVerb(rs, m.Start) && !afterYear(rs, m.Start)
}

// shortUsable is usableMention for a short name m of the article text
// rs, which starts at working rune at of t: a name opening a line of the
// original (a site's name under a title the working copy joined it to)
// is glued to nothing.
func shortUsable(t *Text, at int, rs []rune, m Mention) bool {
	if m.Region.Level == LevelTown || shortIsWord(rs, m) || conjunctionName(rs, m) {
		return false
	}
	return !gluedBefore(rs, m) || t.brokeBefore(at+m.Start)
}

// shortIsWord reports whether a short name m is a word of the sentence, not
// the unit: an everyday word (新建, 惠民), an adjective (资源型), the start of
// a proper noun (兰州交通大学), or 全 and a level word (全州).
func shortIsWord(rs []rune, m Mention) bool {
	return wordNames[string(rs[m.Start:m.End])] || wordSuffixAfter(rs, m) || properNounAfter(rs, m) || isSelfRef(rs, m)
}

// isSelfRef reports whether a short name is really 全 plus a level word
// (全州, 全区, 全市, 全县, 全盟, 全旗): a report speaking of itself.
func isSelfRef(rs []rune, m Mention) bool {
	return m.End-m.Start == 2 && rs[m.Start] == '全' && strings.ContainsRune("省市州县区盟旗镇乡", rs[m.Start+1])
}

// nameVerbs may stand right before a unit's short name in a clause that
// makes it the subject (力争成都经济总量突破2.6万亿元, 推动泸州、达州…,
// 首府南宁地区生产总值突破4500亿元).
var nameVerbs = []string{"力争", "推动", "支持", "确保", "争取", "促进", "助力", "带动", "其中", "预计", "实现", "推进", "加快", "使", "让", "把", "将", "对", "为", "首府", "省会",
	"视察", "来到", "走进", "建设", "美丽", "大美", "幸福", "魅力"} // (视察延边时, 建设美丽邯郸, 大美青海)

// afterYear reports whether a year stands right before rs[at] (今年成都
// 地区生产总值, 2025年西安…): a time, not the first half of a word.
func afterYear(rs []rune, at int) bool {
	for _, w := range []string{"今年", "去年", "明年", "全年", "当年"} {
		if hasBefore(rs, at, w) {
			return true
		}
	}
	return at >= 2 && rs[at-1] == '年' && rs[at-2] >= '0' && rs[at-2] <= '9'
}

func afterVerb(rs []rune, at int) bool {
	for _, v := range nameVerbs {
		if hasBefore(rs, at, v) {
			return true
		}
	}
	return false
}

// mentionsAt reads region names (a list joined by 、 和 与 及) starting at
// rs[at], after an opener (其中); it returns them and where they end.
func (p *sentenceParser) mentionsAt(at int) ([]Mention, int) {
	for _, o := range clauseOpeners {
		if hasAt(p.rs, at, o) {
			at += len([]rune(o))
			break
		}
	}
	g := Regions()
	var ms []Mention
	start := at
	for at < len(p.rs) {
		if m, ok := p.selfItemAt(at, len(ms) > 0); ok {
			ms = append(ms, m) // 全市及醴陵市…: the own region's slot
			at = m.End
			if at < len(p.rs) && strings.ContainsRune(listJoiners, p.rs[at]) {
				at++
				continue
			}
			break
		}
		m, ok := g.FindAt(p.rs, at, true, p.hint)
		if ok && p.townElsewhere(m) {
			ok = false
		}
		if !ok {
			m, ok = g.FormerTownAt(p.rs, at, p.hint)
		}
		if !ok || m.Short && (m.Region.Level == LevelTown || isSelfRef(p.rs, m) || wordNames[string(p.rs[m.Start:m.End])]) || genericNames[m.Region.Name] {
			break
		}
		if z, ok := zoneMention(p.rs, m); ok {
			m = z
		} else if c, ok := g.FindAt(p.rs, m.End, true, m.Region.Code); ok && strings.HasPrefix(c.Region.Code, m.Region.Code) && c.Region.Code != m.Region.Code {
			m = Mention{Region: c.Region, Start: m.Start, End: c.End}
		}
		ms = append(ms, m)
		at = m.End
		if at < len(p.rs) && strings.ContainsRune("、和与及", p.rs[at]) {
			at++
			continue
		}
		break
	}
	if onlySelf(ms, p.rs) {
		return nil, start
	}
	return ms, unitCountEnd(p.rs, at, len(ms))
}

// openClause reads the regions that open a clause starting at rs[at]
// (株洲高新区营业总收入、技工贸收入双双突破2200亿元): they are the subject
// of the clause's figures unless a figure names its own.
func (p *sentenceParser) openClause(at int) {
	p.clauseSubject = nil
	if w := wordAt(p.rs, at, []string{"今年", "明年", "去年"}); w != "" {
		at += len([]rune(w)) // 今年成都市提出地区生产总值增长6%左右: the unit after the year
	} else if at+5 <= len(p.rs) && allDigits(p.rs[at:at+4]) && p.rs[at+4] == '年' {
		at += 5
	}
	ms, at := p.mentionsAt(at)
	if len(ms) > 0 && at < len(p.rs) && !strings.ContainsRune(",:;。", p.rs[at]) {
		p.clauseSubject = p.others(ms)
		if v := wordAt(p.rs, at, speechVerbs); v != "" && at+len([]rune(v)) < len(p.rs) && strings.ContainsRune(",:", p.rs[at+len([]rune(v))]) {
			p.speaker = p.clauseSubject // 马龙区提出,2021年一般公共预算收入增长5%以上: the unit says what follows
		}
		return
	}
	if len(ms) == 0 && p.speaker != nil {
		p.clauseSubject = p.speaker
	}
}

// speechVerbs end a clause that names who says the clauses after it
// (马龙区提出, 宣威市明确).
var speechVerbs = []string{"提出", "明确", "表示", "强调", "指出", "介绍", "透露", "提到"}

// others turns mentions into the regions they name, or nil when the only
// one named is the report's own region. In a list a 分别 or 均 gives values
// the own region keeps its slot (梧州、贺州、玉林三市…分别增长a、b和c in
// 梧州's report): its value is the report's own, and the values after it
// stay with their units.
func (p *sentenceParser) others(ms []Mention) []Region {
	var out []Region
	named := false
	for _, m := range ms {
		if m.Region.Code == p.home.Code || isHomeZoneShort(p.home, m.Region) {
			if p.eachWord {
				out = append(out, p.home)
			}
			continue
		}
		out = append(out, m.Region)
		named = true
	}
	if !named {
		return nil
	}
	return out
}

// isHomeZoneShort reports whether r is a zone's report speaking of itself
// by a shorter name (东湖高新区 in 武汉东湖高新区's report, or in 武汉东湖新技术
// 开发区's, the same kind of zone by its long word) or the title's shorter
// name by a longer one: the report's own, not a zone of the same name
// elsewhere.
func isHomeZoneShort(home, r Region) bool {
	if home.Level != LevelZone || r.Level != LevelZone {
		return false
	}
	h, n := zoneKindShort(home.Name), zoneKindShort(r.Name)
	shorter := min(utf8.RuneCountInString(h), utf8.RuneCountInString(n))
	return shorter >= 3 && (strings.HasSuffix(h, n) || strings.HasSuffix(n, h))
}

// zoneKindLong are the long words for a kind of zone and the short word
// people write for it, longest first.
var zoneKindLong = [][2]string{{"高新技术产业开发区", "高新区"}, {"新技术产业开发区", "高新区"}, {"高新技术开发区", "高新区"}, {"新技术开发区", "高新区"}, {"经济技术开发区", "经开区"}}

// zoneKindShort writes a zone's name with the short word for its kind
// (武汉东湖新技术开发区 → 武汉东湖高新区), so two names of one zone compare.
func zoneKindShort(name string) string {
	for _, k := range zoneKindLong {
		if base, ok := strings.CutSuffix(name, k[0]); ok {
			return base + k[1]
		}
	}
	return name
}

// zoneMention extends a mention over the development-zone words after it
// (株洲 + 高新区): the zone, named by its common short form.
func zoneMention(rs []rune, m Mention) (Mention, bool) {
	z, ok := zoneAt(rs, m)
	if !ok {
		return m, false
	}
	for _, w := range zoneWords {
		if hasAt(rs, m.End, w.text) {
			return Mention{Region: z, Start: m.Start, End: m.End + len([]rune(w.text))}, true
		}
	}
	return m, false
}

// homeAgain reports whether the clause holding rs[at] names the report's
// own region again (全省, 全市, 我县 …), ending a named unit's hold.
func (p *sentenceParser) homeAgain(at int) bool {
	clause := p.rs[p.clauseFrom:at]
	for i := 0; i+1 < len(clause); i++ {
		if (clause[i] == '全' || clause[i] == '我') && strings.ContainsRune("省市州县区盟旗镇乡", clause[i+1]) {
			return true
		}
	}
	return false
}

// reUnknownTown is a town's name the division list does not hold (后巷镇,
// merged away, or misspelt) opening a clause before an indicator.
var reUnknownTown = regexp.MustCompile(`^\p{Han}{2,4}(?:镇|乡|街道)的?$`)

// unknownTownBefore reports whether the clause before an indicator at
// rs[at] is only such a name: the figure is that town's, which cannot be
// named, so it is no figure of the report's region nor of the unit the
// clause before spoke of (司徒镇、界牌镇…分别突破10亿元、8亿元,后巷镇地区生产总值…).
// 乡镇 is the word for towns in general (建成乡镇污水处理设施22座).
func (p *sentenceParser) unknownTownBefore(at int) bool {
	rs, from := p.rs, p.clauseFrom
	for _, o := range clauseOpeners {
		if hasAt(rs, from, o) {
			from += len([]rune(o)) // 全年街道地区生产总值: the report's own 街道
			break
		}
	}
	n := at - from
	if n < 3 || n > 7 || rs[at-1] != '镇' && rs[at-1] != '乡' && rs[at-1] != '道' && rs[at-1] != '的' {
		return false
	}
	name := string(rs[from:at])
	if !reUnknownTown.MatchString(name) || strings.Contains(name, "乡镇") || strings.ContainsRune("全本我该各", rs[from]) {
		return false
	}
	g := Regions()
	if m, ok := g.FindAt(rs, from, true, p.hint); ok && !p.townElsewhere(m) {
		return false
	}
	_, ok := g.FormerTownAt(rs, from, p.hint)
	return !ok
}
