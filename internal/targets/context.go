package targets

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// Headings and phrases that open a review of a year.
	reReviewHead = regexp.MustCompile(`((?:19|20)\d{2})年[^。,;!?]{0,12}?工作回顾|((?:19|20)\d{2})年(?:主要)?(?:工作)?(?:情况)?回顾|((?:19|20)\d{2})年[^。;]{0,8}?交答卷|((?:19|20)\d{2})年[^。;]{0,8}?成绩单|回顾((?:19|20)\d{2})年|过去的((?:19|20)\d{2})年|刚刚过去的((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:和今年以来)?工作回顾`)
	reReviewWord = regexp.MustCompile(`过去一年|过去的一年|一年来|今年以来|工作回顾|刚刚过去的一年|上一年`)
	// Headings and phrases that open the plan for a year.
	rePlanHead = regexp.MustCompile(`((?:19|20)\d{2})年(?:政府)?(?:的)?(?:主要)?(?:工作)?(?:的)?(?:总体要求|主要预期目标|预期目标|工作安排|主要目标|目标任务|重点工作|主要任务|工作建议|发展目标)|((?:19|20)\d{2})年(?:是|,是)|((?:19|20)\d{2})年,我们将|((?:19|20)\d{2})年(?:全市|全县|全区|全省|全镇|全乡)?(?:经济社会)?发展的主要预期目标`)
	// rePlanHeading is a plan heading proper, trusted to date a report.
	rePlanHeading = regexp.MustCompile(`((?:19|20)\d{2})年(?:政府)?(?:的)?(?:主要)?(?:工作)?(?:的)?(?:总体要求|主要预期目标|预期目标|工作安排|主要目标|目标任务)`)
	rePlanWord    = regexp.MustCompile(`今年(?:的)?(?:主要)?(?:预期)?目标|今年(?:政府)?工作(?:的)?(?:总体要求|安排|重点)|主要预期目标|明年(?:的)?(?:工作|主要|预期)|工作安排`)
	reFiveYear    = regexp.MustCompile(`十([一二三四五六])五`)
	// A five-year plan period as the time a sentence is about, not a plan
	// named in passing (完成“十二五”目标任务).
	reFiveYearSpan = regexp.MustCompile(`十([一二三四五六])五”?(?:规划)?(?:期间|时期|以来|回顾|期末|末|年均|累计|的五年|这五年|成就)`)
	reFuture5      = regexp.MustCompile(`今后五年|未来五年|今后5年|未来5年`)
	rePast5        = regexp.MustCompile(`过去五年|五年来|本届政府(?:工作)?回顾|本届政府以来|过去5年`)
	reYearHere     = regexp.MustCompile(`(^|[^比较是由从于自至到\d])((?:19|20)\d{2})年`)
	reYearTo       = regexp.MustCompile(`(?:到|至)((?:19|20)\d{2})年`)
)

