package targets

import "regexp"

// A roundup's table of units puts a unit on each row and an indicator of a
// year in each column, the indicator named once in the header (or only in
// the caption above) and the units by their short names:
//
//	2021年浙江11市GDP增速目标一览
//	城市 | 2020年GDP(亿元) | 2020年增速 | 2021年目标
//	温州 | 6870.9 | 3.4% | 7.5%左右
//
// Each cell is read as the sentence it stands for (地区生产总值增长7.5%左右),
// of the row's unit.

// unitHeads open the header of a table of units.
var unitHeads = []string{"城市", "地区", "地市", "设区市", "市州", "市(州)", "县(市、区)", "县(市,区)", "县市区", "区县", "县区", "省份", "省区市", "地方"}

// reHeadUnit is a unit in a heading's brackets (2020年GDP(亿元)).
var reHeadUnit = regexp.MustCompile(`[(（]\s*(亿元|万元|元|%|亿美元|万人次|万人|人|个|家|天)\s*[)）]`)

// unitColumn is a column of a table of units: what its header says, and
// the indicator it holds.
type unitColumn struct {
	tableCol
	name, unit string
}

// readUnitTable reads the table of units whose header is rs[s:le]; it
// returns its figures and where the text after its last row starts, or
// false when the line heads no such table.
func (a *articleReader) readUnitTable(s, le int) ([]Figure, int, bool) {
	rs := a.t.R
	head, ok := tableCells(rs[s:le])
	if !ok || len(head) < 3 || !containsAny(head[0], unitHeads...) || hasDigit([]rune(head[0])) {
		return nil, 0, false
	}
	captionGrowth := false
	if s > a.start {
		above := string(rs[lineStart(rs, s-1, a.start) : s-1])
		captionGrowth = containsAny(above, "增速", "增长")
	}
	cols := make([]unitColumn, len(head))
	named := 0
	for i, c := range head[1:] {
		col := unitColumn{tableCol: headColumn(c)}
		col.name = indicatorNamed(c)
		if m := reHeadUnit.FindStringSubmatch(c); m != nil {
			col.unit = m[1]
		}
		prev := cols[i]
		if col.name == "" {
			// 2020年增速 after 2020年GDP: the column before's indicator;
			// 2021年目标 after it: the same, a rate where the rate came
			// before it or the caption speaks of growth.
			col.name = prev.name
			if col.kind == colTarget && !col.growth {
				col.growth = prev.growth || captionGrowth
			}
		}
		if col.kind == colSkip && col.named {
			col.kind = colLevel
		}
		if col.year == 0 {
			col.year = a.review
			if col.kind == colTarget {
				col.year = a.plan
			}
		}
		if col.name != "" && col.kind >= colLevel && col.year > 0 {
			named++
		}
		cols[i+1] = col
	}
	if named == 0 {
		return nil, 0, false
	}
	hint := ""
	if len(a.region.Code) >= 2 && a.region.Level != LevelCountry {
		hint = a.region.Code[:2]
	}
	var out []Figure
	pos := min(le+1, a.end)
	for pos < a.end {
		re := lineEnd(rs, pos, a.end)
		cells, ok := tableCells(rs[pos:re])
		if !ok || len(cells) != len(head) {
			break
		}
		unit, ok := Regions().Resolve(cells[0], hint)
		if !ok || unit.Level == LevelCountry || unit.Level == LevelTown {
			pos = min(re+1, a.end)
			continue // 全省 | 64613 | 3.6% | 6.5%以上: not a unit this table names by a short name
		}
		for i, col := range cols {
			if i == 0 || col.name == "" || col.kind < colLevel || col.year == 0 || !hasDigit([]rune(cells[i])) {
				continue
			}
			if f, ok := a.cellFigure(col.name, col.unit, col.tableCol, cells[i], pos, re); ok {
				f.Region = unit.Name
				f.Reading.Subject = ByOwn
				out = append(out, f)
			}
		}
		pos = min(re+1, a.end)
	}
	return out, pos, true
}

// indicatorNamed is the indicator's name written in a heading (2020年GDP
// (亿元) → GDP), or "".
func indicatorNamed(head string) string {
	rs := []rune(head)
	for i := range rs {
		if ae, ok := matchAlias(rs, i); ok && ae.stem != nil {
			return string(ae.text)
		}
	}
	return ""
}
