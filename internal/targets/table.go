package targets

import (
	"fmt"
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

// readTable reads the table whose header is the line rs[s:le]; it returns
// its figures and where the text after its last row starts, or false when
// the line heads no table. A line that is a row of a table without a
// header is read by its cells' own words (rowColumns), or else gives no
// figure: which of its numbers is the target and which the result
// cannot be told.
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
	cp := a.captionAbove(s)
	if cols, ok := a.tableColumns(head, cp); ok {
		pos := min(le+1, a.end)
		if re := lineEnd(rs, pos, a.end); pos < a.end {
			if sub, ok := tableCells(rs[pos:re]); ok && subHeader(cols, sub) {
				pos = min(re+1, a.end)
			}
		}
		out, next := a.readRows(cols, pos)
		return out, next, true
	}
	if !isTableRow(head) {
		return nil, 0, false
	}
	var out []Figure
	pos := s
	for pos < a.end {
		re := lineEnd(rs, pos, a.end)
		cells, ok := tableCells(rs[pos:re])
		if !ok || !isTableRow(cells) {
			break
		}
		if cols, values, ok := a.rowColumns(cells, cp); ok {
			out = append(out, a.rowFigures(cols, cells[0], values, pos, re)...)
		}
		pos = min(re+1, a.end)
	}
	return out, pos, true
}

// isTableRow reports whether cells are a row of figures: a name, then two
// cells or more holding numbers.
func isTableRow(cells []string) bool {
	if len(cells) < 3 || cells[0] == "" || hasDigit([]rune(cells[0])) {
		return false
	}
	numbers := 0
	for _, c := range cells[1:] {
		if hasDigit([]rune(c)) {
			numbers++
		}
	}
	return numbers >= 2
}

// readRows reads the rows under a header; it returns their figures and
// where the text after the last row starts.
func (a *articleReader) readRows(cols []tableCol, pos int) ([]Figure, int) {
	rs := a.t.R
	unitCol := false
	for _, c := range cols {
		unitCol = unitCol || c.kind == colUnit
	}
	var out []Figure
	for pos < a.end {
		re := lineEnd(rs, pos, a.end)
		cells, ok := tableCells(rs[pos:re])
		if !ok || cells[0] == "" || len(cells) > len(cols)+1 {
			break
		}
		if _, ok := a.tableColumns(cells, caption{}); ok && !valuesIn(cells[1:]) {
			break // the next table's header: a blank line between them is dropped
		}
		rowCols := cols
		if !unitCol && len(cells) == len(cols)+1 && isUnitCell(cells[1]) {
			// 地区生产总值增长 | % | 6 | 2.5 under 指标 | 2023年目标 | 完成: a
			// unit the header gives no column.
			rowCols = append([]tableCol{cols[0], {kind: colUnit}}, cols[1:]...)
		}
		out = append(out, a.rowFigures(rowCols, cells[0], cells, pos, re)...)
		pos = min(re+1, a.end)
	}
	return out, pos
}

// rowFigures reads a row's cells by their columns.
func (a *articleReader) rowFigures(cols []tableCol, name string, cells []string, from, to int) []Figure {
	unit := ""
	for i, c := range cols {
		if c.kind == colUnit && i < len(cells) && !isBlankCell(cells[i]) {
			if hasDigit([]rune(cells[i])) {
				return nil // a number where the unit goes: the row does not fit its header
			}
			unit = cells[i]
		}
	}
	if unit == "" {
		if m := reNameUnit.FindStringSubmatch(name); m != nil {
			// 地区生产总值(亿元) | 1928.6 | 2500左右: the unit in the row's name.
			name, unit = strings.TrimSuffix(name, m[0]), m[1]
		}
	}
	var out []Figure
	for i, col := range cols {
		if i == 0 || i >= len(cells) || col.kind < colLevel || col.year == 0 || !hasDigit([]rune(cells[i])) {
			continue
		}
		if f, ok := a.cellFigure(name, unit, col, cells[i], from, to); ok {
			out = append(out, f)
		}
	}
	return out
}

