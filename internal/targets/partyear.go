package targets

import (
	"regexp"
	"strings"
)

// rePartYear is a part of a year that scopes the figures after it (上半年,
// 前三季度, 1—11月, 截至10月底, 前10个月): their values are the months' own,
// not the year's, and a reader shown one as the year's result is misled
// (a first half's 15.1% beside the year's 12.2%).
var rePartYear = regexp.MustCompile(`上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度|\d{1,2}(?:-|—|–|~|至|到)\d{1,2}月|前(?:\d{1,2}|[二三四五六七八九十]{1,2})个月|截[至止](?:\d{1,2}|[一二三四五六七八九十]{1,2})月|\d{1,2}月份`)

// reWholeYear names the whole year again after a part of it (…增长8.2%,
// 预计全年增长8%; 2024年): the figures after it are the year's.
var reWholeYear = regexp.MustCompile(`全年|年度|年底|年末|(?:19|20)\d{2}年`)

// rePartYearNotScope is a part of a year named as a slogan, not as the
// time of a figure (实现一季度“开门红”、上半年“双过半”).
var rePartYearNotScope = regexp.MustCompile(`^[”"'“『「]|^(?:开门红|双过半|时间过半|任务过半)`)

// withoutPartYear drops the figures of the sentence starting at rs[s]
// that a part of the year scopes: the nearest time before the value is a
// part of the year, not the whole of it.
func withoutPartYear(rs []rune, s int, raws []raw) []raw {
	if len(raws) == 0 {
		return raws
	}
	from := fullSentenceStart(rs, s)
	last := 0
	for _, r := range raws {
		last = max(last, r.q.Start)
	}
	if !hasPartYearRune(rs[from:max(from, last)]) {
		return raws // most sentences: no 季, 半 or 月 before their values
	}
	event := -1 // whether the sentence names an event, read when first needed
	kept := raws[:0]
	for _, r := range raws {
		if partYearBefore(rs, from, r.q.Start) {
			if event < 0 {
				event = 0
				if reEvent.MatchString(string(rs[from:fullStop(rs, s, min(len(rs), s+maxSentenceRunes))])) {
					event = 1
				}
			}
			if event == 0 || !eventCount[r.key] {
				continue
			}
		}
		kept = append(kept, r)
	}
	return kept
}

// hasPartYearRune reports whether rs holds a rune every part of a year
// is written with (季度, 半年, 月).
func hasPartYearRune(rs []rune) bool {
	for _, r := range rs {
		if r == '季' || r == '半' || r == '月' {
			return true
		}
	}
	return false
}

// reEvent names an event (a signing ceremony, a round of groundbreaking):
// the projects and investment counted at it are the event's, whatever
// quarter it fell in (2020年二季度…集中签约仪式,17个重大项目成功签约).
var reEvent = regexp.MustCompile(`仪式|集中签约|集中开工|签约活动|推介会|招商会|洽谈会|博览会`)

var eventCount = map[string]bool{"projects_introduced": true, "projects_started": true, "projects_completed": true, "investment_attracted": true, "key_project_investment": true}

// fullSentenceStart is where the sentence holding rs[s] begins when its
// clauses are read apart at semicolons: a part of the year opening it
// (上半年,…;规模以上工业增加值增长4.6%) scopes every clause to its full stop.
func fullSentenceStart(rs []rune, s int) int {
	for i := s; i > 0 && s-i < maxSentenceRunes; i-- {
		switch rs[i-1] {
		case '。', '!', '?', '\n':
			return i
		}
	}
	return s
}

// opensSentence reports whether a part of the year written after the
// text before (from the sentence's start) opens the sentence: no clause
// ended and no value given before it (2024年,一季度…; a date is no value).
func opensSentence(before string) bool {
	if strings.Contains(before, ";") {
		return false
	}
	rs := []rune(before)
	for i := range rs {
		if isDigit(rs[i]) && (i == 0 || !isDigit(rs[i-1]) && rs[i-1] != '.') {
			if _, ok := ParseQuantity(rs, i); ok {
				return false
			}
		}
	}
	return true
}

// partYearBefore reports whether the last time named in rs[s:at] is a
// part of the year.
func partYearBefore(rs []rune, s, at int) bool {
	if at <= s {
		return false
	}
	str := string(rs[s:at])
	part := -1
	for _, m := range rePartYear.FindAllStringIndex(str, -1) {
		before := str[:m[0]]
		if strings.HasSuffix(before, "比") || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "由") || strings.HasSuffix(before, "从") {
			// 降幅比上半年收窄9.6个百分点, 增速由一季度的下降18.4%逐季回升: the
			// part is what the year is compared with, or where it came from.
			continue
		}
		if reSecondHalfLead.MatchString(str[m[0]:]) {
			continue // 下半年要重点做好以下工作:…: the plan of the year's rest, its 全年 targets
		}
		if strings.Contains(str[m[1]:], ";") && !opensSentence(before) {
			// …增长8.1%,其中四季度增长12%;固定资产投资增长5%: a part named
			// after a value scopes its own clause, not the ones after the
			// semicolon (上半年,…;… opening the sentence scopes them all).
			continue
		}
		if !rePartYearNotScope.MatchString(str[m[1]:]) {
			part = m[1]
		}
	}
	if part < 0 {
		return false
	}
	return !reWholeYear.MatchString(str[part:]) // the whole year named after the part
}
