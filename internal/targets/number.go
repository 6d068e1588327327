package targets

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quantity is a number with its unit and bounds as written, read from the
// working text at runes [Start,End). Base holds the value in the base unit
// of its class: 元 for money, 人 for people, 人次 for visits.
type Quantity struct {
	Base     float64
	Unit     string // the unit as written after the multiplier: %, 元, 美元, 人, 人次, 个, 家 …
	Class    UnitClass
	Known    bool // Class is meaningful (the unit is one the catalogue uses)
	USD      bool
	Points   bool // 个百分点
	Times    bool // 倍
	Cmp      Comparator
	Start    int
	End      int
	Chinese  bool    // written in Chinese numerals
	Mult     float64 // the multiplier written (1e4 for 万, 1e8 for 亿)
	Decimals int     // digits written after the decimal point
	ByVerb   bool    // Cmp came from a verb before the number (突破, 超过, 近), not from 以上/左右 after it
	// Range is the text of a range (5%—5.5%, 4.5-5%) read as its lower
	// bound: Cmp is then >=.
	Range string
}

// cnDigitOf and cnUnitOf read Chinese numeral characters; ok is false for
// any other rune.
func cnDigitOf(r rune) (float64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

func cnUnitOf(r rune) (float64, bool) {
	switch r {
	case '十':
		return 10, true
	case '百':
		return 100, true
	case '千':
		return 1000, true
	}
	return 0, false
}

func isCnNumeral(r rune) bool {
	_, d := cnDigitOf(r)
	_, u := cnUnitOf(r)
	return d || u
}

// ParseChineseNumeral reads a Chinese numeral below 万 (一百五十九, 十二, 七)
// and returns its value and rune length; ok is false when none starts at s.
func ParseChineseNumeral(rs []rune) (v float64, n int, ok bool) {
	var total, cur float64
	seen := false
	for n < len(rs) {
		r := rs[n]
		if d, isD := cnDigitOf(r); isD {
			cur = d
			seen = true
		} else if u, isU := cnUnitOf(r); isU {
			if cur == 0 && !(n > 0 && (rs[n-1] == '零' || rs[n-1] == '〇')) {
				cur = 1 // 十二, 百亿
			}
			total += cur * u
			cur = 0
			seen = true
		} else {
			break
		}
		n++
	}
	if !seen {
		return 0, 0, false
	}
	return total + cur, n, true
}

// parseArabic reads 1234, 8.2, 3,000 or 1 234 (spaces are already gone).
func parseArabic(rs []rune) (float64, int, bool) {
	n := 0
	var b strings.Builder
	dot := false
	for n < len(rs) {
		r := rs[n]
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '.' && !dot && n > 0 && n+1 < len(rs) && rs[n+1] >= '0' && rs[n+1] <= '9':
			dot = true
			b.WriteRune(r)
		case r == ',' && !dot && n > 0 && n+3 < len(rs) && allDigits(rs[n+1:n+4]) && (n+4 == len(rs) || !isDigit(rs[n+4])):
			// thousands separator
		default:
			goto done
		}
		n++
	}
done:
	if b.Len() == 0 {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, 0, false
	}
	return v, n, true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

type unitDef struct {
	text  string
	class UnitClass
	unit  string
	mult  float64
	known bool
}

// units after the number (and after any 万/亿 multiplier), longest first.
var unitDefs = []unitDef{
	{"个百分点", ClassPercent, "pp", 1, false},
	{"百分点", ClassPercent, "pp", 1, false},
	{"%", ClassPercent, "%", 1, true},
	{"美元", ClassMoney, "美元", 1, true},
	{"元", ClassMoney, "元", 1, true},
	{"人次", ClassVisits, "人次", 1, true},
	{"人", ClassPeople, "人", 1, true},
	{"名", ClassPeople, "人", 1, true},
	{"个", ClassCount, "个", 1, true},
	{"家", ClassCount, "家", 1, true},
	{"户", ClassCount, "户", 1, true},
	{"座", ClassCount, "座", 1, true},
	{"处", ClassCount, "处", 1, true},
	{"项", ClassCount, "项", 1, true},
	{"天", ClassCount, "天", 1, true},
	{"条", ClassCount, "条", 1, true},
	{"台", ClassCount, "台", 1, true},
	{"件", ClassCount, "件", 1, true},
	{"所", ClassCount, "所", 1, true},
	{"倍", ClassCount, "倍", 1, false},
}

// otherUnits are units no catalogue indicator is counted in (粮食产量730亿斤,
// 装机1200万千瓦): read so that the number is nobody's, and so that 亿斤 is
// not taken for 亿元.
var otherUnits = []string{"吨标准煤", "千瓦时", "千瓦", "平方公里", "平方米", "立方米", "公里", "千米", "公顷", "标准箱", "标箱",
	"架次", "千克", "公斤", "毫米", "微克", "斤", "吨", "亩", "米", "辆", "艘", "头", "只", "株", "册", "套", "间", "床", "箱", "度", "升"}

// rangeSeps join the two ends of a range (5%—5.5%, 4.5-5%, 6%至6.5%).
var rangeSeps = []string{"——", "—", "–", "－", "-", "~", "至"}

// rangeAt reads the upper end of a range that starts at rs[j], when a
// separator and a number follow.
func rangeAt(rs []rune, j int) (Quantity, bool) {
	for _, sep := range rangeSeps {
		if hasAt(rs, j, sep) {
			k := j + len([]rune(sep))
			if k < len(rs) && (isDigit(rs[k]) || hasAt(rs, k, "百分之")) {
				return ParseQuantity(rs, k)
			}
			return Quantity{}, false
		}
	}
	return Quantity{}, false
}

// ParseQuantity reads a quantity starting at rs[i]: digits or a Chinese
// numeral, 多/余 after it, a 万/亿/万亿 multiplier, a unit, and a closing
// 以上/以内/左右. ok is false when no number with a unit starts at i.
func ParseQuantity(rs []rune, i int) (q Quantity, ok bool) {
	if i < 0 || i >= len(rs) {
		return q, false
	}
	if r := rs[i]; !isDigit(r) && !isCnNumeral(r) && !hasAt(rs, i, "万亿") {
		return q, false
	}
	if i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '.') {
		return q, false // inside a number: checked before reading it, or a long run of digits costs O(n²)
	}
	if hasAt(rs, i, "百分之") {
		// 增长百分之六: a percentage written out.
		if v, n, ok := ParseChineseNumeral(rs[i+3:]); ok {
			if k := i + 3 + n; k+1 < len(rs) && rs[k] == '点' {
				// 百分之七点五: digits after 点 are tenths, hundredths …
				frac, scale := 0.0, 0.1
				for k++; k < len(rs); k++ {
					d, ok := cnDigitOf(rs[k])
					if !ok {
						break
					}
					frac, scale = frac+d*scale, scale/10
				}
				v, n = roundTo(v+frac, 6), k-i-3
			}
			q := Quantity{Base: v, Unit: "%", Class: ClassPercent, Known: true, Cmp: Exactly, Start: i, Chinese: true, Mult: 1}
			end := i + 3 + n
			if v2, n2, ok := parseArabic(rs[i+3:]); ok {
				q.Base, end, q.Chinese = v2, i+3+n2, false
			}
			q.closeAt(rs, end) // 百分之六左右, 百分之五点五以内
			q.rangeTo(rs)
			return q, true
		}
		if v, n, ok := parseArabic(rs[i+3:]); ok {
			q := Quantity{Base: v, Unit: "%", Class: ClassPercent, Known: true, Cmp: Exactly, Start: i, Mult: 1}
			q.closeAt(rs, i+3+n)
			q.rangeTo(rs)
			return q, true
		}
	}
	v, n, isNum := parseArabic(rs[i:])
	if !isNum && hasAt(rs, i, "万亿") && (i == 0 || !isCnNumeral(rs[i-1])) {
		v, n, isNum, q.Chinese = 1, 0, true, true // 突破万亿元, 万亿级: one 万亿
	}
	if !isNum {
		if i > 0 && isCnNumeral(rs[i-1]) {
			return q, false // inside a numeral
		}
		v, n, isNum = ParseChineseNumeral(rs[i:])
		q.Chinese = true
		if k := i + n; isNum && k+1 < len(rs) && rs[k] == '点' {
			// 三十五点八亿元: digits after 点 are tenths, hundredths …
			frac, scale := 0.0, 0.1
			j := k + 1
			for ; j < len(rs); j++ {
				d, ok := cnDigitOf(rs[j])
				if !ok {
					break
				}
				frac, scale = frac+d*scale, scale/10
			}
			if j > k+1 {
				v, n = roundTo(v+frac, 6), j-i
				q.Decimals = j - k - 1
			}
		}
	}
	if !isNum {
		return q, false
	}
	j := i + n
	q.Cmp = Exactly
	for k := i; k < j; k++ {
		if rs[k] == '.' {
			q.Decimals = j - k - 1
		}
	}
	// 4.5-5%: a range whose lower end carries no unit takes the upper's.
	if !q.Chinese {
		if hi, ok := rangeAt(rs, j); ok && hi.Known && !hi.Points && v*hi.Mult <= hi.Base {
			lo := hi
			lo.Base, lo.Cmp, lo.Start = v*hi.Mult, AtLeast, i
			lo.Range = string(rs[i:hi.End])
			return lo, true
		}
	}
	// 多/余 between the number and the multiplier or unit: 40多亿元, 170余家.
	if j < len(rs) && (rs[j] == '多' || rs[j] == '余') {
		q.Cmp = AtLeast
		j++
	}
	mult := 1.0
	switch {
	case hasAt(rs, j, "万亿"):
		mult, j = 1e12, j+2
	case hasAt(rs, j, "亿"):
		mult, j = 1e8, j+1
	case hasAt(rs, j, "万"):
		mult, j = 1e4, j+1
		if q.Chinese {
			v, mult, j = wanYi(rs, v, j)
		}
	case hasAt(rs, j, "千") && !q.Chinese:
		mult, j = 1e3, j+1
	}
	if mult == 1e4 || mult == 1e8 {
		v, j = lowerPlaces(rs, v, mult, j)
	}
	if j < len(rs) && (rs[j] == '多' || rs[j] == '余') {
		q.Cmp = AtLeast
		j++
	}
	matched := false
	for _, u := range unitDefs {
		if hasAt(rs, j, u.text) && !(u.text == "台" && hasAt(rs, j+1, "阶")) { // 台阶 is a step, not machines
			q.Class, q.Unit, q.Known = u.class, u.unit, u.known
			j += len([]rune(u.text))
			matched = true
			break
		}
	}
	if !matched {
		for _, u := range otherUnits {
			if hasAt(rs, j, u) {
				q.Class, q.Unit, q.Known = ClassOther, u, false
				q.Base, q.Start, q.End = v*mult, i, j+len([]rune(u))
				return q, true
			}
		}
		if mult == 1e8 || mult == 1e12 {
			// 过千亿, 1.62亿: a bare 亿 in a report is money.
			q.Class, q.Unit, q.Known = ClassMoney, "元", true
		} else if mult == 1e4 && !q.Chinese && peopleNounAt(rs, j) {
			// 12.6万农村贫困人口脱贫: a bare 万 before a noun for people counts them.
			q.Class, q.Unit, q.Known = ClassPeople, "人", true
		} else {
			return q, false
		}
	}
	if q.Chinese && mult == 1 && q.Class == ClassPercent {
		return q, false
	}
	q.Points = q.Unit == "pp"
	q.Times = q.Unit == "倍"
	if q.Unit == "美元" {
		q.USD = true
	}
	q.Base, q.Mult = v*mult, mult
	q.Start = i
	if q.Class == ClassPercent && !q.Chinese && q.Base != 0 && minusBefore(rs, i) {
		q.Base = -q.Base // 增长-1.2%, 增幅为−3.2%: a fall written with a sign (the quote, from the verb, holds the sign)
	}
	q.closeAt(rs, j)
	q.rangeTo(rs)
	return q, true
}