var fiveYearStart = map[string]int{"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}

func atoiYear(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func firstGroup(m []string) int {
	for _, g := range m[1:] {
		if g != "" {
			return atoiYear(g)
		}
	}
	return 0
}

// updateSection reads the section cues in a sentence (headings run into
// the text in web copies) and changes the kind, year and span in force.
func (a *articleReader) updateSection(s string) {
	// Cheap substring checks first: the regexps below backtrack, and most
	// sentences hold none of their anchor words.
	hasYear := strings.Contains(s, "年")
	var m []string
	if hasYear && containsAny(s, "回顾", "过去的", "交答卷", "成绩单") {
		m = reReviewHead.FindStringSubmatch(s)
	}
	if m != nil {
		y := firstGroup(m)
		a.kind, a.secYear = Reported, y
		if a.review == 0 || strings.Contains(m[0], "回顾") {
			a.review = y
			if a.plan == 0 || a.plan <= y {
				a.plan = y + 1
			}
		}
		a.span = [2]int{}
	} else if a.kind != Reported && containsAny(s, "过去", "一年来", "今年以来", "回顾", "上一年") && reReviewWord.MatchString(s) {
		a.kind, a.secYear = Reported, a.review
		if strings.Contains(s, "今年以来") && a.year > 0 {
			a.review, a.plan, a.secYear = a.year, a.year+1, a.year
		}
		a.span = [2]int{}
	}
	m = nil
	if hasYear && containsAny(s, "要求", "目标", "安排", "任务", "重点工作", "建议", "年是", "年,是", "我们将") {
		m = rePlanHead.FindStringSubmatch(s)
	}
	if m != nil && !strings.Contains(m[0], "回顾") {
		y := firstGroup(m)
		// 2022年是… opens a plan only for a year after the one under review.
		if y > a.review || a.review == 0 {
			a.kind, a.secYear, a.plan = Planned, y, y
			if a.review == 0 {
				a.review = y - 1
			}
			a.span = [2]int{}
		}
	} else if containsAny(s, "今年", "明年", "预期目标", "工作安排") && rePlanWord.MatchString(s) {
		a.kind, a.secYear = Planned, a.plan
		a.span = [2]int{}
	}
	if !strings.Contains(s, "五") && !strings.Contains(s, "5年") {
		return
	}
	if m := reFiveYearSpan.FindStringSubmatch(s); m != nil {
		if y, ok := fiveYearStart[m[1]]; ok {
			a.span = [2]int{y, y + 4}
			switch {
			case y+4 < a.plan:
				a.kind = Reported
			case a.plan > 0 && y >= a.plan:
				a.kind = Planned // “十四五”时期 in a report of its first year: the plan
			}
		}
	}
	if reFuture5.MatchString(s) && a.plan > 0 {
		a.span = [2]int{a.plan, a.plan + 4}
		a.kind = Planned
	}
	if rePast5.MatchString(s) && a.review > 0 {
		a.span = [2]int{a.review - 4, a.review}
		a.kind = Reported
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// Words that make a sentence a target whatever section it is in.
var planWords = []string{"预期目标", "力争", "确保", "计划", "争取", "目标是", "目标为", "预期", "将实现", "将达到", "努力实现", "要实现", "以内", "主要目标"}

// Words that make a sentence a result.
var doneWords = []string{"同比增长", "同比下降", "比上年增长", "比上年下降", "比增", "完成了", "实现了", "增长了", "成功签约", "集中签约", "顺利竣工", "集中竣工"}

// sentenceKind decides planned or reported for a sentence from its own
// words, then the section.
func (a *articleReader) sentenceKind(s string, explicitYear int) Kind {
	plan := false
	for _, w := range planWords {
		if strings.Contains(s, w) {
			plan = true
			break
		}
	}
	done := false
	for _, w := range doneWords {
		if strings.Contains(s, w) {
			done = true
			break
		}
	}
	future := strings.Contains(s, "将") || strings.Contains(s, "要")
	switch {
	case plan && !(done && explicitYear > 0 && explicitYear < a.plan):
		return Planned
	case explicitYear > 0 && a.plan > 0 && explicitYear < a.plan:
		return Reported
	case explicitYear > 0 && explicitYear >= a.plan && a.plan > 0 && future:
		return Planned
	case explicitYear > 0 && a.kind == Reported:
		return Reported
	case done:
		return Reported
	}
	if a.kind == "" {
		return Reported
	}
	return a.kind
}

// explicitYear finds a year named as the subject of a sentence (2019年,
// 全县…), not a base of comparison (比2012年) nor a deadline (到2025年).
func explicitYear(s string) int {
	for _, m := range reYearHere.FindAllStringSubmatch(s, -1) {
		y := atoiYear(m[2])
		if y < 1990 || y > 2100 {
			continue
		}
		idx := strings.Index(s, m[2]+"年")
		rest := s[idx+len(m[2]+"年"):]
		if len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && strings.Contains(rest[:min(len(rest), 3)], "月") {
			continue // a date (2021年1月8日), not the year a sentence is about
		}
		if strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "底前") || strings.HasPrefix(rest, "以来") || strings.HasPrefix(rest, "末的") {
			continue
		}
		return y
	}
	if m := reYearTo.FindStringSubmatch(s); m != nil {
		return atoiYear(m[1])
	}
	return 0
}
