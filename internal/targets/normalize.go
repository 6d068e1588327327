package targets

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Text is a normalised working copy of a document with a map back to the
// original: R[i] came from the original bytes Off[i]:Off[i]+Len[i] (a
// removed line break or space leaves no rune). Matching runs on R; quotes
// and offsets are always cut from the original.
type Text struct {
	Orig string
	R    []rune
	// int32, not int: the map is the bulk of a document's working copy
	// (12 bytes a rune instead of 20), and a document is far below 2 GB.
	Off []int32
	Len []int32
}

// brokeBefore reports whether the original has a line break between
// working rune i and the one before it (joined as a sentence broken
// over lines, or a title run into the line under it).
func (t *Text) brokeBefore(i int) bool {
	if i <= 0 || i >= len(t.R) {
		return false
	}
	from, to := int(t.Off[i-1]+t.Len[i-1]), int(t.Off[i])
	return from < to && strings.ContainsRune(t.Orig[from:to], '\n')
}

// Span returns the original bytes behind working runes [a,b) and their
// byte offsets, so a quote is always verbatim from the source.
func (t *Text) Span(a, b int) (quote string, start, end int) {
	if a < 0 {
		a = 0
	}
	if b > len(t.R) {
		b = len(t.R)
	}
	if a >= b {
		return "", 0, 0
	}
	start = int(t.Off[a])
	end = int(t.Off[b-1] + t.Len[b-1])
	return t.Orig[start:end], start, end
}

// String returns the working copy as a string (for tests and debugging).
func (t *Text) String() string { return string(t.R) }

//go:embed data/t2s.txt
var t2sData string

// t2sMap folds traditional characters: an array over the Basic
// Multilingual Plane (a lookup per rune of every document is the hot path)
// and a map for the few characters beyond it.
type t2sMap struct {
	bmp   []rune
	astra map[rune]rune
}

func (m *t2sMap) get(r rune) (rune, bool) {
	if r < 0x10000 {
		s := m.bmp[r]
		return s, s != 0
	}
	s, ok := m.astra[r]
	return s, ok
}

// variantChars are variant forms the traditional table lacks (陜 beside
// 陝 for 陕).
var variantChars = map[rune]rune{'陜': '陕'}

var (
	t2sOnce sync.Once
	t2s     *t2sMap
)

func t2sTable() *t2sMap {
	t2sOnce.Do(func() {
		t2s = &t2sMap{bmp: make([]rune, 0x10000), astra: map[rune]rune{}}
		for from, to := range variantChars {
			t2s.bmp[from] = to
		}
		for _, line := range strings.Split(t2sData, "\n") {
			rs := []rune(line)
			if len(rs) != 2 {
				continue
			}
			if rs[0] < 0x10000 {
				t2s.bmp[rs[0]] = rs[1]
			} else {
				t2s.astra[rs[0]] = rs[1]
			}
		}
	})
	return t2s
}

// ToSimplified folds traditional characters to simplified ones, one
// character for one, as the matcher sees them (岳陽市 → 岳阳市).
func ToSimplified(s string) string {
	tab := t2sTable()
	return strings.Map(func(r rune) rune {
		if s, ok := tab.get(r); ok {
			return s
		}
		return r
	}, s)
}

// foldRune maps full-width forms, punctuation variants and traditional
// characters to the one form the matcher knows. It returns -1 to drop.
func foldRune(r rune, tab *t2sMap) rune {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r >= 'Ａ' && r <= 'Ｚ':
		return r - 'Ａ' + 'A'
	case r >= 'ａ' && r <= 'ｚ':
		return r - 'ａ' + 'a'
	}
	switch r {
	case '，':
		return ','
	case '；':
		return ';'
	case '：', '︰', '∶':
		return ':'
	case '（':
		return '('
	case '）':
		return ')'
	case '！':
		return '!'
	case '？':
		return '?'
	case '％':
		return '%'
	case '｜', '│', '┃':
		return '|' // a table's cell border, as web copies flatten it
	case '．':
		return '.'
	case '～', '〜':
		return '~'
	case '\u00a0', '\u3000', '\t', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff':
		return ' '
	case '\r':
		return -1
	}
	if r < 0x3000 {
		return r // nothing below the CJK blocks is traditional
	}
	if s, ok := tab.get(r); ok {
		return s
	}
	return r
}

