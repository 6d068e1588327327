package targets

import "strings"

// A list of units a 分别 gives one value each may hold the report's own
// region: by a word for it (全市及醴陵市、攸县…分别增长a、b、c和d; 我市和余姚市…;
// 全省和武汉市…) or by its name (梧州、贺州、玉林三市…in 梧州's report). The
// own region keeps its slot, so each value goes to the unit in its place
// and the own region's is the report's own figure; dropping the slot gave
// every unit after it its neighbour's value.

// listJoiners join the units of a list.
const listJoiners = "、和与及"

// selfWordRegion reads a word for a whole region ending at rs[end] (全市,
// 全县, 我市, 本市 …): the report's own region, or, for 全省 in a city's
// report, the unit above it the word means. False where the word is no
// such word, or names a unit the report's region is not and has no
// known ancestor of (全省 in a report whose province is unknown), or the
// sentence has no 分别 or 均 to give a list's units a value each
// (全市与长沙市签订合作项目12个 is no figure of either).
func (p *sentenceParser) selfWordRegion(end int) (Mention, bool) {
	if !p.eachWord || end > len(p.rs) || !p.wholeWordEndingAt(end) {
		return Mention{}, false
	}
	self := Mention{Region: p.home, Start: end - 2, End: end}
	if p.rs[end-2] != '全' {
		return self, true // 我市, 本县: always the report's own
	}
	if m, ok := p.ancestorNamedAt(end); ok {
		return m, true
	}
	if p.home.Code == "" || strings.HasSuffix(p.home.Name, string(p.rs[end-1])) {
		return self, true
	}
	return Mention{}, false
}

// selfItemEndingAt reads a word for a whole region as an item of a list
// read backwards from rs[end]: joined to a unit's name before it, or, as
// the list's last item, with a unit's name joined before it (宁波市和我市).
func (p *sentenceParser) selfItemEndingAt(end int, listed bool) (Mention, bool) {
	m, ok := p.selfWordRegion(end)
	if !ok {
		return Mention{}, false
	}
	if listed {
		return m, true
	}
	j := m.Start - 1
	if j <= p.clauseFrom || !strings.ContainsRune(listJoiners, p.rs[j]) {
		return Mention{}, false
	}
	if _, ok := p.mentionEndingAt(j); !ok {
		if _, ok := p.selfWordRegion(j); !ok {
			return Mention{}, false // 全省和我市: two whole regions
		}
	}
	return m, true
}

// selfItemAt reads a word for a whole region at rs[at] as the item of a
// list read forwards: joined to the item after it (全市及醴陵市), or, once
// listed after another (余姚市和我市), its last item.
func (p *sentenceParser) selfItemAt(at int, listed bool) (Mention, bool) {
	if at+2 > len(p.rs) || !listed && (at+2 == len(p.rs) || !strings.ContainsRune(listJoiners, p.rs[at+2])) {
		return Mention{}, false
	}
	m, ok := p.selfWordRegion(at + 2)
	if !ok || m.Start != at {
		return Mention{}, false
	}
	return m, true
}

// onlySelf reports whether a list holds no unit named by its name, only
// words for whole regions, and those name one region (全市 alone): no list
// of units at all. 全省和我市 in a city's report lists two.
func onlySelf(ms []Mention, rs []rune) bool {
	codes := map[string]bool{}
	for _, m := range ms {
		if m.End-m.Start != 2 || !strings.ContainsRune("全我本", rs[m.Start]) || !strings.ContainsRune("省市区县州盟旗", rs[m.Start+1]) {
			return false
		}
		codes[m.Region.Code] = true
	}
	return len(codes) < 2
}

// ownSlot reports whether a unit of a list is the report's own region,
// whose value is filed as the report's own figure.
func (p *sentenceParser) ownSlot(r Region) bool {
	return r.Code == p.home.Code && r.Name == p.home.Name
}

// unitListFrom moves the start of a segment at rs[seg] back over the units
// listed before it with 、 (…,广州市达到3.1万亿元,佛山、东莞均超过1.2万亿元):
// the segment's subject is the whole list, not only its last unit.
func (p *sentenceParser) unitListFrom(seg, from int) int {
	last := seg
	for seg-1 > from && p.rs[seg-1] == '、' {
		ls := seg - 1
		for ls > from && !isSegmentBreak(p.rs[ls-1]) {
			ls--
		}
		ms, _ := p.mentionsAt(ls)
		if len(ms) < 2 || ms[0].Start != ls || ms[len(ms)-1].Start != last {
			return seg // 增长5.1%、稳居…: remarks, not a list of units
		}
		seg = ls
	}
	return seg
}

// wholeWordEndingAt reports whether a word for a whole region (全区, 全省)
// ends at rs[end], whether or not the report's region tells which it is.
func (p *sentenceParser) wholeWordEndingAt(end int) bool {
	return end-2 >= p.clauseFrom && strings.ContainsRune("全我本", p.rs[end-2]) && strings.ContainsRune("省市区县州盟旗", p.rs[end-1])
}
