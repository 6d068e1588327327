package pages

import (
	"math"
	"strconv"
	"strings"

	"github.com/mubiao/mubiao/internal/targets"
)

// Numbers as readers read them. Figures are stored in the catalogue's
// canonical unit (人, 亿元, 元 …) so that they compare; a page writes them
// the way a report or a Chinese office user would: 1697.7万人, not
// 16977000人 or 1.6977e+07人; 5.53万亿元, not 55300亿元. English pages
// write the same amounts in English: 16.977 million people, 5.53 trillion
// yuan (an English reader's steps: thousand, million, billion, trillion).

// Amount writes a value with its unit in the page's language.
func Amount(lang string, v float64, unit string) string {
	if lang == "en" {
		return amountEn(v, unit)
	}
	return amountZh(v, unit)
}

// Worded writes a figure's value with its bound, the way a report words
// it (8%以上, 5.5%以内, 3.5%左右) or, in English, ≥ 8%, ≤ 5.5%, about 3.5%.
func Worded(lang string, v float64, unit string, cmp targets.Comparator) string {
	a := Amount(lang, v, unit)
	if lang == "en" {
		switch cmp {
		case targets.AtLeast:
			return "≥ " + a
		case targets.AtMost:
			return "≤ " + a
		case targets.About:
			return "about " + a
		}
		return a
	}
	switch cmp {
	case targets.AtLeast:
		return a + "以上"
	case targets.AtMost:
		return a + "以内"
	case targets.About:
		return a + "左右"
	}
	return a
}

// CmpWord names a comparator plainly, for exports and forms: 以上, 以内,
// 左右, 等于 (at least, at most, about, exactly).
func CmpWord(lang string, cmp targets.Comparator) string {
	zh, en := "等于", "exactly"
	switch cmp {
	case targets.AtLeast:
		zh, en = "以上", "at least"
	case targets.AtMost:
		zh, en = "以内", "at most"
	case targets.About:
		zh, en = "左右", "about"
	}
	if lang == "en" {
		return en
	}
	return zh
}

// GapText writes result minus target: +0.5个百分点 for rates (percentage
// points, not percent), −30亿元 for amounts.
func GapText(lang string, gap float64, unit string) string {
	gap = round4(gap)
	sign := ""
	switch {
	case gap > 0:
		sign = "+"
	case gap < 0:
		sign = "−"
	}
	mag := math.Abs(gap)
	if unit == "%" {
		if lang == "en" {
			return sign + num(mag) + " pp"
		}
		return sign + num(mag) + "个百分点"
	}
	if mag == 0 {
		return "0"
	}
	return sign + Amount(lang, mag, unit)
}

func amountZh(v float64, unit string) string {
	neg := ""
	if v < 0 {
		neg, v = "-", -v
	}
	switch unit {
	case "亿元", "亿美元":
		rest := strings.TrimPrefix(unit, "亿")
		switch {
		case v >= 10000:
			return neg + num(v/10000) + "万亿" + rest
		case v > 0 && v < 1:
			return neg + num(v*10000) + "万" + rest
		}
	case "人", "元", "户", "家", "个":
		if v >= 100000 || unit == "人" && v >= 10000 {
			if v >= 1e8 {
				return neg + num(v/1e8) + "亿" + unit
			}
			return neg + num(v/10000) + "万" + unit
		}
	case "万人次", "万元", "万吨", "万人":
		if v >= 10000 {
			return neg + num(v/10000) + "亿" + strings.TrimPrefix(unit, "万")
		}
	}
	return neg + num(v) + unit
}

// enUnits are the English names of the catalogue's units: how many of
// the base unit one stored unit is, and what the base is called.
var enUnits = map[string]struct {
	scale float64
	name  string
}{
	"亿元": {1e8, "yuan"}, "亿美元": {1e8, "US dollars"}, "万元": {1e4, "yuan"}, "元": {1, "yuan"},
	"人": {1, "people"}, "万人": {1e4, "people"}, "万人次": {1e4, "visits"}, "户": {1, "households"},
	"家": {1, "firms"}, "个": {1, "items"}, "座": {1, "units"}, "件": {1, "items"}, "台": {1, "units"}, "项": {1, "items"},
	"天": {1, "days"}, "万吨": {1e4, "tonnes"}, "吨": {1, "tonnes"}, "公里": {1, "km"}, "亩": {1, "mu"},
}

// KnownUnit says whether English pages have a name for a unit.
func KnownUnit(unit string) bool {
	_, ok := enUnits[unit]
	return ok
}

func amountEn(v float64, unit string) string {
	if unit == "%" {
		return num(v) + "%"
	}
	u, ok := enUnits[unit]
	if !ok {
		return num(v) + " " + unit
	}
	neg := ""
	if v < 0 {
		neg, v = "-", -v
	}
	v *= u.scale
	var s string
	switch {
	case v >= 1e12:
		s = num(v/1e12) + " trillion"
	case v >= 1e9:
		s = num(v/1e9) + " billion"
	case v >= 1e6:
		s = num(v/1e6) + " million"
	default:
		s = thousands(num(v))
	}
	if u.name != "" {
		s += " " + u.name
	}
	return neg + s
}

// num writes a number without exponent or trailing zeros, to the
// precision reports use (four decimals at most: 3.1, not 3.0999999).
// Any finite float writes as itself: past 1e15 a float has no fourth
// decimal to round and 'f' would spell out hundreds of digits, so such a
// value (no report states one; a typo can) keeps its six leading digits.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	if math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	return strconv.FormatFloat(round4(v), 'f', -1, 64)
}

// round4 rounds to four decimals, half away from zero as reports round,
// in floats throughout: an integer conversion overflows past 9.2e14
// (1e308 once wrote as -922337203685477.6).
func round4(v float64) float64 {
	if math.Abs(v) >= 1e15 {
		return v
	}
	return math.Round(v*1e4) / 1e4
}

// Count is a count of things with thousands separators (1,608), as
// Chinese office users read counts too.
func Count(n int) string { return thousands(strconv.Itoa(n)) }

// thousands puts English thousands separators into a plain number.
func thousands(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return s
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}
