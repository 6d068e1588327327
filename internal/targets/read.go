package targets

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// isFlow reports whether an indicator counts what happened in a year.
func isFlow(key string) bool {
	st := stemByKey(key)
	return st != nil && st.Flow
}

// estimateWords mark a result as an estimate.
var estimateWords = []string{"经初步核算", "据初步核算", "经初步测算", "据初步测算", "据初步统计", "经初步统计", "初步预计", "预计", "初步统计", "初步核算", "有望", "预估", "据统计预测", "预测",
	"根据统计快报", "据统计快报", "统计快报", "快报数"} // 快报: the statistics bureau's flash figures, revised later

// read walks the article's sentences and turns their figures into
// contract figures.
func (a *articleReader) read() []Figure {
	rs := a.t.R
	var out []Figure
	para := true
	home := a.region
	defer func() { a.region = home }()
	inUnit, outer := false, a.part()
	carried := "" // the unit a result was about, for the target split off after it
	for s := a.start; s < a.end; {
		label := false
		if para {
			le := lineEnd(rs, s, a.end)
			// 乐都区:报告指出,…: a roundup's paragraph about one unit is
			// that unit's (its 全区 is the unit, not the report's region),
			// and so are the parts it opens.
			a.region = home
			if inUnit {
				a.setPart(outer)
			} else {
				outer = a.part()
			}
			r, ok := roundupUnit(rs, s, le, home)
			if inUnit = ok; ok {
				a.region = r
			}
			if figs, ok := a.readMarkedValueFirst(s, le); ok {
				out = append(out, figs...)
				s = le + 1
				continue
			}
			if figs, next, ok := a.readUnitTable(s, le); ok {
				out = append(out, figs...)
				s = next
				continue
			}
			if figs, next, ok := a.readTable(s, le); ok {
				out = append(out, figs...)
				s = next
				continue
			}
			if figs, next, ok := a.readValueFirst(s, le); ok {
				out = append(out, figs...)
				s = next
				continue
			}
			if figs, ok := a.readBulletValueFirst(s, le); ok {
				out = append(out, figs...)
				s = le + 1
				continue
			}

			if j, _ := joinValueLines(rs, s, le, a.end); j > le {
				label = true // 地区生产总值 / 59132.39亿元 / 增长4.1%: a name over its figures
			} else if h, top := headingOf(string(rs[s:le])); h != "" && !a.isTitleLine(h) {
				a.onHeading(h, top)
			}
		}
		e := s
		for e < a.end && !isSentenceEnd(rs[e]) && e-s < maxSentenceRunes {
			e++
		}
		next := e + 1
		split := false
		if k := ownTargetClause(rs, s, e); k > 0 && !label {
			e, next, split = k, k+1, true // …增长13.6%,今年将力争一般公共预算收入增长10%以上: a result, then a target
		}
		if label {
			e, next = joinValueLines(rs, s, e, a.end)
			// A break before a rate reads as the comma it stands for
			// (59132.39亿元,增长4.1%); one before the name's own number is
			// no break at all (…产业项目 135个). The quote, cut from the
			// original text, keeps them.
			for i := s; i < e; i++ {
				if rs[i] == '\n' && i+1 < e && !isDigit(rs[i+1]) {
					rs[i] = ','
				}
			}
		}
		if e-s >= maxSentenceRunes {
			e, next = cutSentence(rs, s, e)
		}
		if e > s {
			figs := a.readSentence(s, e)
			carryUnit(figs, carried)
			carried = ""
			if split {
				carried = unitOf(figs)
			}
			out = append(out, figs...)
		}
		para = e < a.end && rs[e] == '\n'
		if para {
			a.paraYear, a.paraPlan = 0, 0 // a year named in a paragraph holds until its end
			a.baseRest = false
			a.lastRate = Figure{}
		}
		s = next
	}
	return out
}

// reFirstHalf names a year's first half (2019年上半年, 2019年1—6月).
var reFirstHalf = regexp.MustCompile(`((?:19|20)\d{2})年(?:上半年|1[—-]6月)`)

// unitOf is the one unit other than the report's own that figs are all
// about, "" for none.
func unitOf(figs []Figure) string {
	u := ""
	for _, f := range figs {
		if f.Reading.Subject == ByOwn || u != "" && f.Region != u {
			return ""
		}
		u = f.Region
	}
	return u
}

// carryUnit gives the figures of a target split off a unit's result
// (流亭街道完成…增长13.6%,今年将…力争一般公共预算收入增长10%以上) that
// name no unit of their own to that unit.
func carryUnit(figs []Figure, unit string) {
	if unit == "" {
		return
	}
	for i := range figs {
		if figs[i].Reading.Subject == ByOwn {
			figs[i].Region, figs[i].Reading.Subject = unit, ByCarried
		}
	}
}

// clauseRelativeYear is the year a figure's clause opens with by 去年 or
// 上年 (…,去年全市生产总值增长3.5%): the year before the report's.
func (a *articleReader) clauseRelativeYear(from int) int {
	base := a.year
	if base == 0 {
		base = a.plan
	}
	if w := relativeWordAt(a.t.R, from); base == 0 || w != "去年" && w != "上年" {
		return 0
	}
	return base - 1
}

// innerLastYear is the year before the report's where a figure's clause
// says 去年 or 上年 between its subject and its verb (规模以上工业增加值去年
// 增长6.2%, 新增城镇就业去年4.8万人), 0 otherwise; not a base of comparison
// (比去年增长, 较上年) nor a from–to's start (由去年的…).
func (a *articleReader) innerLastYear(r raw) int {
	base := a.year
	if base == 0 {
		base = a.plan
	}
	if base == 0 {
		return 0
	}
	rs := a.t.R
	// The subject's own clause, where the value is carried from it
	// (成都经济总量去年突破2.2万亿元,达到22074.7亿元,增长6%).
	for k := r.from + 1; k+2 <= r.q.Start && !isClauseMark(rs[k-1]); k++ {
		if !hasAt(rs, k, "去年") && !hasAt(rs, k, "上年") {
			continue
		}
		if strings.ContainsRune("比较由从同与和于的在至到", rs[k-1]) || !isHan(rs[k-1]) {
			return 0
		}
		if j := k + 2; j == r.q.Start || wordAt(rs, j, []string{"增长", "下降", "达到", "为", "完成", "实现", "突破", "新增", "累计"}) != "" {
			return base - 1
		}
		return 0
	}
	return 0
}

// firstFigureStart is where the first of raws' values starts, -1 for none.
func firstFigureStart(raws []raw) int {
	first := -1
	for _, r := range raws {
		if first < 0 || r.q.Start < first {
			first = r.q.Start
		}
	}
	return first
}

