package targets

// Digests and infographic copies mark a rate with an arrow after the level
// (城镇居民人均可支配收入 41280元 ⬆️4.6%, 地区生产总值 4150亿元 ▲5.2%, 工业
// 投资 ↓3.1%). In the working copy such an arrow before a number reads as
// the verb it stands for, 增长 or 下降, both runes mapped to the arrow's
// bytes so a quote still shows the arrow. An arrow opening a line is a
// bullet (▲ 全年…), not a rate, and is left alone.

// arrowVerbs are the arrows and the verb each stands for.
var arrowVerbs = map[rune][2]rune{
	'↑': {'增', '长'}, '⬆': {'增', '长'}, '▲': {'增', '长'}, '↗': {'增', '长'}, '⇧': {'增', '长'},
	'↓': {'下', '降'}, '⬇': {'下', '降'}, '▼': {'下', '降'}, '↘': {'下', '降'}, '⇩': {'下', '降'},
}

// arrowRates rewrites each such arrow in cs as its verb, dropping the
// variation mark an emoji arrow carries (⬆️).
func arrowRates(cs []cell) []cell {
	found := false
	for _, c := range cs {
		if c.r >= '↑' && isArrowRune(c.r) { // (no map lookup per rune: this runs over every document)
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
		verb, ok := [2]rune{}, false
		if c.r >= '↑' && isArrowRune(c.r) {
			verb, ok = arrowVerbs[c.r]
		}
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

// isArrowRune reports whether r is one of arrowVerbs' arrows.
func isArrowRune(r rune) bool {
	switch r {
	case '↑', '⬆', '▲', '↗', '⇧', '↓', '⬇', '▼', '↘', '⇩':
		return true
	}
	return false
}
