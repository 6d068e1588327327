package targets

import (
	"regexp"
	"strings"
)

// A review may write the year's target between an indicator and its
// verb, the result in the next clause: 固定资产投资年初预期增长8%,实际增长
// 6.2%; 城镇登记失业率预期控制在3.5%以内,实际为2.9%. The figures of that
// clause are the targets the year under review was set, not its results.

// targetLeadWords stand between an indicator and its verb to say the
// figures that follow are the year's target; longest first.
var targetLeadWords = []string{"去年控制目标", "年初控制目标", "去年预期目标", "年初预期目标", "年度预期目标", "年初预期", "年初目标", "年初计划", "年初安排", "年度目标",
	"去年目标", "去年计划", "去年预期", "去年安排", "预期目标", "计划目标", "控制目标", "预期", "目标", "计划"}

// yearStartLeads say by themselves that the target was set for the year
// under review (年初…); the others (预期, 目标, 计划) say it only beside a
// result.
var yearStartLeads = map[string]bool{"年初预期目标": true, "年度预期目标": true, "年初预期": true, "年初目标": true, "年初计划": true, "年度目标": true,
	"年初安排": true, "年初控制目标": true, "去年控制目标": true, "去年预期目标": true, "去年目标": true, "去年计划": true, "去年预期": true, "去年安排": true}

// resultLeads open the clause that gives the result beside such a target.
var resultLeads = []string{"实际", "完成", "实现", "预计完成", "预计实现", "预计"}

// targetLead reads a lead word at rs[i] after the indicator pending in the
// clause, before any of its numbers; it returns the word's end. The
// clause's figures are then marked as targets (see emit).
func (p *sentenceParser) targetLead(i, e int) (int, bool) {
	if len(p.pend) == 0 || !leadFirst(p.rs[i]) {
		return 0, false // called at every rune: the cheap tests first
	}
	w := wordAt(p.rs, i, targetLeadWords)
	if w == "" {
		return p.boundLead(i, e)
	}
	if _, ok := matchAlias(p.rs, i); ok {
		return 0, false // 计划投资总额: an indicator's own name
	}
	pd := p.pend[len(p.pend)-1]
	if pd.st == nil || pd.from < p.clauseFrom || p.lastEnd > pd.from {
		return 0, false
	}
	end := i + len([]rune(w))
	if !numberSoon(p.rs, end, e) {
		return 0, false
	}
	if named, ok := p.namedTarget(i, end); ok {
		p.leadTarget = true
		return named, true
	}
	if !yearStartLeads[w] && !resultClauseAfter(p.rs, end, e) {
		return 0, false // 地区生产总值预期增长6%: a plan's own wording
	}
	p.leadTarget = true
	return end, true
}

// boundLead reads a bound with no lead word before it that a result in
// the next clause is set against (居民消费价格涨幅控制在3%以内,实际为0.4%):
// the bound is the year's target, as with 预期控制在…. The verb is left
// for the clause to read (it gives the bound); the lead is marked once,
// so the parser, back at the same rune, reads on.
func (p *sentenceParser) boundLead(i, e int) (int, bool) {
	if p.leadTarget || !hasAt(p.rs, i, "控制在") {
		return 0, false
	}
	pd := p.pend[len(p.pend)-1]
	if pd.st == nil || pd.from < p.clauseFrom || p.lastEnd > pd.from || !numberSoon(p.rs, i+3, e) || !resultClauseAfter(p.rs, i+3, e) {
		return 0, false
	}
	p.leadTarget = true
	return i, true
}

// clauseTargetLeads open a review's clause to name the year's target
// before its indicator (2021年,年度目标为固定资产投资增长8%,实际增长8.5%).
var clauseTargetLeads = []string{"年度预期目标为", "年度预期目标是", "年初预期目标为", "年初预期目标是", "年度目标为", "年度目标是", "年初目标为", "年初目标是"}

// clauseTargetLead reads such a word at rs[i], at the start of a clause,
// right before an indicator and with the result in a clause after it;
// it returns the word's end. The clause's figures are then targets.
func (p *sentenceParser) clauseTargetLead(i, s, e int) (int, bool) {
	if p.rs[i] != '年' || i > s && p.rs[i-1] != ',' && p.rs[i-1] != ';' && p.rs[i-1] != ':' {
		return 0, false
	}
	w := wordAt(p.rs, i, clauseTargetLeads)
	if w == "" {
		return 0, false
	}
	end := i + len([]rune(w))
	if _, ok := matchAlias(p.rs, end); !ok || !resultClauseAfter(p.rs, end, e) {
		return 0, false
	}
	p.leadTarget = true
	return end, true
}

// A lead word with a copula, or with the number right after it, names
// the figure a target by itself (经济增长预期目标为5%左右, 地区生产总值增长目标
// 是7%, 全国、全区、全市经济增长预期目标分别为5%、5.5%和6%左右, 目标6%): a planned
// figure of the year the sentence is about, in a review the year under
// review, with no result beside it needed. 预期增长6% says nothing of the
// kind (a plan's own wording, or a December report's estimate).

