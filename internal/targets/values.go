package targets

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"
)

// onKeyword records a verb or marker for the numbers that follow.
func (p *sentenceParser) onKeyword(k keyword, at int) {
	target := &p.loose
	if len(p.pend) > 0 {
		target = &p.pend[len(p.pend)-1]
	}
	switch k.kind {
	case kwGrowth:
		target.growth = true
		target.rateNoun = rateNouns[k.text]
		if at > 0 && strings.ContainsRune("到至为", p.rs[at-1]) {
			target.levelTo = false // 提高到增长7.2%: the level the verb reaches is a rate
		}
		target.multi = severalYears(p.rs, at) || severalYearsTotal(p.rs, p.clauseFrom, at)
	case kwAvgGrowth:
		target.growth, target.avg = true, true
	case kwAvg:
		target.avg = true
	case kwDrop:
		target.drop = true
		target.rateNoun = rateNouns[k.text]
		if at > 0 && strings.ContainsRune("到至为", p.rs[at-1]) {
			target.levelTo = false // 转为下降3.2%
		}
	case kwLevelTo:
		if target.rateNoun && (target.growth || target.drop) {
			break // 增速提高到7.2%: the rate's new level
		}
		target.levelTo = true
		target.growth, target.drop = false, false
	case kwEach:
		p.each = true
		p.eachIdx = 0
		p.respective = k.text == "分别"
		p.allOf = !p.respective
		// the verb after 分别 applies to every listed indicator
	case kwAtLeast:
		p.cmp = AtLeast
	case kwAtMost:
		p.cmp = AtMost
	case kwAbout:
		p.cmp = About
	case kwShare:
		p.share = true
	case kwSame:
		p.same = true
	case kwCum:
		p.cum = true
	}
}

// rateNouns name a rate as a noun (固定资产投资增速提高到7.2%): the level
// a verb after one gives is the rate's.
var rateNouns = map[string]bool{"增速": true, "增幅": true, "涨幅": true, "降幅": true}

// severalYears reports whether a growth verb at rs[at] is growth over
// several years (五年增长30.8%, 两年累计增长): not a year's rate nor 年均.
func severalYears(rs []rune, at int) bool {
	for _, v := range severalYearsWords {
		// 比2022年增长: the 2年 ends a year's number, not a count of years.
		if n := utf8.RuneCountInString(v); hasBefore(rs, at, v) && !(at-n > 0 && isDigit(rs[at-n]) && isDigit(rs[at-n-1])) {
			return true
		}
	}
	return false
}

// severalYearsWords are the spans of years a growth verb may follow, alone
// or with 累计 or 共 (五年累计增长), built once.
var severalYearsWords = func() []string {
	var out []string
	for _, w := range []string{"两年", "三年", "四年", "五年", "六年", "七年", "八年", "九年", "十年", "2年", "3年", "4年", "5年", "五年间", "五年来", "期间"} {
		out = append(out, w, w+"累计", w+"共")
	}
	return out
}()

// severalYearsTotal reports whether the clause before a growth verb at
// rs[at] is a total over several years (五年累计完成固定资产投资增长了35%):
// the total's growth on the years before, no year's rate.
func severalYearsTotal(rs []rune, from, at int) bool {
	clause := string(rs[max(from, 0):at])
	for _, w := range []string{"两年", "三年", "四年", "五年", "十年", "5年"} {
		if strings.Contains(clause, w+"累计") || strings.Contains(clause, w+"共") {
			return true
		}
	}
	return false
}

// quoteFrom starts a quote at the clause that holds position at.
func (p *sentenceParser) quoteFrom(at int) int {
	if p.clauseFrom <= at {
		return p.clauseFrom
	}
	return at
}

func (p *sentenceParser) emit(r raw) {
	if r.cmp == "" {
		r.cmp = Exactly
	}
	r.cum = r.cum || p.cum
	r.pastTarget = r.pastTarget || p.leadTarget
	r.ahead = r.ahead || p.ahead
	p.lastCum = r.cum
	p.out = append(p.out, r)
}

