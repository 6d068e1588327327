package targets

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Lines of a table flattened with spaces that say what they are without a
// header above them: a header naming its columns only by kind (指标 目标
// 实际), and a row of values alone (地区生产总值增长 6% 4.3%, or 预期6%左右
// 完成4.3% under a caption). Normalize turns their spaces into cell
// borders, so the table reader, not the sentence reader, reads them: run
// together, 6% 4.3% would read as one figure of a guessed kind.

// reValueCell is a cell that holds a value only: a number or a range with
// its unit and bound (5.5以内, -1.2, 6%—6.5%, 412.6亿元), a unit, or a dash.
var reValueCell = regexp.MustCompile(`^(?:[-+−]?\d+(?:\.\d+)?[%％]?(?:[—\-–~～至到][-+]?\d+(?:\.\d+)?[%％]?)?` +
	`(?:亿美元|万美元|万亿元|亿元|万元|元|万人次|万人|人|个|家|户|天|万吨|吨|万千瓦时)?(?:左右|以上|以内|以下)?` +
	`|[%％]|亿元|万元|元|亿美元|万人|人|个|家|[—\-–/／]+)$`)

// valueCells counts the numbers of a row of values, -1 when fields are
// not one: each a value (reValueCell), or a value opened by the kind of
// figure it is (预期6%左右, 完成4.3%, 2024年完成5.1%).
func valueCells(fields []string) int {
	numbers := 0
	for _, f := range fields {
		v := f
		if !reValueCell.MatchString(v) {
			head, rest := cellHead(f)
			if !isCellHead(head) || !reValueCell.MatchString(rest) {
				return -1
			}
			v = rest
		}
		if strings.ContainsAny(v, "0123456789") {
			numbers++
		}
	}
	return numbers
}

// columnWords name what a column holds.
var columnWords = []string{"单位", "增长", "增速", "备注", "情况", "%", "年"}

// columnHeads reports whether fields are the headings of a table's
// columns: each a short word for a column, no number but a year, and one
// of them a target or a result (目标, 完成, 实际).
func columnHeads(fields []string) bool {
	if len(fields) < 2 {
		return false
	}
	kinds := 0
	for _, f := range fields {
		if utf8.RuneCountInString(f) > 12 || strings.ContainsAny(reColYear.ReplaceAllString(f, ""), "0123456789") {
			return false
		}
		kind := containsAny(f, targetHeads...) || containsAny(f, resultHeads...)
		if !kind && !containsAny(f, columnWords...) {
			return false
		}
		if kind {
			kinds++
		}
	}
	return kinds > 0
}