// cell is one working rune and the original bytes behind it. The passes
// below compact a []cell in place: each writes no further than it has read.
type cell struct {
	r   rune
	off int32
	len int32
}

// Normalize builds the working copy of a document: traditional to
// simplified, full-width to half-width, pinyin glosses, footnote marks and
// junk Latin tokens removed, spaces dropped, and hard line breaks inside
// sentences (PDF and fixed-width web copies) joined.
func Normalize(orig string) *Text {
	tab := t2sTable()
	cells := make([]cell, 0, utf8.RuneCountInString(orig)) // exact: len/2 reserved half again as much for Chinese text
	// The line holding the last tab met: where it ends, and whether it is
	// a table's row split by tabs (each line is looked at once).
	lineEnd, tabRow := -1, false
	// A table flattened with spaces (a PDF copy: 指标名称 单位 2016年计划 …):
	// the line now read, its kind, and whether a header began the table.
	spaceEnd, spaceKind, spaceTable, lastSpace := -1, spaceNone, false, false
	for i, r := range orig {
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		f := foldRune(r, tab)
		if i > spaceEnd && (i == 0 || orig[i-1] == '\n') {
			spaceEnd, spaceKind = spaceLine(orig, i)
			spaceTable = spaceKind == spaceHeader || (spaceKind == spaceRow || spaceKind == spaceCells) && spaceTable
			if spaceKind == spaceRow && !spaceTable {
				spaceKind = spaceNone
			}
		}
		if spaceKind != spaceNone && i < spaceEnd {
			switch {
			case r == ' ' || r == '\u3000':
				if lastSpace || len(cells) == 0 || cells[len(cells)-1].r == '\n' {
					f = -1 // a run of spaces is one border
				} else {
					f = '|'
				}
			case spaceKind == spaceHeader && (r == '（' || r == '(') && strings.HasPrefix(orig[i+n:], "指标"):
				f = '|' // …如下（指标名称 单位 …）: the header begins inside the bracket
			}
			lastSpace = r == ' ' || r == '\u3000'
		}
		if r == '\t' {
			if i > lineEnd {
				lineEnd, tabRow = tabLine(orig, i)
			}
			if tabRow {
				f = '|' // 指标名称\t单位\t2016年目标: a table's cells, as bars
			}
		}
		if r == '\f' {
			f = pageBreak(cells)
		}
		if f < 0 {
			continue
		}
		cells = append(cells, cell{f, int32(i), int32(n)})
	}
	cells = dropGlosses(cells)
	cells = dropJunkLatin(cells)
	cells = dropPageJumps(cells)
	cells = arrowRates(cells)
	digitYears(cells) // before joining: a line is joined as its digits would be
	cells = joinLines(cells)
	digitYears(cells) // a year a line break cut (二〇二\n三年), now joined
	t := &Text{Orig: orig, R: make([]rune, len(cells)), Off: make([]int32, len(cells)), Len: make([]int32, len(cells))}
	for i, c := range cells {
		t.R[i], t.Off[i], t.Len[i] = c.r, c.off, c.len
	}
	return t
}

// hanDigit is the value of a Chinese numeral digit as years are written
// (二〇一六年, 二零二三年, 二○一八年, 一九九八年), or -1: cnDigitOf's digits
// and the circle ○, without 两, which no year is written with.
func hanDigit(r rune) int {
	if r == '○' {
		return 0
	}
	if d, ok := cnDigitOf(r); ok && r != '两' {
		return int(d)
	}
	return -1
}

// digitYears rewrites a year written in Chinese numerals digit by digit
// (二〇一六年) as the digits (2016年), rune for rune, so every rule that
// reads a year reads it; the original keeps its characters for quotes.
// Only 19xx and 20xx count, and not after another numeral (一二〇一六年 or
// 十二〇…年 is no year).
func digitYears(cs []cell) {
	for i := 4; i < len(cs); i++ {
		if cs[i].r != '年' {
			continue
		}
		d := [4]int{}
		ok := true
		for k := 0; k < 4 && ok; k++ {
			d[k] = hanDigit(cs[i-4+k].r)
			ok = d[k] >= 0
		}
		if !ok || !(d[0] == 2 && d[1] == 0 || d[0] == 1 && d[1] == 9) {
			continue
		}
		if i > 4 && (hanDigit(cs[i-5].r) >= 0 || strings.ContainsRune("十百千万亿", cs[i-5].r)) {
			continue
		}
		for k := 0; k < 4; k++ {
			cs[i-4+k].r = rune('0' + d[k])
		}
	}
}