// onQuantity gives a number to the indicator it belongs to.
func (p *sentenceParser) onQuantity(q Quantity) {
	rs := p.rs
	// A number that qualifies a noun (5000万元以上产业项目, 10亿元以上12个) is
	// not a value.
	if (q.Class == ClassMoney || q.Class == ClassPercent) && attributive(rs, q.End) || inSlogan(rs, q) {
		return
	}
	if q.Start > 0 && rs[q.Start-1] == '第' {
		return // an ordinal: 第二个
	}
	if p.targetNamed(q) {
		return
	}
	p.growthBeforeNoun(q)
	if q.Points || q.Times || p.share || (p.base && q.Class == ClassPercent && p.baseYear == 0) {
		p.cmp = ""
		return
	}
	if p.base && q.Class == ClassPercent {
		// 比2022年增长5.7%: a rate over a year named by its number, which the
		// reader keeps only where that is the year before the figure's own.
		if p.based == nil {
			p.based = map[int]int{}
		}
		p.based[q.Start] = p.baseYear
	}
	if n := len(p.pend); n > 0 && p.pend[n-1].st == nil && !p.each {
		// the number of an ambiguous subject (财政收入): nobody's; it keeps
		// its place in a list of levels a 分别 of rates follows, first in
		// the list too (财政收入A,地方一般公共预算收入B,分别增长x、y: y is
		// the second's).
		if q.Class != ClassPercent {
			p.listed = append(p.listed, pending{from: p.pend[n-1].from})
		}
		p.pend = p.pend[:0]
		p.cmp = ""
		p.lastEnd = q.End
		p.last = nil
		// 工业总产值从2020年的9045亿元增加到1.26万亿元: a from–to of nobody's,
		// not a start for the next subject's number.
		p.from = false
		return
	}
	if q.Cmp == Exactly && p.cmp != "" {
		q.Cmp, q.ByVerb = p.cmp, true
	}
	if p.each && len(p.pend) < 2 && len(p.listed) >= 2 && q.Class == ClassPercent && !(len(p.pend) == 1 && len(p.pend[0].regions) >= 2) {
		// 分别增长 after a list of levels: the growth of each, in order —
		// unless units of their own are listed for it (…，咸阳、宝鸡地区生产
		// 总值分别增长5.8%、5.5%, after levels of 西安 and 榆林). Fewer rates
		// than levels are the last levels' (…社会消费品零售总额432.1亿元,城乡居民
		// 人均可支配收入分别达到38560元和14210元,分别增长4.2%和6.9%).
		listed := p.listed
		if n := valuesAhead(rs, q.Start); n >= 2 && n < len(listed) {
			listed = listed[len(listed)-n:]
		}
		p.pend = append(p.pend[:0], listed...)
		p.listed = p.listed[:0]
		p.eachIdx = 0
	} else if (p.loose.growth || p.loose.drop) && len(p.pend) == 0 && len(p.eachLevels) >= 2 && q.Class == ClassPercent &&
		valuesAhead(rs, q.Start) == len(p.eachLevels) {
		// 分别达6.9万元、3.4万元,增长4.2%、5.3%: as many rates as the list
		// before had levels, one for each.
		p.pend = append(p.pend[:0], p.eachLevels...)
		p.eachLevels, p.listed = nil, p.listed[:0]
		p.each, p.eachIdx = true, 0
	} else if p.respective && len(p.pend) == 0 && len(p.eachRates) >= 2 && q.Class != ClassPercent &&
		valuesAhead(rs, q.Start) == len(p.eachRates) {
		// 分别年均增长7.6%和9.1%,2021年分别达到66258元和40126元: as many
		// levels as the list before had rates, one for each.
		p.pend = append(p.pend[:0], p.eachRates...)
		for i := range p.pend {
			p.pend[i].growth, p.pend[i].drop, p.pend[i].avg, p.pend[i].levelTo = false, false, false, false
		}
		p.eachRates = nil
		p.eachIdx = 0
	}
	p.resultsOfLeadList(q)
	p.levelsOfResultList(q)
	if p.from && len(p.pend) == 0 && p.last != nil && p.last.st != nil && p.fromCarries(q.Start) {
		// …年均增长6%,从2020年的2.5万亿元增加到3.22万亿元: the start of the
		// subject just read (not 上市公司从518家: a subject of its own).
		p.assignStart(*p.last, q)
		p.from, p.lastEnd, p.startEnd = false, q.End, q.End
		return
	}
	if len(p.pend) == 0 && p.last == nil && q.Class == ClassMoney && p.cmp == AtLeast && stepsUp(rs, q.End) {
		// 惠州、茂名分别迈上6000亿元和4000亿元台阶: units that climb a step
		// of money with no noun climb it in their economy's size.
		if ms, end := p.mentionsAt(p.clauseFrom); len(ms) > 0 && subjectless(rs, end, q.Start) {
			if regions := p.others(ms); len(regions) == len(ms) {
				p.pend = append(p.pend, pending{st: stemByKey("gdp"), from: p.clauseFrom, regions: regions, regionsBy: ByNamed})
				if len(regions) >= 2 {
					p.each, p.respective = true, true
				}
			}
		}
	}
	if p.respective && len(p.pend) == 0 && p.last != nil && p.last.st != nil && !p.fromList {
		// 呼和浩特市、包头市分别达到4150亿元和4480亿元: the units listed at the
		// clause's start share the subject just read, one value each.
		if ms, end := p.mentionsAt(p.clauseFrom); len(ms) >= 2 && (subjectless(rs, end, q.Start) || p.rankedAt > end && subjectless(rs, p.rankedAt, q.Start)) {
			if regions := p.others(ms); len(regions) == len(ms) {
				one := *p.last
				one.regions, one.regionsBy, one.growth, one.drop, one.levelTo = regions, ByNamed, p.loose.growth, p.loose.drop, false
				if q.Class != ClassPercent {
					one.growth, one.drop = false, false
				}
				p.pend = append(p.pend[:0], one)
				p.each, p.eachIdx = true, 0
			}
		}
	}
	if p.respective && len(p.pend) == 1 && len(p.pend[0].regions) == 0 && p.pend[0].year == 0 && p.eachIdx == 0 {
		// 2022年、2023年,全市地区生产总值分别增长4.8%、6.1%: one value for
		// each year listed, in order, when there are as many values as years.
		// A bound on the list (…、6%左右) is a target's way: left as it was.
		if ys := yearListBefore(rs, p.sentFrom, q.Start); len(ys) >= 2 && valuesAhead(rs, q.Start) == len(ys) && !boundAhead(rs, q.Start) {
			one := p.pend[0]
			p.pend = p.pend[:0]
			for _, y := range ys {
				pd := one
				pd.year = y
				p.pend = append(p.pend, pd)
			}
			p.each, p.eachIdx = true, 0
		}
	}
	if p.respective && len(p.pend) == 1 && len(p.pend[0].regions) >= 2 && listGoesOn(rs, q.End) {
		// 长沙、株洲地区生产总值分别增长…: one value for each unit, in order
		// (one value alone, 师宗县、罗平县也分别提出了增长8%左右的目标, is each one's).
		one := p.pend[0]
		p.pend = p.pend[:0]
		for _, r := range one.regions {
			pd := one
			pd.regions = []Region{r}
			p.pend = append(p.pend, pd)
		}
		p.eachIdx = 0
	}
	if p.from && len(p.pend) >= 2 && p.eachIdx == 0 && !p.fromList {
		// 从A和B分别提高到C和D: the list's starts first, then its ends.
		p.each, p.eachIdx, p.fromList = true, 0, true
	}
	if !(p.each && len(p.pend) >= 2) {
		p.cmp = "" // 分别超过8万元、4.5万元: the verb bounds every item of a list
	}
	switch {
	case p.each && p.allOf && len(p.pend) >= 2 && p.eachIdx == 0 && !p.fromList:
		// 固定资产投资、社会消费品零售总额均增长7%以上: one value for each.
		verb := p.pend[len(p.pend)-1]
		for _, pd := range p.pend {
			if pd.st == nil {
				continue
			}
			pd.growth, pd.drop, pd.avg, pd.levelTo = verb.growth || p.loose.growth, verb.drop || p.loose.drop, verb.avg || p.loose.avg, verb.levelTo
			p.assign(pd, q, false)
		}
		p.last = &p.pend[len(p.pend)-1]
		p.pend, p.each, p.allOf, p.cmp = p.pend[:0], false, false, ""
		p.lastEnd = q.End
		return
	case p.each && len(p.pend) >= 2:
		if p.eachIdx == 0 && !p.fromList {
			// 景区接待游客突破300万人次,全县接待游客786万人次,实现旅游综合收入58.2亿元,
			// 分别增长16.3%和18.5%: two values for three items, the first
			// named again after it: the values are the last two items'.
			for n := listLength(rs, q); n >= 2 && n < len(p.pend) && p.pend[0].st != nil && namedAgain(p.pend[0], p.pend[1:]); {
				p.pend = p.pend[1:]
			}
		}
		if p.eachIdx < len(p.pend) {
			pd := p.pend[p.eachIdx]
			verb := p.pend[len(p.pend)-1] // 分别增长 follows the last item
			if pd.st == nil {
				// a list slot held by an ambiguous subject: skip its number.
				if q.Class != ClassPercent && !p.fromList {
					// Its level keeps its place for the rates a 分别 gives
					// after the list (一般公共预算总收入、地方一般公共预算收入
					// 分别完成A、B,分别增长x、y: y is the second's).
					p.listed = append(p.listed, pending{from: pd.from})
					if p.eachIdx == 0 {
						p.eachLevels = p.eachLevels[:0]
					}
					p.eachLevels = append(p.eachLevels, pending{from: pd.from})
				}
				p.eachIdx++
				if p.eachIdx == len(p.pend) {
					p.pend, p.each = p.pend[:0], false
				}
				return
			}
			pd.growth, pd.drop, pd.avg, pd.levelTo = verb.growth || p.loose.growth, verb.drop || p.loose.drop, verb.avg || p.loose.avg, verb.levelTo
			if q.Class != ClassPercent {
				pd.growth, pd.drop = false, false
			}
			if p.fromList {
				pd.growth, pd.drop, pd.levelTo = false, false, false
				p.assignStart(pd, q)
				p.eachIdx++
				if p.eachIdx == len(p.pend) {
					p.eachIdx, p.fromList, p.from = 0, false, false
				}
				return
			}
			if p.eachIdx == 0 {
				p.listFrom = len(p.out)
				p.leadList = p.leadList[:0]
			}
			if p.leadTarget {
				p.leadList = append(p.leadList, pd)
			}
			p.assign(pd, q, false)
			p.lastEnd = q.End
			if !pd.growth && !pd.drop && q.Class != ClassPercent {
				p.listed = append(p.listed, pd)
				if p.eachIdx == 0 {
					p.eachLevels = p.eachLevels[:0]
				}
				p.eachLevels = append(p.eachLevels, pd)
			}
			if (pd.growth || pd.drop) && q.Class == ClassPercent && len(pd.regions) == 0 {
				if p.eachIdx == 0 {
					p.eachRates = p.eachRates[:0]
				}
				p.eachRates = append(p.eachRates, pd)
			}
			p.eachIdx++
			if p.eachIdx == len(p.pend) {
				p.shareClosingBound()
				p.cmp = ""
				p.last = &p.pend[len(p.pend)-1]
				p.pend = p.pend[:0]
				p.each = false
			}
		}
		return
	case len(p.pend) > 0:
		pd := p.pend[len(p.pend)-1]
		if q.Start-pd.from > 40 && !p.from {
			p.pend = p.pend[:0]
			return
		}
		if p.from {
			// 由2.57万元增加到3.52万元: the start; the end is still to come.
			p.assignStart(pd, q)
			p.from = false
			return
		}
		if !p.fits(pd, q) && q.Class != ClassPercent {
			// 连续迈上4个万亿元台阶、达14.2万亿元: a number of another kind
			// leaves the subject waiting for its own.
			return
		}
		// 旅游总收入和总人次增长10%: one number for a joined pair.
		if len(p.pend) >= 2 && joined(rs, p.pend[len(p.pend)-2], pd) {
			prev := p.pend[len(p.pend)-2]
			prev.growth, prev.drop, prev.avg = pd.growth, pd.drop, pd.avg
			p.assign(prev, q, false)
		}
		p.assign(pd, q, false)
		if !pd.growth && !pd.drop && q.Class != ClassPercent {
			p.listed = append(p.listed, pd)
		}
		p.eachLevels = nil
		p.last = &pd
		p.pend = p.pend[:0]
		p.lastEnd = q.End
		return
	case p.last != nil && (p.loose.growth || p.loose.drop || q.Class == ClassPercent && (p.aspectRate || p.last.growth && strivingAgain(rs, q.Start))) && p.carries(q.Start),
		p.last != nil && q.Class == ClassPercent && p.last.growth && unitsCopulaBefore(rs, q.Start) && p.carries(q.Start) && len(p.carriedRegions) > 0:
		// (…增长5%左右,江苏、山东均为5%以上: other units' rate of the same
		// indicator, its name and verb left out.)
		// …突破800亿元,增长17.7%: the growth of the subject just read (从经济
		// 增长目标看,…,大同市6%: the aspect's rate, its verb left out).
		pd := *p.last
		pd.growth, pd.drop, pd.avg, pd.levelTo = p.loose.growth || !p.loose.drop && (p.aspectRate || p.last.growth), p.loose.drop, p.loose.avg, false
		// 五年累计完成固定资产投资186亿元,增长了35%: a total's growth is over
		// its years too.
		pd.multi = p.loose.multi || p.lastCum && !p.loose.avg
		if p.carrySubject(&pd) {
			p.assign(pd, q, true)
		}
		p.loose = pending{}
		p.lastEnd = q.End
		return
	case p.last != nil && p.carriesLevel(q) && p.carries(q.Start):
		// …增长8%,有望突破3000亿元大关 / …突破4亿美元大关,达4.8亿美元 /
		// …项目382个,其中亿元以上项目193个: a level of the subject just read.
		pd := *p.last
		pd.growth, pd.drop, pd.avg = false, false, false
		if st, ok := stockOf[pd.key()]; ok && containsAny(string(rs[p.clauseFrom:q.Start]), "总数", "累计", "总量", "共有") {
			pd.st = stemByKey(st) // 新增高新技术企业1300家,总数突破1.1万家: the stock, not the flow
		}
		if !p.carrySubject(&pd) {
			p.lastEnd = q.End
			return
		}
		if n := len(p.out); q.Cmp == Exactly && n > 0 && p.out[n-1].cmp == AtLeast && p.out[n-1].to == q.Start-1 && rs[q.Start-1] == '、' {
			q.Cmp = AtLeast // 跨越7万亿、8万亿、9万亿: the chain shares its verb
		}
		p.assign(pd, q, true)
		p.lastEnd = q.End
		return
	}
	if q.Class == ClassCount || q.Class == ClassPeople {
		p.orphans = append(p.orphans, q)
	}
}

