package targets

// A sentence may tell two years, each clause opening with its own
// (2023年全市地区生产总值增长4.5%,2024年预期增长6%): the sentence's first year
// and its plan words are then not the whole sentence's, and each clause's
// year dates, and makes a result or a target of, its own figures.

// clauseOpeningYear is the year a clause opening at rs[k] names as its
// subject (2024年全市…, 2024年,…), or 0: not a date (2024年3月), a span
// (2021年至2025年) or a year that is something's (2020年的).
func clauseOpeningYear(rs []rune, k int) int {
	if k+5 > len(rs) || !allDigits(rs[k:k+4]) || rs[k+4] != '年' {
		return 0
	}
	y := atoiYear(string(rs[k : k+4]))
	if y < 1990 || y > 2100 || subjectYear(string(rs[k:min(len(rs), k+12)])) != y {
		return 0
	}
	return y
}

// isClauseStart reports whether a clause of the sentence from s opens at k.
func isClauseStart(rs []rune, s, k int) bool {
	return k == s || k > s && (rs[k-1] == ',' || rs[k-1] == ';' || rs[k-1] == ':')
}

// twoYearSentence reports whether the sentence rs[s:e] has clauses that
// open with two different years of their own.
func twoYearSentence(rs []rune, s, e int) bool {
	first := 0
	for k := s; k+5 <= e; k++ {
		if !isClauseStart(rs, s, k) {
			continue
		}
		if y := clauseOpeningYear(rs[:e], k); y > 0 {
			if first > 0 && y != first {
				return true
			}
			first = y
		}
	}
	return false
}

// clauseYear is the year of the nearest clause at or before rune from that
// opens with a year of its own, and where that clause starts; a clause
// opening with a deadline (到2025年) ends the search, as the deadline dates
// what follows it.
func clauseYear(rs []rune, s, from int) (year, at int) {
	for k := from; k >= s; k-- {
		if !isClauseStart(rs, s, k) {
			continue
		}
		if y := clauseOpeningYear(rs, k); y > 0 {
			return y, k
		}
		if k+6 <= len(rs) && (rs[k] == '到' || rs[k] == '至') && allDigits(rs[k+1:k+5]) && rs[k+5] == '年' {
			return 0, 0
		}
	}
	return 0, 0
}

// clauseKind is the kind a clause's own year gives its figures in a report
// planning year plan: a year before it is done (a result), the plan's year
// or a later one is ahead (a target).
func (a *articleReader) clauseKind(y int) (Kind, bool) {
	switch {
	case a.plan == 0:
		return "", false
	case y < a.plan:
		return Reported, true
	default:
		return Planned, true
	}
}

// planClauseYear is the year of a plan clause before a figure in the
// sentence from rune s (2020年全县…增长7.1%,今年将实施重点项目120个,完成投资
// 150亿元以上): the nearest clause before rune from that opens with 今年 or
// 明年 and a plan word dates the figures after it as that year's targets.
// A clause opening with a year written out ends the search.
func (a *articleReader) planClauseYear(s, from int) int {
	if a.year == 0 || a.plan == 0 {
		return 0
	}
	rs := a.t.R
	for k := from; k >= s; k-- {
		if !isClauseStart(rs, s, k) {
			continue
		}
		if k+5 <= len(rs) && allDigits(rs[k:k+4]) && rs[k+4] == '年' {
			return 0 // 2021年,…: the clause's own year
		}
		w := wordAt(rs, k, []string{"今年", "明年"})
		if w == "" {
			continue
		}
		if !containsAny(string(rs[k+2:min(len(rs), k+6)]), "将", "要", "力争", "确保", "计划", "预期", "目标", "提出") {
			return 0
		}
		y := a.year
		if w == "明年" {
			y++
		}
		if y < a.plan {
			return 0
		}
		return y
	}
	return 0
}

// datedExpectation reports whether a clause rs[seg:at] that opens with a
// year of its own says only what that year is expected to bring
// (…增长5.5%,2024年预期增长6%左右; …,明年预期增长6%): 预期 there is the
// year's target of the subject just read, which the clause's year dates,
// not a subject of its own. Without the year (…1320亿元,预期增长6%,实际
// 增长4.9%) it is no such clause.
func datedExpectation(rs []rune, seg, at int) bool {
	k := seg
	switch {
	case clauseOpeningYear(rs, seg) > 0:
		k += 5
	case wordAt(rs, seg, []string{"今年", "明年"}) != "":
		k += 2
	default:
		return false
	}
	for j := k; j+2 <= at; j++ {
		if hasAt(rs, j, "预期") {
			rest := append(append([]rune{}, rs[k:j]...), rs[j+2:at]...)
			return subjectless(rest, 0, len(rest))
		}
	}
	return false
}
