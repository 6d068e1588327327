package targets

// Infographic copies of a report (一图读懂, 数说…) put an indicator's
// name on a line of its own and its figures on the lines below:
//
//	地区生产总值
//	59132.39亿元
//	增长4.1%
//
// Read line by line, the name has no number and the numbers no name. The
// reader joins such a name line with the value lines under it into one
// sentence.

// maxLabelRunes bounds a name line; maxValueRunes a value line.
const (
	maxLabelRunes = 24
	maxValueRunes = 30
)

// labelLine reports whether rs is a line that names an indicator, alone
// or with its first value (a copy may have joined 地区生产总值 and
// 59132.39亿元 on one line and left 增长4.1% on the next).
func labelLine(rs []rune) bool {
	if len(rs) < 2 || len(rs) > maxLabelRunes+maxValueRunes {
		return false
	}
	named := false
	for i, r := range rs {
		if r == '。' || r == ',' || r == ';' || r == ':' || !named && (isDigit(r) || r == '%') {
			return false
		}
		if !named {
			if ae, ok := matchAlias(rs, i); ok && ae.stem != nil {
				named = true
			}
		}
	}
	return named
}

// valueWords open a value line that gives a rate or a level.
var valueWords = []string{"增长", "下降", "同比增长", "同比下降", "比上年增长", "较上年增长", "上涨", "达到", "完成", "突破", "年均增长"}

// valueLine reports whether rs is a line of figures for the name above it.
func valueLine(rs []rune) bool {
	if len(rs) == 0 || len(rs) > maxValueRunes {
		return false
	}
	if isDigit(rs[0]) {
		// 2019年预期目标 is the next block's heading, not a value.
		return !(len(rs) > 4 && allDigits(rs[:4]) && rs[4] == '年')
	}
	for _, w := range valueWords {
		if n := len([]rune(w)); hasAt(rs, 0, w) && n < len(rs) && isDigit(rs[n]) {
			return true
		}
	}
	return false
}

// joinValueLines extends a name line ending at e (rs[e] == '\n') with the
// value lines below it, up to three; it returns the new end and where the
// next sentence starts, or e, e+1.
func joinValueLines(rs []rune, s, e, end int) (int, int) {
	if e >= end || rs[e] != '\n' || !labelLine(rs[s:e]) {
		return e, e + 1
	}
	joined := e
	for k := 0; k < 3; k++ {
		from := joined + 1
		le := from
		for le < end && rs[le] != '\n' {
			le++
		}
		if !valueLine(rs[from:le]) {
			break
		}
		joined = le
	}
	return joined, joined + 1
}