// assignStart reads the start value of a from–to statement as a level
// of the year the text gives it (or, over a five-year span, the year before
// the span's first).
func (p *sentenceParser) assignStart(pd pending, q Quantity) {
	rate := q.Class == ClassPercent && (p.fromRate != 0 || pd.rateNoun && (pd.growth || pd.drop))
	if rate && p.fromRate != 0 {
		pd.growth, pd.drop = p.fromRate == kwGrowth, p.fromRate == kwDrop // 由上年下降2.1%: the start's own verb
	}
	if !rate {
		pd.growth, pd.drop = false, false
	}
	pd.levelTo = false
	p.fromRate = 0
	n := len(p.out)
	p.assign(pd, q, false)
	if len(p.out) > n {
		r := &p.out[len(p.out)-1]
		r.start, r.year = true, p.fromYear
	}
}

// stepsUp reports whether a step word (台阶, 大关) closes the list of
// amounts that starts at rs[i] (…6000亿元和4000亿元台阶).
func stepsUp(rs []rune, i int) bool {
	for j := i; j < len(rs) && j < i+24; j++ {
		switch {
		case hasAt(rs, j, "台阶") || hasAt(rs, j, "大关"):
			return true
		case rs[j] == ',' || rs[j] == ';' || rs[j] == '。':
			return false
		}
	}
	return false
}

