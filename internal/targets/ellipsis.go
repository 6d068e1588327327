package targets

import "strings"

// Wordings of a rate that leave a word out, or put one between the verb
// and its number: 力争增长7%,确保6.5% (the floor with no verb of its own);
// 实现6.1%的增长 (the rate before its noun); 增速居全省第2位,达到9.6% (a rank
// between the verb and the rate).

// ensureWords open the floor of the target just read, written with no
// verb and no subject: …力争增长7%,确保6.5%. The floor is the target (the
// corpus's rule for 确保 beside 力争); a stretch written so (…增长5.5%,力争6%)
// is not, and is left unread.
var ensureWords = []string{"确保", "保底"}

// ensureEllipsis reads such a clause after the comma at rs[i] as another
// figure of the indicator just read; it returns the number's end.
func (p *sentenceParser) ensureEllipsis(i, e int) (int, bool) {
	w := wordAt(p.rs, i+1, ensureWords)
	if w == "" || len(p.out) == 0 {
		return 0, false
	}
	res := p.out[len(p.out)-1]
	if res.to != i || res.pastTarget || res.start {
		return 0, false
	}
	q, ok := ParseQuantity(p.rs, i+1+len([]rune(w)))
	if !ok || q.Points || q.Times || q.End < e && !isClauseEnd(p.rs[q.End]) {
		return 0, false // 确保90%以上的项目按期开工: a number of something else
	}
	in, ok := LookupIndicator(res.key)
	if !ok {
		return 0, false
	}
	v, unit, fits := q.inUnit(in)
	if !fits {
		return 0, false
	}
	if res.value < 0 {
		v = -v // 力争下降4%,确保3%: the floor of the same fall
	}
	r := res
	r.q, r.value, r.unit, r.cmp, r.to, r.valueText = q, v, unit, q.Cmp, q.End, q.Range
	p.emit(r)
	p.lastEnd = q.End
	return q.End, true
}

func isClauseEnd(r rune) bool { return r == ',' || r == ';' || r == '。' }

// growthNouns follow a rate written before its noun (实现6.1%的增长); a
// target word after them makes the number a target's, read elsewhere.
var growthNouns = []string{"的增长", "的增速", "的增幅"}

// growthAfter reports whether such a noun follows a percentage ending at
// rs[end], and no target word after it (实现7%的增长目标).
func growthAfter(rs []rune, end int) bool {
	w := wordAt(rs, end, growthNouns)
	if w == "" {
		return false
	}
	after := end + len([]rune(w))
	return !hasAt(rs, after, "目标") && !hasAt(rs, after, "预期") && !hasAt(rs, after, "任务")
}

// growthBeforeNoun makes the percentage q a rate when its noun follows it:
// of the indicator pending, or of the one just read (…完成120亿元,实现3.2%的增长).
func (p *sentenceParser) growthBeforeNoun(q Quantity) {
	if q.Class != ClassPercent || q.Points || !growthAfter(p.rs, q.End) {
		return
	}
	if n := len(p.pend); n > 0 {
		p.pend[n-1].growth, p.pend[n-1].levelTo = true, false
		return
	}
	p.loose.growth = true
}

// rankWords and rankPlaces make a clause a rank (增速居全省第2位, 增速位居全市
// 前列): a remark that holds no number of the rate.
var rankWords = []string{"居", "排名", "排在", "列"}
var rankPlaces = []string{"第", "首位", "前列", "前茅", "前二", "前两", "前三", "前四", "前五", "前十"}

// rankedRate reports, at a clause break, whether the clause gave its
// indicator a growth verb and then only a rank, so that the rate may
// follow in the next clause (…增速居全省第2位,达到9.6%).
func (p *sentenceParser) rankedRate(at int) bool {
	n := len(p.pend)
	if n == 0 {
		return false
	}
	pd := p.pend[n-1]
	if pd.st == nil || !pd.growth || pd.levelTo || pd.from < p.clauseFrom || p.lastEnd > pd.from {
		return false
	}
	clause := string(p.rs[pd.from:at])
	return containsAny(clause, rankWords...) && containsAny(clause, rankPlaces...) && !strings.Contains(clause, "%")
}
