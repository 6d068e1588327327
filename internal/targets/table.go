package targets

import (
	"regexp"
	"strings"
)

// A table flattened to text — a web copy of a report's 主要指标 table:
//
//	指标名称 | 单位 | 2024年完成 | 增长% | 2025年预期增长%
//	地区生产总值 | 亿元 | 2031.6 | 5.1 | 5.5左右
//
// The header row says what each column holds; each row below it is one
// indicator: a level of a year, its growth, a target of the year ahead.
// A cell is read as the sentence it stands for (地区生产总值增长5.1%) by
// the sentence parser, and its figure quotes the whole row.

type colKind int

const (
	colSkip   colKind = iota
	colUnit           // 单位
	colLevel          // a level of the column's year (2024年完成, 2024年)
	colGrowth         // the growth of the year before it (增长%, 比上年增长(%))
	colTarget         // a target of the column's year (2025年目标, 2025年预期增长%)
)

type tableCol struct {
	kind   colKind
	year   int
	growth bool   // the column's numbers are rates of growth
	prelim bool   // 预计完成
	head   string // the column's heading, which the reading names
}

var reColYear = regexp.MustCompile(`((?:19|20)\d{2})年?`)

// tableCells splits a row at its bars; it reports false for a line that
// is no row (fewer than two bars).
func tableCells(rs []rune) ([]string, bool) {
	bars := 0
	for _, r := range rs {
		if r == '|' {
			bars++
		}
	}
	if bars < 2 {
		return nil, false // most lines: no string made
	}
	cells := strings.Split(strings.Trim(string(rs), "|"), "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells, true
}

// tableColumns reads a header row: its first cell names the indicators'
// column (指标, 指标名称, 项目), the others what each column holds. It
// reports false for a row that is no such header, or names no column of
// numbers it can place in a year.
func (a *articleReader) tableColumns(cells []string) ([]tableCol, bool) {
	if len(cells) < 3 || !containsAny(cells[0], "指标", "项目", "名称") || hasDigit([]rune(cells[0])) {
		return nil, false
	}
	cols := make([]tableCol, len(cells))
	last := a.review // the year a growth column without one follows
	numbers := 0
	for i, c := range cells[1:] {
		col := tableCol{prelim: strings.Contains(c, "预计"), head: c}
		y := 0
		if m := reColYear.FindStringSubmatch(c); m != nil {
			y = atoiYear(m[1])
		}
		growth := containsAny(c, "增长", "增速", "增幅", "%")
		switch {
		case strings.Contains(c, "单位"):
			col.kind = colUnit
		case containsAny(c, "占", "比重", "排名", "位次", "备注"):
			// a share or a rank: not the indicator's own figure
		case containsAny(c, "目标", "预期", "计划"):
			col.kind, col.year, col.growth = colTarget, y, growth
			if y == 0 {
				col.year = a.plan
			}
		case growth:
			col.kind, col.year, col.growth = colGrowth, y, true
			if y == 0 {
				col.year = last
			}
		case y > 0:
			col.kind, col.year = colLevel, y
			last = y
		}
		if col.kind >= colLevel && col.year > 0 {
			numbers++
		}
		cols[i+1] = col
	}
	return cols, numbers > 0
}

// readTable reads the table whose header is the line rs[s:le]; it returns
// its figures and where the text after its last row starts, or false when
// the line heads no table.
func (a *articleReader) readTable(s, le int) ([]Figure, int, bool) {
	rs := a.t.R
	head, ok := tableCells(rs[s:le])
	if !ok {
		return nil, 0, false
	}
	if len(head) >= 4 && containsAny(head[1], "指标", "项目", "名称") {
		// 主要指标完成情况如下(指标名称 单位 2016年计划 …): the header opens
		// inside a sentence's bracket; a header's second column is never a
		// second column of names.
		head = head[1:]
		head[len(head)-1] = strings.TrimRight(head[len(head)-1], ")）:：")
	}
	cols, ok := a.tableColumns(head)
	if !ok {
		return nil, 0, false
	}
	unitCol := -1
	for i, c := range cols {
		if c.kind == colUnit {
			unitCol = i
		}
	}
	var out []Figure
	pos := min(le+1, a.end)
	for pos < a.end {
		re := lineEnd(rs, pos, a.end)
		cells, ok := tableCells(rs[pos:re])
		if !ok || cells[0] == "" {
			break
		}
		unit := ""
		if unitCol > 0 && unitCol < len(cells) && !isBlankCell(cells[unitCol]) {
			unit = cells[unitCol]
		}
		for i, col := range cols {
			if i == 0 || i >= len(cells) || col.kind < colLevel || col.year == 0 || !hasDigit([]rune(cells[i])) {
				continue
			}
			if f, ok := a.cellFigure(cells[0], unit, col, cells[i], pos, re); ok {
				out = append(out, f)
			}
		}
		pos = min(re+1, a.end)
	}
	return out, pos, true
}

func isBlankCell(c string) bool {
	return c == "" || strings.Trim(c, "—-–/／") == ""
}

// cellFigure reads one cell of a row as the sentence it stands for.
func (a *articleReader) cellFigure(name, unit string, col tableCol, cell string, from, to int) (Figure, bool) {
	rate := unit == "%" // a rate's row (城镇调查失业率 | % | 5.1): its cells are the rate itself
	var sentence string
	switch {
	case hasGrowthVerb(cell):
		sentence = name + withUnit(cell, "%")
	case col.growth && !rate:
		v := withUnit(cell, "%")
		if strings.HasPrefix(v, "-") {
			sentence = name + "下降" + v[1:]
		} else {
			sentence = name + "增长" + v
		}
	case rate:
		sentence = name + withUnit(cell, "%")
	case unit != "":
		sentence = name + withUnit(cell, unit)
	default:
		sentence = name + cell
	}
	srs := []rune(Normalize(sentence).String())
	kind := Reported
	if col.kind == colTarget {
		kind = Planned
	}
	// The column or the cell says growth or a level; a row named with its
	// verb (地区生产总值增长 | % | 9) says growth itself.
	wantGrowth, wantLevel := col.growth && !rate || hasGrowthVerb(cell), !col.growth && !hasGrowthVerb(cell) && !hasGrowthVerb(name)
	for _, r := range parseSentence(srs, 0, len(srs), a.region) {
		growth := strings.HasSuffix(r.key, "_growth")
		if wantGrowth && !growth || wantLevel && growth || r.region.Name != "" {
			continue
		}
		r.from, r.to, r.year = from, to, 0
		f, ok := a.figure(r, kind, col.year, ByColumn, ByColumn, col.prelim && kind == Reported)
		if ok {
			f.Reading.Subject = ByOwn
			f.Reading.Part = joinPart(f.Reading.Part, "“"+name+"”行 · “"+col.head+"”列")
		}
		return f, ok
	}
	return Figure{}, false
}

func hasGrowthVerb(cell string) bool {
	return containsAny(cell, "增长", "下降", "提高", "降低", "上涨")
}

// withUnit writes unit after each number of a cell that carries none
// (5.5左右 → 5.5%左右, 3—5 → 3%—5%).
func withUnit(cell, unit string) string {
	var b strings.Builder
	rs := []rune(cell)
	for i := 0; i < len(rs); i++ {
		b.WriteRune(rs[i])
		if isDigit(rs[i]) && (i+1 == len(rs) || !isDigit(rs[i+1]) && rs[i+1] != '.') && !strings.HasPrefix(string(rs[i+1:]), unit) {
			b.WriteString(unit)
		}
	}
	return b.String()
}

// joinPart adds a finer place to a part's label (一、… › 图表… › a row and
// column).
func joinPart(part, place string) string {
	if part == "" {
		return place
	}
	return part + " › " + place
}
