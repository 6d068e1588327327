package targets

// Digests and infographic copies mark a rate with an arrow after the level
// (城镇居民人均可支配收入 41280元 ⬆️4.6%, 地区生产总值 4150亿元 ▲5.2%, 工业
// 投资 ↓3.1%). In the working copy such an arrow before a number reads as
// the verb it stands for, 增长 or 下降, both runes mapped to the arrow's
// bytes so a quote still shows the arrow. An arrow opening a line is a
// bullet (▲ 全年…), not a rate, and is left alone.

// arrowVerb is the verb an arrow stands for, false for any other rune (a
// switch, not a map: it is asked of every rune of every document).
func arrowVerb(r rune) ([2]rune, bool) {
	switch r {
	case '↑', '⬆', '▲', '↗', '⇧':
		return [2]rune{'增', '长'}, true
	case '↓', '⬇', '▼', '↘', '⇩':
		return [2]rune{'下', '降'}, true
	}
	return [2]rune{}, false
}

// arrowRates rewrites each such arrow in cs as its verb, dropping the
// variation mark an emoji arrow carries (⬆️).
func arrowRates(cs []cell) []cell {
	found := false
	for _, c := range cs {
		if _, ok := arrowVerb(c.r); ok {
			found = true
			break
		}
	}
	if !found {
		return cs
	}
	out := make([]cell, 0, len(cs)+8)
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		verb, ok := arrowVerb(c.r)
		if !ok || len(out) == 0 || out[len(out)-1].r == '\n' {
			out = append(out, c)
			continue
		}
		j := i + 1
		for j < len(cs) && (cs[j].r == '\ufe0f' || cs[j].r == ' ') {
			j++
		}
		if j >= len(cs) || !isDigit(cs[j].r) {
			out = append(out, c)
			continue
		}
		out = append(out, cell{verb[0], c.off, c.len}, cell{verb[1], c.off, c.len})
		i = j - 1
	}
	return out
}
