package targets

import "strings"

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

// A digest may also put the value first and its name on the line below:
//
//	3408.2亿元
//	地区生产总值
//	3.9%
//	地区生产总值增长
//
// A value line no name line above has taken, with a name line under it,
// is such a pair.

// readValueFirst reads the pair whose value line is rs[s:le]; it returns
// its figures and where the text after the name line starts, or false.
func (a *articleReader) readValueFirst(s, le int) ([]Figure, int, bool) {
	rs := a.t.R
	if le-s < 2 || le >= a.end || !isDigit(rs[s]) || !valueLine(rs[s:le]) {
		return nil, 0, false
	}
	ne := le + 1
	for ne < a.end && rs[ne] != '\n' {
		ne++
	}
	name := rs[le+1 : ne]
	if !labelLine(name) || hasDigit(name) {
		return nil, 0, false
	}
	if s != a.valueFirstNext && !a.valueFirstStart(s, ne) {
		return nil, 0, false
	}
	a.valueFirstNext = min(ne+1, a.end)
	sentence := []rune(string(name) + string(rs[s:le]))
	var out []Figure
	for _, r := range parseSentence(sentence, 0, len(sentence), a.region) {
		r.from, r.to = s, ne
		kind := a.sentenceKind(string(sentence), 0)
		if f, ok := a.figure(r, kind, a.paraYear, BySentence, ByPart, a.prelimRest); ok {
			out = append(out, f)
		}
	}
	return out, min(ne+1, a.end), true
}

// valueFirstStart reports whether the value line at rs[s] with its name
// line ending at ne opens a value-first block: the line above awaits no
// value (it ends in a number or a sentence's end: 数说2022, …“稳中有进”。 —
// not 其中100亿元以上项目, whose value this is), and the line after the
// name is the next pair's bare value.
func (a *articleReader) valueFirstStart(s, ne int) bool {
	rs := a.t.R
	if s-1 > a.start {
		last := rs[s-2]
		if !isDigit(last) && !strings.ContainsRune("。!?”)", last) {
			return false
		}
	}
	if ne+1 >= a.end || !isDigit(rs[ne+1]) {
		return false
	}
	e := ne + 1
	for e < a.end && rs[e] != '\n' {
		e++
	}
	return valueLine(rs[ne+1 : e])
}