// rangeTo makes q the lower end of a range when a separator and an upper
// end of the same unit follow it (5%—5.5%, 6%至6.5%, 百分之五至百分之六):
// a range is its lower bound, met at or above it.
func (q *Quantity) rangeTo(rs []rune) {
	hi, ok := rangeAt(rs, q.End)
	if !ok && q.Class == ClassPercent && hasAt(rs, q.End, "到") && !fromBefore(rs, q.Start) {
		// 增长7.5%到8%: a range joined by 到, unless a 从/由 before makes
		// it the end of a change (由5.2%到5.8%).
		if q.End+1 < len(rs) && (isDigit(rs[q.End+1]) || hasAt(rs, q.End+1, "百分之")) {
			hi, ok = ParseQuantity(rs, q.End+1)
		}
	}
	if ok && hi.Class == q.Class && hi.Unit == q.Unit && hi.Base >= q.Base && !q.Points {
		q.Cmp, q.End, q.Range = AtLeast, hi.End, string(rs[q.Start:hi.End])
	}
}

// fromBefore reports whether a 从 or 由 opens a change in the dozen runes
// before rs[at] (由2020年的5.2%到, 从5%到).
func fromBefore(rs []rune, at int) bool {
	for k := at - 1; k >= 0 && k >= at-12; k-- {
		switch rs[k] {
		case '从', '由':
			return true
		case ',', ';', '。':
			return false
		}
	}
	return false
}