// namedCopulas are the copulas of a named target: targetCopulas and the
// verbs that set it (经济增长预期目标定在5%左右, 目标确定为6%).
var namedCopulas = append([]string{"定在", "定为", "确定为", "设定为"}, targetCopulas...)

// whyWords ask why a target was set as it was (今年的经济增长预期目标为什么定在
// 5%左右?): the question states the target it asks about, as a reporter's
// question to the one who set it does; one that asks whether (能否实现5%)
// states none, and has no copula here.
var whyWords = []string{"为什么", "为何"}

// namedTarget reads such a lead word at rs[i:end] after the indicator
// pending; it returns where the parser goes on: past the copula, or at
// the 分别 that spreads the numbers over a list.
func (p *sentenceParser) namedTarget(i, end int) (int, bool) {
	at := end
	each := hasAt(p.rs, at, "分别")
	if each {
		at += 2
	}
	at += len([]rune(wordAt(p.rs, at, whyWords)))
	cop := wordAt(p.rs, at, namedCopulas)
	if cop == "" && !(isDigit(p.rs[at]) && !each) {
		return 0, false
	}
	at += len([]rune(cop))
	pd := &p.pend[len(p.pend)-1]
	if q, ok := ParseQuantity(p.rs, at); ok && q.Class == ClassPercent && (hasBefore(p.rs, i, "增长") || hasBefore(p.rs, i, "增速") || pd.st.Class != ClassPercent) {
		// 经济增长预期目标为5%, 一般公共预算收入目标为8%: the noun's growth
		// (a share such as 城镇调查失业率目标为5.5% is its level).
		pd.growth = true
	}
	if len(pd.regions) == 0 && nationSets(p.rs, p.clauseFrom, pd.from) {
		pd.regions, pd.regionsBy = []Region{country}, ByNamed // 国家确定今年经济增长预期目标为5%左右: the nation's
	}
	if each {
		return end, true
	}
	return at, true
}

// nationSets reports whether the clause rs[from:at] before a target's
// indicator says the state set it (国家确定, 中央提出): the target is the
// nation's, not the report's region's.
func nationSets(rs []rune, from, at int) bool {
	clause := string(rs[from:at])
	for _, w := range []string{"国家", "中央", "国务院"} {
		if rest, ok := strings.CutPrefix(clause, w); ok && wordAt([]rune(rest), 0, []string{"确定", "提出", "设定", "明确", "把", "将"}) != "" {
			return true
		}
	}
	return false
}

// leadFirst reports whether r can open a lead word.
func leadFirst(r rune) bool {
	return r == '年' || r == '预' || r == '目' || r == '计' || r == '去' || r == '控'
}

// numberSoon reports whether a number follows rs[at] within a verb's
// length (分别增长, 控制在, 为), in the same clause.
func numberSoon(rs []rune, at, e int) bool {
	for j := at; j < e && j < at+6; j++ {
		if rs[j] == ',' || rs[j] == ';' || rs[j] == '。' {
			return false
		}
		if isDigit(rs[j]) {
			return true
		}
	}
	return false
}

// resultClauseAfter reports whether a clause after rs[at] in the sentence
// opens with a result word and its number (…,实际增长6.2%; …,完成增长6.8%和
// 7.6%). With no number (…预期增长6%左右,完成年度任务) the 预期 may be a
// December report's estimate of the year, not its target.
func resultClauseAfter(rs []rune, at, e int) bool {
	for j := at; j < e; j++ {
		if w := wordAt(rs, j+1, resultLeads); rs[j] == ',' && w != "" && numberSoon(rs, j+1+len([]rune(w)), e) {
			return true
		}
	}
	return false
}

// endLead closes a lead clause at a clause break: its list of subjects is
// kept for the next clause alone, where the results may follow.
func (p *sentenceParser) endLead() {
	p.leadRate = false
	if p.leadTarget {
		p.leadTarget = false
		n := len(p.out)
		p.leadRate = n > 0 && p.out[n-1].pastTarget && strings.HasSuffix(p.out[n-1].key, "_growth")
		return
	}
	// 年初确定的地区生产总值增长8%的目标,实际完成7.6%: a rate the clause
	// names a target (its words come after it) leads the same way.
	n := len(p.out)
	p.leadRate = n > 0 && p.out[n-1].to >= p.clauseFrom && strings.HasSuffix(p.out[n-1].key, "_growth") && hasAt(p.rs, p.out[n-1].to, "的目标")
	p.leadList = nil
}

