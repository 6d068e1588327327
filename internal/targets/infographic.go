package targets

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// reYearWord is a year as a heading names it (2026年).
var reYearWord = regexp.MustCompile(`(?:19|20)\d{2}年`)

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
		le := lineEnd(rs, from, end)
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
	if le-s < 2 || le >= a.end {
		return nil, 0, false
	}
	inBlock := s == a.valueFirstNext
	// A bullet may mark the value (● 3427.8亿元 / 地区生产总值 增长4.1%).
	vs := s
	decorated := !strings.ContainsRune(bulletMarks, rs[vs]) && isDecoration(rs[vs])
	if strings.ContainsRune(bulletMarks, rs[vs]) || decorated {
		// (📊 16452.8亿元: a pictograph marks it as a bullet would)
		for vs++; vs < le && (rs[vs] == ' ' || rs[vs] == '\u3000' || isDecoration(rs[vs])); vs++ {
		}
	}
	if vs >= le {
		return nil, 0, false
	}
	if decorated && (strings.ContainsAny(string(rs[vs:le]), ",;。") || hanCount(rs[vs:le]) > 6) {
		return nil, 0, false // ▶64.97万建档立卡贫困人口全部脱贫,600个贫困村全部出列: a bullet's sentence, no bare value
	}
	// Inside a block a value may open with its verb (增长5.6% /
	// 规模以上工业增加值); only a number opens a block.
	numbered := (isDigit(rs[vs]) || inBlock) && valueLine(rs[vs:le]) && hasDigit(rs[vs:le])
	// In a block, a value with no number (与经济增长同步) still pairs with
	// the name under it: it gives no figure, and the name takes no other.
	if !numbered && !(inBlock && digestValueWords(rs[vs:le])) {
		return nil, 0, false
	}
	ne := lineEnd(rs, le+1, a.end)
	name, own := rs[le+1:ne], []rune(nil)
	if i := slices.Index(name, ','); i > 1 && !hasDigit(name) && labelLine(name[:i]) {
		name = name[:i] // 外贸进出口总额,规模稳居全国城市前列: the name, then a remark
	}
	if !labelLine(name) || hasDigit(name) {
		// The name may carry its rate on its own line (地区生产总值 增长4.1%).
		if name, own = nameWithRate(name); name == nil || vs == s {
			return nil, 0, false
		}
	}
	if !inBlock && own == nil && !a.valueFirstStart(s, ne) {
		return nil, 0, false
	}
	// A name may keep a rate of its own on the line under it, name-first
	// (4298.6亿元 / 地区生产总值 / 增长5.8%).
	end := ne
	extra := ""
	for end+1 < a.end && !isDigit(rs[end+1]) {
		e := lineEnd(rs, end+1, a.end)
		if !valueLine(rs[end+1 : e]) {
			break
		}
		if e+1 < a.end {
			// 3408亿元 / 地区生产总值 / 增长5.6% / 规模以上工业增加值: a name
			// under the rate takes it, value first like the pair above.
			if after := rs[e+1 : lineEnd(rs, e+1, a.end)]; labelLine(after) && !hasDigit(after) {
				break
			}
		}
		extra += "," + string(rs[end+1:e])
		end = e
	}
	a.valueFirstNext = min(end+1, a.end)
	if !numbered {
		return nil, a.valueFirstNext, true
	}
	if own != nil {
		extra = "," + string(own) + extra
	}
	sentence := []rune(string(name) + string(rs[vs:le]) + extra)
	var out []Figure
	for _, r := range parseSentence(sentence, 0, len(sentence), a.region) {
		r.from, r.to = s, end
		kind := a.sentenceKind(string(sentence), 0)
		if f, ok := a.figure(r, kind, a.paraYear, BySentence, ByPart, a.prelimRest); ok {
			out = append(out, f)
		}
	}
	return out, a.valueFirstNext, true
}

// nameWithRate splits a name line that carries its own rate after the
// name (地区生产总值增长4.1%, spaces read out) into the name and the rate,
// or nil.
func nameWithRate(l []rune) (name, rate []rune) {
	for k := 2; k < len(l); k++ {
		rest := l[k:]
		for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\u3000' || rest[0] == ',') {
			rest = rest[1:] // 全市实现地区生产总值,比上年增长5.5%
		}
		if len(rest) > 0 && valueLine(rest) && !isDigit(rest[0]) {
			if head := l[:k]; labelLine(head) && !hasDigit(head) {
				return head, rest
			}
		}
	}
	return nil, nil
}

// lineEnd is where the line holding rs[i] ends (its newline, or end).
func lineEnd(rs []rune, i, end int) int {
	for i < end && rs[i] != '\n' {
		i++
	}
	return i
}

// lineStart is where the line ending at rs[i] starts (after the newline
// before it, or at start).
func lineStart(rs []rune, i, start int) int {
	for i > start && rs[i-1] != '\n' {
		i--
	}
	return i
}

// digestValueWords reports whether a line is a value written in words
// (与经济增长同步, 基本同步): a short line with no number or sentence mark.
func digestValueWords(l []rune) bool {
	return len(l) > 0 && len(l) <= 12 && !hasDigit(l) && !strings.ContainsAny(string(l), "。,;:!?") && containsAny(string(l), "同步", "持平", "稳定")
}

