package targets

import (
	"regexp"
	"strings"
)

// What a flattened table's columns hold, read from its header row, from a
// caption above it (表1 2024年主要指标完成情况) and, in a table without a
// header, from the words each cell opens with (预期6.5%左右 | 完成6.7%).

type colKind int

const (
	colSkip   colKind = iota
	colUnit           // 单位
	colLevel          // a level or result of the column's year (2024年完成, 完成情况, 实际)
	colGrowth         // the growth of the year before it (增长%, 比上年增长(%))
	colTarget         // a target of the column's year (2025年目标, 2025年预期增长%, 目标)
)

type tableCol struct {
	kind   colKind
	year   int
	named  bool   // the heading wrote the year; else it was worked out from the others
	result bool   // a column of results named as such (完成, 实际), not only by its year
	growth bool   // the column's numbers are rates of growth
	prelim bool   // 预计完成
	avg    bool   // 年均增长: an annual average over the years up to the column's
	span   [2]int // the years a 年均 column averages over
	head   string // the column's heading, which the reading names
}

var (
	reColYear = regexp.MustCompile(`((?:19|20)\d{2})年?`)
	// reCaptionYear finds the year a caption names (表12024年…: the
	// table's number runs into the year once spaces are dropped).
	reCaptionYear = regexp.MustCompile(`((?:19|20)\d{2})年`)
)

// targetHeads head a column (or a cell) of targets; resultHeads one of
// what was achieved.
var (
	targetHeads = []string{"目标", "预期", "计划"}
	resultHeads = []string{"完成", "实际", "实绩", "实现", "执行"}
	// notFigureWords head a column whose numbers are not the indicator's
	// own figure: a share, a rank, a ratio of result to plan.
	notFigureWords = []string{"占", "比重", "排名", "位次", "备注", "完成率", "完成进度", "完成比例", "完成程度"}
)

// caption is what the line above a table says of it: the year it is
// about and whether it sets targets against results (完成情况, 执行情况)
// or lists targets only (主要预期目标).
type caption struct {
	year    int
	results bool
}

// captionAbove reads the line before rs[s] as a table's caption. A line
// naming more than one year, or no table of indicators, is none.
func (a *articleReader) captionAbove(s int) caption {
	rs := a.t.R
	if s <= a.start || rs[s-1] != '\n' {
		return caption{}
	}
	ls := lineStart(rs, s-1, a.start)
	line := string(rs[ls : s-1])
	if strings.HasPrefix(line, "单位") && ls > a.start {
		// 单位:亿元、% between the caption and its table.
		ls2 := lineStart(rs, ls-1, a.start)
		line = string(rs[ls2 : ls-1])
	}
	if len([]rune(line)) > 40 || strings.ContainsAny(line, "。,;|") || !containsAny(line, "指标", "目标", "情况") {
		return caption{}
	}
	years := map[string]bool{}
	for _, m := range reCaptionYear.FindAllStringSubmatch(line, -1) {
		years[m[1]] = true
	}
	if len(years) != 1 {
		return caption{}
	}
	c := caption{results: containsAny(line, resultHeads...)}
	for y := range years {
		c.year = atoiYear(y)
	}
	return c
}

// headColumn reads one column's heading: its kind and the year it writes.
func headColumn(c string) tableCol {
	col := tableCol{prelim: strings.Contains(c, "预计"), head: c}
	if m := reColYear.FindStringSubmatch(c); m != nil {
		col.year, col.named = atoiYear(m[1]), true
	}
	growth := containsAny(c, "增长", "增速", "增幅", "%")
	col.avg = growth && strings.Contains(c, "年均")
	switch {
	case strings.Contains(c, "单位"):
		col.kind = colUnit
	case containsAny(c, notFigureWords...):
		// not the indicator's own figure
	case containsAny(c, targetHeads...):
		col.kind, col.growth = colTarget, growth
	case growth:
		col.kind, col.growth = colGrowth, true
	case containsAny(c, resultHeads...):
		col.kind, col.result = colLevel, true
	case col.named:
		col.kind = colLevel
	}
	return col
}