// leadListGoesOn reports whether a lead word and 分别 open the clause at
// rs[at] after a list of subjects (城镇、农村居民人均可支配收入,去年目标分别增长
// 9%、10%): the list's targets follow, one each.
func (p *sentenceParser) leadListGoesOn(at int) bool {
	if len(p.pend) < 2 || at >= len(p.rs) || !leadFirst(p.rs[at]) {
		return false
	}
	w := wordAt(p.rs, at, targetLeadWords)
	return w != "" && yearStartLeads[w] && hasAt(p.rs, at+len([]rune(w)), "分别")
}

// resultRateOfLead reads a result word and a bare rate at rs[at] after a
// clause that gave a rate target (地区生产总值计划增长6.5%,完成7.1%): the
// rate is the result of that growth, its verb left out.
func (p *sentenceParser) resultRateOfLead(at int) {
	if !p.leadRate || p.last == nil {
		return
	}
	w := wordAt(p.rs, at, resultLeads)
	if w == "" {
		return
	}
	if w == "实际" {
		w += wordAt(p.rs, at+2, []string{"完成", "实现"}) // 实际完成7.6%
	}
	if q, ok := ParseQuantity(p.rs, at+len([]rune(w))); ok && q.Class == ClassPercent && q.Start == at+len([]rune(w)) {
		p.loose.growth = true
	}
}

// resultsOfLeadList gives the results that follow a lead clause's 分别
// list with no subject of their own (…年初预期分别增长7%和7.5%,完成增长6.8%和
// 7.6%) the list's subjects, one each, when there are as many of them.
func (p *sentenceParser) resultsOfLeadList(q Quantity) bool {
	if p.leadTarget || len(p.pend) > 0 || len(p.leadList) < 2 || q.Class != ClassPercent || valuesAhead(p.rs, q.Start) != len(p.leadList) {
		return false
	}
	p.pend = append(p.pend[:0], p.leadList...)
	p.resultList = p.leadList
	p.leadList = nil
	p.each, p.eachIdx, p.respective, p.allOf = true, 0, true, false
	return true
}

// levelsOfResultList gives the levels that follow such results with no
// subject of their own (…,实际分别增长8.7%和9.6%,达到27426元和9380元) the
// list's subjects, one each, when there are as many of them.
func (p *sentenceParser) levelsOfResultList(q Quantity) {
	if len(p.resultList) < 2 || len(p.pend) > 0 || p.each || q.Class == ClassPercent || p.loose.growth || p.loose.drop ||
		valuesAhead(p.rs, q.Start) != len(p.resultList) || !subjectless(p.rs, p.clauseFrom, q.Start) {
		return
	}
	p.pend = p.pend[:0]
	for _, pd := range p.resultList {
		pd.growth, pd.drop, pd.avg, pd.levelTo = false, false, false, false
		p.pend = append(p.pend, pd)
	}
	p.resultList = nil
	p.each, p.eachIdx, p.respective, p.allOf = true, 0, true, false
}

// reYearStartLead is a lead word of the year under review before its
// verb and number (年初预期增长8%, 年度目标分别为7%和8%), for the words that
// decide a sentence's kind: it does not make a review's sentence a plan.
var reYearStartLead = regexp.MustCompile(`(?:年初|年度|去年)(?:控制目标|预期目标|预期|目标|计划|安排)((?:分别)?(?:增长|为|是|控制在|达到|提高到)?\d)`)

// reBareLead is 预期 or 目标 in that place, which says the same only when
// the result follows in the sentence (预期控制在3.5%以内,实际为2.9%): here
// only 实际, as 完成 and 实现 open a plan's clauses too.
var reBareLead = regexp.MustCompile(`(?:预期目标|计划目标|控制目标|预期|目标|计划)((?:分别)?(?:增长|为|是|控制在|达到|提高到)?\d)`)

// withoutTargetLeads drops those words from a sentence s.
func withoutTargetLeads(s string) string {
	if !containsAny(s, "预期", "目标", "计划", "安排") {
		return s
	}
	s = reYearStartLead.ReplaceAllString(s, "$1")
	if strings.Contains(s, ",实际") {
		return reBareLead.ReplaceAllString(s, "$1")
	}
	return s
}

// rateFollows reports whether a rate's number follows a noun that carries
// its verb (经济增长, 经济增速) at rs[at], past the words that may stand
// between: 经济增长5.3%, 经济增速为6.1%, 经济增长分别为5.2%、4.6%, 经济增长
// 分别达到…, and the target words of namedTarget (经济增长预期目标为5%).
func rateFollows(rs []rune, at int) bool {
	for _, words := range [][]string{{"预期目标", "目标"}, whyWords, {"分别", "均"}, {"达到", "定在", "定为", "确定为", "设定为", "为", "是", "达", ":"}} {
		at += len([]rune(wordAt(rs, at, words)))
	}
	if at+1 < len(rs) && rs[at] == '(' {
		at++ // 全市经济增速(6.2%)高于全省: the rate in brackets after its noun
	}
	return at < len(rs) && isDigit(rs[at])
}
