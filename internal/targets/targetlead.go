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
var targetLeadWords = []string{"年初预期目标", "年度预期目标", "年初预期", "年初目标", "年初计划", "年度目标", "预期目标", "计划目标", "预期", "目标", "计划"}

// yearStartLeads say by themselves that the target was set for the year
// under review (年初…); the others (预期, 目标, 计划) say it only beside a
// result.
var yearStartLeads = map[string]bool{"年初预期目标": true, "年度预期目标": true, "年初预期": true, "年初目标": true, "年初计划": true, "年度目标": true}

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
		return 0, false
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
	if !yearStartLeads[w] && !resultClauseAfter(p.rs, end, e) {
		return 0, false // 地区生产总值预期增长6%: a plan's own wording
	}
	p.leadTarget = true
	return end, true
}

// leadFirst reports whether r can open a lead word.
func leadFirst(r rune) bool { return r == '年' || r == '预' || r == '目' || r == '计' }

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
	if p.leadTarget {
		p.leadTarget = false
		return
	}
	p.leadList = nil
}

// resultsOfLeadList gives the results that follow a lead clause's 分别
// list with no subject of their own (…年初预期分别增长7%和7.5%,完成增长6.8%和
// 7.6%) the list's subjects, one each, when there are as many of them.
func (p *sentenceParser) resultsOfLeadList(q Quantity) bool {
	if p.leadTarget || len(p.pend) > 0 || len(p.leadList) < 2 || q.Class != ClassPercent || valuesAhead(p.rs, q.Start) != len(p.leadList) {
		return false
	}
	p.pend = append(p.pend[:0], p.leadList...)
	p.leadList = nil
	p.each, p.eachIdx, p.respective, p.allOf = true, 0, true, false
	return true
}

// reYearStartLead is a lead word of the year under review before its
// verb and number (年初预期增长8%, 年度目标分别为7%和8%), for the words that
// decide a sentence's kind: it does not make a review's sentence a plan.
var reYearStartLead = regexp.MustCompile(`(?:年初|年度)(?:预期目标|预期|目标|计划)((?:分别)?(?:增长|为|是|控制在|达到|提高到)?\d)`)

// reBareLead is 预期 or 目标 in that place, which says the same only when
// the result follows in the sentence (预期控制在3.5%以内,实际为2.9%): here
// only 实际, as 完成 and 实现 open a plan's clauses too.
var reBareLead = regexp.MustCompile(`(?:预期目标|计划目标|预期|目标|计划)((?:分别)?(?:增长|为|是|控制在|达到|提高到)?\d)`)

// withoutTargetLeads drops those words from a sentence s.
func withoutTargetLeads(s string) string {
	if !strings.Contains(s, "预期") && !strings.Contains(s, "目标") {
		return s
	}
	s = reYearStartLead.ReplaceAllString(s, "$1")
	if strings.Contains(s, ",实际") {
		return reBareLead.ReplaceAllString(s, "$1")
	}
	return s
}
