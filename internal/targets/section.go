package targets

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A report is read in parts: the review of the past year, a summary of
// the five years behind (十四五, 这五年), the targets of the five years
// ahead (十五五, 今后五年), this year's targets and the work plan. The part
// a sentence sits in gives its figures their kind, year and period unless
// the sentence says otherwise. Parts open at headings (一、… (一)… bare
// lines) and at the lead words of a paragraph or sentence (这五年, 过去一年,
// 今年主要预期目标是); a five-year span named in the middle of a sentence
// holds for that sentence only.

var (
	// reOrdinal opens a numbered heading: 一、 第二部分 (三) 4、
	reOrdinal = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分|\([一二三四五六七八九十]{1,3}\)|[0-9]{1,2}、)`)
	// reFiveYearLead: a five-year plan period as what the text is about.
	reFiveYearLead = regexp.MustCompile(`^(?:回顾|过去的|在|经过|关于|谋划)?“?十([一二三四五六七])五”?(?:规划)?(?:时期|期间|以来|这五年|的五年|发展|成就|回顾|回眸|回望|目标|主要目标|规划纲要|,|:|是|末|主要|规划实施)`)
	// reFiveYearPlanName: the plan as a document (第十五个五年规划纲要).
	reFiveYearPlanName = regexp.MustCompile(`第十([一二三四五六七])个五年规划`)
	reYearsSoFar       = regexp.MustCompile(`^(?:(?:这|过去|近)?([两二三四六七八2-4678])年(?:来|间|以来)|近([两二三四五2-5])年)[,:]`)
	rePast5Lead        = regexp.MustCompile(`^(?:这五年|五年来|过去五年|过去的五年|经过五年|五年间|本届政府(?:以来|任期|工作回顾)|这是[^。,;]{0,30}的五年)`)
	reFuture5Lead      = regexp.MustCompile(`^(?:今后五年|未来五年|今后5年|未来5年)`)
	reReview1Lead      = regexp.MustCompile(`^(?:过去一年|过去的一年|一年来|这一年|刚刚过去的一年|回顾过去一年|回望过去一年)`)
	// reFiveYearEnd: the end of a five-year plan period (“十三五”末的).
	reFiveYearEnd = regexp.MustCompile(`^“?十([一二三四五六七])五”?(?:期末|末)的?`)
	// reYearSpan: the years a sentence names as its span (2018年至2022年,
	// 2021—2025年).
	reYearSpan = regexp.MustCompile(`((?:19|20)\d{2})年?(?:至|到|—|–|-|~)((?:19|20)\d{2})年`)
	// reFirstYears: the first years of a plan period (“十四五”前四年).
	reFirstYears = regexp.MustCompile(`十([一二三四五六七])五”?前([两二三四])年`)
	// reHeadLeadYear: a heading that opens with a bare year (2020:交出高质量答卷).
	reHeadLeadYear = regexp.MustCompile(`^((?:19|20)\d{2})(?::|——|—| )`)
	// reHeadYear: a year a heading is about (三、关于2026年工作).
	reHeadYear = regexp.MustCompile(`((?:19|20)\d{2})年`)
	// reHeadLook: a digest's block heading that looks back at or ahead to a
	// year (【回眸2021】, 【展望2022】, 回望2023年).
	reHeadLook = regexp.MustCompile(`^(回眸|回望|回首|展望|瞻望|奋进|聚焦|数说|数读|图说|速览)((?:19|20)\d{2})`)
)

// reTargetBesideResult is a review's sentence setting the year's target
// beside its result (年度预期目标为地区生产总值增长8.5%左右,实际增长8.3%): it
// opens no plan part.
var reTargetBesideResult = regexp.MustCompile(`^(?:年度|年初|全年)(?:预期)?(?:目标|计划)[^。]{0,60}?实际`)

// reSecondHalfLead is lead words opening the rest of a year's work
// (会议要求,下半年要重点做好以下工作:).
var reSecondHalfLead = regexp.MustCompile(`下半年[^,:;0-9]{0,12}(?:工作|任务)[^,:;0-9]{0,4}:`)

// neutralLook are digest headings that name a year without looking back
// or ahead (数说2022): the year decides.
var neutralLook = map[string]bool{"数说": true, "数读": true, "图说": true, "速览": true}

var ordinalStart = map[string]int{"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026, "六": 2031, "七": 2036}

// leadOf strips what precedes a sentence's own first words: an address
// (各位代表,), a dash, a connective.
func leadOf(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !strings.ContainsRune("各同此总—-·● 【√报政答特尤", r) {
		return s
	}
	for {
		t := strings.TrimLeft(s, "—-·● 【】√")
		for _, p := range []string{"各位代表,", "各位代表", "同时,", "此外,", "总的看,", "总的来看,", "总之,", "答:", "特别是", "尤其是"} {
			t = strings.TrimPrefix(t, p)
		}
		// A news item's 报告回顾过去五年工作时说,… reports the review: its
		// lead is the span the report looks back on.
		if r := strings.TrimPrefix(t, "政府工作"); strings.HasPrefix(r, "报告") {
			r = strings.TrimPrefix(strings.TrimPrefix(r, "报告"), "在")
			if strings.HasPrefix(r, "回顾") {
				t = strings.TrimPrefix(r, "回顾")
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// headingOf returns the heading a paragraph opens with, and whether it is
// a top-level one (一、 第一部分): a numbered heading up to its first full
// stop, or a short line of its own with no figure in it.
func headingOf(line string) (text string, top bool) {
	line = strings.TrimSpace(strings.TrimLeft(line, "#*"))
	if loc := reOrdinal.FindStringIndex(line); loc != nil {
		head := line[loc[1]:]
		if i := strings.IndexAny(head, "。!?"); i >= 0 {
			head = head[:i]
		}
		top = !strings.HasPrefix(line, "(")
		return truncateRunes(line[:loc[1]]+head, 60), top
	}
	rs := []rune(line)
	if len(rs) == 0 || len(rs) > 32 {
		return "", false
	}
	body := strings.TrimRight(line, "。:")
	if strings.ContainsAny(body, "。,;!?") || strings.ContainsAny(body, "%") || containsAny(body, furnitureWords...) || reISODate.MatchString(body) && isDigit([]rune(body)[0]) {
		return "", false // (【字体:大 中 小】 is a page's button, 2024-02-01 07:00 第一财经 its dateline: not parts)
	}
	return body, false
}

// onHeading opens the part a heading names. A top-level heading with no
// cue still ends the five-year span of the part before it.
func (a *articleReader) onHeading(h string, top bool) {
	text := strings.TrimSpace(reOrdinal.ReplaceAllString(h, ""))
	if top {
		a.head = h
	}
	if a.cue(text, true) {
		a.label = h
		return
	}
	a.label = h // a heading below names the part it opens, cue or not
	if top {
		a.span = [2]int{}
		a.secYear = a.review
		if a.kind == Planned {
			a.secYear = a.plan
		}
	}
}

// reTableCaption is a table's caption (表1, 附表2, 表一).
var reTableCaption = regexp.MustCompile(`^(?:附)?表[\s\x{3000}]*[0-9一二三四五六七八九十]+(?:[^0-9万亿千百]|$)`)

// cue reads the part a heading or a sentence opens, from its lead words and
// the headings' phrases; it reports whether it opened one.
func (a *articleReader) cue(s string, heading bool) bool {
	if reTableCaption.MatchString(s) {
		// 表1 2018年主要指标计划执行情况及2019年预期目标: a table's caption
		// names its columns' years, not the part the text goes on in.
		return false
	}
	lead := leadOf(s)
	hasYear := strings.Contains(s, "年")
	if !heading && !hasYear && !mayLead(lead) && !containsAny(s, "回顾", "过去", "一年来", "今年", "明年", "预期目标", "工作安排") {
		return false // most sentences open no part: spare them the expressions below
	}
	if heading && strings.Contains(s, "下半年") && a.year > 0 && !reHeadYear.MatchString(s) {
		// 二、下半年工作安排 in a mid-year report: the rest of the year it
		// was given in; its 全年 targets are that year's.
		a.openPlan(a.year)
		return true
	}
	if !heading && strings.Contains(s, "下半年") && reSecondHalfLead.MatchString(s) {
		// 会议要求,下半年要重点做好以下工作: lead words that open the rest of
		// the year's plan, of the year whose first half the text told.
		if y := a.halfYear; y > 0 {
			a.openPlan(y)
			return true
		}
		if a.year > 0 {
			a.openPlan(a.year)
			return true
		}
	}
	if heading {
		if m := reHeadLook.FindStringSubmatch(strings.TrimLeft(lead, "【◆◇■□●○★☆▶▷►◎ ")); m != nil { // ◆ 展望2024 ◆: a digest's ornaments
			y := atoiYear(m[2])
			if neutralLook[m[1]] && a.review > 0 && y <= a.review {
				m[1] = "回" // 数说2022 in a report of 2023: the year's results
			}
			switch {
			case !strings.HasPrefix(m[1], "回") && (a.plan == 0 || y >= a.plan || y == a.review+1):
				a.openPlan(y)
				return true
			case strings.HasPrefix(m[1], "回") && (a.review == 0 || y == a.review):
				if a.review == 0 {
					a.review, a.plan = y, y+1
				}
				a.openReview(y)
				return true
			}
		}
	}
	if !heading && a.plan > 0 && a.plan == a.year && strings.HasPrefix(lead, "今年是") {
		// 答:今年是“十四五”规划收官之年。园区提出,…: in a report or an
		// interview of the year's start, the year it goes on to plan.
		a.openPlan(a.plan)
		return true
	}
	switch {
	case reReview1Lead.MatchString(lead):
		a.openReview(a.review)
		return true
	case rePast5Lead.MatchString(lead):
		if a.review > 0 {
			a.openSpan(Reported, [2]int{a.review - 4, a.review})
			return true
		}
	case reFuture5Lead.MatchString(lead):
		if a.plan > 0 {
			a.openSpan(Planned, [2]int{a.plan, a.plan + 4})
			return true
		}
	}
	if m := fiveYearLead(lead); m != nil && !(hasYear && reReviewHead.MatchString(s)) {
		if a.openPlanPeriod(ordinalStart[m[1]]) || heading && a.openPlanTargets(lead) {
			return true
		}
	}
	if !heading && hasYear && contentsSentence(s) {
		return false
	}
	var m []string
	if hasYear && containsAny(s, "回顾", "过去的", "交答卷", "成绩单", "总结", "执行情况", "完成情况") {
		m = reReviewHead.FindStringSubmatch(s)
	}
	if heading && m == nil {
		if m := reFiveYearPlanName.FindStringSubmatch(s); m != nil && a.openPlanPeriod(ordinalStart[m[1]]) {
			return true
		}
		// A heading names its span anywhere in it (数说今后五年重点任务).
		if span, kind, ok := a.sentenceSpan(s); ok {
			a.openSpan(kind, span)
			return true
		}
	}
	if !heading && m != nil && hasYear && rePlanHead.MatchString(s) {
		// 报告分三个部分:2025年工作回顾、2026年重点工作: a table of contents
		// names the parts without opening one.
		return false
	}
	if m != nil && a.reviewNotYet(firstGroup(m), m[0]) {
		m = nil
	}
	opened := false
	if m != nil {
		y := firstGroup(m)
		if a.review == 0 || strings.Contains(m[0], "回顾") || strings.Contains(m[0], "总结") {
			a.review = y
			if a.plan == 0 || a.plan <= y {
				a.plan = y + 1
			}
		}
		a.openReview(y)
		opened = true
	} else if (a.kind != Reported || !a.framed) && containsAny(s, "过去", "一年来", "今年以来", "回顾", "上一年") && reReviewWord.MatchString(s) {
		a.openReview(a.review)
		if strings.Contains(s, "今年以来") && a.year > 0 && (a.dated || a.plan == 0) {
			a.review, a.plan, a.secYear = a.year, a.year+1, a.year
		}
		opened = true
	}
	m = nil
	if hasYear && containsAny(s, "要求", "目标", "安排", "任务", "重点工作", "建议", "年是", "年,是", "我们将") {
		m = rePlanHead.FindStringSubmatch(s)
	}
	if m != nil && !strings.Contains(m[0], "回顾") {
		y := firstGroup(m)
		// 2022年是… opens a plan only for a year after the one under review.
		if y > a.review || a.review == 0 {
			a.openPlan(y)
			if a.review == 0 {
				a.review = y - 1
			}
			opened = true
		} else if !heading && y == a.review && a.kind == Reported && a.span[0] > 0 && strings.HasPrefix(lead, m[0]) {
			// 2021年是…“十四五”开局之年 after the five years' summary: the
			// paragraph turns to the year under review.
			a.openReview(y)
			opened = true
		}
	} else if containsAny(s, "今年", "明年", "预期目标", "工作安排") && rePlanWord.MatchString(reTargetsMet.ReplaceAllString(s, "")) && !reTargetBesideResult.MatchString(s) {
		if a.paraPlan > 0 && !containsAny(s, "今年", "明年") {
			a.openPlan(a.paraPlan) // 2019年,…将…。主要预期目标为:
		} else if a.year > 0 && a.review == a.year && strings.Contains(s, "年初") {
			// 年初区人大会议确定的主要预期目标为: in a mid-year report, the
			// targets set at the start of the year it is given in.
			a.openPlan(a.year)
		} else {
			a.openPlan(a.plan)
		}
		opened = true
	} else if heading && !opened {
		// 三、关于2026年工作 / 一、2025年主要工作 / 2025年——: a heading
		// about one year.
		if m := reHeadLeadYear.FindStringSubmatch(s); m != nil && reHeadYear.FindStringSubmatch(s) == nil {
			// 2020:交出高质量答卷 — a heading led by a bare year.
			switch y := atoiYear(m[1]); {
			case a.review > 0 && y == a.review:
				a.openReview(y)
				return true
			case a.plan > 0 && y == a.plan:
				a.openPlan(y)
				return true
			}
		}
		if m := reHeadYear.FindStringSubmatch(s); m != nil && (containsAny(s, "工作", "目标", "任务", "安排", "计划", "草案") || strings.Trim(s, "—-:") == m[0]) {
			switch y := atoiYear(m[1]); {
			case a.plan > 0 && y >= a.plan || a.plan > 0 && y == a.review+1:
				a.openPlan(y)
				opened = true
			case a.review > 0 && y == a.review:
				a.openReview(y)
				opened = true
			}
		}
	}
	return opened
}

// reFigureLike is a number with a unit, as a figure is written.
var reFigureLike = regexp.MustCompile(`\d(?:\.\d+)?(?:%|亿|万|元|个|家|人|天)`)

// contentsSentence reports whether a sentence tells what a report's parts
// are (报告总结了“十二五”和2015年工作,提出了“十三五”发展的主要目标和2016
// 年工作安排): it names a review and a plan and states no figure, so it
// opens neither; the paragraphs after it say which they are.
func contentsSentence(s string) bool {
	return containsAny(s, "总结", "回顾") && containsAny(s, "提出", "部署") && rePlanHead.MatchString(s) && !reFigureLike.MatchString(s)
}

// openPlanPeriod opens the five-year plan period that starts in year y: a
// summary when it is over, the targets when it lies ahead.
func (a *articleReader) openPlanPeriod(y int) bool {
	switch {
	case y == 0:
		return false
	case a.plan > 0 && y+4 < a.plan:
		a.openSpan(Reported, [2]int{y, y + 4})
	case a.plan > 0 && y >= a.plan:
		a.openSpan(Planned, [2]int{y, y + 4})
	default:
		return false
	}
	return true
}

func (a *articleReader) openReview(y int) {
	a.framed = true
	a.kind, a.secYear, a.span = Reported, y, [2]int{}
}

func (a *articleReader) openPlan(y int) {
	a.framed = true
	a.kind, a.secYear, a.plan, a.span = Planned, y, y, [2]int{}
}

func (a *articleReader) openSpan(k Kind, span [2]int) {
	a.framed = true
	a.kind, a.span = k, span
	a.secYear = a.review
	if k == Planned {
		a.secYear = a.plan
	}
}

// sentenceSpan is a five-year span named inside a sentence (“十三五”期间年均
// 增长9%, 五年来累计…): it holds for that sentence only.
func (a *articleReader) sentenceSpan(s string) ([2]int, Kind, bool) {
	if m := yearSpan(s); m != nil {
		// 2018年至2022年,…年均增长5.6%: the years the sentence names.
		from, to := atoiYear(m[1]), atoiYear(m[2])
		switch {
		case to > from && to-from <= 10 && a.plan > 0 && to < a.plan:
			return [2]int{from, to}, Reported, true
		case to > from && to-from <= 10 && a.plan > 0 && from >= a.plan:
			return [2]int{from, to}, Planned, true
		}
	}
	if m := reYearsSoFar.FindStringSubmatch(s); m != nil && a.review > 0 && (m[2] == "" || a.kind != Planned && !containsAny(s, "左右", "力争", "确保", "争取", "目标", "预期", "计划", "将")) {
		// 近三年 in a plan's words may be the years ahead (近三年力争…): only a result is read so.
		// 四年来,规模以上工业增加值年均增长10.5%: the years the sentence counts.
		n := yearsCount[m[1]+m[2]] // 近三年, 近五年: the years up to the review's
		return [2]int{a.review - n + 1, a.review}, Reported, true
	}
	if !strings.Contains(s, "五") && !strings.Contains(s, "5年") {
		return [2]int{}, "", false
	}
	if m := fiveYearSpanOf(s); m != nil {
		y := ordinalStart[m[1]]
		switch {
		case a.plan > 0 && y+4 < a.plan:
			return [2]int{y, y + 4}, Reported, true
		case a.plan > 0 && y >= a.plan:
			return [2]int{y, y + 4}, Planned, true
		case a.plan > 0 && y < a.plan && a.plan <= y+4 && !strings.HasSuffix(m[0], "以来") && a.midPlanTarget(s):
			// “十四五”期间,全省生产总值年均增长6%左右 in the plan of its second
			// year: the plan's target restated, over its five years.
			return [2]int{y, y + 4}, Planned, true
		case a.review > 0 && y <= a.review && a.review < y+4:
			return [2]int{y, a.review}, Reported, true // “十四五”以来 in its fourth year: the years so far
		}
	}
	if reFuture5.MatchString(s) && a.plan > 0 {
		return [2]int{a.plan, a.plan + 4}, Planned, true
	}
	if m := reFirstYears.FindStringSubmatch(s); m != nil {
		// “十四五”前四年: the plan's first years.
		y := ordinalStart[m[1]]
		n := yearsCount[m[2]]
		if a.plan > 0 && y+n-1 < a.plan {
			return [2]int{y, y + n - 1}, Reported, true
		}
	}
	if rePast5.MatchString(s) && a.review > 0 {
		return [2]int{a.review - 4, a.review}, Reported, true
	}
	return [2]int{}, "", false
}

// isTitleLine reports whether a short line is the document's title or
// delivery line rather than a heading inside it (镇江高新区召开2025年建设
// 发展工作会议 names the meeting, not a part of the report).
func (a *articleReader) isTitleLine(h string) bool {
	t := Normalize(a.title).String() // the title as the working text has it (（摘要） is (摘要))
	return t != "" && strings.Contains(t, h) || containsAny(h, "政府工作报告", "工作报告", "会议", "大会")
}

// leadRunes are the first characters of the lead words that open a part
// (过去一年, 一年来, 这五年, 五年来, 刚刚过去的, 回顾, 经过五年, 本届政府,
// 今后五年, 未来五年, “十四五”时期, 在…, 关于…, 谋划…).
const leadRunes = "过一这刚回五经本今未“十在关谋"

func mayLead(lead string) bool {
	for _, r := range lead {
		return strings.ContainsRune(leadRunes, r)
	}
	return false
}

// fiveYearLead matches reFiveYearLead where the lead can hold it at all.
func fiveYearLead(lead string) []string {
	if !strings.Contains(lead, "五") {
		return nil
	}
	return reFiveYearLead.FindStringSubmatch(lead)
}

// yearSpan matches reYearSpan where the sentence can hold two years.
func yearSpan(s string) []string {
	if strings.Count(s, "年") == 0 || !strings.ContainsAny(s, "至到—–-~") {
		return nil
	}
	return reYearSpan.FindStringSubmatch(s)
}

// fiveYearSpanOf is the five-year period a sentence is about: not one
// whose end is only where a change starts or what it is measured against
// (从“十三五”末的4.86万亿元增加到6.75万亿元, 比“十三五”末提高5个百分点,
// 五年累计完成投资2168亿元,是“十二五”时期的2.1倍).
func fiveYearSpanOf(s string) []string {
	for _, ix := range reFiveYearSpan.FindAllStringSubmatchIndex(s, -1) {
		before := strings.TrimSuffix(s[:ix[0]], "“")
		if strings.HasSuffix(before, "从") || strings.HasSuffix(before, "由") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "较") ||
			strings.HasSuffix(before, "是") || strings.HasSuffix(before, "相当于") {
			continue
		}
		return []string{s[ix[0]:ix[1]], s[ix[2]:ix[3]]}
	}
	return nil
}

// midPlanTarget reports whether a sentence naming a five-year plan still
// running tells its targets rather than its years so far: it says so
// (目标, 力争), or it stands in the part of the year's plan.
func (a *articleReader) midPlanTarget(s string) bool {
	if containsAny(s, "目标", "力争", "确保", "预期") && containsAny(reNotAPlan.ReplaceAllString(s, ""), "目标", "力争", "确保", "预期") {
		return true
	}
	if rs := []rune(s); a.deadlineAhead(rs, 0, len(rs)) {
		return true // 到2015年…,“十二五”期间年均增长13%以上 in 2013: a year still ahead
	}
	return a.kind == Planned && a.framed && !hasKindWords(s) && !containsAny(s, "完成", "实现", "达到", "累计")
}
