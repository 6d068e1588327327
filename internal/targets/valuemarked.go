package targets

import (
	"strings"
	"unicode"
)

// Digests put the value first in two more ways than a bullet: inside
// brackets before the name (【4268.5亿元】全市地区生产总值, 【1823.6亿元 · +6.1%】
// 社会消费品零售总额, 【+5.9%】GDP增速) and before an arrow (6%左右 ▶ 地区生产
// 总值增长, ≤5.5% ▶ 城镇调查失业率). Each line is read as its name followed
// by its values, as a bullet is.

// valueArrows stand between a value and its name.
const valueArrows = "▶►➤➡→"

// readMarkedValueFirst reads such a line rs[s:le], or reports false.
func (a *articleReader) readMarkedValueFirst(s, le int) ([]Figure, bool) {
	rs := a.t.R
	if le-s < 4 || le-s > maxLabelRunes+maxValueRunes {
		return nil, false
	}
	k := s
	for k < le && (rs[k] == ' ' || rs[k] == '\u3000' || isDecoration(rs[k])) {
		k++ // 🌤️ 【78.4%】…: an emoji before the bracket
	}
	var values, name []rune
	arrowed := false
	switch {
	case k < le && rs[k] == '【':
		end := k + 1
		for end < le && rs[end] != '】' {
			end++
		}
		if end >= le {
			return nil, false
		}
		values, name = rs[k+1:end], rs[end+1:le]
	default:
		arrow := -1
		for j := k; j < le; j++ {
			if strings.ContainsRune(valueArrows, rs[j]) {
				arrow = j
				break
			}
		}
		if arrow < 0 {
			return nil, false
		}
		values, name, arrowed = rs[k:arrow], rs[arrow+1:le], true
	}
	if i := strings.IndexAny(string(name), "|｜"); i >= 0 {
		name = []rune(string(name)[:i]) // 【+5.9%】GDP增速｜高于全省0.9个百分点: the remark is not the name
	}
	name = []rune(strings.TrimSpace(string(name)))
	if len(name) < 2 || hasDigit(name) || !labelLine(name) {
		return nil, false // 其中税收收入161.2亿元, a caption, a sentence
	}
	verb := false
	for _, w := range valueFirstVerbs {
		verb = verb || strings.HasSuffix(string(name), w)
	}
	var parts []string
	for _, v := range strings.FieldsFunc(string(values), func(r rune) bool { return r == '·' || r == '|' || r == '｜' || r == ' ' || r == '/' }) {
		sign := ""
		switch {
		case strings.HasPrefix(v, "+"):
			sign, v = "增长", v[1:]
		case strings.HasPrefix(v, "-"):
			sign, v = "下降", v[1:]
		case strings.HasPrefix(v, "≥"):
			v = strings.TrimPrefix(v, "≥") + "以上"
		case strings.HasPrefix(v, "≤"):
			v = strings.TrimPrefix(v, "≤") + "以内"
		}
		q, ok := ParseQuantity([]rune(v), 0)
		if !ok || q.Start != 0 {
			// 同步 ▶ 居民收入增长与经济增长: a digest's line with no value,
			// read as nothing (not as a name over the next line's value).
			return nil, arrowed
		}
		if sign != "" && !verb {
			v = sign + v
		}
		parts = append(parts, v)
	}
	if len(parts) == 0 || len(parts) > 2 {
		return nil, false
	}
	return a.readValueFirstLine([]rune(string(name)+strings.Join(parts, ",")), s, le)
}

// isDecoration reports whether r is a pictograph or its variation mark, as
// digests put before a line.
func isDecoration(r rune) bool {
	return r == '\ufe0f' || r == '\u200d' || r > 0x2000 && unicode.Is(unicode.So, r)
}