// lowerPlaces reads the Chinese numeral that may follow a 万 or 亿
// (三万二千人, 一万零三百人, 12亿三千万元) and adds it to v, counted in mult,
// when a unit follows it; it returns v and where the number ends. Without
// it the 万 part was lost (三万二千人 read as 2000).
func lowerPlaces(rs []rune, v, mult float64, j int) (float64, int) {
	lo, n, ok := ParseChineseNumeral(rs[j:])
	if !ok || n < 2 || !containsPlace(rs[j:j+n]) {
		return v, j // 9万亿三个台阶: a count after the number, not its lower places
	}
	e, m := j+n, 1.0
	if mult == 1e8 && hasAt(rs, e, "万") {
		e, m = e+1, 1e4
	}
	if lo*m >= mult || !unitAt(rs, e) {
		return v, j
	}
	return roundTo(v+lo*m/mult, 8), e
}

// wanYi reads the rest of a Chinese numeral of 亿 that holds a 万 place
// (一万二千亿元, 一万零二百亿元, 两万亿元 is read as 万亿 before): the
// number is counted in 亿, with the places after 万 added below it. j is just
// after the 万; without a numeral and 亿 after it the 万 stands alone.
// Without it the number was read from the place after 万 (2000 for 12000).
func wanYi(rs []rune, v float64, j int) (float64, float64, int) {
	lo, n, ok := ParseChineseNumeral(rs[j:])
	if !ok || !hasAt(rs, j+n, "亿") || lo >= 1e4 {
		return v, 1e4, j
	}
	return v*1e4 + lo, 1e8, j + n + 1
}