// fits reports whether a number can be the value of a pending indicator
// (its level or, for a percentage after a growth verb, its growth).
func (p *sentenceParser) fits(pd pending, q Quantity) bool {
	if pd.st == nil {
		return true
	}
	key := pd.st.Key
	if (pd.growth || pd.drop) && !pd.levelTo && q.Class == ClassPercent && !pd.st.NoGrowth {
		key += "_growth"
	}
	in, ok := LookupIndicator(key)
	if !ok {
		return q.Class == ClassPercent
	}
	_, _, fits := q.inUnit(in)
	return fits || q.Points || q.Times
}

// key is the pending indicator's key, "" for an ambiguous subject.
func (pd pending) key() string {
	if pd.st == nil {
		return ""
	}
	return pd.st.Key
}

// carries reports whether a number whose own segment (the words since the
// last 、 or comma) names no subject continues the subject of the value
// read last: …突破800亿元,增长17.7%; …5.53万亿元、稳居全国前十强、增长4.8%.
// Between them may stand at most two short remarks with no number in them;
// 洞庭湖总磷浓度下降11.7% names a subject of its own.
func (p *sentenceParser) carries(at int) bool {
	p.carriedSelf, p.carriedNobody, p.carriedAside = false, false, false
	ok, regions := p.carriesTo(at)
	p.carriedRegions = regions
	return ok
}

// carriesTo is carries, and the units a segment names as the carried
// subject's owner (…6.3万亿元,其中济南市突破6000亿元: 济南市's).
func (p *sentenceParser) carriesTo(at int) (bool, []Region) {
	rs := p.rs
	from := p.lastEnd
	if from <= 0 || from > at || at-from > 40 {
		from = p.clauseFrom
	}
	seg := at
	for seg > from && !isSegmentBreak(rs[seg-1]) {
		seg--
	}
	seg = p.unitListFrom(seg, from)
	var regions []Region
	if regions, self, ok := p.selfSubjectAt(seg); self {
		// 全国GDP增长5%,全省增长5.5%: the segment opens with a subject of its
		// own, which the carried subject does not outlive.
		p.carriedSelf, p.carriedNobody = true, !ok
		p.carriedAside = copulaAfterUnit(rs, seg)
		return remarksBefore(rs, from, seg), regions
	}
	if !subjectless(rs, seg, at) && !datedExpectation(rs, seg, at) {
		ms, end := p.mentionsAt(seg)
		if len(ms) == 0 || end > at || !subjectless(rs, end, at) && !(p.aspect && subjectless(rs, end+len([]rune(wordAt(rs, end, []string{"预期", "目标"}))), at)) {
			// end > at: the "number" is inside a unit's name (七台河市 read as 7台).
			return false, nil
		}
		if regions = p.others(ms); len(regions) == 0 {
			// 全国…增长5%,南平市增长5.2% in 南平's report: its own figure.
			p.carriedSelf = true
			return remarksBefore(rs, from, seg), nil
		}
	}
	return remarksBefore(rs, from, seg), regions
}