// tabLine returns the end of the line holding the tab at orig[i] and
// whether that line is a row of a table flattened with tabs (three cells
// or more with text in them): a tab that only indents is white space.
func tabLine(orig string, i int) (end int, row bool) {
	start := strings.LastIndexByte(orig[:i], '\n') + 1
	end = strings.IndexByte(orig[i:], '\n')
	if end < 0 {
		end = len(orig)
	} else {
		end += i
	}
	cells := 0
	for c := range strings.SplitSeq(orig[start:end], "\t") {
		if strings.TrimSpace(c) != "" {
			cells++
		}
	}
	return end, cells >= 3
}

const (
	spaceNone = iota
	spaceHeader
	spaceRow
	spaceCells // a row of values only (地区生产总值增长 6% 4.3%), a table's with or without a header
)

// spaceLine returns the end of the line starting at orig[start] and
// whether it is the header (指标名称 单位 2016年计划 2016年完成) or a row
// (地区生产总值增长 % 7.5—8 7.3 7—7.5) of a table flattened with spaces. A
// row counts only under a header (Normalize), or when its cells are
// values alone (spaceCells): prose with stray spaces is no table.
func spaceLine(orig string, start int) (end, kind int) {
	end = strings.IndexByte(orig[start:], '\n')
	if end < 0 {
		end = len(orig)
	} else {
		end += start
	}
	line := orig[start:end]
	if end-start > 400 || !strings.ContainsAny(line, " \u3000") || strings.ContainsAny(line, "|｜│┃\t") {
		return end, spaceNone
	}
	fields := strings.Fields(line)
	if len(fields) < 3 {
		return end, spaceNone
	}
	years := 0
	for _, f := range fields[1:] {
		if strings.Contains(f, "年") || strings.Contains(f, "单位") {
			years++
		}
	}
	first := fields[0]
	if i := strings.LastIndexAny(first, "（("); i >= 0 {
		first = first[i:]
	}
	if containsAny(first, "指标", "项目") && (years >= 2 && len(fields) >= 4 || columnHeads(fields[1:])) {
		return end, spaceHeader
	}
	if !strings.ContainsAny(fields[0], "0123456789") {
		switch n := valueCells(fields[1:]); {
		case n >= 2:
			return end, spaceCells
		case n == 1:
			return end, spaceRow // 固定资产投资增长 % — -3.2: under a header
		}
	}
	if len(fields) < 4 {
		return end, spaceNone
	}
	numbers := 0
	for _, f := range fields[1:] {
		if utf8.RuneCountInString(f) > 12 {
			return end, spaceNone
		}
		if f[0] >= '0' && f[0] <= '9' || f[0] == '-' {
			numbers++
		}
	}
	if numbers >= 2 && !strings.ContainsAny(fields[0], "0123456789") {
		return end, spaceRow
	}
	return end, spaceNone
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isLatin(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

// dropGlosses removes pinyin glosses spliced after characters (產(chǎn)),
// footnote marks ([3], ①) that web copies put inside sentences.
func dropGlosses(cs []cell) []cell {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		r := cs[i].r
		if r >= '①' && r <= '⑳' {
			continue
		}
		if (r == '(' || r == '[') && i > 0 {
			closer := ')'
			if r == '[' {
				closer = ']'
			}
			j := i + 1
			letters, digits, syllable, spaces := 0, 0, 0, 0
			// A gloss of a word spells each syllable apart (生产(shēng
			// chǎn)): a space between letters starts the next one, up to
			// four syllables.
			for j < len(cs) && syllable < 8 && cs[j].r != closer {
				syllable++
				switch {
				case isLatin(cs[j].r) && unicode.IsLower(cs[j].r):
					letters++
				case cs[j].r >= '0' && cs[j].r <= '9':
					digits++
				case cs[j].r == ' ' && r == '(' && isLatin(cs[j-1].r) && spaces < 3:
					syllable, spaces = 0, spaces+1
				default:
					letters, digits = -100, -100
				}
				j++
			}
			gloss := letters > 0 && digits == 0 && isHan(cs[i-1].r)
			footnote := r == '[' && digits > 0 && letters == 0 && !isDigit(cs[i-1].r)
			if j < len(cs) && cs[j].r == closer && (gloss || footnote) {
				i = j
				continue
			}
		}
		out = append(out, cs[i])
	}
	return out
}

// acronyms are Latin words reports really use; other short Latin runs in
// Chinese text are junk tokens from web copies (vzT, PZl).
var acronyms = map[string]bool{"GDP": true, "CPI": true, "PPI": true, "R": true, "D": true, "PM": true, "PPP": true, "G": true,
	"AAAA": true, "AAAAA": true, "AAA": true, "A": true, "AA": true, "IPO": true, "VR": true, "AI": true, "ETC": true, "EOD": true, "REITs": true}

// withoutJunkLatin is s with its junk Latin tokens dropped, for lines read
// from the original text (a title: 兰州vzT新区管委会 is 兰州新区管委会).
func withoutJunkLatin(s string) string {
	cs := make([]cell, 0, len(s))
	for _, r := range s {
		cs = append(cs, cell{r: r})
	}
	cs = dropJunkLatin(cs)
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
	}
	return string(rs)
}

