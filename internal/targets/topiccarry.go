package targets

import "strings"

// A report lists its units' figures one after another, the indicator named
// once for the first: 全州地区生产总值增长6.3%;延吉市、珲春市分别增长7.1%和
// 8.4%. With a comma the clause goes on with the indicator just read; across
// a semicolon the sentence before is over, and its topic is what the units'
// values are of.

// unitVerbs may follow the units that open such a sentence directly: the
// value is then of no indicator named in it.
var unitVerbs = []string{"分别增长", "分别下降", "分别完成", "分别达到", "分别为", "均增长", "同比增长", "增长", "下降", "完成", "达到",
	"增速均", "增速分别", "增速为", "增速", // ;南雄市、仁化县增速均超过5%: the topic's rate
	"去年均增长", "去年增长", "均提出", "提出", "均为"} // ;四川、湖北去年均增长6%: a roundup's units

// unitsGoOn reports whether the sentence rs[s:e], after a semicolon, opens
// with one or more units other than the report's own and then a verb or a
// number, with no indicator of its own: its values are the topic's.
func (p *sentenceParser) unitsGoOn(s, e int) bool {
	if s == 0 || p.rs[s-1] != ';' && p.rs[s-1] != '。' {
		return false
	}
	ms, end := p.mentionsAt(s)
	if len(ms) == 0 || end >= e || len(p.others(ms)) == 0 {
		return false
	}
	// After a full stop only a verb carries the topic on (。四川、湖北去年均
	// 增长6%): a bare number may be of anything.
	return wordAt(p.rs, end, unitVerbs) != "" || p.rs[s-1] == ';' && isDigit(p.rs[end])
}

// numeralNameEnd is where a unit's full name that opens with a numeral
// (七台河市, 三台县, 五家渠市) ends, when one starts at rs[i], else i: its
// numeral and the unit word after it (台, 家) are no number.
func (p *sentenceParser) numeralNameEnd(i int) int {
	if !isCnNumeral(p.rs[i]) {
		return i
	}
	if m, ok := Regions().FindAt(p.rs, i, false, p.hint); ok {
		return m.End
	}
	return i
}

// unitCountEnd is where a count of the units just listed ends (岳阳、常德
// 两市, 甲、乙、丙三个县, 三个中心城区, 兩個工業重鎮), when one of n follows
// rs[at], else at: the count restates the list, and the clause goes on
// after it as after the names. A count with 个 may describe the units in up
// to four characters before their level word.
func unitCountEnd(rs []rune, at, n int) int {
	if n < 2 || at >= len(rs) {
		return at
	}
	c, k, ok := ParseChineseNumeral(rs[at:])
	if !ok || int(c) != n && !(strings.ContainsRune("两兩", rs[at]) && n == 2 && k == 1) {
		return at
	}
	j := at + k
	if j < len(rs) && strings.ContainsRune("个個", rs[j]) {
		j++
		for d := 0; d <= 4 && j+d < len(rs) && (d == 0 || isHan(rs[j+d-1])); d++ {
			if w := wordAt(rs, j+d, countedLevels); w != "" {
				return j + d + len([]rune(w))
			}
		}
	}
	if w := wordAt(rs, j, unitWords); w != "" {
		return j + len([]rune(w))
	}
	return at
}

// countedGroupBefore reports whether the units that open the clause and a
// count restating them stand right before rs[at] (龙沙区、建华区两区地区生产
// 总值增长6.1%) with no 分别 or 均 and one value after: the figure is the
// group's sum, no unit's.
func (p *sentenceParser) countedGroupBefore(at int) bool {
	if !levelWordBefore(p.rs, at) {
		return false // most indicators: no count of units right before them
	}
	ms, e := p.mentionsAt(p.clauseFrom)
	if len(ms) < 2 || ms[len(ms)-1].End == e || !(e == at || e+1 == at && p.rs[e] == '的') {
		return false
	}
	return !eachAhead(p.rs, at) && valuesAhead(p.rs, at) < 2
}

// levelWordBefore reports whether a unit's level word ends right before
// rs[at], or before a 的 there (两区, 三个中心城区的): a cheap test before
// reading the clause's units.
func levelWordBefore(rs []rune, at int) bool {
	if at > 0 && rs[at-1] == '的' {
		at--
	}
	return at > 0 && strings.ContainsRune("县区市旗镇乡道", rs[at-1])
}

// eachAhead reports whether a word giving each item its own value (分别, 均)
// follows rs[at] in its clause.
func eachAhead(rs []rune, at int) bool {
	for i := at; i < len(rs) && i < at+40; i++ {
		if isClauseMark(rs[i]) || rs[i] == '。' {
			return false
		}
		if w := wordAt(rs, i, eachWords); w != "" && !(w == "均" && i > 0 && strings.ContainsRune("平年", rs[i-1])) {
			return true // (not the 均 of 年均, 平均: a rate, not each one's)
		}
	}
	return false
}

var eachWords = []string{"分别", "分別", "均", "各", "都", "双双", "雙雙"}

// countedLevels are the level words a described count of listed units ends
// in (三个中心城区, 两个工业重镇, 三个民族乡).
var countedLevels = []string{"城区", "县市区", "县区", "区县", "乡镇", "街道", "县", "区", "市", "旗", "镇", "乡"}

// unitRemark reads a clause at rs[at] that opens with one unit and says
// something of it with no number and no indicator (伊春市林区转型步伐加快,)
// in a sentence that has been giving other units' figures: the figures of
// the clauses after it with no owner of their own are that unit's (…,
// 地区生产总值增长6.9%), not the report's own region's.
func (p *sentenceParser) unitRemark(at int) {
	if !p.unitsGiven() {
		return
	}
	ms, end := p.mentionsAt(at)
	if len(ms) != 1 {
		return
	}
	regions := p.others(ms)
	if len(regions) != 1 {
		return
	}
	k := end
	for k < len(p.rs) && !isClauseMark(p.rs[k]) {
		if isDigit(p.rs[k]) || k-end > 20 {
			return
		}
		if _, ok := matchAlias(p.rs, k); ok {
			return
		}
		k++
	}
	if k == end || k >= len(p.rs) || p.rs[k] != ',' {
		return
	}
	p.sentSubject = regions
}

// unitsGiven reports whether the sentence has given a figure of a unit
// other than the report's own.
func (p *sentenceParser) unitsGiven() bool {
	for _, r := range p.out {
		if r.region.Name != "" {
			return true
		}
	}
	return false
}

// aspectNouns name a side of the value just read at the head of a remark
// on it (增速居全市第1位, 总量居全省第3位): the remark is a rank all the same.
var aspectNouns = []string{"增长速度", "经济总量", "增速", "增幅", "总量"}

// withoutAspectNoun is seg without such a noun at its head.
func withoutAspectNoun(seg string) string {
	for _, w := range aspectNouns {
		if strings.HasPrefix(seg, w) {
			return seg[len(w):]
		}
	}
	return seg
}