// carrySubject gives a carried value the subject its own segment names,
// if it names one; false where that subject is no unit the report knows
// (the value is read, and nobody's).
func (p *sentenceParser) carrySubject(pd *pending) bool {
	switch {
	case len(p.carriedRegions) > 0:
		pd.regions, pd.regionsBy = p.carriedRegions, ByNamed
	case p.carriedNobody:
		return false
	case p.carriedSelf:
		pd.regions, pd.regionsBy = nil, ByOwn
	}
	if p.carriedSelf && !(p.carriedAside && len(pd.regions) > 0) {
		// (全市CPI上涨0.3%,全省为0.1%,城镇调查失业率5.2%: the province's value
		// by a copula is an aside; the sentence goes on with its own subject.)
		p.selfAgain(pd.regions)
	}
	return true
}

// copulaAfterUnit reports whether the two-rune unit word at rs[seg] (全国,
// 全省) gives its value by a copula (全国为, 全省同期为, 全国平均为).
func copulaAfterUnit(rs []rune, seg int) bool {
	j := seg + 2
	j += len([]rune(wordAt(rs, j, []string{"平均水平", "平均", "同期"})))
	return j < len(rs) && (rs[j] == '为' || rs[j] == '是')
}

// selfAgain makes the unit a carried value's segment opens with (全市 or
// 全省, read as regions: nil for the report's own) the one the sentence is
// about from there on: in 全省地区生产总值增长4.8%,全市增长5.2%,其中规模以上
// 工业增加值增长7.1% the 其中 goes on with 全市, not with the 全省 that opened
// the sentence.
func (p *sentenceParser) selfAgain(regions []Region) {
	p.sentSubject = regions
}

// remarksBefore reports whether the words between the value read last
// (from) and the segment at seg are at most two short remarks with no
// number of their own.
func remarksBefore(rs []rune, from, seg int) bool {
	remarks := 0
	for k := seg - 1; k > from; {
		j := k
		for j > from && !isSegmentBreak(rs[j-1]) {
			j--
		}
		if k-j > 14 {
			return false
		}
		if hasDigit(rs[j:k]) && !isRemark(string(rs[j:k])) {
			return false
		}
		if k > j {
			remarks++
		}
		k = j - 1
	}
	return remarks <= 2
}

// selfSubjectAt reads 全省, 全市, 我县 … opening the segment at rs[at]
// (self). The unit it means is the report's own (nil) where the report's
// name ends in its level word, else the unit above the report's of that
// level (全省 in a city's report); ok is false where no such unit is known,
// and the figure is nobody's that can be named (never the unit read before).
func (p *sentenceParser) selfSubjectAt(at int) (regions []Region, self, ok bool) {
	rs := p.rs
	if hasAt(rs, at, "全国") && p.home.Level != LevelCountry {
		// …上涨0.4%,全国为0.2% / 全国上涨0.2%: the nation's value.
		j := at + 2
		j += len([]rune(wordAt(rs, j, []string{"平均水平", "平均", "同期"})))
		if v := wordAt(rs, j, nationVerbs); v != "" && numberSoon(rs, j+len([]rune(v)), min(len(rs), j+len([]rune(v))+3)) {
			return []Region{country}, true, true
		}
	}
	if at+2 > len(rs) || rs[at] != '全' && rs[at] != '我' || !strings.ContainsRune("省市区县州盟旗镇乡", rs[at+1]) {
		return nil, false, false
	}
	if strings.HasSuffix(p.home.Name, string(rs[at+1])) {
		return nil, true, true
	}
	if m, found := p.ancestorNamedAt(at + 2); found {
		return []Region{m.Region}, true, true
	}
	return nil, true, false
}

// nationVerbs follow 全国 in a segment that gives the nation's value of
// the indicator just read.
var nationVerbs = []string{"为", "是", "增长", "上涨", "下降", "增速为", "涨幅为"}

// isRemark reports whether a segment with a number in it compares the
// value before rather than stating a new one: 是2015年的1.4倍, 完成任务的
// 117.46%, 为预算的101.6%, 高于全国平均0.3个百分点.
func isRemark(seg string) bool {
	seg = withoutAspectNoun(seg)
	for _, w := range []string{"是", "比", "较", "高于", "低于", "快于", "居", "位居", "排"} {
		if strings.HasPrefix(seg, w) {
			return true
		}
	}
	return containsAny(seg, "倍", "百分点", "任务的", "预期的", "目标的", "计划的", "预算的")
}

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if isDigit(r) {
			return true
		}
	}
	return false
}

func isSegmentBreak(r rune) bool { return r == '、' || r == ',' || r == ':' }

// shareClosingBound gives a 左右 that closes a 分别 list to every item
// when all are written to one precision (分别增长8%和10%左右: both about);
// otherwise it is the last item's alone (分别增长6.5%和8%左右).
func (p *sentenceParser) shareClosingBound() {
	items := p.out[min(p.listFrom, len(p.out)):]
	if len(items) < 2 {
		return
	}
	last := items[len(items)-1]
	if last.cmp != About || last.q.ByVerb {
		return
	}
	for _, r := range items[:len(items)-1] {
		if r.cmp != Exactly || r.q.Decimals != last.q.Decimals || r.q.Class != last.q.Class {
			return
		}
	}
	for i := range items[:len(items)-1] {
		items[i].cmp = About
	}
}