// tableColumns reads a header row: its first cell names the indicators'
// column (指标, 指标名称, 项目), the others what each column holds. It
// reports false for a row that is no such header, or names no column of
// numbers it can place in a year.
func (a *articleReader) tableColumns(cells []string, cp caption) ([]tableCol, bool) {
	if len(cells) < 3 || !containsAny(cells[0], "指标", "项目", "名称") || hasDigit([]rune(cells[0])) {
		return nil, false
	}
	cols := make([]tableCol, len(cells))
	for i, c := range cells[1:] {
		cols[i+1] = headColumn(c)
	}
	return cols, a.placeColumns(cols, cp) > 0
}

// placeColumns gives each column of numbers whose heading writes no year
// the year the rest of the table implies, and returns how many columns
// of numbers have a year:
//   - a result column (完成情况, 实际) is of the year of the column before
//     it that names one (2023年目标 | 完成情况), else of the caption's
//     year, else of the year the report reviews;
//   - a growth column is of the year of the level before it;
//   - a target column set before a column of results is that result's
//     year (指标 | 目标 | 实际: last year's target and what came of it);
//     one after them (2024年完成 | 预期增长%) is of the year the report
//     plans; alone, of the caption's year or the year planned.
//
// A second results column without a year after the first (2016年完成 |
// 完成情况) is a remark on it (完成, 未完成), not a figure.
func (a *articleReader) placeColumns(cols []tableCol, cp caption) int {
	named, level := 0, 0 // the last year a heading wrote; the last level's year
	levelPrelim := false // the last level's column is of estimates (2024年预计)
	results := false
	for i := range cols {
		c := &cols[i]
		switch {
		case c.kind == colLevel && c.named && !c.result && a.review > 0 && c.year > a.review:
			// 2020年 | 2025年 in a report of 2021: no result of a year still
			// ahead, the column is its target.
			c.kind = colTarget
		case c.kind == colLevel && c.result && !c.named && results:
			c.kind = colSkip
		case c.kind == colLevel && !c.named:
			c.year = firstNonZero(named, resultCaption(cp), a.review)
		case c.kind == colGrowth && !c.named:
			c.year = firstNonZero(level, resultCaption(cp), a.review)
			// 2024年预计 | 增长%: the growth of an estimate is one too.
			c.prelim = c.prelim || level > 0 && levelPrelim
		}
		if c.named {
			named = c.year
		}
		if c.kind == colLevel && c.year > 0 {
			level, levelPrelim = c.year, c.prelim
		}
		if c.kind == colLevel || c.kind == colGrowth {
			results = true
		}
	}
	numbers := 0
	for i := range cols {
		c := &cols[i]
		if c.kind == colTarget && !c.named {
			c.year = a.targetYear(cols, i, cp)
		}
		if c.avg && !c.named {
			averageColumn(cols, i)
		}
		if c.kind >= colLevel && c.year > 0 {
			numbers++
		}
	}
	return numbers
}

// averageColumn places a 年均增长 column i by the column of numbers before
// it: after a target (2025年 | 2030年目标 | 年均增长%) it is the target's
// average over the years to it, after a level (2020年 | 2025年 | 年均增长%)
// the average that brought the level there. Its years run from the year
// after an earlier level column's, else over the five years to its own.
func averageColumn(cols []tableCol, i int) {
	j := i - 1
	for j > 0 && cols[j].kind != colTarget && cols[j].kind != colLevel {
		j--
	}
	if j <= 0 || cols[j].year == 0 {
		return
	}
	end := cols[j].year
	c := &cols[i]
	c.year = end
	if cols[j].kind == colTarget {
		c.kind = colTarget
	}
	c.span = [2]int{end - 4, end}
	for k := j - 1; k > 0; k-- {
		if cols[k].kind == colLevel && cols[k].year > 0 && cols[k].year < end {
			c.span[0] = cols[k].year + 1
			break
		}
	}
}