// valueFirstStart reports whether the value line at rs[s] with its name
// line ending at ne opens a value-first block: the line above awaits no
// value (it ends in a number or a sentence's end: 数说2022, …“稳中有进”。 —
// not 其中100亿元以上项目, whose value this is), and the line after the
// name is a value: the next pair's, or the name's own rate.
func (a *articleReader) valueFirstStart(s, ne int) bool {
	rs := a.t.R
	if s-1 > a.start {
		prev := string(rs[lineStart(rs, s-1, a.start) : s-1])
		last := rs[s-2]
		// A heading opens a block too (2026年主要预期目标, 2025年工作回顾,
		// 【一】2023年 亮眼成绩单).
		heading := utf8.RuneCountInString(prev) <= 24 && containsAny(prev, "目标", "回顾", "成就", "完成情况", "主要指标", "展望", "成绩单", "答卷", "亮点") && !hasDigit([]rune(reYearWord.ReplaceAllString(prev, "")))
		if !heading && !isDigit(last) && !strings.ContainsRune("。!?”)", last) {
			return false
		}
	}
	if ne+1 >= a.end {
		return false
	}
	next := rs[ne+1 : lineEnd(rs, ne+1, a.end)]
	return valueLine(next) || digestValueWords(next)
}

// A digest's bullet may also give the value first and its name after it on
// the same line, with the year in the name or the section's:
//
//	● 6.2% 2023年地区生产总值增长
//	● 6%左右 2024年地区生产总值预期增长
//	● 3408亿元 地区生产总值
//	● 增长5.6% 规模以上工业增加值
//	● 63% 常住人口城镇化率

// bulletMarks open a digest's bullet line.
const bulletMarks = "●•◆■▪★·"

// valueFirstVerbs end the name of a bullet whose value is a rate.
var valueFirstVerbs = []string{"增长", "下降", "上涨", "增速", "涨幅"}

// shareName reports whether a name is of an indicator measured in % as a
// level (城镇化率, 森林覆盖率), whose bullet needs no verb (● 63% 城镇化率).
func shareName(name []rune) bool {
	for i := range name {
		if ae, ok := matchAlias(name, i); ok && ae.stem != nil {
			return ae.stem.Class == ClassPercent
		}
	}
	return false
}

// readBulletValueFirst reads the bullet line rs[s:le] whose value comes
// before its name (● 6.2% 2023年地区生产总值增长) as the name followed by
// the value, or false where the line is not such a bullet.
func (a *articleReader) readBulletValueFirst(s, le int) ([]Figure, bool) {
	rs := a.t.R
	if le-s < 6 || le-s > maxLabelRunes+maxValueRunes || !strings.ContainsRune(bulletMarks, rs[s]) {
		return nil, false
	}
	k := s + 1
	for k < le && (rs[k] == ' ' || rs[k] == '\u3000') {
		k++
	}
	// The value may carry its verb (● 增长5.6% 规模以上工业增加值).
	verbFirst := ""
	for _, w := range valueWords {
		if n := len([]rune(w)); hasAt(rs, k, w) && k+n < le && isDigit(rs[k+n]) && len(w) > len(verbFirst) {
			verbFirst = w
		}
	}
	q, ok := ParseQuantity(rs, k+len([]rune(verbFirst)))
	if !ok || q.Start != k+len([]rune(verbFirst)) {
		return nil, false
	}
	ve := q.End
	for _, w := range []string{"左右", "以上", "以内"} {
		if hasAt(rs, ve, w) {
			ve += len([]rune(w))
		}
	}
	n := ve
	for n < le && (rs[n] == ' ' || rs[n] == '\u3000') {
		n++
	}
	if n >= le {
		return nil, false
	}
	name := rs[n:le]
	body := name
	if len(body) > 5 && allDigits(body[:4]) && body[4] == '年' {
		body = body[5:]
	}
	verb := false
	for _, w := range valueFirstVerbs {
		verb = verb || strings.HasSuffix(string(body), w)
	}
	// A rate's name ends in its verb (● 6.2% 2023年地区生产总值增长) or the
	// value brings it (● 增长5.6% 规模以上工业增加值); a level's name is
	// the indicator alone (● 3408亿元 地区生产总值).
	switch {
	case hasDigit(body) || !labelLine(body):
		return nil, false
	case verbFirst != "":
		if verb {
			return nil, false
		}
	case q.Class == ClassPercent:
		if !verb && !shareName(body) {
			return nil, false // ● 5.5% 地区生产总值: a rate whose verb is not said
		}
	case verb:
		return nil, false
	}
	return a.readValueFirstLine([]rune(string(name)+string(rs[k:ve])), s, le)
}

// readValueFirstLine reads a value-first line rs[s:le] rewritten name
// first (地区生产总值3408亿元), dated and judged as the digest's lines around it.
func (a *articleReader) readValueFirstLine(sentence []rune, s, le int) ([]Figure, bool) {
	str := string(sentence)
	ex := explicitYear(str)
	kind := a.sentenceKind(str, ex)
	ey := a.paraYear
	if y := subjectYear(str); y > 0 {
		ey = y
		a.paraYear, a.paraKind = y, kind
	} else if a.paraYear > 0 {
		if a.paraKind == Reported && (hasKindWords(str) || containsAny(str, "预期", "目标", "左右", "力争", "确保", "以上")) {
			return nil, false // ● 6% 地区生产总值预期增长 after a year's results: whose year is not said
		}
		kind = a.paraKind
	}
	var out []Figure
	for _, r := range parseSentence(sentence, 0, len(sentence), a.region) {
		r.from, r.to = s, le
		if f, ok := a.figure(r, kind, ey, BySentence, BySentence, a.prelimRest); ok {
			out = append(out, f)
		}
	}
	if len(out) > 0 && a.paraYear == 0 && hasKindWords(str) {
		// ● 6%左右 地区生产总值预期增长: the bullets under it go on with its year and kind.
		a.paraYear, a.paraKind = out[0].Year, out[0].Kind
	}
	return out, len(out) > 0
}

// hanCount is how many Chinese characters rs holds.
func hanCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isHan(r) {
			n++
		}
	}
	return n
}