// carriesLevel reports whether a number at the start of a clause with no
// subject of its own is a level of the previous clause's subject: its unit
// fits, and for project counts the clause speaks of 项目.
func (p *sentenceParser) carriesLevel(q Quantity) bool {
	st := p.last.st
	if st == nil || st.NoLevel || q.Class == ClassPercent && st.Class != ClassPercent {
		return false
	}
	in, ok := LookupIndicator(st.Key)
	if !ok {
		return false
	}
	if _, _, fits := q.inUnit(in); !fits {
		return false
	}
	seg := q.Start
	for seg > p.clauseFrom && !isSegmentBreak(p.rs[seg-1]) {
		seg--
	}
	if p.startEnd > seg && p.startEnd <= q.Start {
		seg = p.startEnd // the start of this from–to is no other subject's number
	}
	if strings.HasPrefix(st.Key, "projects_") {
		return strings.Contains(string(p.rs[p.clauseFrom:q.Start]), "项目")
	}
	return !hasDigit(stripYears(p.rs[seg:q.Start]))
}

// stripYears drops the years written in a span of text (到2020年力争突破):
// a year is no number of a subject.
func stripYears(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if i+5 <= len(rs) && allDigits(rs[i:i+4]) && rs[i+4] == '年' && (i == 0 || !isDigit(rs[i-1])) {
			i += 4
			continue
		}
		out = append(out, rs[i])
	}
	return out
}

// joined reports whether two indicators are written as a pair (A和B, A、B)
// with nothing else between them.
func joined(rs []rune, a, b pending) bool {
	if a.st == nil {
		return false
	}
	end := a.from
	for _, al := range a.st.Aliases {
		if hasAt(rs, a.from, al) && a.from+len([]rune(al)) > end {
			end = a.from + len([]rune(al))
		}
	}
	if end > b.from {
		return false // the pair overlaps: one name inside the other's alias
	}
	between := string(rs[end:b.from])
	return between == "和" || between == "、" || between == "及" || between == "与"
}

// attributive reports whether the text after a number makes it qualify a
// noun: 亿元以上项目, 5000万元以上产业项目, 500强企业.
func attributive(rs []rune, end int) bool {
	for _, w := range []string{"新台阶", "大台阶", "台阶", "大关", "关口"} {
		if hasAt(rs, end, w) {
			end += len([]rune(w)) // 迈上千亿元新台阶的县(市、区)达到2个: the threshold qualifies too
			break
		}
	}
	for _, w := range []string{"项目", "产业项目", "重大项目", "工业项目", "的项目", "企业", "的企业", "重点项目", "产业"} {
		if hasAt(rs, end, w) {
			return true
		}
	}
	// 全国首个GDP超4000亿元的街道, 千亿元的县市: what the number describes
	// is a place or a group, not the subject's value.
	for _, w := range []string{"的街道", "的县", "的区", "的市", "的城市", "的地区", "的县市", "的园区", "的开发区", "的镇", "的乡", "的企业", "的产业", "的集群"} {
		if hasAt(rs, end, w) {
			return true
		}
	}
	// 新增地区生产总值500亿元以上县(市、区)5个, 10亿元以上乡镇: a class of
	// places by their size, counted.
	if end >= 2 && rs[end-2] == '以' && rs[end-1] == '上' {
		for _, w := range []string{"县", "区", "市", "旗", "乡镇", "镇", "街道", "园区", "开发区"} {
			if hasAt(rs, end, w) {
				return true
			}
		}
	}
	if hasAt(rs, end, "的") && end+1 < len(rs) && strings.ContainsRune("县区市旗镇乡街城地园", rs[end+1]) {
		return true // 一批经济总量超百亿元的旗县
	}
	// 总投资2万亿元的389个省重点项目: the projects' size, not a value.
	if hasAt(rs, end, "的") {
		for k := end + 1; k < len(rs) && k <= end+10 && !isSegmentBreak(rs[k]) && rs[k] != '。'; k++ {
			if hasAt(rs, k, "项目") {
				return true
			}
		}
	}
	return false
}