func dropJunkLatin(cs []cell) []cell {
	out := cs[:0]
	for i := 0; i < len(cs); {
		if !isLatin(cs[i].r) {
			out = append(out, cs[i])
			i++
			continue
		}
		j := i
		var word []rune
		for j < len(cs) && (isLatin(cs[j].r) || cs[j].r == '\n') {
			if cs[j].r != '\n' {
				word = append(word, cs[j].r)
			}
			j++
		}
		prevHan := i > 0 && (isHan(cs[i-1].r) || cs[i-1].r == '\n' || unicode.IsPunct(cs[i-1].r))
		nextHan := j >= len(cs) || isHan(cs[j].r) || cs[j].r == '\n' || unicode.IsPunct(cs[j].r)
		w := string(word)
		if prevHan && nextHan && len(word) <= 4 && !acronyms[w] && !acronyms[strings.ToUpper(w)] {
			for k := i; k < j; k++ { // keep line breaks, drop the letters
				if cs[k].r == '\n' {
					out = append(out, cs[k])
				}
			}
			i = j
			continue
		}
		out = append(out, cs[i:j]...)
		i = j
	}
	return out
}

// terminators end a line for good: a single line break after them is a
// paragraph break, not a wrap.
func isTerminator(r rune) bool {
	switch r {
	case '。', '!', '?', ';', ':', '】', '」', '”', ')':
		return true
	}
	return false
}

// joinLines drops spaces and decides, for each line break, whether it is a
// wrap inside a sentence (dropped) or a paragraph break (kept as one '\n').
// digestLines reports whether line and the two lines after it are a
// digest's (一图读懂, 数说): short lines with no sentence marks, names and
// bare values (3408.2亿元, 3.9%) in turn, whichever comes first. Such
// lines are no wrap, though a name line runs on into a number and a
// heading's year (数说2022) into a value.
func digestLines(line, rest []cell) bool {
	l1, n := nextLine(rest)
	l2, _ := nextLine(rest[min(n+1, len(rest)):])
	if !digestLine(line) || !digestLine(l1) || !digestLine(l2) {
		return false
	}
	return bareValue(l1) != bareValue(l2) && (bareValue(line) != bareValue(l1) || !bareValue(line) && !bareValue(l1))
}

// prevLine is the line of out that ends before out[start] (start opens a line).
func prevLine(out []cell, start int) []cell {
	if start < 2 || out[start-1].r != '\n' {
		return nil
	}
	i := start - 1
	for i > 0 && out[i-1].r != '\n' {
		i--
	}
	return out[i : start-1]
}

// nextLine is the line rest opens with, and its length.
func nextLine(rest []cell) ([]cell, int) {
	n := 0
	for n < len(rest) && rest[n].r != '\n' {
		n++
	}
	return rest[:n], n
}

func digestLine(l []cell) bool {
	if len(l) == 0 || len(l) > 16 {
		return false
	}
	for _, c := range l {
		switch c.r {
		case '。', ',', ';', ':', '!', '?', '、':
			return false
		}
	}
	return true
}

// bareValue reports whether a line is a number and its unit alone.
func bareValue(l []cell) bool {
	if len(l) == 0 || !isDigit(l[0].r) {
		return false
	}
	for _, c := range l {
		if !isNumRune(c.r) && !strings.ContainsRune("亿万千元人次户家个座公里吨天年左右以上内下", c.r) {
			return false
		}
	}
	return true
}

