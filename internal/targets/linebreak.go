package targets

import (
	"regexp"
	"strings"
)

// The helpers below tell a hard line break inside a sentence from a
// paragraph end where the line's length says nothing: copies whose lines
// are of uneven length (a web page pasted from a PDF, a paragraph cut by
// hand), or a fixed-width copy's short line. joinLines asks them after
// its width and label rules; each reads only the line before the break
// and the start of the line after it.

// runsOn reports whether the sentence on line (lineDigit: it holds a
// digit) plainly goes on across the break into next: the line ends on a
// clause mark (45.3亿元,\n增长5.2%) or next opens with one (亿元\n,增长5.9%);
// the line ends on a verb or a name whose value opens next (增长\n8.1%,
// 达到\n7.82万元) or on a number whose unit does (6800\n户); or next opens
// with the rate of the value the line holds (45.3亿元\n同比增长4.8%). None
// of these ends a paragraph.
func runsOn(line, next []cell, lineDigit bool) bool {
	if len(line) == 0 {
		return false
	}
	switch line[len(line)-1].r {
	case ',', '、':
		return true
	}
	if len(next) > 0 && strings.ContainsRune(",、;。%):!?", next[0].r) {
		return true // no line opens with a mark that closes what is before it
	}
	if (opensValue(next) || opensVerbValue(next)) && endsOnValueWord(line) {
		return true // 增长\n8.1%, 一般公共预算收入\n完成286.5亿元
	}
	if isDigit(line[len(line)-1].r) && opensUnit(next) {
		return true // a number cut from its unit: 6800\n户, 4.6\n个百分点
	}
	// A value alone on its line with its rate on the next is a digest's
	// (4512.05亿元 / 增长6.9%), read as such, not a wrap. (Short: a line
	// joined so far is not read again at every break.)
	return opensRate(next) && lineDigit && !(len(line) <= 16 && bareValue(line))
}

// valueVerbs take a value after them as the keywords do (达到7.82万元,
// 完成45.2亿元); they are no keyword of their own.
var valueVerbs = []string{"达到", "完成", "实现", "达", "为"}

// endsOnValueWord reports whether line ends on a keyword (增长, 突破,
// 控制在), a verb that takes a value (达到, 完成) or an indicator's name
// (社会消费品零售总额): a word whose figure comes after it.
func endsOnValueWord(line []cell) bool {
	w := cellRunes(line[max(0, len(line)-12):])
	for k := range w {
		if kw, ok := matchKeyword(w, k); ok && k+len([]rune(kw.text)) == len(w) {
			return true
		}
		if e, ok := matchAlias(w, k); ok && k+len(e.text) == len(w) {
			return true
		}
	}
	for k := max(0, len(w)-2); k < len(w); k++ {
		if v := valueVerbAt(w, k); k+v == len(w) && v > 0 {
			return true
		}
	}
	return false
}

// valueVerbAt is the length of the value verb at w[k], or 0.
func valueVerbAt(w []rune, k int) int {
	for _, v := range valueVerbs {
		if hasAt(w, k, v) {
			return len([]rune(v))
		}
	}
	return 0
}

// opensValue reports whether next opens with a figure (8.1%, 7.82万元,
// 142.6亿元) and not with a list item's number (2. 3、 4)) or a year
// (2024年), which open a paragraph of their own.
func opensValue(next []cell) bool {
	n := 0
	for n < len(next) && (isDigit(next[n].r) || next[n].r == '.') {
		n++
	}
	if n == 0 || !isDigit(next[0].r) || next[n-1].r == '.' {
		return false // 2. is a list item's number, not a value cut short
	}
	if n == len(next) {
		return false
	}
	switch r := next[n].r; {
	case r == '%':
		return true
	case r == '年' && n == 4:
		return false
	case isHan(r):
		return true
	}
	return false // 3、 4) 5: are list items
}

// opensVerbValue reports whether next opens with a verb that takes a value
// and the value's number (完成286.5亿元, 达到7.82万元): the rest of a
// sentence whose indicator closes the line before.
func opensVerbValue(next []cell) bool {
	w := cellRunes(next[:min(len(next), 4)])
	v := valueVerbAt(w, 0)
	return v > 0 && v < len(w) && isDigit(w[v])
}

// opensRate reports whether next opens with a growth or a fall and its
// number (增长5.2%, 同比增长4.8%, 分别增长4.6%和6.9%, 下降2.1%).
func opensRate(next []cell) bool {
	w := cellRunes(next[:min(len(next), 12)])
	k := 0
	kw, ok := matchKeyword(w, 0)
	if ok && kw.kind == kwEach {
		k = len([]rune(kw.text))
		kw, ok = matchKeyword(w, k)
	}
	if !ok || kw.kind != kwGrowth && kw.kind != kwDrop && kw.kind != kwAvgGrowth {
		return false
	}
	k += len([]rune(kw.text))
	return k < len(w) && isDigit(w[k])
}

// rePageLine is a page number on a line of its own, as PDF copies keep it
// (— 2 —, - 12 -, 第3页, 第3页 共12页, ---第3页---, 3/12): dashes round
// the number, or 第…页, or N/M; a bare number may be a digest's value.
var rePageLine = regexp.MustCompile(`^ *(?:[-—–－─]+ *\d{1,4} *[-—–－─]+|[-—–－─]* *第 *\d{1,4} *页(?: *共 *\d{1,4} *页)? *[-—–－─]*|\d{1,4} */ *\d{1,4}) *$`)