// targetYear is the year of a target column i that names none.
func (a *articleReader) targetYear(cols []tableCol, i int, cp caption) int {
	for j := i + 1; j < len(cols) && cols[j].kind != colTarget; j++ {
		if c := cols[j]; c.kind == colLevel || c.kind == colGrowth {
			return c.year
		}
	}
	for j := i - 1; j > 0; j-- {
		if c := cols[j]; c.kind == colLevel || c.kind == colGrowth {
			if cp.year > 0 && !cp.results {
				return cp.year // 2025年主要预期目标: 2024年完成 | 预期增长%
			}
			return a.plan // after the results: the year ahead
		}
	}
	return firstNonZero(cp.year, a.plan)
}

func resultCaption(cp caption) int {
	if cp.results {
		return cp.year
	}
	return 0
}

func firstNonZero(ns ...int) int {
	for _, n := range ns {
		if n != 0 {
			return n
		}
	}
	return 0
}

// cellHead splits a cell of a table without a header into the words it
// opens with, which say what it holds (预期, 完成, 2024年完成), and its
// value; head is "" when the cell opens with its number.
func cellHead(cell string) (head, value string) {
	rs := []rune(cell)
	i := 0
	for i < len(rs) && !isDigit(rs[i]) && rs[i] != '-' && rs[i] != '+' && !isCnNumeral(rs[i]) {
		i++
	}
	for i > 0 && i < len(rs) && isDigit(rs[i]) && isDigit(rs[i-1]) {
		i-- // never split a number
	}
	if y := reColYear.FindStringIndex(cell); y != nil && y[0] == 0 {
		// 2024年完成5.1%: the year belongs to the head.
		rest := []rune(cell[y[1]:])
		j := 0
		for j < len(rest) && !isDigit(rest[j]) && rest[j] != '-' && rest[j] != '+' {
			j++
		}
		if j > 0 {
			return cell[:y[1]] + string(rest[:j]), string(rest[j:])
		}
	}
	return string(rs[:i]), string(rs[i:])
}

// cellHeadWords are what a cell's head may say of its value in a table
// without a header: its kind, its year, that it is growth or a preliminary
// figure (2024年预期增长, 实际完成); a head with other words (年度完成投资) is
// a phrase of prose, not a cell's label.
var cellHeadWords = strings.NewReplacer("预期", "", "目标", "", "计划", "", "完成", "", "实际", "", "实绩", "", "实现", "",
	"执行", "", "增长", "", "增速", "", "预计", "", "年度", "", "全年", "", "数", "", "值", "", "为", "", ":", "", "：", "")

// isCellHead reports whether a cell's head names its kind of figure and
// says nothing else.
func isCellHead(head string) bool {
	if !containsAny(head, targetHeads...) && !containsAny(head, resultHeads...) {
		return false
	}
	return strings.TrimSpace(cellHeadWords.Replace(reColYear.ReplaceAllString(head, ""))) == ""
}

// rowColumns reads a row of a table without a header by the words its
// cells open with: every cell with a number must say whether it is a
// target or a result (预期6.5%左右, 完成6.7%); otherwise the row cannot be
// read and gives no figure. It returns the columns and the cells' values.
func (a *articleReader) rowColumns(cells []string, cp caption) ([]tableCol, []string, bool) {
	cols := make([]tableCol, len(cells))
	values := make([]string, len(cells))
	numbers := 0
	for i, c := range cells[1:] {
		if !hasDigit([]rune(c)) {
			if isUnitCell(c) {
				cols[i+1].kind = colUnit
				values[i+1] = c
			}
			continue
		}
		head, v := cellHead(c)
		if !isCellHead(head) {
			return nil, nil, false
		}
		cols[i+1], values[i+1] = headColumn(head), v
		numbers++
	}
	if numbers == 0 || a.placeColumns(cols, cp) < numbers {
		return nil, nil, false
	}
	return cols, values, true
}

// isUnitCell reports whether a cell holds a unit only (%, 亿元, 万人).
func isUnitCell(c string) bool {
	if c == "" || len(c) > 12 {
		return false
	}
	rs := []rune("1" + c)
	q, ok := ParseQuantity(rs, 0)
	return ok && q.End == len(rs) && (q.Unit != "" || q.Mult > 1)
}
