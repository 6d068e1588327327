package targets

import "strings"

// A review that sets last year's target beside its result often gives this
// year's target of the same indicator in the next breath, with no name of
// its own: …同比增长4.5%,今年预期增长5%; …实际为2.84%。今年继续控制在4.5%以内;
// …增长5.9%;今年安排增长5%; …同口径增长6.3%;今年预算安排增长5%. The clause is a target of the year ahead for the
// indicator the figure before it was about — not a second result of that
// year, and not a result at all.

// aheadYears open such a clause.
var aheadYears = []string{"今年", "明年"}

// aheadFillers may stand between the year and the verb: they say the figure
// is a target, or name none (继续, 要).
var aheadFillers = []string{"这一指标", "该指标", "此项指标", "这项指标", "的预期目标是", "的预期目标为", "的目标是", "的目标为", "预期目标是", "预期目标为", "目标均为", "目标是", "目标为", "预期目标",
	"目标", "预期", "计划", "预算安排", "预算", "安排", "力争", "确保", "争取", "继续", "仍", "要", "将"}

// aheadVerbs are the verbs of such a target, before its number.
var aheadVerbs = []string{"分别增长", "增长", "增速为", "增速", "下降", "上涨", "控制在", "保持在", "稳定在", "提高到", "提高至", "达到", "为"}

// aheadClause reads the year and filler words of such a clause at rs[at]
// and reports where its verb starts. The clause must name no indicator
// before its number (今年全市地区生产总值预期增长6% names its own).
func aheadClause(rs []rune, at, e int) (int, bool) {
	w := wordAt(rs, at, aheadYears)
	if w == "" {
		return 0, false
	}
	j := at + len([]rune(w))
	target := false
	for n := 0; n < 2; n++ {
		f := wordAt(rs, j, aheadFillers)
		if f == "" {
			break
		}
		j += len([]rune(f))
		target = strings.Contains(f, "目标") // (今年目标为5.5%左右, 今年预期目标6%)
	}
	v := wordAt(rs, j, aheadVerbs)
	if v == "" && target && j < e && isDigit(rs[j]) {
		return j, true // 今年预期目标6%左右: the target's number with no verb
	}
	if v == "" || !numberSoon(rs, j+len([]rune(v)), e) {
		return 0, false // 今年以来, 今年上半年, 今年目标与经济增长同步: no target of the year's number
	}
	for k := at; k < j+len([]rune(v)); k++ {
		if _, ok := matchAlias(rs, k); ok {
			return 0, false
		}
	}
	return j, true
}

// aheadTarget reads such a clause at rs[at] (a sentence's start or the
// rune after a comma) as a target of the indicator of the figure read last
// in the sentence, or of the topic the sentence before was about; it
// returns where the verb starts.
func (p *sentenceParser) aheadTarget(at, e int, topic string) (int, bool) {
	if !leadFirstAhead(p.rs, at) || len(p.pend) > 0 {
		return 0, false
	}
	j, ok := aheadClause(p.rs, at, e)
	if !ok {
		return 0, false
	}
	key, regions := topic, []Region(nil)
	if n := len(p.out); n > 0 {
		last := p.out[n-1]
		key = last.key
		if last.region.Name != "" {
			regions = []Region{last.region}
		}
	}
	st := stemOfKey(key)
	if st == nil {
		return 0, false
	}
	pd := pending{st: st, from: at, regions: regions}
	if isDigit(p.rs[j]) {
		if !strings.HasSuffix(key, "_growth") && !countFits(key, p.rs, j) {
			return 0, false // 今年目标600亿元 is read as any other clause
		}
		pd.growth = strings.HasSuffix(key, "_growth") // 今年预期目标6%左右 after a rate: the rate's target
	}
	if regions != nil {
		pd.regionsBy = ByCarried
	}
	p.pend = append(p.pend[:0], pd)
	p.last, p.loose, p.ahead = nil, pending{}, true
	return j, true
}

// leadFirstAhead is the cheap test before aheadClause.
func leadFirstAhead(rs []rune, at int) bool {
	return at < len(rs) && (rs[at] == '今' || rs[at] == '明')
}

// stemOfKey is the stem a figure's key was read from (gdp for gdp_growth),
// nil for a key no stem has.
func stemOfKey(key string) *stem {
	if key == "" || strings.HasPrefix(key, "other:") {
		return nil
	}
	if st := stemByKey(key); st != nil {
		return st
	}
	return stemByKey(strings.TrimSuffix(key, "_growth"))
}

// aheadYear is the year a target clause opened by 今年 or 明年 at rs[from]
// is about, when that is a year the report plans (今年 in a report given in
// the year it plans); 0 otherwise: the clause is then no target this
// reader can date.
func (a *articleReader) aheadYear(from int) int {
	base := a.year
	if base == 0 {
		base = a.plan
	}
	y := 0
	switch wordAt(a.t.R, from, aheadYears) {
	case "今年":
		y = base
	case "明年":
		y = base + 1
	}
	if y == 0 || a.plan > 0 && y < a.plan {
		return 0
	}
	return y
}

// An item of a digest may name its indicator alone and give its figures in
// the sentences after it, on the same line: ——生产总值。年初目标增长9%,实际增长
// 8.1%。今年目标增长8%左右。 Those sentences that name no subject before
// their number are about that indicator.