// tableRows reports whether the line holding lineBars bars or the line
// that starts next is a row of cells split by | (two bars or more): a
// table flattened to text keeps a row a line, and no prose line runs into
// it or out of it.
func tableRows(lineBars int, next []cell) bool {
	if lineBars >= 2 {
		return true
	}
	bars := 0
	for _, c := range next {
		if c.r == '\n' {
			break
		}
		if c.r == '|' {
			bars++
		}
	}
	return bars >= 2
}

// arrowLine reports whether a line sets a value before its name with an
// arrow (valueArrows).
func arrowLine(line []cell) bool {
	for _, c := range line {
		if strings.ContainsRune(valueArrows, c.r) {
			return true
		}
	}
	return false
}

func joinLines(cs []cell) []cell {
	out := cs[:0]
	// The line being built (physical lines joined by wraps so far): where
	// it starts in out, its display width, whether it holds a digit, a
	// sentence end or a comma, its table bars. Kept as it grows so a long
	// joined line costs nothing more at each break.
	lineStart, lineLen, lineDigit, lineStop, lineComma, lineBars := 0, 0, false, false, false, 0
	width, byRunes := wrapWidth(cs)
	measure, slack := colWidth, 5
	if byRunes {
		slack = 2
		measure = func(cell) int { return 1 }
	}
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.r == ' ' {
			if lineStart == 0 && len(out) > 0 && out[len(out)-1].r == '%' && i+1 < len(cs) && isHan(cs[i+1].r) {
				// A headline of two figures (2023年我县GDP增长5.1% 今年目标6.5%左右):
				// the space between them parts two clauses.
				out = append(out, cell{',', c.off, c.len})
			} else if !lineStop && !lineComma && lineLen <= 40 && len(out) > 0 && isHan(out[len(out)-1].r) && relativeYearCells(cs, i+1) {
				// 城阳区十九届人大一次会议开幕 今年GDP目标增长7%以上: a headline's
				// space before the year it turns to ends its first sentence.
				out = append(out, cell{'。', c.off, c.len})
			}
			continue
		}
		if c.r != '\n' {
			out = append(out, c)
			lineLen += measure(c)
			lineDigit = lineDigit || isDigit(c.r)
			lineStop = lineStop || c.r == '。' || c.r == ';' || c.r == '!' || c.r == '?'
			lineComma = lineComma || c.r == ','
			if c.r == '|' {
				lineBars++
			}
			continue
		}
		// A run of whitespace holding one or more line breaks.
		j, breaks := i, 0
		for j < len(cs) && (cs[j].r == '\n' || cs[j].r == ' ') {
			if cs[j].r == '\n' {
				breaks++
			}
			j++
		}
		j, breaks = skipPageLines(cs, j, breaks)
		if k, ok := furnitureBetween(out[lineStart:], cs, j); ok {
			j, breaks = k, 1 // a web page's dateline or crumb cutting a sentence: the sentence goes on
		}
		var prev, next rune
		if len(out) > 0 {
			prev = out[len(out)-1].r
		}
		if j < len(cs) {
			next = cs[j].r
		}
		line := out[lineStart:]
		// A line as long as the wrap width with a clause in it is a
		// paragraph that opens with its number, not a heading: (一)聚力…,全年…
		full := width > 0 && lineLen >= width-slack
		heading := !lineStop && isHeadingStart(line) && !(full && lineComma)
		wrap := breaks == 1 && !isTerminator(prev) && !startsBlock(cs, j) && !heading &&
			(full || !lineDigit && nextLineHasDigit(cs, j, 12))
		if !wrap && breaks == 1 && prev == ';' && full && lineDigit && !heading && !startsBlock(cs, j) && fullAt(cs, j, width-slack, measure) {
			// A fixed-width copy's line that fills the width and ends on a
			// clause's semicolon, the next line as full: the list of results
			// goes on (…下降1.5%;\n固定资产投资增长3.6%;…). Items one a line
			// are short lines and stay apart.
			wrap = true
		}
		// (A number does not go on after its %: 增长12.3%\n2024年预期目标 is two lines.)
		if breaks == 1 && (isNumRune(prev) && prev != '%' || prev == '亿' || prev == '万') && (isNumRune(next) || next == '元' || next == '亿' || next == '万') {
			wrap = true // a number cut in two: 34\n0亿元, 71.53亿\n元
		}
		if breaks == 1 && prev == ':' && len(out) > 1 && isDigit(out[len(out)-2].r) && isDigit(next) {
			wrap = true // a ratio cut at its colon: 10.2:\n41.6:48.2
		}
		if !wrap && breaks == 1 && !isTerminator(prev) && !startsBlock(cs, j) && (!heading || lineComma) && runsOn(line, cs[j:], lineDigit) {
			wrap = true // a sentence that goes on: 45.3亿元,\n增长5.2%, 增长\n8.1%
		}
		if !wrap && breaks == 1 && !isTerminator(prev) && len(line) >= 8 && spansWord(out, cs[j:]) {
			wrap = true // a word cut in two: 一般公共预\n算收入, 突\n破
		}
		if wrap && breaks == 1 && (digestLines(line, cs[j:]) || digestLine(line) && !bareValue(line) && bareValue(prevLine(out, lineStart))) {
			wrap = false // a digest's names and values, one a line (数说2022 / 3408.2亿元 / 地区生产总值)
		}
		if wrap && breaks == 1 && arrowLine(line) {
			wrap = false // a digest's value ▶ name (6%左右 ▶ 地区生产总值增长, 同步 ▶ …): one a line
		}
		if wrap && breaks == 1 && tableRows(lineBars, cs[j:]) {
			wrap = false // rows of a table flattened to text (指标 | 单位 | 2025年): one a line
		}
		if !wrap && len(out) > 0 && prev != '\n' {
			out = append(out, c)
		}
		if !wrap {
			lineStart, lineLen, lineDigit, lineStop, lineComma, lineBars = len(out), 0, false, false, false, 0
		}
		i = j - 1
	}
	return out
}