// subHeader reads a second header row under a header whose years span two
// columns (指标 | 2023年 | | 2024年目标, then | 总量 | 增长% | 增长%): each
// cell says whether its column holds levels or growth, and a column the row
// above left blank is of the year and kind of the one before it. It
// reports false, changing nothing, for a row that is no such header.
func subHeader(cols []tableCol, sub []string) bool {
	if len(sub) != len(cols)-1 || valuesIn(sub) {
		return false
	}
	growth := make([]bool, len(sub))
	for i, c := range sub {
		switch {
		case containsAny(c, "增长", "增速", "增幅", "%"):
			growth[i] = true
		case containsAny(c, "总量", "绝对值", "数值", "金额", "规模", "总额"):
		default:
			return false
		}
	}
	for i := range sub {
		c := &cols[i+1]
		if c.kind == colSkip && c.head == "" && i > 0 {
			prev := cols[i]
			c.kind, c.year, c.named, c.prelim, c.result = prev.kind, prev.year, prev.named, prev.prelim, prev.result
			c.head = prev.head
		}
		if !growth[i] {
			continue
		}
		c.growth = true
		if c.kind == colLevel {
			c.kind = colGrowth
		}
	}
	return true
}

// reNameUnit is a unit written in brackets at the end of a row's name.
var reNameUnit = regexp.MustCompile(`[(（]\s*(亿元|万元|元|%|％|亿美元|万人次|万人|人|个|家|天)\s*[)）]$`)

func isBlankCell(c string) bool {
	return c == "" || strings.Trim(c, "—-–/／") == ""
}

// cellFigure reads one cell of a row as the sentence it stands for.
func (a *articleReader) cellFigure(name, unit string, col tableCol, cell string, from, to int) (Figure, bool) {
	rate := unit == "%" || unit == "％" // a rate's row (城镇调查失业率 | % | 5.1): its cells are the rate itself
	amountRate := rate && !hasGrowthVerb(cell) && amountRow(name)
	if amountRate {
		// 规模以上工业增加值 | % | 8 | — | 6.1: an amount given in % only;
		// its numbers are its growth, in every column.
		rate = false
	}
	var sentence string
	switch {
	case amountRate:
		sentence = name + "增长" + withUnit(cell, "%")
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
	wantGrowth, wantLevel := col.growth && !rate || hasGrowthVerb(cell) || amountRate, !col.growth && !hasGrowthVerb(cell) && !hasGrowthVerb(name) && !amountRate
	for _, r := range parseSentence(srs, 0, len(srs), a.region) {
		growth := strings.HasSuffix(r.key, "_growth")
		if wantGrowth && !growth || wantLevel && growth || r.region.Name != "" {
			continue
		}
		r.from, r.to, r.year = from, to, 0
		f, ok := a.figure(r, kind, col.year, ByColumn, ByColumn, col.prelim && kind == Reported)
		if ok && col.avg && f.Period == "" && col.span[0] > 0 && growth {
			f.Year, f.Period = col.span[1], fmt.Sprintf("%d-%d", col.span[0], col.span[1])
		}
		if ok {
			f.Reading.Subject = ByOwn
			f.Reading.Part = joinPart(f.Reading.Part, "“"+name+"”行 · “"+col.head+"”列")
		}
		return f, ok
	}
	return Figure{}, false
}

// amountRow reports whether a row's name is of an indicator whose level is
// an amount, not a percentage (规模以上工业增加值, 固定资产投资): a rate
// given for it is its growth.
func amountRow(name string) bool {
	srs := []rune(Normalize(name + "增长1%").String())
	for _, r := range parseSentence(srs, 0, len(srs), Region{}) {
		if k, ok := strings.CutSuffix(r.key, "_growth"); ok {
			st := stemByKey(k)
			return st != nil && st.Class != ClassPercent && !st.NoGrowth
		}
	}
	return false
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

// valuesIn reports whether a row's cells hold a number other than a year:
// a row of values (重点项目投资增长 | 10% | 12%), never a header, whatever
// words its first cell has.
func valuesIn(cells []string) bool {
	for _, c := range cells {
		if strings.ContainsAny(reColYear.ReplaceAllString(c, ""), "0123456789") {
			return true
		}
	}
	return false
}
