package targets

import (
	"fmt"
	"regexp"
	"strconv"
)

// A report given while a five-year plan runs (the plan's third year, say)
// speaks of the plan two ways: its years so far (前三年, 三年累计), which are
// results over those years, and its targets restated (到2025年…突破5000亿元,
// “十四五”期间年均增长7%以上), which are targets of the plan's last year
// however plainly they are worded: a year after the one the report plans
// cannot have a result yet.

// yearsCount reads a count of years written as a digit or a numeral.
var yearsCount = map[string]int{"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
	"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8}

// reFirstYearsLead is a sentence that opens by counting the first years
// of a plan its paragraph has named (“十四五”规划实施三年来,…。前三年,…).
var reFirstYearsLead = regexp.MustCompile(`^前([两二三四2-4])年(?:来|间|以来|中)?[,:]`)

// firstYearsOfPlan is the span a sentence opening with 前N年 counts: the
// first N years of the five-year plan named before it in its paragraph,
// when they are all behind the year the report plans.
func (a *articleReader) firstYearsOfPlan(str string, s int) ([2]int, bool) {
	if a.plan == 0 {
		return [2]int{}, false
	}
	m := reFirstYearsLead.FindStringSubmatch(leadOf(str))
	if m == nil {
		return [2]int{}, false
	}
	from := planNamedBefore(a.t.R, s)
	to := from + yearsCount[m[1]] - 1
	if from == 0 || to >= a.plan {
		return [2]int{}, false
	}
	return [2]int{from, to}, true
}

// planNamedBefore is the first year of the last five-year plan (十四五) the
// paragraph holding rune s names before it, or 0.
func planNamedBefore(rs []rune, s int) int {
	for i := s - 1; i >= 1 && i > s-1000 && rs[i] != '\n'; i-- {
		if i+1 < len(rs) && rs[i-1] == '十' && rs[i+1] == '五' {
			if y := ordinalStart[string(rs[i])]; y > 0 {
				return y
			}
		}
	}
	return 0
}

// deadlineAhead reports whether the last deadline in rs[s:at] (到2025年)
// is a year the report has not seen the end of, so that what it dates can
// only be a target: a year after the one the report plans, or that year
// itself (到2025年 in the report of early 2025) unless it is a date (到2025年
// 6月底) or the report was given at the year's end.
func (a *articleReader) deadlineAhead(rs []rune, s, at int) bool {
	d := deadlineBefore(rs, s, at)
	switch {
	case d == 0 || a.plan == 0 || d < a.plan:
		return false
	case d > a.plan:
		return true
	}
	return !(a.year == d && a.month >= 10) && !deadlineDated(rs, s, at, d)
}

// deadlineDated reports whether a deadline of year d in rs[s:at] is
// followed by a month.
func deadlineDated(rs []rune, s, at, d int) bool {
	word := strconv.Itoa(d) + "年"
	for i := s; i+6 < at; i++ {
		if (rs[i] == '到' || rs[i] == '至') && hasAt(rs, i+1, word) && isMonthNext(string(rs[i+6:min(at, i+9)])) {
			return true
		}
	}
	return false
}

// deadlineNamed reports whether a deadline of year d in rs[s:at] only
// names a target (提前完成到2025年的目标), not dating what follows it.
func deadlineNamed(rs []rune, s, at, d int) bool {
	word := strconv.Itoa(d) + "年的"
	for i := s; i+7 < at; i++ {
		if (rs[i] == '到' || rs[i] == '至') && hasAt(rs, i+1, word) {
			return true
		}
	}
	return false
}

// planEndAvgPeriod is the period of a target's average rate dated by a
// deadline that ends a five-year plan still running (到2025年…年均增长7%以上
// in the report of 2024): the plan's five years; "" for any other deadline,
// whose start the text does not give.
func (a *articleReader) planEndAvgPeriod(year int) string {
	period := fmt.Sprintf("%d-%d", year-4, year)
	if a.plan == 0 || year-4 > a.plan || FiveYearPlanName(period) == "" {
		return ""
	}
	return period
}

// reYearsCounted is a count of the years a total is over, written just
// before it (三年累计减少贫困人口4.6万人), not years ahead (今后三年, 未来三年)
// nor a plan's name (十三五).
var reYearsCounted = regexp.MustCompile(`(?:^|[^十今未后前])([两二三四五六七八2-8])年(?:来|间)?累计`)

// isClauseMark reports whether r ends a clause.
func isClauseMark(r rune) bool {
	return r == ',' || r == ';' || r == ':' || r == '。'
}

// countedSpan is the span such a count gives a total of the year under
// review, its value at rune at: the years up to that one.
func (a *articleReader) countedSpan(at int) string {
	if a.review == 0 {
		return ""
	}
	rs := a.t.R
	k := at
	for k > 0 && k > at-16 && !isClauseMark(rs[k-1]) {
		k--
	}
	m := reYearsCounted.FindStringSubmatch(string(rs[k:at]))
	if m == nil {
		return ""
	}
	return fmt.Sprintf("%d-%d", a.review-yearsCount[m[1]]+1, a.review)
}

// reFiveYearTargetsHead is a heading that names a plan's targets and
// nothing else (二、“十二五”目标; not “十二五”目标推进情况, a review).
var reFiveYearTargetsHead = regexp.MustCompile(`^“?十([一二三四五六七])五”?(?:规划)?(?:的)?(?:主要|发展)?目标(?:任务)?:?$`)

// openPlanTargets opens, under such a heading, the part restating the
// targets of the plan the report's year sits in; it reports whether it did.
func (a *articleReader) openPlanTargets(heading string) bool {
	m := reFiveYearTargetsHead.FindStringSubmatch(heading)
	if m == nil || a.plan == 0 {
		return false
	}
	y := ordinalStart[m[1]]
	if y > a.plan || a.plan > y+4 {
		return false
	}
	a.openSpan(Planned, [2]int{y, y + 4})
	return true
}