// inSlogan reports whether a number without a unit of its own (千亿,
// 百强) stands in a short quoted slogan (“百强进位、千亿跨越”, “千亿区”).
func inSlogan(rs []rune, q Quantity) bool {
	if q.Unit != "元" || q.Mult == 1 || q.End > 0 && rs[q.End-1] == '元' {
		return false
	}
	open := -1
	for k := q.Start - 1; k >= 0 && q.Start-k <= 10; k-- {
		if rs[k] == '”' {
			return false
		}
		if rs[k] == '“' {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := q.End; k < len(rs) && k-open <= 14; k++ {
		if rs[k] == '”' {
			return true
		}
	}
	return false
}

// assign turns a number read for a pending indicator into a raw figure,
// choosing between the level X and the growth X_growth.
func (p *sentenceParser) assign(pd pending, q Quantity, carried bool) {
	st := pd.st
	if st == nil {
		return
	}
	key := st.Key
	growth := (pd.growth || pd.drop) && !pd.levelTo
	if growth && pd.multi && q.Class == ClassPercent {
		return // 五年增长30.8%: no year's rate
	}
	if growth && q.Class == ClassPercent {
		if st.NoGrowth {
			// 居民消费价格上涨2.5%, 能耗下降5%: the rate is the level.
			if pd.drop && !st.DropPositive {
				q.Base = -q.Base
			}
		} else {
			key += "_growth"
			if pd.drop {
				q.Base = -q.Base
			}
		}
	} else if st.NoLevel {
		return
	}
	if !(growth && q.Class == ClassPercent) {
		switch v := changeVerbBefore(p.rs, q.Start); {
		case v == "新增":
			if _, ok := LookupIndicator(key + "_new"); ok {
				key += "_new" // 高新技术企业新增150家: the year's new ones, not the stock
			} else if !st.Flow {
				return // 4A级景区新增3家: the change, not the level (a flow's 新增 is the year's: 转移就业新增8.6万人)
			}
		case v != "":
			return // 优良天数达到209天,比上年增加21天: the change, not the level
		}
	}
	in, ok := LookupIndicator(key)
	if !ok {
		return
	}
	v, unit, fits := q.inUnit(in)
	if !fits {
		return
	}
	if key == "market_entities_new" {
		unit = "户"
	}
	since, based := p.based[q.Start]
	switch {
	case based && (!growth || q.Class != ClassPercent || pd.avg):
		return // 比2020年高5%: no year's rate nor level
	case pd.avg && growth && q.Class == ClassPercent:
		since = p.sentBase // 比2020年增长27.6%,年均增长6.3%: the years since the base
	}
	r := raw{key: key, q: q, value: v, unit: unit, cmp: q.Cmp, from: p.quoteFrom(pd.from), to: q.End,
		avg: pd.avg, sameCaliber: p.same, carried: carried, valueText: q.Range, since: since}
	if r.from > pd.from && !carried {
		r.from = pd.from
	}
	if !growth {
		// …增加到2017年的15289亿元: the end of a from–to, a level of the year it names
		if m := reToYear.FindStringSubmatch(string(p.rs[max(0, q.Start-10):q.Start])); m != nil {
			r.year = atoiYear(m[1])
		}
	}
	if pd.year > 0 {
		r.year, r.listYear = pd.year, true // 2022年、2023年,…分别增长a、b: the list's year of this slot
	}
	p.same = false
	if len(pd.regions) == 0 {
		p.emit(r)
		return
	}
	for _, reg := range pd.regions { // 襄阳、宜昌总量均超过3100亿元: each of them
		r.region, r.subjectBy = reg, pd.regionsBy
		if p.ownSlot(reg) {
			r.region, r.subjectBy = Region{}, "" // 全市及醴陵市…: the report's own figure
		}
		p.emit(r)
	}
}

// fromCarries reports whether the words of a segment before its from–to
// start (…增长6.9%,由2012年的) name no subject of their own, so the start
// is the subject just read's; 上市公司从518家 and 年产值从10亿元 name theirs.
func (p *sentenceParser) fromCarries(at int) bool {
	seg := at
	for seg > p.clauseFrom && !isSegmentBreak(p.rs[seg-1]) {
		seg--
	}
	words := string(p.rs[seg:at])
	for _, w := range subjectWords { // 总量由…, 其中由…
		words = strings.ReplaceAll(words, w, "")
	}
	n := 0
	for _, r := range words {
		if isHan(r) && !strings.ContainsRune("由从的年底末", r) {
			n++
		}
	}
	return n < 2
}

// reToYear is the year an end value is given for, at the end of the text
// before it (增加到2017年的, 提高到2020年底的).
var reToYear = regexp.MustCompile(`(?:到|至)((?:19|20)\d{2})年(?:的|末的|底的)$`)

// reFromYear is a start's year at the end of the text before a value
// (由2010年的, 从2015年).
var reFromYear = regexp.MustCompile(`(?:由|从)((?:19|20)\d{2})年(?:的|末的|底的|末|底)?$`)

// tryRatio reads 三次产业结构 6.9:44.8:48.3; value is the tertiary share.
func (p *sentenceParser) tryRatio(i int) bool {
	rs := p.rs
	if !isDigit(rs[i]) || (i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '.')) {
		return false
	}
	var parts []float64
	j := i
	for len(parts) < 3 {
		v, n, ok := parseArabic(rs[j:])
		if !ok {
			return false
		}
		parts = append(parts, v)
		j += n
		if len(parts) < 3 {
			if j >= len(rs) || rs[j] != ':' {
				return false
			}
			j++
		}
	}
	var pd *pending
	if len(p.pend) > 0 && p.pend[len(p.pend)-1].key() == "industry_structure" {
		pd = &p.pend[len(p.pend)-1]
	} else if p.last != nil && p.last.key() == "industry_structure" {
		pd = p.last
	}
	if pd == nil {
		return true // a ratio of something else: skip it whole
	}
	year, start := 0, false
	before := string(rs[max(p.clauseFrom, i-12):i])
	if m := reFromYear.FindStringSubmatch(before); m != nil {
		year = atoiYear(m[1]) // 由2010年的9.2:54.2:36.6: the start's own year
	} else if y := explicitYear(before); y > 0 {
		year = y
	} else if m := reFiveYear.FindStringSubmatch(before); m != nil && strings.Contains(before, "末") {
		year = fiveYearStart[m[1]] + 4 // “十二五”期末: the plan's last year
	} else if hasBefore(rs, i, "由") || hasBefore(rs, i, "从") {
		// a start with no year: over a five-year span the level before
		// its first year, as for any from–to; elsewhere left out.
		start = true
	}
	p.emit(raw{key: "industry_structure", value: parts[2], unit: "%", cmp: Exactly, from: p.quoteFrom(i), to: j,
		valueText: string(rs[i:j]), year: year, start: start})
	return true
}

// tryIndex reads CPI written as an index (居民消费价格指数为102.7): the
// rise is the index less 100.
func (p *sentenceParser) tryIndex(i int) bool {
	rs := p.rs
	if len(p.pend) == 0 || p.pend[len(p.pend)-1].key() != "cpi" || !isDigit(rs[i]) {
		return false
	}
	v, n, ok := parseArabic(rs[i:])
	if !ok || v < 90 || v > 120 {
		return false
	}
	if j := i + n; j < len(rs) && (rs[j] == '%' || isHan(rs[j]) && rs[j] != '左' && rs[j] != '以') {
		return false
	}
	pd := p.pend[len(p.pend)-1]
	cmp := Exactly
	if hasAt(rs, i+n, "左右") {
		cmp = About
	}
	p.emit(raw{key: "cpi", value: roundTo(v-100, 4), unit: "%", cmp: cmp, from: p.quoteFrom(pd.from), to: i + n})
	p.pend = p.pend[:0]
	return true
}

func roundTo(v float64, digits int) float64 {
	m := 1.0
	for range digits {
		m *= 10
	}
	// math.Round, not a conversion through int64: that overflows past
	// 9.2e18/m and turned a huge value into a negative one.
	if r := math.Round(v*m) / m; !math.IsInf(r, 0) && !math.IsNaN(r) {
		return r
	}
	return v
}

// changeVerbs say a quantity right after them is a change (增加21天,
// 比上年多0.5万人, 增长300亿元), not the level it changed to.
var changeVerbs = []string{"增加", "减少", "增长", "提高", "降低", "扩大", "上升", "下降", "新增", "净增", "多", "少"}

// changeVerbBefore is the change verb written just before rs[at] (past a
// 了 or 约), "" when there is none.
func changeVerbBefore(rs []rune, at int) string {
	if at > 0 && (rs[at-1] == '了' || rs[at-1] == '约') {
		at--
	}
	for _, v := range changeVerbs {
		if hasBefore(rs, at, v) {
			return v
		}
	}
	return ""
}

// listGoesOn reports whether another value of a list follows the one
// ending at rs[end] (9.2%、8.8%和8.7%).
func listGoesOn(rs []rune, end int) bool {
	if end+1 >= len(rs) || !strings.ContainsRune("、和及与", rs[end]) {
		return false
	}
	return isDigit(rs[end+1]) || isCnNumeral(rs[end+1]) || hasAt(rs, end+1, "百分之")
}

// listLength counts the values of the list that q opens (9.2%、8.8%和8.7%: 3).
func listLength(rs []rune, q Quantity) int {
	n := 1
	for end := q.End; listGoesOn(rs, end) && n < 20; n++ {
		next, ok := ParseQuantity(rs, end+1)
		if !ok {
			break
		}
		end = next.End
	}
	return n
}

// namedAgain reports whether a later item of a list is the same indicator.
func namedAgain(pd pending, later []pending) bool {
	for _, l := range later {
		if l.st == pd.st {
			return true
		}
	}
	return false
}

// reYearList is a list of two or more years (2022年、2023年, 2021年和2022年).
var reYearList = regexp.MustCompile(`((?:19|20)\d\d)年(?:[、和及与]((?:19|20)\d\d)年)+`)

// yearListBefore gives the years of the one list of years the sentence
// names before rs[at] (2022年、2023年,全市…分别增长): in order, rising, with
// no other year in that stretch and none of them a base or a start
// (比2021年、2022年, 从…); nil for none.
func yearListBefore(rs []rune, from, at int) []int {
	str := string(rs[from:at])
	locs := reYearList.FindAllStringIndex(str, -1)
	if len(locs) != 1 || len(reAnyYear.FindAllStringIndex(str, -1)) != len(reAnyYear.FindAllStringIndex(str[locs[0][0]:locs[0][1]], -1)) {
		return nil
	}
	before, after := str[:locs[0][0]], str[locs[0][1]:]
	for _, w := range []string{"比", "较", "由", "从", "与", "同", "至", "到"} {
		if strings.HasSuffix(before, w) {
			return nil
		}
	}
	for _, w := range []string{"以来", "至", "到", "—", "-", "~", "相比", "连续", "的"} {
		if strings.HasPrefix(after, w) {
			return nil
		}
	}
	var ys []int
	for _, m := range reAnyYear.FindAllString(str[locs[0][0]:locs[0][1]], -1) {
		y := atoiYear(m[:4])
		if len(ys) > 0 && y <= ys[len(ys)-1] {
			return nil
		}
		ys = append(ys, y)
	}
	return ys
}

// boundAhead reports whether the clause from rs[i] bounds a value (左右,
// 以上, 以内, 以下).
func boundAhead(rs []rune, i int) bool {
	j := i
	for j < len(rs) && j < i+60 && rs[j] != ',' && rs[j] != ';' && rs[j] != '。' && rs[j] != '\n' {
		j++
	}
	return containsAny(string(rs[i:j]), "左右", "以上", "以内", "以下")
}

// strivingAgain reports whether the rate at rs[at] follows 确保 after a
// list mark (力争…增长8%以上、确保7.5%): the target the report commits to,
// its verb left out (a 力争 after a target is a stretch, no target).
func strivingAgain(rs []rune, at int) bool {
	k := at - 2
	return hasBefore(rs, at, "确保") && k > 0 && (rs[k-1] == '、' || rs[k-1] == ',')
}

// unitsCopula link units named in a clause to a rate of the indicator
// before them (江苏、山东均为5%以上; 天津为4.5%左右; 北京、上海均提出5%左右).
var unitsCopula = []string{"均为", "为", "均提出", "提出", "均定为", "定为", "目标均为", "目标为"}

// unitsCopulaBefore reports whether such a word stands right before a
// number at rs[at].
func unitsCopulaBefore(rs []rune, at int) bool {
	for _, w := range unitsCopula {
		if hasBefore(rs, at, w) {
			return true
		}
	}
	return false
}
