package targets

import (
	"regexp"
	"slices"
	"strings"
)

// A report that never writes its year as digits still names it: 今年是“十四五”
// 开局之年, 今年是中国共产党成立100周年, 明年是“十三五”规划的开局之年, 今年是全面
// 贯彻党的二十大精神的开局之年. Each of these milestones is one calendar
// year, so the sentence dates the report.

var (
	// reMilestoneLead is 今年是 / 明年是 / 去年是 and the words after it, up to
	// the sentence's end.
	reMilestoneLead = regexp.MustCompile(`(今年|明年|去年)是([^。;!?\n]{2,90})`)
	reFivePlanStart = regexp.MustCompile(`十([一二三四五六])五”?(?:规划)?(?:的)?开局之年`)
	reFivePlanEnd   = regexp.MustCompile(`十([一二三四五六])五”?(?:规划)?(?:的)?收官之年`)
	reAnniversary   = regexp.MustCompile(`(新中国成立|中华人民共和国成立|中国共产党成立|建党|改革开放)(\d{2,3}|[一二三四五六七八九十百]{1,4})周年`)
	reCongressHeld  = regexp.MustCompile(`党的(十八|十九|二十|二十一)大(?:胜利)?召开之年`)
	reCongressAfter = regexp.MustCompile(`(?:贯彻|落实)(?:落实)?党的(十八|十九|二十|二十一)大(?:和[^。,;]{0,20})?精神的开局之年`)
)

var (
	anniversaryBase = map[string]int{"新中国成立": 1949, "中华人民共和国成立": 1949, "中国共产党成立": 1921, "建党": 1921, "改革开放": 1978}
	congressYear    = map[string]int{"十八": 2012, "十九": 2017, "二十": 2022, "二十一": 2027}
)

// rePlanDone is a five-year plan's period told as done in an undated
// excerpt: “十三五”时期,全省地区生产总值…年均增长5.9%.
var rePlanDone = regexp.MustCompile(`十([一二三四五六])五”?(?:时期|期间)[,:]?[^。;]{0,60}?年均(?:分别)?增长\d`)

// planDoneYear is the last year of a five-year plan an undated text
// reviews as done, or 0 when it reads as targets (年均增长7%左右, 将…).
func planDoneYear(text string) int {
	loc := rePlanDone.FindStringSubmatchIndex(text)
	if loc == nil {
		return 0
	}
	end := strings.IndexAny(text[loc[1]:], "。;")
	if end < 0 {
		end = len(text) - loc[1]
	}
	if containsAny(text[loc[0]:loc[1]+end], "目标", "预期", "将", "左右", "以上", "力争") {
		return 0
	}
	return ordinalStart[text[loc[2]:loc[3]]] + 4
}

// milestoneYear is the year a 今年是…/明年是…/去年是… sentence names by a
// milestone, with the word that led it, or 0.
func milestoneYear(text string) (year int, lead string) {
	for _, m := range reMilestoneLead.FindAllStringSubmatch(text, 4) {
		if y := milestoneOf(m[2]); y > 0 {
			return y, m[1]
		}
	}
	return 0, ""
}

func milestoneOf(s string) int {
	if m := reFivePlanStart.FindStringSubmatch(s); m != nil {
		return ordinalStart[m[1]]
	}
	if m := reFivePlanEnd.FindStringSubmatch(s); m != nil {
		return ordinalStart[m[1]] + 4
	}
	if m := reCongressHeld.FindStringSubmatch(s); m != nil {
		return congressYear[m[1]]
	}
	if m := reCongressAfter.FindStringSubmatch(s); m != nil {
		return congressYear[m[1]] + 1
	}
	if m := reAnniversary.FindStringSubmatch(s); m != nil {
		if n := anniversaryNumber(m[2]); n > 0 {
			return anniversaryBase[m[1]] + n
		}
	}
	if strings.Contains(s, "十八届三中全会精神") && strings.Contains(s, "开局之年") {
		return 2014 // 全面贯彻落实党的十八届三中全会精神、全面深化改革的开局之年
	}
	return 0
}

// anniversaryNumber reads 70, 100, 七十 or 一百.
func anniversaryNumber(s string) int {
	if n := atoiYear(s); n > 0 {
		return n
	}
	switch s {
	case "百", "一百":
		return 100
	}
	n := 0
	for _, r := range s {
		switch d := slices.Index([]rune("〇一二三四五六七八九"), r); {
		case d > 0:
			n = n/10*10 + d
		case r == '十':
			if n == 0 {
				n = 1
			}
			n *= 10
		}
	}
	return n
}