// firstFigureClause is where the clause holding the first of raws' values
// starts in the sentence at rs[s]; false when that value opens it.
func firstFigureClause(rs []rune, s int, raws []raw) (int, bool) {
	first := firstFigureStart(raws)
	if first <= s {
		return s, false
	}
	k := first
	for k > s && !isClauseMark(rs[k-1]) {
		k--
	}
	return k, true
}

// firstClauseOfFigures is where the clause holding the sentence's first
// figure starts, when every clause before it holds no number.
func firstClauseOfFigures(rs []rune, s int, raws []raw) int {
	k, ok := firstFigureClause(rs, s, raws)
	if !ok {
		return s
	}
	for i := s; i < k; i++ {
		if isDigit(rs[i]) {
			return s
		}
	}
	return k
}

// innerThisYear is the report's year where a figure's clause says 今年
// right before its verb or number, after a word of change (转为今年增长5%,
// 调整为今年…), 0 otherwise.
func (a *articleReader) innerThisYear(r raw) int {
	if a.year == 0 {
		return 0
	}
	rs := a.t.R
	for k := ownClauseFrom(rs, r) + 1; k+2 <= r.q.Start; k++ {
		if !hasAt(rs, k, "今年") {
			continue
		}
		if k < 2 || !hasAt(rs, k-2, "转为") && !hasAt(rs, k-2, "变为") && !hasAt(rs, k-1, "到") && !hasAt(rs, k-1, "至") {
			return 0
		}
		return a.year
	}
	return 0
}

// opensThisYear reports whether the clause of a figure carried from an
// earlier one opens with 今年 or 明年 (团风县去年…增长8.1%,今年提出增长8.5%):
// the year of the clause before is not its year.
func (a *articleReader) opensThisYear(r raw) bool {
	w := relativeWordAt(a.t.R, ownClauseFrom(a.t.R, r))
	return w == "今年" || w == "明年"
}

// roundupUnit is the unit a roundup's paragraph opens with (乐都区:报告指出,
// …; 威宁:2023年,全县…), named in full or short; a two-character place
// name of an autonomous county, which running text does not read alone
// (长阳 is also 市长阳卫国), counts here before its colon, for a unit
// under the report's own.
func roundupUnit(rs []rune, s, le int, home Region) (Region, bool) {
	g := Regions()
	if m, ok := g.FindAt(rs, s, true, home.Code); ok && m.End < le && rs[m.End] == ':' && m.Region.Code != home.Code && m.Region.Level != LevelTown {
		return m.Region, true
	}
	// 在师宗县,过去一年…; 罗平县政府工作报告提出,…: the paragraph opens on
	// the unit it is about, or on its report.
	if r, ok := roundupOpening(rs, s, le, home); ok {
		return r, true
	}
	c := s + 2
	for c < le && c < s+6 && rs[c] != ':' {
		c++
	}
	if c >= le || rs[c] != ':' || home.Code == "" {
		return Region{}, false
	}
	if r, ok := g.Resolve(string(rs[s:c])+"县", home.Code); ok && r.Level == LevelCounty && strings.HasPrefix(r.Code, home.Code) && r.Code != home.Code {
		return r, true
	}
	return Region{}, false
}

// roundupOpening reads a roundup's paragraph that opens on one unit below
// the report's own by 在X, or by X's report (X政府工作报告提出, 显示…).
func roundupOpening(rs []rune, s, le int, home Region) (Region, bool) {
	if home.Code == "" {
		return Region{}, false
	}
	at := s
	if hasAt(rs, s, "在") {
		at++
	}
	m, ok := Regions().FindAt(rs, at, true, home.Code)
	if !ok || m.End >= le || m.Region.Code == home.Code || m.Region.Level == LevelTown || !strings.HasPrefix(m.Region.Code, home.Code) {
		return Region{}, false
	}
	if at > s && rs[m.End] == ',' || at == s && (hasAt(rs, m.End, "政府工作报告") || hasAt(rs, m.End, "人民政府工作报告")) {
		return m.Region, true
	}
	return Region{}, false
}

// relativeYear is the year a sentence opens with by a word relative to
// the report's own (今年地区生产总值增长6%, 去年全县经济总量迈上300亿元; after
// a roundup's 金沙: too): 今年 is the year the report was given in.
func (a *articleReader) relativeYear(str string) int {
	lead := leadOf(str)
	if i := strings.IndexByte(lead, '|'); i > 0 && utf8.RuneCountInString(lead[:i]) <= 8 {
		lead = lead[i+1:] // 攸县两会|今年GDP目标增长6.5%左右: a headline's column name
	}
	if i := strings.IndexByte(lead, ':'); i > 0 && (utf8.RuneCountInString(lead[:i]) <= 8 || articleLabel(lead[:i])) {
		lead = lead[i+1:]
	}
	for _, p := range []string{"对于", "关于", "至于", "谈到", "说到"} {
		lead = strings.TrimPrefix(lead, p) // 对于今年,市长表示:…: the year the sentence turns to
	}
	base := a.year
	if base == 0 {
		base = a.plan
	}
	// 报告提出,今年…; 该县去年…: after who speaks and whom it is about.
	w := relativeWordAt([]rune(withoutSpeaker(lead)), 0)
	if w == "" {
		w = spokenYearWord(lead)
	}
	switch {
	case base == 0:
		return 0
	case w == "今年" && a.lateYearPlan():
		// A December report's part headed with the year it plans (二、2023年…
		// 主要预期目标): its 今年…目标 speaks from inside that year.
		return a.plan
	case w == "今年":
		return base
	case w == "去年":
		return base - 1
	case w == "明年":
		return base + 1
	}
	return 0
}

// lateYearPlan reports whether the reader is in the plan part of a report
// given in December, opened by a heading that names the year planned.
func (a *articleReader) lateYearPlan() bool {
	return a.dated && a.month == 12 && a.framed && a.kind == Planned && a.plan == a.year+1 && strings.Contains(a.head, strconv.Itoa(a.plan)+"年")
}

