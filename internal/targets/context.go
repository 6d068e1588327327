package targets

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// Headings and phrases that open a review of a year.
	reReviewHead = regexp.MustCompile(`((?:19|20)\d{2})年[^。,;!?\n]{0,12}?工作(?:回顾|总结)|((?:19|20)\d{2})年(?:主要)?(?:工作)?(?:情况)?(?:回顾|成就)|((?:19|20)\d{2})年[^。;]{0,8}?交答卷|((?:19|20)\d{2})年[^。;]{0,8}?成绩单|回顾(?:19|20)\d{2}年(?:和|、|及|与|至|到|—|-)((?:19|20)\d{2})年|回顾((?:19|20)\d{2})年|过去的((?:19|20)\d{2})年|刚刚过去的((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:和今年以来)?工作回顾|((?:19|20)\d{2})年(?:国民经济和社会发展)?计划(?:的)?执行情况|((?:19|20)\d{2})年[^。,;!?\n]{0,10}?预算(?:的)?执行情况|((?:19|20)\d{2})年(?:主要)?(?:预期)?目标(?:任务)?(?:的)?完成情况`)
	reReviewWord = regexp.MustCompile(`过去一年|过去的一年|一年来|今年以来|工作回顾|刚刚过去的一年|上一年`)
	// Headings and phrases that open the plan for a year.
	rePlanHead = regexp.MustCompile(`((?:19|20)\d{2})年(?:政府)?(?:的)?(?:主要)?(?:工作)?(?:的)?(?:总体要求|主要预期目标|预期目标|工作安排|主要目标|目标任务|重点工作|主要任务|工作建议|发展目标|目标(?:是|为|:))|((?:19|20)\d{2})年(?:是|,是)|((?:19|20)\d{2})年,我们将|((?:19|20)\d{2})年(?:全市|全县|全区|全省|全镇|全乡)?(?:经济社会)?发展的主要预期目标`)
	// rePlanHeading is a plan heading proper, trusted to date a report.
	// 2023年全省经济社会发展的主要预期目标是 (a news item's wording, with the
	// region's scope and 经济社会发展 between the year and the targets) is one,
	// and so are 2024年长春市经济社会发展主要预期目标是 (the region by its
	// name), 2025年全省主要预期目标是 and a digest's 【2023年目标】.
	rePlanHeading = regexp.MustCompile(`((?:19|20)\d{2})年(?:政府)?(?:的)?(?:主要)?(?:工作)?(?:的)?(?:总体要求|主要预期目标|预期目标|工作安排|主要目标|目标任务)|((?:19|20)\d{2})年[,，]?(?:全市|全县|全区|全省|全镇|全乡|全旗|\p{Han}{1,6}?(?:省|市|县|区|旗|镇|乡))?(?:经济社会发展)?(?:的)?主要预期目标(?:是|为|:)|((?:19|20)\d{2})年是[^。\n]{0,30}?之年[。,][^。\n]{0,30}?(?:主要预期目标|将|要)|【((?:19|20)\d{2})年(?:主要)?(?:预期)?目标】|((?:19|20)\d{2})年(?:国民经济和社会发展)?计划的?(?:总体要求|主要目标|主要预期目标)`)
	rePlanWord    = regexp.MustCompile(`(?:^|[^于过出合成])预期目标(?:是|为|:|,|如下)|今年(?:的)?(?:主要)?(?:预期)?目标|今年(?:政府)?工作(?:的)?(?:总体要求|安排|重点)|主要预期目标|明年(?:的)?(?:工作|主要|预期)|明年目标|工作安排`)
	// reTargetsMet is a review's word that the year's targets were met
	// (较好完成了主要预期目标, 2024年全市主要预期目标全面完成): it names the
	// targets without opening them.
	reTargetsMet = regexp.MustCompile(`(?:完成|实现|达成|达到)(?:了)?(?:年初|全年|年度)?(?:确定|提出|制定)?(?:的)?(?:各项)?(?:主要)?预期目标|(?:主要)?预期目标(?:任务)?(?:全面|顺利|圆满|较好|超额|基本|均|如期)*(?:完成|实现|达成)`)
	reFiveYear   = regexp.MustCompile(`十([一二三四五六])五`)
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

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// Words that make a sentence a target whatever section it is in.
var planWords = []string{"预期目标", "力争", "确保", "计划", "争取", "目标是", "目标为", "目标定在", "目标定为", "目标设定为", "目标确定为", "预期", "将实现", "将达到", "努力实现", "要实现", "以内", "主要目标", "提出地区生产总值", "提出增长", "提出GDP", "均提出",
	"收入预算为", "收入预算安排", "收入预算数为"} // a revenue budget of a year (2025年一般公共预算收入预算为236亿元) is set in advance