// containsPlace reports whether a numeral names a place (十, 百, 千).
func containsPlace(rs []rune) bool {
	for _, r := range rs {
		if _, ok := cnUnitOf(r); ok {
			return true
		}
	}
	return false
}

// unitAt reports whether a unit (元, 人, 个, 吨 …) starts at rs[j].
func unitAt(rs []rune, j int) bool {
	for _, u := range unitDefs {
		if hasAt(rs, j, u.text) {
			return true
		}
	}
	for _, u := range otherUnits {
		if hasAt(rs, j, u) {
			return true
		}
	}
	return false
}

// minusBefore reports whether the number at rs[i] carries a minus sign:
// a hyphen or minus just before it that does not join two numbers (a
// range 5%-6%, 4.5-5%, or years 2021-2025).
func minusBefore(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	switch rs[i-1] {
	case '-', '−', '－', '﹣':
	default:
		return false
	}
	if i >= 2 {
		if r := rs[i-2]; isDigit(r) || r == '%' || r == '.' || isCnNumeral(r) {
			return false
		}
	}
	return true
}

// closeAt reads the bound that may close a quantity ending at rs[j]
// (以上, 以内, 左右, 多, 万亿级) and sets its comparator and end.
func (q *Quantity) closeAt(rs []rune, j int) {
	switch {
	case hasAt(rs, j, "以上"):
		q.Cmp, j = AtLeast, j+2
	case hasAt(rs, j, "以内"), hasAt(rs, j, "以下"):
		q.Cmp, j = AtMost, j+2
	case hasAt(rs, j, "左右"):
		q.Cmp, j = About, j+2
	case hasAt(rs, j, "多") || hasAt(rs, j, "余"):
		q.Cmp, j = AtLeast, j+1
	case hasAt(rs, j, "级") && q.Class == ClassMoney:
		q.Cmp, j = AtLeast, j+1 // 万亿级规模: of that order at least
	}
	q.End = j
}

func hasAt(rs []rune, i int, s string) bool {
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasBefore reports whether s ends just before rs[i].
func hasBefore(rs []rune, i int, s string) bool {
	n := utf8.RuneCountInString(s)
	return i-n >= 0 && hasAt(rs, i-n, s)
}

// inUnit converts a quantity to an indicator's canonical unit. ok is false
// when the classes do not fit (a sum of money is not a headcount).
func (q Quantity) inUnit(in Indicator) (float64, string, bool) {
	if !q.Known || q.Points || q.Times {
		return 0, "", false
	}
	switch in.Class {
	case ClassPercent:
		return q.Base, "%", q.Class == ClassPercent
	case ClassMoney:
		if q.Class != ClassMoney {
			return 0, "", false
		}
		if q.USD {
			return q.Base / 1e8, "亿美元", in.Key == "import_export"
		}
		return q.Base / 1e8, "亿元", true
	case ClassYuan:
		return q.Base, "元", q.Class == ClassMoney && !q.USD
	case ClassPeople:
		return q.Base, "人", q.Class == ClassPeople
	case ClassVisits:
		if q.Class == ClassVisits {
			return q.Base / 1e4, "万人次", true
		}
		return 0, "", false
	case ClassCount:
		if q.Class != ClassCount {
			return 0, "", false
		}
		if in.Unit == "天" && q.Unit != "天" || in.Unit != "天" && q.Unit == "天" {
			return 0, "", false
		}
		return q.Base, in.Unit, true
	}
	return 0, "", false
}

// peopleNounAt reports whether a noun for people (农村贫困人口, 贫困群众,
// 农村劳动力) stands at rs[at], within a few characters.
func peopleNounAt(rs []rune, at int) bool {
	for k := at; k < len(rs) && k < at+6 && isHan(rs[k]); k++ {
		for _, w := range []string{"人口", "群众", "劳动力"} {
			if hasAt(rs, k, w) {
				return true
			}
		}
	}
	return false
}
