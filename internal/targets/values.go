package targets

import "strings"

// onKeyword records a verb or marker for the numbers that follow.
func (p *sentenceParser) onKeyword(k keyword) {
	target := &p.loose
	if len(p.pend) > 0 {
		target = &p.pend[len(p.pend)-1]
	}
	switch k.kind {
	case kwGrowth:
		target.growth = true
	case kwAvgGrowth:
		target.growth, target.avg = true, true
	case kwDrop:
		target.drop = true
	case kwLevelTo:
		target.levelTo = true
		target.growth, target.drop = false, false
	case kwEach:
		p.each = true
		p.eachIdx = 0
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
	p.out = append(p.out, r)
}

// onQuantity gives a number to the indicator it belongs to.
func (p *sentenceParser) onQuantity(q Quantity) {
	rs := p.rs
	// A number that qualifies a noun (5000万元以上产业项目, 10亿元以上12个) is
	// not a value.
	if (q.Class == ClassMoney || q.Class == ClassPercent) && attributive(rs, q.End) {
		return
	}
	if q.Start > 0 && rs[q.Start-1] == '第' {
		return // an ordinal: 第二个
	}
	if q.Points || q.Times || p.share || (p.base && q.Class == ClassPercent) {
		p.cmp = ""
		return
	}
	if n := len(p.pend); n > 0 && p.pend[n-1].st == nil && !p.each {
		// the number of an ambiguous subject (财政收入): nobody's.
		p.pend = p.pend[:0]
		p.cmp = ""
		return
	}
	if q.Cmp == Exactly && p.cmp != "" {
		q.Cmp = p.cmp
	}
	p.cmp = ""
	if p.each && len(p.pend) < 2 && len(p.listed) >= 2 && q.Class == ClassPercent {
		// 分别增长 after a list of levels: the growth of each, in order.
		p.pend = append(p.pend[:0], p.listed...)
		p.listed = p.listed[:0]
		p.eachIdx = 0
	}
	switch {
	case p.each && len(p.pend) >= 2:
		if p.eachIdx < len(p.pend) {
			pd := p.pend[p.eachIdx]
			verb := p.pend[len(p.pend)-1] // 分别增长 follows the last item
			if pd.st == nil {
				// a list slot held by an ambiguous subject: skip its number.
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
			p.assign(pd, q, false)
			if !pd.growth && !pd.drop && q.Class != ClassPercent {
				p.listed = append(p.listed, pd)
			}
			p.eachIdx++
			if p.eachIdx == len(p.pend) {
				p.last = &p.pend[len(p.pend)-1]
				p.pend = p.pend[:0]
				p.each = false
			}
		}
		return
	case len(p.pend) > 0:
		pd := p.pend[len(p.pend)-1]
		if q.Start-pd.from > 40 {
			p.pend = p.pend[:0]
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
		p.last = &pd
		p.pend = p.pend[:0]
		p.lastEnd = q.End
		return
	case p.last != nil && (p.loose.growth || p.loose.drop) && (q.Start-p.clauseFrom <= 12 || q.Start-p.lastEnd <= 8) &&
		subjectless(rs, max(p.clauseFrom, p.lastEnd), q.Start):
		// …突破800亿元,增长17.7%: the growth of the subject just read.
		pd := *p.last
		pd.growth, pd.drop, pd.avg, pd.levelTo = p.loose.growth, p.loose.drop, p.loose.avg, false
		p.assign(pd, q, true)
		p.loose = pending{}
		p.lastEnd = q.End
		return
	case p.last != nil && q.Start-p.clauseFrom <= 12 && p.carriesLevel(q) && subjectless(rs, p.clauseFrom, q.Start):
		// …增长8%,有望突破3000亿元大关 / …突破4亿美元大关,达4.8亿美元 /
		// …项目382个,其中亿元以上项目193个: a level of the subject just read.
		pd := *p.last
		pd.growth, pd.drop, pd.avg = false, false, false
		p.assign(pd, q, true)
		p.lastEnd = q.End
		return
	}
	if q.Class == ClassCount || q.Class == ClassPeople {
		p.orphans = append(p.orphans, q)
	}
}

// key is the pending indicator's key, "" for an ambiguous subject.
func (pd pending) key() string {
	if pd.st == nil {
		return ""
	}
	return pd.st.Key
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
	clause := string(p.rs[p.clauseFrom:q.Start])
	if strings.HasPrefix(st.Key, "projects_") {
		return strings.Contains(clause, "项目")
	}
	for _, r := range clause {
		if isDigit(r) {
			return false
		}
	}
	return true
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
	between := string(rs[end:b.from])
	return between == "和" || between == "、" || between == "及" || between == "与"
}

// attributive reports whether the text after a number makes it qualify a
// noun: 亿元以上项目, 5000万元以上产业项目, 500强企业.
func attributive(rs []rune, end int) bool {
	for _, w := range []string{"项目", "产业项目", "重大项目", "工业项目", "的项目", "企业", "的企业", "重点项目", "产业"} {
		if hasAt(rs, end, w) {
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
	r := raw{key: key, q: q, value: v, unit: unit, cmp: q.Cmp, from: p.quoteFrom(pd.from), to: q.End,
		avg: pd.avg, sameCaliber: p.same, carried: carried, valueText: q.Range}
	if r.from > pd.from && !carried {
		r.from = pd.from
	}
	p.same = false
	p.emit(r)
}

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
	year := 0
	before := string(rs[max(p.clauseFrom, i-12):i])
	if y := explicitYear(before); y > 0 {
		year = y
	} else if m := reFiveYear.FindStringSubmatch(before); m != nil && strings.Contains(before, "末") {
		year = fiveYearStart[m[1]] - 1
	} else if hasBefore(rs, i, "由") || hasBefore(rs, i, "从") {
		return true // a start value with no year: left out
	}
	p.emit(raw{key: "industry_structure", value: parts[2], unit: "%", cmp: Exactly, from: p.quoteFrom(i), to: j,
		valueText: string(rs[i:j]), year: year})
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
	if v < 0 {
		return -float64(int64(-v*m+0.5)) / m
	}
	return float64(int64(v*m+0.5)) / m
}