// articleLabel reports whether s, before a colon, only names the article
// (贵州省政府工作报告解读:今年…, 两会速览:…): the year word after it opens
// the sentence.
func articleLabel(s string) bool {
	if utf8.RuneCountInString(s) > 24 {
		return false
	}
	for _, w := range []string{"报告", "解读", "要点", "速览", "摘要", "划重点", "关键词", "两会"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// reBaseRest is a base year named for the rest of a passage (比2012年(下同)
// 增长47.7%): every growth after it is over the years since.
var reBaseRest = regexp.MustCompile(`(?:比|较)((?:19|20)\d{2})年末?\(下同\)`)

// reSinceBase names a base year for the growth after it in a sentence.
var reSinceBase = regexp.MustCompile(`(?:与|同|和)((?:19|20)\d{2})年(?:末)?相比`)

// withoutRatesSince drops the growth rates after a base year named in the
// sentence orig (rune s onwards) when that year lies before the last
// (与2010年相比,地区生产总值增长51.2%,公共财政预算收入增长78.4%: growth since
// then, for the rest of the sentence); 与2014年相比 in 2015 is the year's.
func (a *articleReader) withoutRatesSince(orig string, s, ey int, raws []raw) []raw {
	m := reSinceBase.FindStringSubmatchIndex(orig)
	if m == nil {
		return raws
	}
	year := ey
	if year == 0 {
		year = a.secYear
	}
	if base := atoiYear(orig[m[2]:m[3]]); year == 0 || base >= year-1 {
		return raws
	}
	at := s + utf8.RuneCountInString(orig[:m[1]])
	kept := raws[:0]
	for _, r := range raws {
		if r.from < at || !strings.HasSuffix(r.key, "_growth") || r.avg || r.pastTarget {
			kept = append(kept, r)
		}
	}
	return kept
}

// withoutRates drops the growth rates of a passage whose base year is years
// back (…比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%): growth
// over several years is no year's rate; an average (年均) is kept.
func withoutRates(raws []raw) []raw {
	kept := raws[:0]
	for _, r := range raws {
		if strings.HasSuffix(r.key, "_growth") && !r.avg && !r.pastTarget {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// yearAfterFigures reports whether a sentence names year y only in a
// clause after all its figures: that year is what the last clause is
// about, not the figures'.
func yearAfterFigures(rs []rune, s, e, y int, raws []raw) bool {
	word := strconv.Itoa(y) + "年"
	last := 0
	for _, r := range raws {
		last = max(last, r.to)
	}
	for i := s; i+5 <= e; i++ {
		if rs[i] == rune(word[0]) && hasAt(rs[:e], i, word) {
			return i >= last && clauseBreak(rs, last, i)
		}
	}
	return false
}

// yearAfterFirstFigure reports whether a sentence names year y first at
// the start of a clause after one of its figures.
func yearAfterFirstFigure(rs []rune, s, e, y int, raws []raw) bool {
	word := strconv.Itoa(y) + "年"
	first := e
	for _, r := range raws {
		first = min(first, r.to)
	}
	for i := s; i+5 <= e; i++ {
		if rs[i] == rune(word[0]) && hasAt(rs[:e], i, word) {
			return i >= first && clauseBreak(rs, first, i)
		}
	}
	return false
}

// otherYearBeforeFigures reports whether every figure of the sentence
// comes after a clause that names a year other than y, the year the
// sentence opened with.
func otherYearBeforeFigures(rs []rune, s, y int, raws []raw) bool {
	k, ok := firstFigureClause(rs, s, raws)
	if !ok {
		return false
	}
	first := firstFigureStart(raws)
	if k == s {
		return false // the first figure is in the year's own clause
	}
	m := reAnyYear.FindStringSubmatch(string(rs[k:first]))
	return m != nil && atoiYear(m[1]) != y
}

// yearInClause is the year the clause holding rune at names before it
// (2019年跨上…, 经济总量在2021年迈入…, 其中2023年增长6.1%), 0 for none.
func yearInClause(rs []rune, s, at int) int {
	k := at
	for k > s && !isClauseMark(rs[k-1]) {
		k--
	}
	return subjectYear(string(rs[k:at]))
}

// yearLead: a sentence with no figure that opens with a year (2025年,全县
// 主要经济指标稳中有进。) names the year its paragraph is about, as a figure's
// sentence does; after a five-year summary the paragraph's growth rates are
// then that year's, not growth over the five years.
func (a *articleReader) yearLead(str string) {
	lead := leadOf(str)
	if len(lead) < 5 || lead[0] < '1' || lead[0] > '2' {
		return
	}
	y := subjectYear(lead)
	if y == 0 || !strings.HasPrefix(lead, strconv.Itoa(y)+"年") || strings.Contains(lead, "报告") {
		return // 2023年北京市石景山区政府工作报告: a title, not a paragraph's year
	}
	// The year under review told as a review, next year as a plan.
	k := a.sentenceKind(str, explicitYear(str))
	if y == a.review && k == Reported || y == a.plan && k == Planned {
		a.paraYear, a.paraKind = y, k
	}
	if k == Planned && y > a.review && y > a.plan && a.review > 0 {
		// 2019年,东丽区将以高质量发展为主线。主要预期目标为:… in an excerpt
		// whose date did not say which year it plans: the paragraph's.
		a.paraPlan = y
	}
}

// yearAfterSpan closes a five-year summary where a paragraph turns to the
// span's last year (一、“十三五”时期和2020年工作回顾: 五年来,…。\n2020年,面对
// 疫情冲击,…): what follows, the part's numbered items included, is that
// year's, not the five years'.
func (a *articleReader) yearAfterSpan(s int, str string) {
	if a.kind != Reported || a.review == 0 || a.span[1] != a.review || s > 0 && a.t.R[s-1] != '\n' {
		return
	}
	lead := leadOf(str)
	if !strings.HasPrefix(lead, strconv.Itoa(a.review)+"年,") {
		return
	}
	if containsAny(str, "年均", "累计", "五年", "十一五", "十二五", "十三五", "十四五", "十五五") {
		return
	}
	a.openReview(a.review)
}

// maxSentenceRunes bounds a sentence. A document without sentence ends
// (one 20 MB line) was read as one sentence, and the parser held every
// number in it at once: 1.3 GB for 20 MB. No report's sentence comes
// near this length.
const maxSentenceRunes = 2000

// cutSentence ends an overlong sentence s..e at its last clause mark in
// the second half, else at e; it returns the end and where the next
// sentence starts.
func cutSentence(rs []rune, s, e int) (end, next int) {
	for i := e - 1; i > s+maxSentenceRunes/2; i-- {
		if rs[i] == ',' || rs[i] == '、' || rs[i] == ':' {
			return i, i + 1
		}
	}
	return e, e
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\n':
		return true
	}
	return false
}

func (a *articleReader) readSentence(s, e int) []Figure {
	if str := string(a.t.R[s:e]); strings.Contains(str, "上半年") || strings.Contains(str, "6月") {
		if m := reFirstHalf.FindStringSubmatch(str); m != nil {
			a.halfYear = atoiYear(m[1])
		}
	}
	str := string(a.t.R[s:e])
	fl := flagsOf(a.t.R[s:e])
	a.annual = fl.year && containsAny(str, "年度", "全年", "今年")
	if strings.Contains(str, ",今年") || strings.Contains(str, ",明年") {
		str = withoutAheadClauses(a.t.R, s, e)
	}
	str = withoutTargetAsides(str)
	// 今年目标增长8%左右 after last year's result of an indicator: a target of
	// that indicator alone, which opens no plan part.
	_, ahead := aheadClause(a.t.R, s, e)
	headed := a.heading != "" && s < a.headingTo
	ahead = ahead && (a.topic != "" || headed) && s > 0 && a.t.R[s-1] != '\n'
	// 今年目标与经济增长同步 on a line headed by its indicator: that item's
	// target too, with no number, and no part either.
	ahead = ahead || headed && wordAt(a.t.R, s, aheadYears) != ""
	if question := e < a.end && a.t.R[e] == '?'; !question && !ahead && a.cue(str, false) {
		// A question (记者:今年的预期目标是怎么考虑的?) opens no part: the
		// answer that follows says which year it tells.
		a.label = leadLabel(str)
		a.paraYear = 0 // a part opens: the year named before it in the paragraph is over
	} else {
		// A span named inside the sentence holds for it alone.
		span, kind, ok := a.sentenceSpan(str)
		if !ok {
			span, ok = a.firstYearsOfPlan(str, s)
			kind = Reported
		}
		if ok && s >= a.leadSpanTo && kind == Reported && (s == 0 || a.t.R[s-1] != ';') {
			// 2021—2024年,…年均增长5.9%;…;居民收入年均增长6.3%: years
			// that open a sentence hold over its semicolons.
			if m := yearSpan(str); m != nil && strings.HasPrefix(leadOf(str), m[0]) {
				a.leadSpan, a.leadSpanTo = span, fullStop(a.t.R, e, a.end)
			}
		} else if !ok && s < a.leadSpanTo {
			span, kind, ok = a.leadSpan, Reported, true
		}
		if ok {
			saved := *a
			a.kind, a.span = kind, span
			defer func() { a.kind, a.span, a.secYear = saved.kind, saved.span, saved.secYear }()
		}
	}
	if s >= a.leadDeadlineTo && (s == 0 || a.t.R[s-1] != ';') {
		// 到2030年,全省地区生产总值突破8万亿元…;常住人口城镇化率达到70%: a
		// deadline that opens a sentence holds over its semicolons.
		a.leadDeadline, a.leadDeadlineTo = 0, 0
		if d := deadlineOpening(a.t.R, s, e); d > 0 {
			a.leadDeadline, a.leadDeadlineTo = d, fullStop(a.t.R, e, a.end)
		}
	}
	if fl.year && a.span[0] > 0 {
		a.yearAfterSpan(s, str)
	}
	if fl.number && s >= a.aboveTo {
		// (以上为预计数) closing a sentence marks its clauses before it, the
		// ones before its semicolons included.
		stop := fullStop(a.t.R, s, a.end)
		a.aboveTo = stop
		if stop > a.prelimTo && estimateAboveIn(a.t.R[s:stop]) {
			a.prelimTo = stop
		}
	}
	inEstimate := s < a.prelimTo
	hasEst := fl.estimate && hasEstimate(str)
	if hasEst && estimateOpens(str) >= 0 {
		a.prelimTo = estimateStop(a.t.R, e, a.end)
	}
	if s >= a.headingTo {
		a.heading = ""
	}
	if key, to := headingTopic(a.t.R, s, e); key != "" {
		a.heading, a.headingTo = key, to
	}
	var raws []raw
	if fl.number {
		prev := ""
		if s > 0 && a.t.R[s-1] == ';' {
			prev = a.lastKey
		}
		raws = parseSentenceHeaded(a.t.R, s, e, a.region, a.topic, a.heading, prev)
	}
	a.topic = sentenceTopic(raws)
	a.lastKey = ""
	if len(raws) > 0 {
		a.lastKey = raws[len(raws)-1].key
	}
	if len(raws) == 0 {
		if f, ok := a.targetOfLast(s, e); ok {
			return []Figure{f}
		}
		if hasEst && strings.Contains(str, "下同") {
			a.prelimRest = true
		}
		if fl.year {
			a.yearLead(str)
		}
		return nil
	}
	ey := 0
	laterYear := false // the sentence's year opens a clause after its first figures
	if fl.year {
		ey = subjectYear(str)
		if ey > 0 && yearAfterFigures(a.t.R, s, e, ey, raws) {
			ey = 0 // …年均增长8.5%以上,到2020年…,2018年实现整市脱贫摘帽: the year of a later clause
		} else if ey > 0 && yearAfterFirstFigure(a.t.R, s, e, ey, raws) {
			// 五年来,全市地区生产总值年均增长6.8%,2019年突破5000亿元: the year is
			// its own clause's, not the average's before it.
			ey, laterYear = 0, true
		} else if ey > 0 && otherYearBeforeFigures(a.t.R, s, ey, raws) {
			// 2018年实现整县脱贫摘帽,到2020年全县8.3万贫困人口全部稳定脱贫: the
			// figures are of the later clause's year; the first year's clause
			// holds none, and the paragraph does not go on in it.
			ey = 0
		}
	}
	ex := 0
	if fl.year {
		ex = explicitYear(str)
	}
	if ey == 0 && ex == 0 && fl.year {
		if y := a.relativeYear(str); y > 0 {
			ey, ex = y, y
		} else if first := firstClauseOfFigures(a.t.R, s, raws); first > s {
			// 太原市提出,要坚持省会担当,…,今年城镇新增就业7.5万人以上: the
			// clauses before the first figure's say nothing of its year.
			if y := a.relativeYear(string(a.t.R[first:e])); y > 0 {
				ey, ex = y, y
			}
		}
	}
	kind := a.sentenceKind(str, ex)
	if kind == Reported && a.dated && a.month == 12 && (ex == 0 || ex == a.year && strings.Contains(str, "全年")) && !hasEst &&
		containsAny(str, "力争", "确保", "争取") && !containsAny(str, "今年", "去年", "上年", "以来", "预计") {
		// 会议要求,…力争全年规模以上工业增加值增长9%,确保全年固定资产投资增长10%
		// in a December meeting: next year's targets, its 全年 the year planned.
		kind, ey, ex = Planned, a.year+1, a.year+1
	}
	if (kind == Reported || kind == Planned && ex == 0) && a.year > 0 && a.review == a.year && a.month >= 4 && a.month < 10 && (ex == 0 || ex == a.year) && !hasEst &&
		strings.Contains(str, "全年") && containsAny(str, "力争", "确保", "争取") && !containsAny(str, "上半年", "去年", "上年", "以来", "预计") {
		// 会议要求,下半年要…,力争全年引进亿元以上项目20个 in a mid-year
		// meeting: the year's own target, still ahead.
		kind, ey, ex = Planned, a.year, a.year
	}
	if !a.framed && !a.figuresRead && kind == Planned && ex == 0 && a.plan > 0 && containsAny(str, "确保", "力争", "争取", "预期目标") {
		// An excerpt that opens in the work plan (全年确保完成工业性投资30亿元;
		// 力争…): before any part is named its figures are the plan's, as
		// its first figures are, until a heading or lead words say otherwise.
		a.kind, a.secYear = Planned, a.plan
	}
	a.figuresRead = true
	ownYear := ey // named in the sentence itself, not carried from the paragraph
	semiYear, semiKind := a.semiYear, a.semiKind
	a.semiYear = 0
	switch {
	case ey > 0 && ahead:
		// 今年目标增长8%左右 in a review's item: the paragraph goes on with the review.
	case ey > 0 && a.span[0] > 0 && ey == a.span[1] && containsAny(str, "年均", "累计") && !strings.HasPrefix(leadOf(str), strconv.Itoa(ey)):
		// 外贸进出口总额年均增长14.8%,2022年达到10076.8亿元 in a five-year
		// summary: the year is the level's, the paragraph goes on over the
		// five years (新增市场主体468万户: their total).
	case ey > 0:
		a.paraYear, a.paraKind = ey, kind
	case semiYear > 0 && s > 0 && a.t.R[s-1] == ';' && ex == 0 && !hasKindWords(str) && !containsAny(str, "今年", "明年", "去年", "上年"):
		// 去年全州城镇居民人均可支配收入…增长5.1%;农牧民人均可支配收入26980元: the
		// item after the semicolon goes on with the year its clause named.
		ey, kind = semiYear, semiKind
	case a.paraYear > 0 && kind == a.paraKind:
		ey = a.paraYear
	case a.paraYear > 0 && a.paraKind == Reported && kind == Planned && a.kind == Planned && ex == 0 && !hasKindWords(str) && a.paraYear < a.plan:
		// 记者了解到,2022年…。荣成市、文登区地区生产总值分别增长4.6%和4.1%: in
		// the plan's part, a paragraph that turned to a past year goes on
		// with its results where a sentence's own words say nothing else.
		ey, kind = a.paraYear, Reported
	case a.paraYear > 0 && s > 0 && a.t.R[s-1] == ';' && ex == 0 && !hasKindWords(str) && !containsAny(str, "今年", "明年", "去年", "上年"):
		// 2023年,园区将确保…;一般公共预算收入增长4%以上: the items after a
		// semicolon go on with the paragraph's year and kind.
		ey, kind = a.paraYear, a.paraKind
	}
	prelim := hasEst || inEstimate
	if prelim && strings.Contains(str, "下同") {
		a.prelimRest = true
	}
	// An estimate word inside the sentence marks its own clause and what
	// follows, not the clauses before it (…，黄石经济总量有望突破2300亿元).
	estFrom := s
	if hasEst && !inEstimate && estimateOpens(str) < 0 {
		estFrom = estimateFrom(a.t.R, s, e)
	}
	raws = withoutPartYear(a.t.R, s, dropThresholds(dropSecondaryRates(markNamedTargets(a.t.R, raws))))
	if m := reBaseRest.FindStringSubmatch(str); m != nil && a.review > 0 && atoiYear(m[1]) < a.review-1 {
		a.baseRest = true
	}
	if a.baseRest {
		raws = withoutRates(raws)
	}
	if orig := string(a.t.R[s:e]); strings.Contains(orig, "相比") {
		raws = a.withoutRatesSince(orig, s, ey, raws)
	}
	out := make([]Figure, 0, len(raws))
	kindBy := BySentence
	switch {
	case a.framed && kind == a.kind:
		kindBy = ByPart
	case !a.framed && kind == a.kind && ex == 0 && !hasKindWords(str):
		kindBy = ByReport
	}
	relYear := 0 // the clause's own year (去年…) of the figure before, for one carried from it
	twoYears := fl.year && (laterYear || twoYearSentence(a.t.R, s, e))
	for ri, r := range raws {
		if r.region.Name == "" && strings.HasPrefix(r.key, "gdp") && strings.Contains(string(a.t.R[ownClauseFrom(a.t.R, r):r.to]), "国内生产总值") {
			// 国内生产总值 is the nation's (a city's report quoting it beside its own).
			r.region, r.subjectBy = country, ByNamed
		}
		ry, yearBy, rk, rkBy := ey, BySentence, kind, kindBy
		d := deadlineBefore(a.t.R, s, r.to)
		if d == 0 && s < a.leadDeadlineTo && s > 0 && a.t.R[s-1] == ';' && ey == 0 && ex == 0 {
			d = a.leadDeadline
		}
		if d > 0 && (ey == 0 || ownYear == 0 && d > ey || d > ey && a.deadlineAhead(a.t.R, s, r.to) && !deadlineNamed(a.t.R, s, r.to, d)) {
			// 到2025年经济总量突破1300亿元 after a paragraph about 2021: the deadline dates it.
			ry, yearBy = d, ByDeadline
			if rk != Planned && a.deadlineAhead(a.t.R, s, r.to) {
				rk, rkBy = Planned, ByDeadline // a year still ahead has no result yet
			}
		}
		if twoYears && yearBy != ByDeadline {
			// 2023年全市…增长4.5%,2024年…预期增长6%: each clause's own year.
			cy, _ := clauseYear(a.t.R, s, r.q.Start)
			if laterYear {
				cy = yearInClause(a.t.R, s, r.q.Start) // …年均增长5.6%,经济总量在2021年迈入…: that clause's alone
			}
			if cy > 0 {
				if ck, ok := a.clauseKind(cy); ok {
					ry, rk = cy, ck
				}
			}
		}
		if r.ahead {
			// …,今年预期增长5%: the year ahead's target, or nothing where
			// the report plans no such year.
			if ry = a.aheadYear(r.from); ry == 0 {
				continue
			}
			yearBy, rk = BySentence, Planned
		}
		y := a.clauseRelativeYear(r.from)
		inner := false // the year came from a 今年 inside the figure's clause
		if y == 0 && !r.ahead {
			y = a.innerLastYear(r) // 规模以上工业增加值去年增长6.2%
		}
		if y == 0 && !r.ahead {
			// 由去年的下降4.6%转为今年增长5%的目标: the end's year is the one its
			// clause names, and its start's the year before.
			end := r
			if r.start && r.year == lastYear && ri+1 < len(raws) && raws[ri+1].key == r.key {
				end = raws[ri+1]
			}
			if ty := a.innerThisYear(end); ty > 0 {
				ry, yearBy, inner = ty, BySentence, true
				if end.key == r.key && r.start {
					rk = Reported // the start, last year's: a result
				}
			}
		}
		if r.ahead {
			y = 0
		} else if y == 0 && r.carried && !a.opensThisYear(r) {
			y = relYear // 去年全市地区生产总值增长5.3%,总量达到15268.9亿元: the total's year too
		}
		relYear = y
		semiFrom := y > 0 || ey > 0 && ey == semiYear
		if y > 0 && (y != ry || rk == Planned && a.year > 0 && y < a.year) {
			// …主要考虑:去年全市生产总值增长3.5%,…: the clause's own year, and
			// a year before the report's has results, no targets.
			ry, yearBy = y, BySentence
			if a.review > 0 && y <= a.review || a.year > 0 && y < a.year {
				rk = Reported
			}
		} else if y == 0 && !inner {
			if py := a.planClauseYear(s, ownClauseFrom(a.t.R, r)); py > 0 && (py != ry || rk != Planned) {
				ry, yearBy, rk = py, BySentence, Planned
			}
		}
		if k, ok := a.clauseKind(r.year); ok && r.listYear && k != rk {
			continue // 2023年、2024年,…分别增长a、b in a 2024 report: a result and a target in one list, not read
		}
		kb, est := rkBy, prelim && r.to > estFrom
		if r.ahead {
			kb, est = BySentence, false
		}
		f, ok := a.figure(r, rk, ry, yearBy, kb, est)
		if ok && r.pastTarget && !(inner && r.start) {
			// The year's target beside its result: planned, of the result's year.
			f.Kind, f.Preliminary, f.Reading.Kind = Planned, false, BySentence
		}
		if ok {
			out = append(out, f)
			if f.Kind == Reported && strings.HasSuffix(f.Indicator, "_growth") && f.Period == "" {
				a.lastRate = f
			}
			a.semiYear = 0
			if semiFrom && e < len(a.t.R) && a.t.R[e] == ';' {
				a.semiYear, a.semiKind = f.Year, f.Kind
			}
		}
	}
	return out
}

// reTargetOfLast is a clause naming the target of the rate just read, with
// no indicator of its own (…增长6.3%,比年初目标高0.3个百分点;年初确定的增长6%左右的预期
// 目标顺利完成).
var reTargetOfLast = regexp.MustCompile(`^(?:(?:圆满)?完成(?:了)?|实现(?:了)?)?(?:年初|年度)(?:确定|提出|设定|制定)?的(?:增长|增速)?(\d+(?:\.\d+)?%(?:左右|以上)?)的(?:年度)?(?:预期)?目标`)

// targetOfLast reads such a clause opening the sentence rs[s:e] as the
// planned figure of the paragraph's last rate, of that rate's year.
func (a *articleReader) targetOfLast(s, e int) (Figure, bool) {
	if a.lastRate.Indicator == "" {
		return Figure{}, false
	}
	str := string(a.t.R[s:e])
	m := reTargetOfLast.FindStringSubmatchIndex(str)
	if m == nil {
		return Figure{}, false
	}
	at := s + utf8.RuneCountInString(str[:m[2]])
	q, ok := ParseQuantity(a.t.R, at)
	if !ok || q.Unit != "%" {
		return Figure{}, false
	}
	cmp := q.Cmp
	if cmp == "" {
		cmp = Exactly
	}
	r := raw{key: a.lastRate.Indicator, q: q, value: q.Base, unit: "%", cmp: cmp, from: s, to: s + utf8.RuneCountInString(str[:m[1]]), pastTarget: true}
	f, ok := a.figure(r, Planned, a.lastRate.Year, BySentence, BySentence, false)
	if ok {
		f.Kind, f.Preliminary = Planned, false
	}
	return f, ok
}

// estimateOpens finds a 预计 (初步统计 …) that opens a list of statements
// (预计全年地区生产总值增长5%;规模工业增加值…): it marks them all, up to the
// full stop. One that stands before a verb (…,预计分别增长…) marks only its
// own clause. It returns the word's byte index, or -1.
func estimateOpens(s string) int {
	if !strings.ContainsAny(s, estimateRunes) {
		return -1
	}
	for _, w := range estimateWords {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		if before := strings.TrimRight(s[:i], " "); before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ":") && !regionOnlyBefore(before) {
			return -1 // 地区生产总值预计完成…: after its subject, it marks that clause
		}
		rest := strings.TrimLeft(s[i+len(w):], ",:(")
		for _, skip := range []string{"到年末", "全年", "今年", "实现", "完成", "数"} {
			rest = strings.TrimPrefix(rest, skip)
		}
		rest = strings.TrimLeft(rest, ",:)")
		for _, verb := range []string{"分别", "增长", "下降", "同比", "比上年", "达到", "突破", "超过", "均", "可"} {
			if strings.HasPrefix(rest, verb) {
				return -1
			}
		}
		return i
	}
	return -1
}

// regionOnlyBefore reports whether the clause before an estimate word is
// only the unit the sentence is about (回望2022年,伊宁市预计实现…; 全县预计…):
// the word opens the sentence's list as if it stood first.
func regionOnlyBefore(before string) bool {
	seg := before
	if i := strings.LastIndexAny(seg, ",:"); i >= 0 {
		seg = seg[i+1:]
	}
	if seg == "" || utf8.RuneCountInString(seg) > 12 {
		return false
	}
	for _, w := range anaphora {
		if seg == w {
			return true
		}
	}
	r, ok := Regions().Resolve(seg, "")
	return ok && (r.Name == seg || shortName(r) == seg)
}

// fullStop is the index of the end of the full sentence that holds rune
// i: the next 。!? or line break.
func fullStop(rs []rune, i, end int) int {
	for ; i < end; i++ {
		switch rs[i] {
		case '。', '!', '?', '\n':
			return i
		}
	}
	return end
}

// estimateStop is where a 预计 opening a sentence at rs[i] stops marking
// figures: the sentence's full stop, past line breaks that cut it after a
// clause (a PDF or web copy: …增长9%;⏎固定资产投资增长12.5%;…。) unless the
// next line opens a heading.
func estimateStop(rs []rune, i, end int) int {
	for {
		i = fullStop(rs, i, end)
		if i >= end || rs[i] != '\n' || i == 0 || !strings.ContainsRune(",;、", rs[i-1]) || headingAhead(rs, i+1) {
			return i
		}
		i++
	}
}

// headingAhead reports whether rs[i] opens a heading (一、, (二), 3.).
func headingAhead(rs []rune, i int) bool {
	j := i
	for j < len(rs) && j-i < 3 && (isCnNumeral(rs[j]) || isDigit(rs[j])) {
		j++
	}
	if j > i && j < len(rs) && strings.ContainsRune("、.", rs[j]) {
		return true
	}
	return i < len(rs) && rs[i] == '(' || hasAt(rs, i, "第")
}

// sentenceFlags say, from one pass over a sentence, which of the reader's
// costlier steps can find anything in it: most sentences of a report hold
// no number, no year and no estimate word.
type sentenceFlags struct {
	number   bool // something a quantity can start with
	year     bool // 年
	estimate bool // the first character of an estimate word
}

func flagsOf(rs []rune) sentenceFlags {
	var f sentenceFlags
	for _, r := range rs {
		switch {
		case isDigit(r) || isCnNumeral(r) || r == '万' || r == '持': // 持平: a change of zero
			f.number = true
		}
		switch r {
		case '年':
			f.year = true
		case '预', '初', '有', '据', '快':
			f.estimate = true
		}
	}
	return f
}

// estimateFrom is the start of the clause of the first estimate word in
// rs[s:e].
func estimateFrom(rs []rune, s, e int) int {
	for k := s; k < e; k++ {
		if !strings.ContainsRune(estimateRunes, rs[k]) {
			continue
		}
		for _, w := range estimateWords {
			if hasAt(rs, k, w) {
				for k > s && rs[k-1] != ',' && rs[k-1] != ':' {
					k--
				}
				return k
			}
		}
	}
	return s
}

// reEstimateAbove is a note after a list that calls what it closes an
// estimate (…,下降4.6%(以上为预计数)。, 以上数据均为初步统计数): it marks the
// whole sentence, the clauses before it included.
var reEstimateAbove = regexp.MustCompile(`以上(?:数据|指标|各项数据|各项指标|数字)?(?:均|皆)?(?:为|系)(?:初步)?(?:预计|预估|初步统计|初步核算)`)

func estimateAboveIn(rs []rune) bool {
	for k := 0; k+1 < len(rs); k++ {
		if rs[k] == '以' && rs[k+1] == '上' {
			return reEstimateAbove.MatchString(string(rs[k:]))
		}
	}
	return false
}

// estimateRunes are the first characters of the estimate words.
const estimateRunes = "预初有据经根统快"

func hasEstimate(s string) bool {
	if !strings.ContainsAny(s, estimateRunes) {
		return false
	}
	for _, w := range estimateWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// dropSecondaryRates keeps the headline rate where a sentence gives two
// for one indicator (增长1%(同口径增长8.2%)).
func dropSecondaryRates(rs []raw) []raw {
	plain := map[string]bool{}
	for _, r := range rs {
		if !r.sameCaliber && !r.pastTarget {
			plain[r.key] = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.sameCaliber && plain[r.key] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// dropThresholds keeps the precise figure where a sentence gives a
// threshold and then the value (首次突破4亿美元大关,达4.8亿美元), and of
// a chain of thresholds of one subject only the highest (连续跨越7万亿、8万亿、
// 9万亿三个台阶).
func dropThresholds(rs []raw) []raw {
	type subject struct{ key, region string }
	precise := map[subject]float64{}
	highest := map[subject]float64{}
	for _, r := range rs {
		if r.pastTarget || r.ahead {
			continue // a target beside its result (or the year ahead's) is neither's threshold
		}
		k := subject{r.key, r.region.Code}
		switch {
		case r.cmp == Exactly:
			precise[k] = r.value
		case r.cmp == AtLeast && r.carried && !r.start && r.valueText == "" && r.value > highest[k]:
			highest[k] = r.value
		}
	}
	out := rs[:0]
	for _, r := range rs {
		k := subject{r.key, r.region.Code}
		if r.cmp == AtLeast && !r.start && r.valueText == "" && !r.pastTarget && !r.ahead {
			if v, ok := precise[k]; ok && v >= r.value || r.value < highest[k] {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// figure places a raw figure in time and space: the year from the
// sentence, the section or the report date, a multi-year period where the
// text is about one, the article's region.
func (a *articleReader) figure(r raw, kind Kind, ey int, yearBy, kindBy Basis, prelim bool) (Figure, bool) {
	year := ey
	if r.year > 0 {
		year = r.year
	}
	if r.start && r.year == lastYear {
		// 由上年的60.3%提高到66%: the year before the one the end is of.
		switch {
		case ey > 0:
			year = ey - 1
		case kind == a.kind && a.secYear > 0:
			year = a.secYear - 1
		case kind == Planned && a.plan > 0:
			year = a.plan - 1
		case a.review > 0:
			year = a.review - 1
		}
		r.year = year
	}
	if r.start && r.year == 0 {
		// 由X增加到Y with no year for X: over a five-year span X is the
		// level before its first year; otherwise its year is unknown.
		if a.span[0] == 0 {
			return Figure{}, false
		}
		year = a.span[0] - 1
	}
	rd := Reading{Part: a.partLabel(), Time: yearBy, Kind: kindBy, Subject: ByOwn, Bound: ByExact}
	switch {
	case r.start:
		rd.Time = ByStart
	case year == 0:
		switch {
		case kind == a.kind && a.secYear > 0:
			year = a.secYear
		case kind == Planned:
			year = a.plan
		default:
			year = a.review
		}
		rd.Time = ByPart
		if !a.framed {
			rd.Time = ByReport
		}
	}
	period := ""
	annual := a.annual
	avgGuessed := false
	if (r.avg || r.cum) && a.span[0] > 0 && ey == a.span[1] && r.year == 0 {
		// 2015年…年均增长9.1% in a 十二五 review, 2021年至2025年…累计完成2.2万亿元:
		// the span's average or total.
		ey = 0
	}
	// 年均 is never one year's rate, even where the sentence also names
	// this year (五年来…年均增长8.3%,今年预计达到2780亿元).
	if a.span[0] > 0 && ey == 0 && r.year == 0 && (!annual || r.avg) && !r.start {
		// Over a span: an average rate, a total or a flow is the span's;
		// a level is the span's last year's (城镇化率达到71%: 2030).
		year = a.span[1]
		if kind == Reported && a.kind == Reported && strings.HasSuffix(r.key, "_growth") && !r.avg && !r.cum {
			// 这五年…达到1.5万亿元、增长19.8%: growth over the span, no year's rate.
			return Figure{}, false
		}
		if r.avg || r.cum || isFlow(r.key) || kind == Planned && strings.HasSuffix(r.key, "_growth") {
			period = fmt.Sprintf("%d-%d", a.span[0], a.span[1])
		}
	} else if r.avg && kind == Planned && a.plan > 0 && year == a.plan {
		// 年均增长 in a plan without a named span: the coming five years.
		period = fmt.Sprintf("%d-%d", a.plan, a.plan+4)
		year = a.plan + 4
		avgGuessed = true
	} else if r.avg && kind == Planned && yearBy == ByDeadline {
		period = a.planEndAvgPeriod(year) // 到2025年…年均增长7%以上: the plan that ends then
		if period == "" && a.plan > 0 && year > a.plan {
			// 到2030年…年均增长 in the report of 2025: the five-year plan
			// that ends then; 力争到2027年…年均增长8%: the years from the one
			// the report plans to the deadline. Never the deadline's own rate.
			if period = fmt.Sprintf("%d-%d", year-4, year); FiveYearPlanName(period) == "" {
				period = fmt.Sprintf("%d-%d", a.plan, year)
			}
		}
	}
	if r.cum && period == "" && kind == Reported && year == a.review && !r.start {
		period = a.countedSpan(r.q.Start) // 三年累计减少贫困人口4.6万人: the years counted
	}
	if r.avg && period == "" && kind == Reported && a.review > 0 && year == a.review && yearsAvgBefore(a.t.R, r.from, r.q.Start) >= 2 {
		n := yearsAvgBefore(a.t.R, r.from, r.q.Start)
		// 城镇居民人均可支配收入4.65万元,五年年均增长5.3%; 增长8%,两年平均增长
		// 6.1%: the years counted, up to the one under review.
		period = fmt.Sprintf("%d-%d", a.review-n+1, a.review)
	}
	if r.avg && period == "" && strings.HasSuffix(r.key, "_growth") && kind == Reported && year == a.review && r.since == 0 {
		// 年均 with no span named in the review of a plan's last year is
		// over the plan (园区技工贸总收入年均增长12%以上 in 2020); in another
		// year's review its years are unknown, and it is no year's rate.
		if period = a.planEndAvgPeriod(year); period == "" {
			return Figure{}, false
		}
	}
	if r.since > 0 {
		var ok bool
		if period, ok = sincePeriod(r, year, period); !ok {
			return Figure{}, false
		}
	}
	if year == 0 || a.region.Name == "" {
		return Figure{}, false
	}
	if kind == Reported && a.year > 0 && year > a.year && !r.start {
		// A year after the one the report was given in has no results
		// yet (a December meeting's 明年…增长6%左右): its figures are
		// targets, whatever the part they stand in.
		kind, rd.Kind = Planned, ByReport
	}
	switch {
	case r.region.Name != "":
		rd.Subject = r.subjectBy
	case r.carried:
		rd.Subject = ByCarried
	}
	switch {
	case r.valueText != "" && r.cmp == AtLeast:
		rd.Bound = ByRange
	case r.q.ByVerb && r.cmp == AtLeast:
		rd.Bound = ByThreshold
	case r.q.ByVerb && r.cmp == About:
		rd.Bound = ByApprox
	}
	// (预计数,下同) covers the rest of the text's results of the year, a
	// five-year summary after the review included (the corpus's
	// convention: "the rest of the excerpt").
	if !prelim && a.prelimRest && kind == Reported && year == a.review {
		prelim = true
	}
	if kind == Planned {
		prelim = false
	}
	quote, start, end := a.t.Span(r.from, r.to)
	region := a.region.Name
	if r.region.Name != "" {
		region = r.region.Name
	}
	conf := rd.confidence(avgGuessed)
	if kind == Planned && !formalPart(rd.Part) {
		// A target outside the report's list of targets (in the work plan,
		// or with no list): as often a part's or a restatement, so where
		// the list states the same indicator's target the list's is the
		// one a cell shows.
		conf = roundTo(conf-0.05, 2)
	}
	return Figure{
		Region: ZoneShortName(region), Year: year, Period: period, Kind: kind,
		Indicator: r.key, Value: roundTo(r.value, 6), Unit: r.unit, Cmp: r.cmp, Preliminary: prelim,
		Quote: quote, Start: start, End: end, ValueText: r.valueText, Confidence: conf, Reading: rd,
	}, true
}

// ownClauseFrom is where the clause holding a figure's value starts when
// the figure was carried from an earlier clause (全国国内生产总值增长2.3%,
// 全省增长3.8%,全市增长4.1%: the last value's clause is 全市增长4.1%), else
// the quote's start.
func ownClauseFrom(rs []rune, r raw) int {
	if !r.carried {
		return r.from
	}
	for k := r.q.Start; k > r.from; k-- {
		if rs[k-1] == ',' || rs[k-1] == ';' {
			return k
		}
	}
	return r.from
}

// sincePeriod places a rate the text measures from a base year (since):
// growth over the year before the figure's own is that year's (比2022年增长
// 5.7% in the review of 2023); over an older base it is no figure (比2020年增长
// 27.6%). An average after such a base (…,年均增长6.3%) spans the years since,
// where no span in force gave it one.
func sincePeriod(r raw, year int, period string) (string, bool) {
	switch {
	case !r.avg:
		return period, period == "" && year == r.since+1
	case period == "" && year > r.since+1 && year-r.since <= 10:
		return fmt.Sprintf("%d-%d", r.since+1, year), true
	}
	return period, true
}

// reYearsAvg is an average over years a clause counts with no word of
// its own for which (五年年均增长5.3%, 两年平均增长6.1%; not 今后五年, 十五五).
var reYearsAvg = regexp.MustCompile(`(?:^|[^十今未过来后前])([两二三四五2-5])年(?:年均|平均)`)

// yearsAvgBefore is the count of years of such an average standing just
// before the value at rune at, in the figure's own words from rune from; 0
// for none.
func yearsAvgBefore(rs []rune, from, at int) int {
	if from > at {
		return 0 // a start read after its figure's value
	}
	m := reYearsAvg.FindStringSubmatch(string(rs[max(from, at-10):at]))
	if m == nil {
		return 0
	}
	return yearCounts[m[1]]
}

var yearCounts = map[string]int{"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
