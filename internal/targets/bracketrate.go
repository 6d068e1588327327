package targets

// A level may carry its growth only in a bracket after it, on a stated
// basis: 地区生产总值达到10813.6亿元(同口径增长6.1%), …(按可比价格计算,比上年
// 增长8.2%), …(扣除留抵退税因素后增长6.4%). Where the sentence gives no
// other rate of that indicator the bracket's is the figure; beside a
// headline rate (增长2%(同口径增长7.5%)) it is the secondary one, which
// dropSecondaryRates leaves out. Brackets about a part (含…, 其中…) are
// still skipped whole.

// basisWords open a bracket that states the basis of a rate.
var basisWords = []string{"同口径", "按可比", "可比", "扣除", "剔除"}

// rateAside reports whether the aside rs[i:close] (i at its opening
// bracket) states a rate on such a basis: a growth or fall verb and a
// percentage, which the parser then reads as the level's growth.
func rateAside(rs []rune, i, close int) bool {
	if wordAt(rs, i+1, basisWords) == "" {
		return false
	}
	verb := false
	for j := i + 1; j < close; j++ {
		if hasAt(rs, j, "增长") || hasAt(rs, j, "下降") {
			verb = true
		}
		if verb && isDigit(rs[j]) {
			if q, ok := ParseQuantity(rs, j); ok && q.Class == ClassPercent && q.End <= close+1 {
				return true
			}
		}
	}
	return false
}