// relativeYearCells reports whether cs[i:] opens with 今年 or 明年.
func relativeYearCells(cs []cell, i int) bool {
	return i+1 < len(cs) && (cs[i].r == '今' || cs[i].r == '明') && cs[i+1].r == '年'
}

// fullAt reports whether the line starting at cs[j] is at least w wide
// (a last line of its paragraph, shorter, is also taken when it ends the
// sentence: the break before it was still inside the paragraph).
func fullAt(cs []cell, j, w int, measure func(cell) int) bool {
	n := 0
	for k := j; k < len(cs) && cs[k].r != '\n'; k++ {
		if cs[k].r == ' ' {
			continue
		}
		n += measure(cs[k])
		if n >= w {
			return true
		}
		if cs[k].r == '。' {
			return true
		}
	}
	return false
}

// isHeadingStart reports whether a line opens with a heading number
// (一、 (三) 第二部分): a heading ends at its line break. A line with a
// sentence end in it is a paragraph that opens with its number.
func isHeadingStart(line []cell) bool {
	var head [8]rune
	n := copy(head[:], cellRunes(line[:min(len(line), 8)]))
	return n > 0 && reOrdinal.MatchString(string(head[:n]))
}

func cellRunes(cs []cell) []rune {
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
	}
	return rs
}

// wrapWidth finds the fixed width a copy was wrapped at (PDF and some web
// copies break lines every N columns), in display columns as the original
// shows them (a Chinese character or full-width mark is two, an ASCII digit
// one), or in characters where a copy was cut every N characters whatever
// their width (byRunes): the width most long lines end within five of,
// when enough lines share it. Short bullet lines are not a wrap. 0 means
// not wrapped.
func wrapWidth(cs []cell) (width int, byRunes bool) {
	cols, runes := map[int]int{}, map[int]int{}
	lines, n, k := 0, 0, 0
	for _, c := range cs {
		switch c.r {
		case ' ':
		case '\n':
			if k >= 12 {
				cols[n]++
				runes[k]++
				lines++
			}
			n, k = 0, 0
		default:
			n += colWidth(c)
			k++
		}
	}
	cw, cn := modeWidth(cols, 5)
	// Characters are about half as wide as columns: the same slack is 2.
	rw, rn := modeWidth(runes, 2)
	if rn > cn && rw >= 20 && rn >= 3 && rn*3 >= lines {
		return rw, true
	}
	if cw >= 40 && cn >= 3 && cn*3 >= lines {
		return cw, false
	}
	return 0, false
}