// pageLine is the length of the page-number line cs opens with, or 0: a
// page number between two lines is furniture, and the lines around it are
// judged as if it were not there (投资完成142.\n— 2 —\n6亿元).
func pageLine(cs []cell) int {
	n := 0
	for n < len(cs) && cs[n].r != '\n' && n <= 24 {
		n++
	}
	if n == 0 || n > 24 || n == len(cs) {
		return 0 // a page number closing the text ends nothing
	}
	if !rePageLine.MatchString(string(cellRunes(cs[:n]))) {
		return 0
	}
	return n
}

// skipPageLines steps over page-number lines at cs[j:], a whitespace run
// holding breaks line breaks having just ended; it returns where the text
// goes on and the breaks to judge: the most on either side of a page
// number, so a blank line round it still ends a paragraph.
func skipPageLines(cs []cell, j, breaks int) (int, int) {
	for j < len(cs) {
		n := pageLine(cs[j:])
		if n == 0 {
			return j, breaks
		}
		k, after := j+n, 0
		for k < len(cs) && (cs[k].r == '\n' || cs[k].r == ' ') {
			if cs[k].r == '\n' {
				after++
			}
			k++
		}
		j, breaks = k, max(breaks, after)
	}
	return j, breaks
}

// opensUnit reports whether next opens with a unit that closes a figure
// (户, 人次, 个百分点, 公里): the unit, then a mark, a bound (以上, 左右)
// or the line's end. A unit that runs on into a word (人民, 项目, 天然气)
// opens a new sentence as likely as not.
func opensUnit(next []cell) bool {
	w := cellRunes(next[:min(len(next), 8)])
	n := 0
	for _, u := range unitDefs {
		if u.text != "%" && hasAt(w, 0, u.text) {
			n = max(n, len([]rune(u.text)))
		}
	}
	for _, u := range otherUnits {
		if hasAt(w, 0, u) {
			n = max(n, len([]rune(u)))
		}
	}
	if n == 0 {
		return false
	}
	if n == len(w) || w[n] == '\n' || !isHan(w[n]) {
		return true
	}
	return hasAt(w, n, "以上") || hasAt(w, n, "左右") || hasAt(w, n, "以内")
}

// pageBreak is what a form feed (a PDF copy's page break, at the head of
// a page's first line) stands for after cells: nothing where a line break
// comes just before it (…完成142.\n\f6亿元 is one number), else a line break.
// (It looks back over a few spaces only: a run of form feeds after a
// long run of spaces costs no more than one.)
func pageBreak(cells []cell) rune {
	k := len(cells) - 1
	for k >= 0 && k >= len(cells)-16 && cells[k].r == ' ' {
		k--
	}
	if k < 0 || cells[k].r == '\n' {
		return -1
	}
	return '\n'
}

// reFurnitureLine is a web page's furniture copied with its text: a
// dateline or counter (金华市人民政府 发布时间:2025-01-15 浏览次数:3251,
// 【字号:大 中 小】 打印) or a breadcrumb (首页 > 政务公开 > 政府工作报告).
// It holds no clause mark: a sentence that names these words is no
// furniture.
var reFurnitureLine = regexp.MustCompile(`^[^,。;，；]{0,80}?(?:发布时间|发布日期|浏览次数|阅读次数|点击数|点击量|访问量|字号|打印本页|关闭窗口)[^,。;，；]{0,80}$|^ *(?:首页|当前位置|您的位置|您现在的位置)[^,。;，；]{0,60}?[>›»][^,。;，；]{0,60}$`)

// furnitureLine is the length of the furniture line cs opens with, or 0.
func furnitureLine(cs []cell) int {
	n := 0
	for n < len(cs) && cs[n].r != '\n' && n <= 100 {
		n++
	}
	if n == 0 || n > 100 || n == len(cs) || !reFurnitureLine.MatchString(string(cellRunes(cs[:n]))) {
		return 0
	}
	return n
}

// furnitureBetween steps over furniture lines (and the blank lines round
// them) at cs[j:] that cut a sentence: the line before ends on a value's
// word or a number left open (一般公共预算收入 / 增长 / 268.5亿) and the text
// after them opens with its value, rate or unit. It returns where the text
// goes on; ok is false, and nothing is skipped, anywhere else (a crumb
// over a title is left to the title's reader).
func furnitureBetween(line, cs []cell, j int) (int, bool) {
	if len(line) == 0 || isTerminator(line[len(line)-1].r) {
		return j, false
	}
	k, skipped := j, false
	for k < len(cs) {
		n := furnitureLine(cs[k:])
		if n == 0 {
			break
		}
		k, skipped = k+n, true
		for k < len(cs) && (cs[k].r == '\n' || cs[k].r == ' ') {
			k++
		}
	}
	if !skipped || k >= len(cs) {
		return j, false
	}
	last, next := line[len(line)-1].r, cs[k:]
	open := endsOnValueWord(line) || isNumRune(last) || last == '亿' || last == '万' || last == ',' || last == '、'
	if !open || !(opensValue(next) || opensRate(next) || opensUnit(next) || isDigit(next[0].r) || strings.ContainsRune("元亿万%", next[0].r)) {
		return j, false
	}
	return k, true
}