// headingTopic reads a sentence rs[s:e] that is only an indicator's name
// (after a dash or bullet) and returns that indicator's stem key and the
// end of its line; "" where the sentence is anything else.
func headingTopic(rs []rune, s, e int) (string, int) {
	k := s
	for k < e && strings.ContainsRune("—-·● 【】√", rs[k]) {
		k++
	}
	if j := k; j+1 < e && (isDigit(rs[j]) || isCnNumeral(rs[j])) {
		for j < e && (isDigit(rs[j]) || isCnNumeral(rs[j])) {
			j++
		}
		if j < e && strings.ContainsRune(".、", rs[j]) {
			k = j + 1 // 3.固定资产投资。预期目标增长12%,实际增长12.1%: a numbered item
		}
	}
	end := e
	for end > k && (rs[end-1] == ':' || rs[end-1] == ' ') {
		end--
	}
	if k >= end {
		return "", 0
	}
	ae, ok := matchAlias(rs, k)
	if !ok || ae.stem == nil || k+len(ae.text) != end {
		return "", 0
	}
	line := e
	for line < len(rs) && rs[line] != '\n' {
		line++
	}
	return ae.stem.Key, line
}

// headingSubject gives the sentence's first number the indicator its line
// is headed with, when nothing before the number names one.
func (p *sentenceParser) headingSubject(s, e int, heading string) {
	st := stemByKey(heading)
	if st == nil || len(p.pend) > 0 || p.ahead {
		return
	}
	for k := s; k < e; k++ {
		if isDigit(p.rs[k]) {
			p.pend = append(p.pend, pending{st: st, from: s})
			return
		}
		if _, ok := matchAlias(p.rs, k); ok {
			return
		}
	}
}

// withoutAheadClauses is the sentence rs[s:e] without the year-ahead target
// clauses after its first (…为5.3%,今年的目标是控制在5.5%以内), for the words
// that decide its kind: they do not make last year's result a plan.
func withoutAheadClauses(rs []rune, s, e int) string {
	var b strings.Builder
	from := s
	for k := s + 1; k < e; k++ {
		if rs[k-1] != ',' || !leadFirstAhead(rs, k) {
			continue
		}
		if _, ok := aheadClause(rs, k, e); !ok {
			continue
		}
		b.WriteString(string(rs[from : k-1]))
		for from = k; from < e && rs[from] != ','; from++ {
		}
		k = from
	}
	b.WriteString(string(rs[from:e]))
	return b.String()
}

// A sentence of a result may go on to the year ahead's target of the same
// indicator, named again (2021年…完成一般公共预算收入12.4亿元,增长13.6%,今年
// 将抓住机遇,力争一般公共预算收入增长10%以上; …增长8.2%,2022年力争地区生产
// 总值增长7%以上): two sentences in one, a result and a target, each read
// on its own.

// aheadTargetWords say a clause after its year sets a target.
var aheadTargetWords = []string{"将", "要", "力争", "确保", "争取", "预期", "预计", "计划", "目标", "安排", "努力",
	"我们的目标", "我们将", "我们要", "我们力争", "的目标", "的预期目标"} // “今年我们的目标是…: a quoted official's

// ownTargetClause is the comma in rs[s:e] after a figure where such a
// target clause opens, or -1: the clause opens with 今年, 明年 or a year
// other than the one the sentence opened with, then a target word, and
// names its own indicator before its first number.
func ownTargetClause(rs []rune, s, e int) int {
	figure := false
	for k := s; k < e; k++ {
		switch rs[k] {
		case '%', '元':
			figure = true
		}
		if rs[k] != ',' || !figure || k+1 >= e {
			continue
		}
		j := k + 1
		if j < e && strings.ContainsRune("“\"'「", rs[j]) {
			j++ // ,“今年我们的目标是…: a quote opening on the year
		}
		if w := wordAt(rs, j, aheadYears); w != "" {
			j += len([]rune(w))
		} else if j+5 <= e && allDigits(rs[j:j+4]) && rs[j+4] == '年' && !hasAt(rs, s, string(rs[j:j+5])) {
			j += 5
		} else {
			continue
		}
		if wordAt(rs, j, aheadTargetWords) == "" {
			continue
		}
		if ownIndicatorBeforeNumber(rs, j, e) {
			return k
		}
	}
	return -1
}

// ownIndicatorBeforeNumber reports whether an indicator is named in
// rs[at:e] before the first number there.
func ownIndicatorBeforeNumber(rs []rune, at, e int) bool {
	for k := at; k < e && !isDigit(rs[k]); k++ {
		if ae, ok := matchAlias(rs, k); ok && ae.stem != nil {
			return true
		}
	}
	return false
}

// countFits reports whether the number at rs[j] is a count of people or
// things in the unit of the indicator key counts (新增城镇就业去年4.8万人,今年
// 目标4.5万人): a level no other indicator of the clause could take.
func countFits(key string, rs []rune, j int) bool {
	in, ok := LookupIndicator(key)
	if !ok || in.Class != ClassPeople && in.Class != ClassCount {
		return false
	}
	q, ok := ParseQuantity(rs, j)
	if !ok {
		return false
	}
	_, _, fits := q.inUnit(in)
	return fits
}