// modeWidth is the width most line lengths end within slack of, and how
// many do.
func modeWidth(counts map[int]int, slack int) (best, bestN int) {
	for w := range counts {
		k := 0
		for d := 0; d <= slack; d++ {
			k += counts[w-d]
		}
		if k > bestN || k == bestN && w > best {
			best, bestN = w, k
		}
	}
	return best, bestN
}

// colWidth is how many display columns the original character behind a
// cell takes: one for ASCII, two for the rest (Chinese, full-width marks).
func colWidth(c cell) int {
	if c.len == 1 {
		return 1
	}
	return 2
}

// spansWord reports whether an indicator's name or a verb the reader
// knows runs across a line break: the end of the line before (out) and
// the start of the line after (next).
func spansWord(out, next []cell) bool {
	var w []rune
	tail := 0
	for k := len(out) - 1; k >= 0 && tail < 12 && out[k].r != '\n'; k-- {
		tail++
	}
	for _, c := range out[len(out)-tail:] {
		w = append(w, c.r)
	}
	for _, c := range next {
		if c.r == '\n' || len(w) >= tail+12 {
			break
		}
		if c.r != ' ' {
			w = append(w, c.r)
		}
	}
	for k := 0; k < tail; k++ {
		if e, ok := matchAlias(w, k); ok && k+len(e.text) > tail {
			return true
		}
		if kw, ok := matchKeyword(w, k); ok && k+len([]rune(kw.text)) > tail {
			return true
		}
		if v := valueVerbAt(w, k); v > 0 && k+v > tail {
			return true
		}
	}
	return false
}

// nextLineHasDigit reports whether a digit comes within n runes of cs[j]
// on the same line: a label line (全市高新技术企业) wrapped before its
// value (突破700家).
func nextLineHasDigit(cs []cell, j, n int) bool {
	for k := j; k < len(cs) && k < j+n && cs[k].r != '\n'; k++ {
		if isDigit(cs[k].r) {
			return true
		}
	}
	return false
}

func isNumRune(r rune) bool { return (r >= '0' && r <= '9') || r == '.' || r == '%' }

// startsBlock reports whether a line starting at cs[j] opens a heading or
// a list item rather than continuing the sentence before it.
func startsBlock(cs []cell, j int) bool {
	if j >= len(cs) {
		return true
	}
	switch cs[j].r {
	case '#', '【', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '(', '—', '-', '●', '◆', '■', '→', '★', '·',
		'√', '✓', '•', '▪', '○', '◎', '◇', '□', '▲', '△', '☆', '※', '>':
		// 一、二、 … open a numbered heading; but 一般公共预算收入 continues.
		if k := j + 1; k < len(cs) && isHan(cs[j].r) && cs[k].r != '、' && cs[k].r != '是' && cs[k].r != '要' {
			return false
		}
		return true
	}
	return false
}

// dropPageJumps removes a newspaper's page jumps ((上接第二版), 【下转第3版】):
// furniture spliced into a sentence, which would otherwise open a clause
// of its own before the words it cuts.
func dropPageJumps(cs []cell) []cell {
	found := false
	for i := 0; i+1 < len(cs); i++ {
		if (cs[i].r == '接' || cs[i].r == '转') && (cs[i+1].r == '第' || cs[i+1].r == '本') {
			found = true
			break
		}
	}
	if !found {
		return cs
	}
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		if n := pageJumpAt(cs, i); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, cs[i])
	}
	return out
}

// pageJumpAt is the length of a page jump starting at cs[i], 0 for none:
// an opening bracket, 上接 or 下转, 第…版 (or 本版), a closing bracket.
func pageJumpAt(cs []cell, i int) int {
	if i+6 > len(cs) || !strings.ContainsRune("(（【[", cs[i].r) {
		return 0
	}
	if !(cs[i+1].r == '上' && cs[i+2].r == '接' || cs[i+1].r == '下' && cs[i+2].r == '转') {
		return 0
	}
	j := i + 3
	if cs[j].r != '第' && cs[j].r != '本' {
		return 0
	}
	for k := j + 1; k < len(cs) && k <= j+5; k++ {
		if cs[k].r == '版' {
			if k+1 < len(cs) && strings.ContainsRune(")）】]", cs[k+1].r) {
				return k + 2 - i
			}
			return 0
		}
	}
	return 0
}