// weakPlanWords are plan words a result may use too (控制在3%以内): they
// make a target only where the paragraph has not named a past year.
var weakPlanWords = map[string]bool{"以内": true, "预期": true, "计划": true, // 平凉提出地区生产总值增长6.5%: a report's target, in a news item (年初提出的…目标 is a past one's, read elsewhere)
	"提出地区生产总值": true, "提出增长": true, "提出GDP": true, "均提出": true}

// Words that make a sentence a result.
var doneWords = []string{"同比增长", "同比下降", "比上年增长", "比上年下降", "比增", "完成了", "实现了", "增长了", "成功签约", "集中签约", "顺利竣工", "集中竣工"}

// sentenceKind decides planned or reported for a sentence from its own
// words, then the section.
func (a *articleReader) sentenceKind(s string, explicitYear int) Kind {
	if containsAny(s, "预期", "目标", "完成", "实现", "确保了", "计划") {
		s = reNotAPlan.ReplaceAllString(s, "")
	}
	plan, strong, bound := false, false, true
	for _, w := range planWords {
		if strings.Contains(s, w) {
			plan = true
			strong = strong || !weakPlanWords[w]
			bound = bound && w == "以内"
		}
	}
	if plan && !strong && a.paraYear > 0 && a.paraKind == Reported && explicitYear == 0 {
		plan = false // 2022年,…;城镇登记失业率控制在3%以内: the year's result
	}
	if plan && !strong && bound && explicitYear > 0 && a.plan > 0 && explicitYear < a.plan {
		// 2023年,全市城镇调查失业率控制在5.5%以内,居民消费价格涨幅0.3% in a
		// 2024 report: 以内 alone is a bound the past year's result kept
		// (cmp <=), not a target, and the sentence's figures are results.
		plan = false
	}
	done := false
	for _, w := range doneWords {
		if strings.Contains(s, w) {
			done = true
			break
		}
	}
	future := strings.Contains(s, "将") || strings.Contains(s, "要")
	if a.year > 0 && explicitYear >= a.year && a.month >= 1 && a.month <= 3 && !done && !containsAny(s, "季度", "上半年", "1-", "1—", "以来") {
		// Written in the first months of the year it names (a session's
		// news of 2023-01: 2023年,地区生产总值增长6%左右): that year cannot have
		// a result yet, so its figures are targets (unless it says they are
		// done: 同比增长 in a copy that misdates the year under review).
		return Planned
	}
	if a.framed && a.kind == Reported {
		// A review states results; a target inside it names the year ahead
		// (…,明年力争增长8%), or the review could not hold it.
		if explicitYear > 0 && a.plan > 0 && explicitYear >= a.plan && (plan || future) || plan && containsAny(s, "明年", "下一步") {
			return Planned
		}
		return Reported
	}
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

// hasKindWords reports whether a sentence's own words say target or result.
func hasKindWords(s string) bool {
	return containsAny(s, planWords...) || containsAny(s, doneWords...)
}

// reNotAPlan matches wordings that hold a plan word but state a result:
// 好于预期, 超额完成目标, 目标任务全面完成, 确保了…, 多重超预期因素, and a
// result set against the plan (比预期目标低1.4个百分点, 高于年度预期目标,
// 与预期目标持平, 未完成年度目标).
var reNotAPlan = regexp.MustCompile(`超预期|确保了|(?:好于|高于|超出|超过|符合|低于|快于|优于|慢于|未达到|未完成|未实现)(?:全年|年度|年初)?(?:预期|目标|计划)|(?:主要)?(?:预期)?目标(?:任务)?(?:的)?完成情况|(?:比|较|与)(?:全年|年度|年初)?(?:预期目标|预期|目标|计划)(?:低|高|快|慢|多|少|持平|基本持平|相比|相当)|完成(?:了)?(?:全年|年度)?(?:目标|预期目标|目标任务)|目标任务(?:全面|圆满|超额)?完成|实现(?:了)?(?:年度|全年)?(?:目标|预期)`)

// explicitYear finds a year named as the subject of a sentence (2019年,
// 全县…), not a base of comparison (比2012年) nor a deadline (到2025年).
func explicitYear(s string) int {
	if y := subjectYear(s); y > 0 {
		return y
	}
	return 0
}

// deadlineBefore is the year of the last deadline (到2030年, 至2035年)
// written in rs[s:at]: it dates what follows it, not what came before
// (今后五年,地区生产总值年均增长5%,到2035年人均地区生产总值…).
func deadlineBefore(rs []rune, s, at int) int {
	y := 0
	for i := s; i+5 < at; i++ {
		if (rs[i] == '到' || rs[i] == '至') && allDigits(rs[i+1:i+5]) && rs[i+5] == '年' {
			if v := atoiYear(string(rs[i+1 : i+5])); v >= 1990 && v <= 2100 {
				y = v
			}
		}
	}
	return y
}

// deadlineOpening is the deadline a sentence rs[s:e] opens with (到2030年,
// …; 到2030年全省…), 0 for none.
func deadlineOpening(rs []rune, s, e int) int {
	if s+6 > e || rs[s] != '到' && rs[s] != '至' || !allDigits(rs[s+1:s+5]) || rs[s+5] != '年' {
		return 0
	}
	if v := atoiYear(string(rs[s+1 : s+5])); v >= 1990 && v <= 2100 {
		return v
	}
	return 0
}

// reSpanRest is what follows the first year of a span (至2022年, —2025年).
var reSpanRest = regexp.MustCompile(`^(?:至|到|—|–|-|~)(?:19|20)\d{2}年`)

// subjectYear is a year a sentence names as its subject (2019年,全县…).
// isMonthNext: rest opens with a month (2月, 12月), so the year before it
// is a date's.
func isMonthNext(rest string) bool {
	i := 0
	for i < len(rest) && i < 2 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(rest[i:], "月")
}

func subjectYear(s string) int {
	for _, m := range reYearHere.FindAllStringSubmatch(s, -1) {
		y := atoiYear(m[2])
		if y < 1990 || y > 2100 {
			continue
		}
		idx := strings.Index(s, m[2]+"年")
		rest := s[idx+len(m[2]+"年"):]
		if isMonthNext(rest) {
			continue // a date (2021年1月8日), not the year a sentence is about
		}
		if strings.HasPrefix(rest, "相比") || strings.HasPrefix(rest, "末相比") {
			continue // 与2010年相比: a base of comparison
		}
		if reSpanRest.MatchString(rest) {
			continue // 2018年至2022年: a span, read as such
		}
		if strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "底前") || strings.HasPrefix(rest, "以来") || strings.HasPrefix(rest, "末的") ||
			strings.HasPrefix(rest, "远景") || strings.HasPrefix(rest, "前") || strings.HasPrefix(rest, "愿景") {
			continue
		}
		return y
	}
	return 0
}
